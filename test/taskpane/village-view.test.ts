// The village view under the pane's summary figures (Desa per kecamatan), as a planner of the kader programme
// meets it: the pane checks real-looking kader and perangkat desa rosters in an in-memory workbook, inserts the
// summary, and shows the numbers of the summary model and of the sheet it wrote, in Indonesian or English.
// The DOM itself (a real <table>, roster text as text) is checked in Chromium: test/e2e/pane-feedback.e2e.test.ts.
import type { Cell } from '../../src/core/cells';
import { districtsOf } from '../../src/core/reference/villages';
import type { SheetGrid } from '../../src/core/roster/types';
import { SUMMARY_SHEET_NAME } from '../../src/core/summary/sheet';
import { VILLAGE_LABELS } from '../../src/core/summary/villages';
import { MemoryWorkbook } from '../../src/hosts/memory/memory-workbook';
import { PaneActions } from '../../src/taskpane/actions';
import { renderVillages, VILLAGE_ROWS, villageDisplay } from '../../src/taskpane/village-view';
import { makeNik, TODAY } from '../support/roster-rows';
import { generateRoster } from '../support/roster-fixture';
import { kaderPosyanduSheet, perangkatDesaSheet } from '../support/village-roster';

/** Checks every roster of the workbook and inserts the summary, as "Semua lembar roster" then "Sisipkan ringkasan". */
async function summarise(grids: readonly SheetGrid[], lang: 'id' | 'en' = 'id') {
  const wb = new MemoryWorkbook(grids.map((g) => ({ name: g.sheet, rows: g.rows.map((r) => [...r]) })));
  const actions = new PaneActions(wb, lang, undefined, undefined, () => TODAY);
  await actions.loadSettings();
  actions.state.scope = 'all';
  await actions.check();
  expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
  return { wb, model: actions.state.summary! };
}

/** The sheet's printed block "Desa per kecamatan": kecamatan → [without anyone covered, listed]. */
function sheetBlock(wb: MemoryWorkbook): Map<string, [Cell, Cell]> {
  const cells = wb.sheet(SUMMARY_SHEET_NAME)!.cells;
  const title = cells.findIndex((r) => typeof r?.[0] === 'string' && r[0].startsWith(VILLAGE_LABELS.title.id));
  const head = cells.findIndex((r, i) => i > title && r?.[0] === VILLAGE_LABELS.district.id);
  const out = new Map<string, [Cell, Cell]>();
  for (let i = head + 1; cells[i]?.[0] !== 'Total'; i++) out.set(cells[i][0] as string, [cells[i][1], cells[i][2]]);
  return out;
}

/**
 * A kader roster of Kabupaten Ketapang over `districts` kecamatan: three desa each, two kader per desa; in the
 * k-th kecamatan the first k % 4 desa have nobody covered, in the others one of the two kader is Aktif.
 */
function ketapangKader(districts: number, kecamatanOf: (name: string, k: number) => string = (name) => name): SheetGrid {
  const rows: Cell[][] = [
    ['DAFTAR KADER KESEHATAN KABUPATEN KETAPANG'],
    ['No', 'Nama Kader', 'NIK', 'Desa', 'Kecamatan', 'Status Kepesertaan'],
  ];
  let n = 0;
  districtsOf('6104')
    .slice(0, districts)
    .forEach((d, k) => {
      d.villages.slice(0, 3).forEach((v, i) => {
        for (const first of [true, false]) {
          n++;
          const covered = i >= k % 4 && first;
          rows.push([
            n,
            `Kader ${n}`,
            makeNik('6104', 1980 + (n % 20), 1 + (n % 12), 1 + (n % 28), 'P', n),
            v.name,
            kecamatanOf(d.name, k),
            covered ? 'Aktif' : 'Belum Terdaftar',
          ]);
        }
      });
    });
  return { sheet: 'Kader Ketapang', origin: { row: 0, col: 0 }, rows };
}

describe('the pane shows the village view of its summary (Desa per kecamatan)', () => {
  it('perangkat desa and kader rosters: the total line and a row per kecamatan, with the numbers of the model and the sheet', async () => {
    const { wb, model } = await summarise([perangkatDesaSheet(), kaderPosyanduSheet()]);
    const view = model.villages!;
    expect(view).not.toBeNull();
    const d = villageDisplay(view, 'id');
    expect(d.totalLine).toBe(
      `Desa tanpa peserta aktif: ${view.total.villagesUncovered} dari ${view.total.villagesListed} desa yang tercantum.`,
    );
    expect(d.totalLine).toBe('Desa tanpa peserta aktif: 2 dari 10 desa yang tercantum.');
    expect(d.caption).toBe('Desa per kecamatan (kader dan perangkat desa)');
    expect(d.headers).toEqual({ name: 'Kecamatan', uncovered: 'Desa tanpa aktif', listed: 'Tercantum', coverage: 'Cakupan' });
    // Most villages with nobody covered first, ties by name; the planted kecamatan of another kab/kota as written.
    expect(d.rows).toEqual([
      { name: 'Sungai Ambawang (Kabupaten Kubu Raya)', uncovered: '1', listed: '7', coverage: '66,7 %' },
      { name: 'Sungai Raya (Kabupaten Kubu Raya)', uncovered: '1', listed: '2', coverage: '33,3 %' },
      { name: 'Kapuas', uncovered: '0', listed: '1', coverage: '100,0 %' },
    ]);
    expect(d.total).toEqual({ name: 'Total', uncovered: '2', listed: '10', coverage: '62,5 %' });
    expect(d.more).toBeNull();
    // Each row is the model's row, and the sheet the pane wrote prints the same figures.
    const block = sheetBlock(wb);
    expect(block.size).toBe(view.rows.length);
    for (const row of d.rows) {
      const r = view.rows.find((x) => x.name === row.name)!;
      expect([row.uncovered, row.listed]).toEqual([String(r.villagesUncovered), String(r.villagesListed)]);
      expect(block.get(row.name)).toEqual([r.villagesUncovered, r.villagesListed]);
    }
  });

  it('English: the same numbers as English writes them, in the English words of the sheet', async () => {
    const { model } = await summarise([perangkatDesaSheet(), kaderPosyanduSheet()], 'en');
    const d = villageDisplay(model.villages!, 'en');
    expect(d.totalLine).toBe('Villages with nobody covered: 2 of 10 villages listed.');
    expect(d.caption).toBe('Villages by kecamatan (village cadres and officials)');
    expect(d.headers).toEqual({ name: 'Kecamatan', uncovered: 'None covered', listed: 'Listed', coverage: 'Coverage' });
    expect(d.rows[0]).toEqual({ name: 'Sungai Ambawang (Kabupaten Kubu Raya)', uncovered: '1', listed: '7', coverage: '66.7 %' });
    expect(d.total).toEqual({ name: 'Total', uncovered: '2', listed: '10', coverage: '62.5 %' });
  });

  it('a health-worker roster without a Desa column has no village view, and the pane draws nothing for it', async () => {
    const nakes = generateRoster({ rows: 60, seed: 7, sheet: 'Nakes', activeShare: 0.4 });
    const { model } = await summarise([nakes.grid]);
    expect(model.totals.eligible).toBeGreaterThan(0);
    expect(model.villages).toBeNull();
    expect(renderVillages(model.villages, 'id')).toBeNull();
  });

  it(`many kecamatan: the ${VILLAGE_ROWS} with the most villages without coverage first, then a line for the rest`, async () => {
    const { model } = await summarise([ketapangKader(14)]);
    const view = model.villages!;
    expect(view.rows).toHaveLength(14);
    expect(view.total).toMatchObject({ villagesListed: 42, villagesUncovered: 3 * (0 + 1 + 2 + 3) + (0 + 1) });
    const d = villageDisplay(view, 'id');
    expect(d.rows).toHaveLength(VILLAGE_ROWS);
    const uncovered = d.rows.map((r) => Number(r.uncovered));
    expect(uncovered).toEqual([3, 3, 3, 2, 2, 2, 1, 1, 1, 1]);
    // Ties by name.
    const threes = d.rows.slice(0, 3).map((r) => r.name);
    expect(threes).toEqual([...threes].sort((a, b) => a.localeCompare(b, 'id')));
    expect(d.more).toBe('…dan 4 kecamatan lainnya — lihat lembar "Ringkasan Rakor".');
    expect(villageDisplay(view, 'en').more).toBe('…and 4 more kecamatan — see the "Ringkasan Rakor" sheet.');
    // The total counts every kecamatan, the ones left out of the table too.
    expect(d.totalLine).toBe('Desa tanpa peserta aktif: 19 dari 42 desa yang tercantum.');
  });

  it('a kecamatan written as markup stays the text the roster holds', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { model } = await summarise([ketapangKader(2, (name, k) => (k === 1 ? hostile : name))]);
    const d = villageDisplay(model.villages!, 'id');
    expect(d.rows.map((r) => r.name)).toContain(hostile);
  });
});
