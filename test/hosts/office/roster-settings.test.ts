// The pane's roster settings (the kab/kota override, the CLI's --regency, and "KPJ means Aktif", --kpj-aktif)
// kept in the document settings by sheet name, and restored when the pane opens again, over office-addin-mock:
// the workbook through the Excel fake, Office.context.document.settings as a mock whose methods (get, set,
// saveAsync) are its mock data.
import { OfficeMockObject } from 'office-addin-mock';
import { serialFromYmd } from '../../../src/core/dates';
import { OfficeWorkbook, type SettingsStore } from '../../../src/hosts/office/office-workbook';
import { PaneActions } from '../../../src/taskpane/actions';
import { fakeExcel, fakeRun, fakeSheet } from './excel-fake';

const TODAY = serialFromYmd(2026, 3, 2);

/** Office.context.document.settings over `store` (values kept as Office keeps them: JSON). */
function documentSettings(store: Record<string, unknown>): SettingsStore {
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (name: string) => (name in store ? store[name] : null),
          set: (name: string, value: unknown) => {
            store[name] = JSON.parse(JSON.stringify(value));
          },
          saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: 'succeeded' }),
        },
      },
    },
  }) as unknown as { context: { document: { settings: SettingsStore } } };
  return office.context.document.settings;
}

/** A kabupaten's roster without a Kab/Kota column: its rows take the roster's kab/kota (inferred, or the setting). */
const roster = (name: string) =>
  fakeSheet(name, [
    ['Nama', 'NIK', 'Status Kepesertaan', 'No KPJ'],
    ['Rani Lestari', '6112035204900001', '', '12345000001'],
    ['Agus Santoso', '6112031505880002', 'Aktif', '12345000002'],
  ]);

async function openPane(excel: ReturnType<typeof fakeExcel>, store: Record<string, unknown>): Promise<PaneActions> {
  const actions = new PaneActions(new OfficeWorkbook(fakeRun(excel), documentSettings(store)), 'id', undefined, undefined, () => TODAY);
  await actions.loadSettings();
  return actions;
}

describe('roster settings kept by sheet name in the document settings (issue 9)', () => {
  test('set on one sheet, restored when the pane opens again; another sheet keeps its own', async () => {
    const excel = fakeExcel([roster('Nakes Sanggau'), roster('Nakes Sambas')]);
    excel.active = 'Nakes Sanggau';
    const store: Record<string, unknown> = {};

    const pane = await openPane(excel, store);
    expect(pane.state.rosterSheet).toBe('Nakes Sanggau');
    await pane.enterRegency('Kab. Sanggau');
    await pane.setKpjMeansActive(true);
    // codes and flags under the sheet's name, nothing read from the roster's cells
    expect(store['cj.rosters']).toEqual({ 'Nakes Sanggau': { regency: '6103', kpjMeansActive: true } });
    const kept = JSON.stringify(store);
    expect(kept).not.toMatch(/\d{16}|\d{11}/);
    expect(kept).not.toMatch(/Rani|Agus|Lestari/);

    // the pane opens again (a new adapter over the same document): the settings are back and reach the check
    const reopened = await openPane(excel, store);
    expect(reopened.state.settings).toMatchObject({ regency: '6103', kpjMeansActive: true });
    await reopened.check();
    const result = reopened.state.result!;
    expect(result.rosters.map((r) => r.sheet)).toEqual(['Nakes Sanggau']);
    expect(result.rosters[0].context?.regency).toMatchObject({ code: '6103', from: 'setting' });
    expect(result.options.kpjMeansActive).toBe(true);
    expect(result.parsed[0].records[0]).toMatchObject({ regencyCode: '6103', membershipStatus: 'Aktif' });

    // the other sheet has none of them: checking it shows and uses its own (the defaults)
    excel.active = 'Nakes Sambas';
    await reopened.check();
    expect(reopened.state.rosterSheet).toBe('Nakes Sambas');
    expect(reopened.state.settings).toMatchObject({ regency: null, kpjMeansActive: false });
    expect(reopened.state.result!.options.kpjMeansActive).toBe(false);
    expect(reopened.state.result!.parsed[0].records[0].membershipStatus).toBeNull();

    // back on the first sheet, its settings come back; turned off, the entry is removed
    excel.active = 'Nakes Sanggau';
    await reopened.check();
    expect(reopened.state.settings).toMatchObject({ regency: '6103', kpjMeansActive: true });
    await reopened.enterRegency('');
    await reopened.setKpjMeansActive(false);
    expect(store['cj.rosters']).toEqual({});
  });

  test('a stored code that is no kab/kota is shown beside the field with its message, not applied', async () => {
    const excel = fakeExcel([roster('Nakes Sanggau')]);
    const pane = await openPane(excel, { 'cj.rosters': { 'Nakes Sanggau': { regency: '6199', kpjMeansActive: true } } });
    expect(pane.state.settings).toMatchObject({ regency: null, kpjMeansActive: true });
    expect(pane.state.problems.regency).toMatchObject({ text: '6199' });
  });
});
