// Regression: the roster settings (kab/kota, "KPJ means Aktif") are stored per sheet, but a check of every roster
// applied the active sheet's to every sheet: a planner who set Kabupaten Sanggau on one kabupaten sheet had every
// sheet counted as Sanggau, and a sheet's own stored setting was ignored. Each sheet's own settings now reach
// its rosters only.
import type { SheetGrid } from '../../src/core/roster/types';
import { MemoryWorkbook } from '../../src/hosts/memory/memory-workbook';
import { PaneActions } from '../../src/taskpane/actions';
import { TODAY, titledRoster } from '../support/roster-rows';

const TITLE_2025 = 'DATA TENAGA KESEHATAN NON ASN TAHUN 2025';
/** Sanggau's workers on a sheet that names no kab/kota (the planner sets it on the pane). */
const rsud = titledRoster('Data RSUD', [TITLE_2025], '6103', 11111111100);
/** Sambas names itself in the title. */
const sambas = titledRoster('Nakes', ['DINAS KESEHATAN KABUPATEN SAMBAS', TITLE_2025], '6101', 22222222200);
/** Kapuas Hulu's workers on a sheet naming none, set to Kapuas Hulu earlier (stored with the workbook). */
const puskesmas = titledRoster('Data Puskesmas', [TITLE_2025], '6106', 33333333300);

async function planner() {
  const sheet = (g: SheetGrid) => ({ name: g.sheet, rows: g.rows.map((r) => [...r]) });
  const wb = new MemoryWorkbook([sheet(rsud), sheet(sambas), sheet(puskesmas)]);
  await wb.setSettings({ province: '61', rosters: { 'Data Puskesmas': { regency: '6106' } } });
  wb.setActive('Data RSUD');
  const actions = new PaneActions(wb, 'id', undefined, undefined, () => TODAY);
  await actions.loadSettings();
  actions.state.scope = 'all';
  return { wb, actions };
}

const bySheet = (actions: PaneActions) =>
  Object.fromEntries(
    actions.state.result!.parsed.map((p) => [
      p.roster.sheet,
      {
        regency: p.roster.context?.regency?.code,
        from: p.roster.context?.regency?.from,
        aktif: p.records.filter((r) => r.membershipStatus === 'Aktif').length,
      },
    ]),
  );

describe('regression: the active sheet’s roster settings were applied to every sheet', () => {
  it("checking every roster with Sanggau and 'KPJ means Aktif' set on the active sheet leaves the other sheets' kab/kota and status alone", async () => {
    const { wb, actions } = await planner();
    await actions.enterRegency('Kabupaten Sanggau');
    await actions.setKpjMeansActive(true);
    expect((await wb.getSettings()).rosters).toEqual({
      'Data RSUD': { regency: '6103', kpjMeansActive: true },
      'Data Puskesmas': { regency: '6106' },
    });
    await actions.check();
    expect(bySheet(actions)).toEqual({
      'Data RSUD': { regency: '6103', from: 'setting', aktif: 4 },
      Nakes: { regency: '6101', from: 'title', aktif: 2 },
      'Data Puskesmas': { regency: '6106', from: 'setting', aktif: 2 },
    });
    // the active sheet's fields still show (and edit) its own settings
    expect(actions.state.rosterSheet).toBe('Data RSUD');
    expect(actions.state.settings).toMatchObject({ regency: '6103', kpjMeansActive: true });

    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
    const regencies = actions.state.summary!.byRegency.rows.filter((r) => r.eligible > 0);
    expect(regencies.map((r) => [r.key, r.eligible, r.covered])).toEqual([
      ['6101', 5, 2],
      ['6103', 5, 4],
      ['6106', 5, 2],
    ]);
  });

  it("a roster setting changed after the check: the summary checks again, and only that sheet's rosters change", async () => {
    const { actions } = await planner();
    await actions.setKpjMeansActive(true);
    await actions.check();
    expect(bySheet(actions)['Data RSUD'].aktif).toBe(4);
    await actions.setKpjMeansActive(false);
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryRechecked' });
    expect(Object.values(bySheet(actions)).map((s) => s.aktif)).toEqual([2, 2, 2]);
    expect(actions.state.summary!.totals.covered).toBe(6);
  });
});
