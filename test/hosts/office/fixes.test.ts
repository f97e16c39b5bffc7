// Fix and Undo through Office.js (fixes.ts) on the office-addin-mock fake: what is written where, what Undo
// restores or refuses, the undo stack kept on the hidden CJ_Marks sheet, and the sync budgets.
import { OfficeWorkbook } from '../../../src/hosts/office/office-workbook';
import { MARKS_SHEET } from '../../../src/hosts/marks';
import { UNDO_DEPTH, UNDO_ROW_SPAN } from '../../../src/hosts/fix-undo';
import type { CellFix } from '../../../src/hosts/port';
import { fakeRun, fakeSettings, fakeSheet, type FakeExcel, type FakeSheet, type LogEntry } from './excel-fake';
import { officeRosterSheet } from '../roster-fixture';
import { setup, syncsDuring } from './office-kit';

const fix = (sheet: string, cell: string, expectedOld: string, value: string): CellFix => ({ sheet, cell, expectedOld, fix: { value } });
const store = (excel: FakeExcel) => excel.sheets.find((s) => s.name === MARKS_SHEET);
/** The requests of a run: the log cut at each sync. */
function requests(log: readonly LogEntry[]): LogEntry[][] {
  const out: LogEntry[][] = [[]];
  for (const e of log) {
    if (e.call === 'sync') out.push([]);
    else out[out.length - 1].push(e);
  }
  return out.filter((r) => r.length > 0);
}

/**
 * What Excel does when a row is deleted: the cells below move up, and every reference to them follows (one to
 * the deleted row becomes #REF!), so the tracking formulas on CJ_Marks point where the fixed cells are now.
 */
function deleteRow(excel: FakeExcel, sheet: FakeSheet, row: number) {
  sheet.cells.splice(row - 1, 1);
  const quoted = `'${sheet.name.replace(/'/g, "''")}'!`;
  for (const s of excel.sheets)
    for (const [a, f] of s.formulas) {
      const m = /^='((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)$/.exec(f);
      if (!m || `'${m[1]}'!` !== quoted || Number(m[3]) < row) continue;
      s.formulas.set(a, Number(m[3]) === row ? '=#REF!' : `=${quoted}$${m[2]}$${Number(m[3]) - 1}`);
    }
}

/** A roster with the cells Fix meets in real files: odd spellings, a number, a blank, a formula, text that looks like a number. */
function messySheet() {
  const cells = officeRosterSheet(10);
  const roster = fakeSheet('Roster Nakes', cells);
  cells[4][5] = 'kab kubu raya '; // F5
  cells[5][5] = 'Sintang'; // F6: the preview saw "sintang"; changed since
  cells[6][10] = 12; // K7: a number formatted 0.00
  roster.numberFormats.set('K7', '0.00');
  cells[7][10] = ''; // K8: blank, formatted as text
  roster.numberFormats.set('K8', '@');
  cells[8][6] = '007'; // G9: text Excel would read as the number 7
  cells[9][5] = 'x'; // F10: a formula's result
  roster.formulas.set('F10', '=LOWER("X")');
  cells[10][6] = '=SUM(A1)'; // G11: text that looks like a formula
  roster.numberFormats.set('G11', '@');
  return roster;
}

const messyFixes = [
  fix('Roster Nakes', 'F5', 'kab kubu raya ', 'Kabupaten Kubu Raya'),
  fix('Roster Nakes', 'F6', 'sintang', 'Kabupaten Sintang'),
  fix('Roster Nakes', 'K7', '12', 'Aktif'),
  fix('Roster Nakes', 'K8', '', 'Aktif'),
  fix('Roster Nakes', 'G9', '007', 'Puskesmas Sungai Raya'),
  fix('Roster Nakes', 'F10', 'x', 'Kota Pontianak'),
  fix('Roster Nakes', 'G11', '=SUM(A1)', 'Puskesmas Siantan'),
];

describe('OfficeWorkbook Fix', () => {
  test('changes only cells still holding the previewed value (never a formula) and keeps what they held on CJ_Marks', async () => {
    const roster = messySheet();
    const { excel, wb, settings } = setup([roster]);
    const outcome = await wb.applyFixes(messyFixes);
    expect(outcome).toEqual({ applied: 5, skipped: 2, undoable: [{ id: 1, cells: 5 }] });
    expect([roster.cells[4][5], roster.cells[5][5], roster.cells[6][10], roster.cells[7][10], roster.cells[8][6]]).toEqual([
      'Kabupaten Kubu Raya',
      'Sintang',
      'Aktif',
      'Aktif',
      'Puskesmas Sungai Raya',
    ]);
    expect(roster.formulas.get('F10')).toBe('=LOWER("X")');
    expect(roster.cells[10][6]).toBe('Puskesmas Siantan');
    const cj = store(excel)!;
    expect(cj.visibility).toBe('VeryHidden');
    // One row per changed cell in H:N: batch, sheet, cell, kind and value before, number format before, value written.
    expect(cj.cells.map((r) => r.slice(7, 14))).toEqual([
      [1, 'Roster Nakes', 'F5', 'text', 'kab kubu raya ', 'General', 'Kabupaten Kubu Raya'],
      [1, 'Roster Nakes', 'G9', 'text', '007', 'General', 'Puskesmas Sungai Raya'],
      [1, 'Roster Nakes', 'G11', 'text', '=SUM(A1)', '@', 'Puskesmas Siantan'],
      [1, 'Roster Nakes', 'K7', 'number', '12', '0.00', 'Aktif'],
      [1, 'Roster Nakes', 'K8', 'blank', '', '@', 'Aktif'],
    ]);
    // The index in P:Q; its text columns are written as text, so "=SUM(A1)" stays text there too.
    expect(cj.cells[0].slice(15, 17)).toEqual([1, 5]);
    // Column O points at each fixed cell, so Undo finds it if rows are inserted or deleted; no other formula.
    expect([...cj.formulas.entries()]).toEqual([
      ['O1', "='Roster Nakes'!$F$5"],
      ['O2', "='Roster Nakes'!$G$9"],
      ['O3', "='Roster Nakes'!$G$11"],
      ['O4', "='Roster Nakes'!$K$7"],
      ['O5', "='Roster Nakes'!$K$8"],
    ]);
    expect(cj.numberFormats.get('I1')).toBe('@');
    // Never in document settings.
    expect(settings.data).toEqual({});
  });

  test('one values write per run of adjacent cells, with its undo rows in the same request', async () => {
    const cells = officeRosterSheet(30);
    for (let r = 4; r < 34; r++) cells[r][10] = 'aktif';
    const { excel, wb } = setup([fakeSheet('R', cells)]);
    const fixes = Array.from({ length: 30 }, (_, i) => fix('R', `K${i + 5}`, 'aktif', 'Aktif')).filter((_, i) => i !== 10);
    excel.log.length = 0;
    await wb.applyFixes(fixes);
    const writes = requests(excel.log).map((req) => req.filter((e) => e.prop === 'values').map((e) => e.target));
    // The store, the reads, then one request writing K5:K14, K16:K34 and their rows on CJ_Marks (and the index).
    expect(writes.filter((w) => w.length > 0)).toEqual([[`R!K5:K14`, `R!K16:K34`, `${MARKS_SHEET}!H1:N29`, `${MARKS_SHEET}!P1:Q1`]]);
  });
});

describe('OfficeWorkbook Undo', () => {
  test('restores values, number formats and blank cells exactly, then removes the store', async () => {
    const roster = messySheet();
    const before = structuredClone(roster.cells);
    const { excel, wb } = setup([roster]);
    await wb.applyFixes(messyFixes);
    excel.log.length = 0;
    const outcome = await wb.undoLastFix();
    expect(outcome).toEqual({ restored: 5, refused: [], undoable: [] });
    expect(roster.cells).toEqual(before);
    expect(roster.numberFormats.get('K7')).toBe('0.00');
    expect(roster.numberFormats.get('K8')).toBe('@');
    expect(roster.numberFormats.get('F5')).toBe('General');
    // Text that Excel would read as a number or a formula goes back with the ' prefix, so it stays text.
    const written = excel.log
      .filter((e) => e.prop === 'values' && e.target.startsWith('Roster Nakes!'))
      .flatMap((e) => e.value as unknown[][]);
    expect(written).toEqual(expect.arrayContaining([["'007"], ["'=SUM(A1)"], [''], [12], ['kab kubu raya ']]));
    // Number formats go on before the values, in the same request.
    const k = excel.log.findIndex((e) => e.target.startsWith('Roster Nakes!K7') && e.prop === 'numberFormat');
    expect(excel.log[k + 1]).toMatchObject({ target: excel.log[k].target, prop: 'values' });
    expect(store(excel)).toBeUndefined();
    expect(await wb.undoLastFix()).toBeNull();
  });

  test('refuses cells changed since the fix and restores the others', async () => {
    const roster = messySheet();
    const { wb } = setup([roster]);
    await wb.applyFixes(messyFixes);
    roster.cells[4][5] = 'Kabupaten Sambas'; // the user retyped F5
    roster.formulas.set('K7', '=UPPER("aktif")'); // and put a formula in K7 that shows the same text
    const outcome = await wb.undoLastFix();
    expect(outcome).toEqual({
      restored: 3,
      refused: [
        { sheet: 'Roster Nakes', cell: 'F5' },
        { sheet: 'Roster Nakes', cell: 'K7' },
      ],
      undoable: [],
    });
    expect(roster.cells[4][5]).toBe('Kabupaten Sambas');
    expect(roster.formulas.get('K7')).toBe('=UPPER("aktif")');
    expect(roster.cells[8][6]).toBe('007');
  });

  test('a stack: undo the last batch, then the one before, also from a new pane over the same workbook', async () => {
    const cells = officeRosterSheet(10);
    cells[4][10] = 'aktif';
    cells[5][10] = 'aktif';
    const roster = fakeSheet('R', cells);
    const { excel, wb } = setup([roster]);
    await wb.applyFixes([fix('R', 'K5', 'aktif', 'Aktif')]);
    await wb.applyFixes([fix('R', 'K5', 'Aktif', 'AKTIF'), fix('R', 'K6', 'aktif', 'Aktif')]);
    expect(roster.cells[4][10]).toBe('AKTIF');
    // The pane is reloaded: a new adapter with fresh settings finds the stack in the workbook.
    const reloaded = new OfficeWorkbook(fakeRun(excel), fakeSettings());
    expect(await reloaded.undoableFixes()).toEqual([
      { id: 1, cells: 1 },
      { id: 2, cells: 2 },
    ]);
    expect(await reloaded.undoLastFix()).toMatchObject({ restored: 2, undoable: [{ id: 1, cells: 1 }] });
    expect([roster.cells[4][10], roster.cells[5][10]]).toEqual(['Aktif', 'aktif']);
    expect(await reloaded.undoLastFix()).toMatchObject({ restored: 1, undoable: [] });
    expect(roster.cells[4][10]).toBe('aktif');
    expect(await wb.undoableFixes()).toEqual([]);
  });

  test(`keeps the newest ${UNDO_DEPTH} batches: one more drops the oldest, and the others still undo exactly`, async () => {
    const cells = officeRosterSheet(UNDO_DEPTH + 2);
    for (let r = 4; r < cells.length; r++) cells[r][10] = `aktif${r}`;
    const roster = fakeSheet('R', cells);
    const { excel, wb } = setup([roster]);
    // Batch i fixes i + 1 cells (the last ones: K5 onwards), so the rows of each batch have their own length.
    for (let i = 0; i <= UNDO_DEPTH; i++) {
      const fixes = Array.from({ length: i + 1 }, (_, j) => fix('R', `K${5 + j}`, String(roster.cells[4 + j][10]), `v${i}-${j}`));
      expect((await wb.applyFixes(fixes)).applied).toBe(i + 1);
    }
    const kept = await wb.undoableFixes();
    expect(kept.map((b) => b.id)).toEqual(Array.from({ length: UNDO_DEPTH }, (_, i) => i + 2));
    expect(store(excel)!.cells.filter((r) => typeof r[7] === 'number')).toHaveLength(kept.reduce((s, b) => s + b.cells, 0));
    for (let i = UNDO_DEPTH; i >= 1; i--) {
      await wb.undoLastFix();
      expect(roster.cells.slice(4, 5 + i).map((r) => r[10])).toEqual(
        Array.from({ length: i + 1 }, (_, j) => (j < i ? `v${i - 1}-${j}` : `aktif${4 + j}`)),
      );
    }
    expect(await wb.undoableFixes()).toEqual([]);
  });

  test('rows deleted since the fix: Undo restores each fixed cell where it is now, never the row that moved into its place', async () => {
    const cells = officeRosterSheet(8);
    // Data rows 5..12; K is the membership status, B the name (one per person here).
    for (let r = 4; r < 12; r++) {
      cells[r][1] = `Peserta ${r + 1}`;
      cells[r][10] = [5, 7, 9].includes(r) ? 'aktif' : 'Aktif';
    }
    const roster = fakeSheet('R', cells);
    const { excel, wb } = setup([roster]);
    await wb.applyFixes([fix('R', 'K6', 'aktif', 'Aktif'), fix('R', 'K8', 'aktif', 'Aktif'), fix('R', 'K10', 'aktif', 'Aktif')]);
    // The planner deletes row 5 (above every fixed cell), then the row of "Peserta 8" (fixed, now row 7).
    deleteRow(excel, roster, 5);
    deleteRow(excel, roster, 7);
    // Old addresses now hold other people's "Aktif": K6 is Peserta 7's, K8 Peserta 10's... (left alone).
    const outcome = await wb.undoLastFix();
    expect(outcome).toEqual({ restored: 2, refused: [{ sheet: 'R', cell: 'K8' }], undoable: [] });
    const status: Record<string, unknown> = Object.fromEntries(roster.cells.slice(4).map((r) => [String(r[1]), r[10]]));
    expect(status).toEqual({
      'Peserta 6': 'aktif',
      'Peserta 7': 'Aktif',
      'Peserta 9': 'Aktif',
      'Peserta 10': 'aktif',
      'Peserta 11': 'Aktif',
      'Peserta 12': 'Aktif',
    });
  });

  test('a deleted sheet: its cells are refused, the others restored', async () => {
    const a = fakeSheet('A', officeRosterSheet(3));
    const b = fakeSheet('B', officeRosterSheet(3));
    a.cells[4][10] = 'aktif';
    b.cells[4][10] = 'aktif';
    const { excel, wb } = setup([a, b]);
    await wb.applyFixes([fix('A', 'K5', 'aktif', 'Aktif'), fix('B', 'K5', 'aktif', 'Aktif'), fix('Gone', 'K5', 'aktif', 'Aktif')]);
    excel.sheets = excel.sheets.filter((s) => s !== b);
    expect(await wb.undoLastFix()).toEqual({ restored: 1, refused: [{ sheet: 'B', cell: 'K5' }], undoable: [] });
    expect(a.cells[4][10]).toBe('aktif');
  });

  test('marks and undo data share CJ_Marks: clearing marks keeps the undo data, the last undo removes the sheet', async () => {
    const cells = officeRosterSheet(5);
    cells[4][5] = 'kab kubu raya';
    cells[5][10] = 'aktif';
    const roster = fakeSheet('R', cells);
    roster.fills.set('F5', '#FFFF00');
    const { excel, wb } = setup([roster]);
    await wb.markCells([{ sheet: 'R', cell: 'F5', severity: 'warning', note: 'Kab/kota tidak baku' }]);
    await wb.applyFixes([fix('R', 'F5', 'kab kubu raya', 'Kabupaten Kubu Raya'), fix('R', 'K6', 'aktif', 'Aktif')]);
    // Marking again appends under the saved marks, not under the undo rows.
    await wb.markCells([{ sheet: 'R', cell: 'K6', severity: 'info', note: 'x' }]);
    expect(store(excel)!.cells.map((r) => r[1])).toEqual(['F5', 'K6']);
    await wb.clearMarks();
    expect(roster.fills.get('F5')).toBe('#FFFF00');
    expect(store(excel)!.cells.map((r) => r.slice(0, 6).every((v) => v === ''))).toEqual([true, true]);
    expect(await wb.undoableFixes()).toEqual([{ id: 1, cells: 2 }]);
    expect(await wb.undoLastFix()).toMatchObject({ restored: 2 });
    expect([roster.cells[4][5], roster.cells[5][10]]).toEqual(['kab kubu raya', 'aktif']);
    expect(store(excel)).toBeUndefined();
  });

  test('undo with marks on the sheet keeps the marks; clearing them then removes the sheet', async () => {
    const cells = officeRosterSheet(5);
    cells[5][10] = 'aktif';
    const roster = fakeSheet('R', cells);
    const { excel, wb } = setup([roster]);
    await wb.applyFixes([fix('R', 'K6', 'aktif', 'Aktif')]);
    await wb.markCells([{ sheet: 'R', cell: 'C5', severity: 'error', note: 'NIK' }]);
    await wb.undoLastFix();
    expect(store(excel)).toBeDefined();
    expect(roster.fills.get('C5')).toBe('#FDE7E9');
    await wb.clearMarks();
    expect(store(excel)).toBeUndefined();
    expect(roster.fills.has('C5')).toBe(false);
  });
});

describe('sync budgets of Fix and Undo: at most ⌈N/5,000⌉ + 3 syncs for N cells', () => {
  test.each([1, 5_000, 12_000])('%i cells in one column: Fix ⌈N/5,000⌉ + 2 syncs, Undo ⌈N/5,000⌉ + 3', async (n) => {
    const cells = officeRosterSheet(n);
    for (let r = 4; r < n + 4; r++) cells[r][10] = 'aktif';
    const { excel, wb } = setup([fakeSheet('R', cells)]);
    const fixes = Array.from({ length: n }, (_, i) => fix('R', `K${i + 5}`, 'aktif', 'Aktif'));
    const chunks = Math.ceil(n / 5_000);
    excel.log.length = 0;
    expect(await syncsDuring(excel, () => wb.applyFixes(fixes))).toBe(chunks + 2);
    // One values write per chunk on the roster (the column is one run per chunk), each with its undo rows.
    const fixRequests = requests(excel.log).filter((req) => req.some((e) => e.prop === 'values' && e.target.startsWith('R!')));
    expect(fixRequests).toHaveLength(chunks);
    for (const req of fixRequests) {
      expect(req.filter((e) => e.prop === 'values' && e.target.startsWith('R!'))).toHaveLength(1);
      expect(req.some((e) => e.prop === 'values' && e.target.startsWith(`${MARKS_SHEET}!H`))).toBe(true);
    }
    expect(excel.sheets[0].cells.slice(4).every((r) => r[10] === 'Aktif')).toBe(true);
    excel.log.length = 0;
    expect(await syncsDuring(excel, () => wb.undoLastFix())).toBe(chunks + 3);
    expect(requests(excel.log).filter((req) => req.some((e) => e.prop === 'values' && e.target.startsWith('R!')))).toHaveLength(chunks);
    expect(excel.sheets[0].cells.slice(4).every((r) => r[10] === 'aktif')).toBe(true);
  });

  test('scattered cells on two sheets: the same budgets, and no read asks for more than 5,000 cells', async () => {
    const a = officeRosterSheet(6_000);
    const b = officeRosterSheet(1_500);
    const fixes: CellFix[] = [];
    for (let r = 4; r < 6_004; r += 2) {
      a[r][5] = 'kab. kubu raya';
      fixes.push(fix('A', `F${r + 1}`, 'kab. kubu raya', 'Kabupaten Kubu Raya'));
    }
    for (let r = 4; r < 1_504; r += 3) {
      b[r][10] = 'aktif';
      fixes.push(fix('B', `K${r + 1}`, 'aktif', 'Aktif'));
    }
    const { excel, wb } = setup([fakeSheet('A', a), fakeSheet('B', b)]);
    const n = fixes.length;
    expect(n).toBe(3_500);
    const chunks = Math.ceil(n / 5_000);
    expect(await syncsDuring(excel, () => wb.applyFixes(fixes))).toBe(chunks + 2);
    expect(a.slice(4).filter((r) => r[5] === 'Kabupaten Kubu Raya')).toHaveLength(3_000);
    expect(b.slice(4).filter((r) => r[10] === 'Aktif')).toHaveLength(500);
    expect(await syncsDuring(excel, () => wb.undoLastFix())).toBe(chunks + 3);
    // Roster reads take at most a chunk of cells; undo rows (7 columns each) at most a chunk of rows.
    const loads = excel.loads.filter((l) => l.prop === 'values');
    const rosterLoads = loads.filter((l) => !l.target.startsWith(MARKS_SHEET));
    expect(rosterLoads.length).toBeGreaterThan(0);
    expect(Math.max(...rosterLoads.map((l) => l.rows * l.cols))).toBeLessThanOrEqual(5_000);
    expect(Math.max(...loads.map((l) => l.rows * l.cols))).toBeLessThanOrEqual(5_000 * UNDO_ROW_SPAN);
    expect(a.slice(4).filter((r) => r[5] === 'kab. kubu raya')).toHaveLength(3_000);
    expect(b.slice(4).filter((r) => r[10] === 'aktif')).toHaveLength(500);
  });

  test('nothing to undo: one sync', async () => {
    const { excel, wb } = setup();
    expect(await syncsDuring(excel, async () => expect(await wb.undoLastFix()).toBeNull())).toBe(1);
  });
});
