import { cellText, dateCell, type Cell } from '../../../src/core/cells';
import type { SheetSpec } from '../../../src/core/sheet-spec';
import { MemoryWorkbook } from '../../../src/hosts/memory/memory-workbook';
import { markerText } from '../../../src/hosts/sheet-names';
import { officeRosterSheet } from '../roster-fixture';
import { LIST_SHEET_KIND, LIST_SHEET_NAME } from '../../../src/hosts/list-sheet';
import { regenciesOf } from '../../../src/core/reference/regions';
import { findRosterGrids } from '../../../src/hosts/roster-grids';
import { rosterTemplate } from '../../../src/taskpane/workflow';
import { checkGrids, looksLikeRoster } from '../../../src/core/roster/check';
import { computeSummary } from '../../../src/core/summary/model';
import { summarySheetRequest } from '../../../src/core/summary/sheet';

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

  test('keeps what a printed handout needs, as the Excel hosts write it: print setup, hidden columns, heights, colours, alignment', async () => {
    const wb = new MemoryWorkbook([{ name: 'R', rows: rosterCells(3) }]);
    const handout: SheetSpec = {
      ...spec(),
      rows: [
        ...spec().rows,
        [
          { value: 'Nilai', style: 'header', align: 'right' },
          { value: 0.45, numberFormat: '0.00%', style: 'input' },
        ],
      ],
      hiddenColumns: [8],
      rowHeights: [{ row: 0, height: 21 }],
      conditionalFormats: [{ range: 'B4', equals: 'Tercapai', look: 'good' }],
      print: { fitToWidth: true, area: '$A$1:$H$3', rowBreaks: [3], footer: { center: 'Halaman &P dari &N' } },
    };
    const name = await wb.writeGeneratedSheet(handout);
    const sheet = wb.sheet(name)!;
    expect(sheet.layout).toMatchObject({
      hiddenColumns: [8],
      rowHeights: [{ row: 0, height: 21 }],
      conditionalFormats: [{ range: 'B4', equals: 'Tercapai', look: 'good' }],
      print: { area: '$A$1:$H$3', rowBreaks: [3], footer: { center: 'Halaman &P dari &N' } },
    });
    expect(wb.format(name, 'A4')).toMatchObject({ style: 'header', align: 'right', bold: true });
    expect(wb.format(name, 'B4')).toMatchObject({ style: 'input', numberFormat: '0.00%' });
  });

  test('the summary is built with names the workbook leaves free: a user name and table keep theirs', async () => {
    const wb = new MemoryWorkbook([
      { name: 'Nakes', rows: rosterCells(20) },
      { name: 'Anggaran', rows: [['Butir'], ['BPU']], tables: [{ name: 'Rakor_Utama', range: 'A1:A2' }] },
    ]);
    wb.defineName('Target_UCJ', 'Anggaran', '$A$2');
    const result = checkGrids(await findRosterGrids(wb, { scope: 'all' }), { year: 2025 });
    const request = summarySheetRequest(computeSummary(result), result);
    const name = await wb.writeGeneratedSheet(request);

    const [user, ours] = wb.definedNames();
    expect(user).toEqual({ name: 'Target_UCJ', sheet: 'Anggaran', ref: '$A$2' });
    expect(ours).toMatchObject({ name: 'Target_UCJ_2', sheet: name });
    expect(wb.cell(name, ours.ref.replace(/\$/g, ''))).toBe(0.5956);
    const formulas = [...wb.sheet(name)!.formats.values()].flatMap((f) => (f.formula ? [f.formula] : []));
    expect(formulas.filter((f) => /\bTarget_UCJ_2\b/.test(f)).length).toBeGreaterThan(0);
    expect(formulas.filter((f) => /\bTarget_UCJ\b(?!_)/.test(f))).toEqual([]);
    const tables = wb.sheet(name)!.tables.map((t) => t.name);
    expect(tables).toContain('Rakor_Utama_2');
    expect(tables).not.toContain('Rakor_Utama');
    expect(wb.sheet('Anggaran')!.tables.map((t) => t.name)).toEqual(['Rakor_Utama']);

    // Regenerating renews its own names; a name left broken by a deleted sheet is taken over.
    await wb.writeGeneratedSheet(request);
    expect(wb.definedNames().map((n) => n.name)).toEqual(['Target_UCJ', 'Target_UCJ_2']);
    const other = new MemoryWorkbook([{ name: 'Nakes', rows: rosterCells(3) }]);
    other.defineName('Target_UCJ', 'Ringkasan Lama (dihapus)', '$B$5');
    await other.writeGeneratedSheet(request);
    expect(other.definedNames().map((n) => [n.name, n.sheet, n.ref])).toEqual([['Target_UCJ', 'Ringkasan Rakor', ours.ref]]);
  });

  test('regeneration replaces its own sheet and never a user sheet of the same name', async () => {
    const wb = new MemoryWorkbook([
      { name: 'R', rows: rosterCells(3) },
      { name: 'Ringkasan Rakor', rows: [['catatan saya']] },
    ]);
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

  test('inserting a roster sheet picks a free name, formats text columns and selects A1', async () => {
    const wb = new MemoryWorkbook([{ name: 'Roster', rows: [['x']] }]);
    const name = await wb.insertRosterSheet({ name: 'Roster', rows: rosterCells(2), headerRow: 3, textColumns: [2], dateColumns: [4] });
    expect(name).toBe('Roster (2)');
    expect(wb.format(name, 'C5')?.numberFormat).toBe('@');
    expect(wb.format(name, 'E5')?.numberFormat).toBe('dd-mm-yyyy');
    expect(wb.format(name, 'A4')?.bold).toBe(true);
    expect(wb.currentSelection()).toEqual({ sheet: name, cell: 'A1' });
  });

  test('regression: Kalimantan Barat template has a kab/kota drop-down (list over 255 characters)', async () => {
    const wb = new MemoryWorkbook([{ name: 'Roster', rows: rosterCells(3) }]);
    const name = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
    const kabKota = regenciesOf('61').map((r) => r.name);
    expect(kabKota.join(',').length).toBeGreaterThan(255);
    // F is Kabupaten/Kota: its drop-down reads the 14 names from the hidden list sheet's range.
    expect(wb.sheet(name)!.validations.find((v) => v.column === 5)?.source).toBe(`='${LIST_SHEET_NAME}'!$A$3:$A$16`);
    expect(wb.dropDownValues(name, 'F2')).toEqual(kabKota);
    expect(wb.dropDownValues(name, 'F1001')).toEqual(kabKota);
    expect(wb.dropDownValues(name, 'F1')).toBeUndefined();
    // Short lists stay inline.
    expect(wb.sheet(name)!.validations.find((v) => v.column === 3)?.source).toBe('L,P');
    expect(wb.dropDownValues(name, 'D2')).toEqual(['L', 'P']);
    const lists = wb.sheet(LIST_SHEET_NAME)!;
    expect(lists).toMatchObject({ hidden: true, generatedKind: LIST_SHEET_KIND });
    expect(lists.cells[0][0]).toBe(markerText(LIST_SHEET_KIND));
    expect(lists.cells[1][0]).toBe('Kabupaten/Kota Kalimantan Barat (61)');
    expect(wb.format(LIST_SHEET_NAME, 'A3')?.numberFormat).toBe('@');
  });

  test('the list sheet is hidden, marked and never read as a roster', async () => {
    const wb = new MemoryWorkbook([{ name: 'Roster', rows: rosterCells(3) }]);
    const name = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
    expect(wb.sheetNames()).toEqual(['Roster', name]);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(['Roster', name]);
    expect(looksLikeRoster(await wb.readSheet(LIST_SHEET_NAME))).toBe(false);
    const grids = await findRosterGrids(wb, { scope: 'all' });
    expect(grids.map((g) => g.sheet)).toEqual(['Roster', name]);
    // Standing on the list sheet (say the user unhid it), it is still never read as a roster.
    wb.sheet(LIST_SHEET_NAME)!.hidden = false;
    wb.setActive(LIST_SHEET_NAME);
    expect(await findRosterGrids(wb, { scope: 'active' })).toEqual([]);
  });

  test('later templates reuse the list sheet, so earlier drop-downs keep working; another province adds a column', async () => {
    const wb = new MemoryWorkbook();
    const first = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
    const second = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
    const jatim = regenciesOf('35').map((r) => r.name);
    const third = await wb.insertRosterSheet(rosterTemplate('35', 'Roster Jatim'));
    expect([first, second, third]).toEqual(['Roster Baru', 'Roster Baru (2)', 'Roster Jatim']);
    expect(wb.sheetNames()).toEqual([first, second, third]);
    const source = (sheet: string) => wb.sheet(sheet)!.validations.find((v) => v.column === 5)!.source;
    expect(source(second)).toBe(source(first));
    expect(source(third)).toBe(`='${LIST_SHEET_NAME}'!$B$3:$B$${2 + jatim.length}`);
    expect(wb.dropDownValues(first, 'F2')).toEqual(regenciesOf('61').map((r) => r.name));
    expect(wb.dropDownValues(third, 'F2')).toEqual(jatim);
  });

  test('a user sheet named like the list sheet is left alone', async () => {
    const wb = new MemoryWorkbook([{ name: LIST_SHEET_NAME, rows: [['daftar saya'], ['Pontianak']] }]);
    const name = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
    expect(wb.sheet(LIST_SHEET_NAME)!.cells).toEqual([['daftar saya'], ['Pontianak']]);
    expect(wb.sheet(`${LIST_SHEET_NAME} (2)`)).toMatchObject({ hidden: true, generatedKind: LIST_SHEET_KIND });
    expect(wb.sheet(name)!.validations.find((v) => v.column === 5)!.source).toBe(`='${LIST_SHEET_NAME} (2)'!$A$3:$A$16`);
    expect(wb.dropDownValues(name, 'F2')).toEqual(regenciesOf('61').map((r) => r.name));
  });

  test('settings merge and come back', async () => {
    const wb = new MemoryWorkbook();
    await wb.setSettings({ province: '61' });
    await wb.setSettings({ target: 0.608, lang: 'en' });
    expect(await wb.getSettings()).toEqual({ province: '61', target: 0.608, lang: 'en' });
  });
});

// Regression: readSheet found the left edge with Math.min(...rows), which overflowed the call stack past ~125,000 rows.
test('reading a 300,000-row sheet does not overflow the call stack finding its left edge', async () => {
  const roster = rosterCells(300_000);
  // One blank column in front, so the used range starts at B.
  const wb = new MemoryWorkbook([{ name: 'Besar', rows: roster.map((r) => [null, ...r]) }]);
  const grid = await wb.readSheet('Besar');
  expect(grid.origin.col).toBe(1);
  expect(grid.rows.length).toBe(roster.length);
  expect(grid.rows[grid.rows.length - 1]).toEqual(roster[roster.length - 1]);
});

describe('MemoryWorkbook Fix and Undo (as in Excel: the undo stack on a hidden CJ_Marks sheet)', () => {
  const fix = (cell: string, expectedOld: string, value: string) => ({ sheet: 'R', cell, expectedOld, fix: { value } });

  function messy() {
    const rows = rosterCells(8);
    rows[4][5] = ' kab kubu raya'; // F5
    rows[5][5] = 'Sintang'; // F6, previewed as "sintang"
    rows[6][10] = 12; // K7, a number formatted 0.00
    rows[7][10] = null; // K8, blank, formatted as text
    const wb = new MemoryWorkbook([{ name: 'R', rows }]);
    const r = wb.sheet('R')!;
    r.formats.set('K7', { numberFormat: '0.00', bold: true });
    r.formats.set('K8', { numberFormat: '@' });
    r.formats.set('G9', { formula: '=LOWER(B9)' }); // G9 shows a formula's result
    const fixes = [
      fix('F5', ' kab kubu raya', 'Kabupaten Kubu Raya'),
      fix('F6', 'sintang', 'Kabupaten Sintang'),
      fix('K7', '12', 'Aktif'),
      fix('K8', '', 'Aktif'),
      fix('G9', cellText(rows[8][6]), 'Puskesmas'),
      fix('E5', cellText(rows[4][4]), '01-01-1990'), // a date cell: never changed
    ];
    return { wb, rows, fixes };
  }

  test('fixes only cells still holding the previewed value; undo restores values, number formats and blanks', async () => {
    const { wb, fixes } = messy();
    const before = JSON.stringify(wb.sheet('R')!.cells);
    const formats = structuredClone(wb.sheet('R')!.formats);
    expect(await wb.applyFixes(fixes)).toEqual({ applied: 3, skipped: 3, undoable: [{ id: 1, cells: 3 }] });
    expect([wb.cell('R', 'F5'), wb.cell('R', 'F6'), wb.cell('R', 'K7'), wb.cell('R', 'K8')]).toEqual([
      'Kabupaten Kubu Raya',
      'Sintang',
      'Aktif',
      'Aktif',
    ]);
    // The store is a hidden sheet: not listed, not in the preview's tabs, not in settings.
    expect(wb.sheetNames()).toEqual(['R']);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(['R']);
    expect(await wb.getSettings()).toEqual({});
    expect(await wb.undoLastFix()).toEqual({ restored: 3, refused: [], undoable: [] });
    expect(JSON.stringify(wb.sheet('R')!.cells)).toBe(before);
    expect(wb.sheet('R')!.formats).toEqual(formats);
    expect(wb.cell('R', 'K8')).toBeNull();
    expect(wb.sheet('CJ_Marks')).toBeUndefined();
    expect(await wb.undoLastFix()).toBeNull();
  });

  test('undo refuses cells changed since the fix and restores the others', async () => {
    const { wb, fixes } = messy();
    await wb.applyFixes(fixes);
    wb.setCell('R', 'K7', 'Tidak Aktif');
    expect(await wb.undoLastFix()).toEqual({ restored: 2, refused: [{ sheet: 'R', cell: 'K7' }], undoable: [] });
    expect(wb.cell('R', 'K7')).toBe('Tidak Aktif');
    expect(wb.cell('R', 'F5')).toBe(' kab kubu raya');
  });

  test('a stack of batches, undone newest first', async () => {
    const rows = rosterCells(3);
    rows[4][10] = 'aktif';
    const wb = new MemoryWorkbook([{ name: 'R', rows }]);
    await wb.applyFixes([fix('K5', 'aktif', 'Aktif')]);
    await wb.applyFixes([fix('K5', 'Aktif', 'AKTIF'), fix('K6', cellText(rows[5][10]), 'Aktif')]);
    expect(await wb.undoableFixes()).toEqual([
      { id: 1, cells: 1 },
      { id: 2, cells: 2 },
    ]);
    await wb.undoLastFix();
    expect(wb.cell('R', 'K5')).toBe('Aktif');
    expect(wb.cell('R', 'K6')).toBe(rows[5][10]);
    await wb.undoLastFix();
    expect(wb.cell('R', 'K5')).toBe('aktif');
  });
});
