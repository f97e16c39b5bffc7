import { dateCell, type Cell } from '../../../src/core/cells';
import type { SheetSpec } from '../../../src/core/sheet-spec';
import { MemoryWorkbook } from '../../../src/hosts/memory/memory-workbook';
import { markerText } from '../../../src/hosts/sheet-names';
import { officeRosterSheet } from '../roster-fixture';

/** The fixture's Office-shaped values as typed cells ("" → empty, date column → dates). */
function rosterCells(n: number): Cell[][] {
  return officeRosterSheet(n).map((row, r) =>
    row.map((v, c) => (v === '' ? null : r > 3 && (c === 4 || c === 14) && typeof v === 'number' ? dateCell(v) : (v as Cell))),
  );
}

const spec = (kind = 'summary', name = 'Ringkasan Rakor'): SheetSpec => ({
  name,
  kind,
  rows: [
    [{ value: 'Ringkasan', style: 'title' }],
    [{ value: 'Sasaran' }, { formula: '=COUNTIFS(A:A,"x")', expected: 9350, numberFormat: '#,##0' }],
    [{ value: '=HYPERLINK("http://x","y")' }],
  ],
  charts: [{ type: 'bar', title: 'c', categories: 'A1:A2', series: [{ name: 's', values: 'B1:B2' }], anchor: 'D1' }],
});

describe('MemoryWorkbook', () => {
  test('reads the used range as typed cells with its origin, in blocks with progress', async () => {
    const wb = new MemoryWorkbook([{ name: 'Roster', rows: [[], [null, null], ...rosterCells(25_000).map((r) => [null, ...r])] }]);
    const progress: number[] = [];
    const grid = await wb.readSheet('Roster', { onProgress: (done) => progress.push(done) });
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.rows).toHaveLength(25_004);
    expect(grid.rows[3][2]).toBe('NIK');
    expect(grid.rows[4][4]).toEqual(dateCell(25569));
    expect(progress).toEqual([10_000, 20_000, 25_004]);
  });

  test('Cancel stops a read between blocks', async () => {
    const wb = new MemoryWorkbook([{ name: 'R', rows: rosterCells(30_000) }]);
    const c = new AbortController();
    await expect(wb.readSheet('R', { signal: c.signal, onProgress: () => c.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('a generated sheet shows the computed value of formula cells and keeps roster text as text', async () => {
    const wb = new MemoryWorkbook([{ name: 'R', rows: rosterCells(3) }]);
    const name = await wb.writeGeneratedSheet(spec());
    expect(name).toBe('Ringkasan Rakor');
    expect(wb.cell(name, 'B2')).toBe(9350);
    expect(wb.format(name, 'B2')).toMatchObject({ formula: '=COUNTIFS(A:A,"x")', numberFormat: '#,##0' });
    expect(wb.cell(name, 'A3')).toBe('=HYPERLINK("http://x","y")');
    expect(wb.format(name, 'A3')?.formula).toBeUndefined();
    expect(wb.sheet(name)!.charts).toHaveLength(1);
    // A marker is added when the builder put none.
    expect(wb.sheet(name)!.cells[0]).toContain(markerText('summary'));
    expect(await wb.activeSheet()).toBe(name);
  });

  test('regeneration replaces its own sheet and never a user sheet of the same name', async () => {
    const wb = new MemoryWorkbook([{ name: 'R', rows: rosterCells(3) }, { name: 'Ringkasan Rakor', rows: [['catatan saya']] }]);
    expect(await wb.writeGeneratedSheet(spec())).toBe('Ringkasan Rakor (2)');
    expect(await wb.writeGeneratedSheet(spec())).toBe('Ringkasan Rakor (2)');
    expect(wb.sheetNames()).toEqual(['R', 'Ringkasan Rakor', 'Ringkasan Rakor (2)']);
    expect(wb.cell('Ringkasan Rakor', 'A1')).toBe('catatan saya');
    const kinds = (await wb.listSheets()).map((s) => s.generatedKind ?? null);
    expect(kinds).toEqual([null, null, 'summary']);
  });

  test('marks restore the exact prior formats and notes; values never change', async () => {
    const wb = new MemoryWorkbook([{ name: 'R', rows: rosterCells(5) }]);
    await wb.writeGeneratedSheet(spec('issues', 'Pemeriksaan Data'));
    const before = JSON.stringify(wb.sheet('R')!.cells);
    await wb.markCells([
      { sheet: 'R', cell: 'C5', severity: 'error', note: 'NIK harus 16 digit' },
      { sheet: 'R', cell: 'c5', severity: 'warning', note: 'lain' },
      { sheet: 'R', cell: 'F6', severity: 'warning', note: 'Kab/kota tidak dikenal' },
    ]);
    expect(wb.format('R', 'C5')).toMatchObject({ fill: '#FDE7E9', note: 'NIK harus 16 digit\nlain' });
    expect(wb.format('R', 'F6')).toMatchObject({ fill: '#FFF4CE' });
    expect(wb.markedCount()).toBe(2);
    await wb.markCells([{ sheet: 'R', cell: 'C5', severity: 'error', note: 'again' }]);
    await wb.clearMarks();
    expect(wb.format('R', 'C5')).toBeUndefined();
    expect(wb.format('R', 'F6')).toBeUndefined();
    expect(JSON.stringify(wb.sheet('R')!.cells)).toBe(before);
  });

  test('fixes apply only to cells still holding the previewed text', async () => {
    const rows = rosterCells(3);
    rows[4][5] = ' kab kubu raya';
    const wb = new MemoryWorkbook([{ name: 'R', rows }]);
    const fix = { value: 'Kabupaten Kubu Raya' };
    expect(await wb.applyFixes([{ sheet: 'R', cell: 'F5', expectedOld: ' kab kubu raya', fix }, { sheet: 'R', cell: 'F6', expectedOld: 'other', fix }])).toBe(1);
    expect(wb.cell('R', 'F5')).toBe('Kabupaten Kubu Raya');
    expect(wb.cell('R', 'F6')).toBe(rows[5][5]);
  });

  test('inserting a roster sheet picks a free name, formats text columns and selects A1', async () => {
    const wb = new MemoryWorkbook([{ name: 'Roster', rows: [['x']] }]);
    const name = await wb.insertRosterSheet({ name: 'Roster', rows: rosterCells(2), headerRow: 3, textColumns: [2], dateColumns: [4] });
    expect(name).toBe('Roster (2)');
    expect(wb.format(name, 'C5')?.numberFormat).toBe('@');
    expect(wb.format(name, 'E5')?.numberFormat).toBe('dd-mm-yyyy');
    expect(wb.format(name, 'A4')?.bold).toBe(true);
    expect(wb.currentSelection()).toEqual({ sheet: name, cell: 'A1' });
  });

  test('settings merge and come back', async () => {
    const wb = new MemoryWorkbook();
    await wb.setSettings({ province: '61' });
    await wb.setSettings({ target: 0.608, lang: 'en' });
    expect(await wb.getSettings()).toEqual({ province: '61', target: 0.608, lang: 'en' });
  });
});
