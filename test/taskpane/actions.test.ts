// The pane's actions on an in-memory workbook, without the DOM: the settings a summary uses, the target field
// and the stored settings, as a planner meets them.
import { checkGrids } from '../../src/core/roster/check';
import { MemoryWorkbook } from '../../src/hosts/memory/memory-workbook';
import { PaneActions } from '../../src/taskpane/actions';
import { generateRoster } from '../support/roster-fixture';

const roster = generateRoster({ rows: 80, seed: 5, sheet: 'Nakes', activeShare: 0.4 });

function pane(settings: Parameters<MemoryWorkbook['setSettings']>[0] = {}) {
  const wb = new MemoryWorkbook([{ name: 'Nakes', rows: roster.grid.rows.map((r) => [...r]) }]);
  const actions = new PaneActions(wb, 'id');
  return { wb, actions, ready: wb.setSettings(settings).then(() => actions.loadSettings()) };
}

const titleOf = (wb: MemoryWorkbook) => wb.sheet('Ringkasan Rakor')?.cells[0]?.[0];

describe('regression: province changed after the check, then "Sisipkan ringkasan"', () => {
  it('checks again for the new province before writing, instead of mixing the old check with the new province', async () => {
    const { wb, actions, ready } = pane();
    await ready;
    await actions.check();
    expect(actions.state.result!.options.province).toBe('61');
    await actions.enterProvince('12');

    const status = await actions.insertSummary();
    expect(status).toEqual({
      key: 'summaryRechecked',
      params: { sheet: 'Ringkasan Rakor', province: '12 Sumatera Utara', year: 2025 },
    });
    const fresh = checkGrids([roster.grid], { province: '12' });
    const result = actions.state.result!;
    expect(result.options.province).toBe('12');
    expect(result.counts).toEqual(fresh.counts);
    expect(actions.state.summary!.province).toEqual({ code: '12', name: 'Sumatera Utara' });
    expect(titleOf(wb)).toContain('Sumatera Utara (12)');
    // Kalimantan Barat's target stays in the field when the province changes (Sumatera Utara has none published).
    expect(actions.state.summary!.target).toBe(0.5956);
  });

  it("does not check again when only the target changed: the target is the summary's own", async () => {
    const { actions, ready } = pane();
    await ready;
    await actions.check();
    const checked = actions.state.result;
    await actions.enterTarget('45');
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
    expect(actions.state.result).toBe(checked);
    expect(actions.state.summary!.target).toBe(0.45);
  });

  it('checks again when the year changed, and follows the published target to 60.80 % for 2026', async () => {
    const { wb, actions, ready } = pane();
    await ready;
    await actions.check();
    await actions.enterYear('2026');
    expect(actions.state.settings).toEqual({ province: '61', year: 2026, target: 0.608, regency: null, kpjMeansActive: false });
    expect(await wb.getSettings()).toMatchObject({ year: 2026, target: 0.608 });
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryRechecked', params: { year: 2026 } });
    expect(actions.state.summary).toMatchObject({ year: 2026, target: 0.608 });
  });
});

describe('the target field', () => {
  it('saves "60,80" as 60.80 % (it used to become 6080 and be dropped)', async () => {
    const { wb, actions, ready } = pane();
    await ready;
    await actions.enterTarget('60,80');
    expect(actions.state.settings.target).toBe(0.608);
    expect(actions.state.problems.target).toBeUndefined();
    expect((await wb.getSettings()).target).toBe(0.608);
  });

  it('keeps a refused text with its message, saves nothing, and the summary waits for it', async () => {
    const { wb, actions, ready } = pane();
    await ready;
    await actions.enterTarget('6080');
    expect(actions.state.problems.target).toEqual({
      text: '6080',
      error: {
        id: 'Target "6080" tidak dapat dipakai. Tulis persen di atas 0 sampai 100, misalnya 59,56 atau 59,56 %, atau pecahan seperti 0,5956.',
        en: 'Target "6080" cannot be used. Write a percentage above 0 up to 100, e.g. 59.56 or 59.56 %, or a fraction such as 0.5956.',
      },
    });
    expect((await wb.getSettings()).target).toBeUndefined();
    expect(await actions.insertSummary()).toEqual({ key: 'fixFields', error: true, focus: 'target' });
    expect(wb.sheet('Ringkasan Rakor')).toBeUndefined();
    // A typed value that was refused is not replaced when the year changes.
    await actions.enterYear('2026');
    expect(actions.state.problems.target?.text).toBe('6080');
    await actions.enterTarget('0,5956');
    expect(actions.state.problems).toEqual({});
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
  });

  it('a province without a published target asks for one; the summary waits until it is entered', async () => {
    const { actions, ready } = pane({ province: '12' });
    await ready;
    expect(actions.state.settings.target).toBeNull();
    expect(actions.state.problems.target?.error.id).toContain('Belum ada target UCJ bawaan untuk Sumatera Utara (12)');
    expect(await actions.insertSummary()).toMatchObject({ key: 'fixFields', focus: 'target' });
    await actions.enterTarget('45 %');
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
    expect(actions.state.summary).toMatchObject({ province: { code: '12' }, target: 0.45 });
  });

  it('a stored target outside (0, 100 %] is shown with its message, never used', async () => {
    const { actions, ready } = pane({ target: 59.56 });
    await ready;
    expect(actions.state.problems.target?.text).toBe('5956 %');
    expect(await actions.insertSummary()).toMatchObject({ key: 'fixFields' });
  });
});

describe('roster settings in the pane', () => {
  it("the kab/kota setting and 'KPJ without status means Aktif' reach the check; a wrong kab/kota keeps its text with the message", async () => {
    const wb = new MemoryWorkbook([
      {
        name: 'Data',
        rows: [
          ['Nama', 'NIK', 'Status Kepesertaan', 'No KPJ'],
          ['Rani', '6112035204900001', null, '12345000001'],
        ],
      },
    ]);
    const actions = new PaneActions(wb, 'id');
    actions.enterRegency('Gotham');
    expect(actions.state.problems.regency?.text).toBe('Gotham');
    actions.enterRegency('Kab. Sanggau');
    expect(actions.state.problems.regency).toBeUndefined();
    actions.setKpjMeansActive(true);
    await actions.check();
    const result = actions.state.result!;
    expect(result.rosters[0].context?.regency).toEqual({ code: '6103', name: 'Kabupaten Sanggau', from: 'setting' });
    expect(result.parsed[0].records[0]).toMatchObject({ regencyCode: '6103', membershipStatus: 'Aktif' });
    expect(result.options.kpjMeansActive).toBe(true);
  });
});
