// Marking cells and clearing the marks through Office.js (marks.ts).
import { officeRosterSheet } from '../roster-fixture';
import { fakeExcel, fakeRun, fakeSettings, fakeSheet } from './excel-fake';
import { setup, syncsDuring } from './office-kit';
import { OfficeWorkbook } from '../../../src/hosts/office/office-workbook';
import { MARKS_SHEET } from '../../../src/hosts/office/marks';

describe('OfficeWorkbook marks', () => {
  test('Mark then Clear restores the exact fills, font colours and notes, in at most three syncs each', async () => {
    const roster = fakeSheet('Roster Nakes', officeRosterSheet(20));
    roster.fills.set('C6', '#00B050');
    roster.fontColors.set('C6', '#7030A0');
    roster.notes.set('C6', 'dicek bu Rina');
    const { excel, wb } = setup([roster]);
    const marks = [
      { sheet: 'Roster Nakes', cell: 'C6', severity: 'error' as const, note: 'NIK harus 16 digit' },
      { sheet: 'Roster Nakes', cell: 'F7', severity: 'warning' as const, note: 'Kab/kota tidak dikenal' },
      { sheet: 'Roster Nakes', cell: 'F7', severity: 'error' as const, note: 'Wajib diisi' },
    ];
    expect(await syncsDuring(excel, () => wb.markCells(marks))).toBe(2);
    expect(roster.fills.get('C6')).toBe('#FDE7E9');
    expect(roster.fills.get('F7')).toBe('#FDE7E9');
    expect(roster.notes.get('C6')).toBe('dicek bu Rina\n\nNIK harus 16 digit');
    expect(roster.notes.get('F7')).toBe('Kab/kota tidak dikenal\nWajib diisi');
    const store = excel.sheets.find((s) => s.name === MARKS_SHEET)!;
    expect(store.visibility).toBe('VeryHidden');
    // Marking again must not remember our own highlight as the "prior" format.
    await wb.markCells([marks[0]]);
    expect(await syncsDuring(excel, () => wb.clearMarks())).toBeLessThanOrEqual(3);
    expect(roster.fills.get('C6')).toBe('#00B050');
    expect(roster.fontColors.get('C6')).toBe('#7030A0');
    expect(roster.notes.get('C6')).toBe('dicek bu Rina');
    expect(roster.fills.has('F7')).toBe(false);
    expect(roster.notes.has('F7')).toBe(false);
    expect(excel.sheets.some((s) => s.name === MARKS_SHEET)).toBe(false);
    // Roster values untouched.
    expect(roster.cells).toEqual(officeRosterSheet(20));
  });

  test('many marks go in chunks of 2,000 cells and all are restored', async () => {
    const roster = fakeSheet('R', officeRosterSheet(5_000));
    roster.fills.set('C100', '#FFFF00');
    const { excel, wb } = setup([roster]);
    const marks = Array.from({ length: 5_000 }, (_, i) => ({ sheet: 'R', cell: `C${i + 5}`, severity: 'error' as const, note: `m${i}` }));
    expect(await syncsDuring(excel, () => wb.markCells(marks))).toBe(6);
    const store = excel.sheets.find((s) => s.name === MARKS_SHEET)!;
    expect(store.cells.filter((r) => r[0] === 'R')).toHaveLength(5_000);
    expect(roster.fills.get('C5004')).toBe('#FDE7E9');
    await wb.clearMarks();
    expect(roster.fills.get('C100')).toBe('#FFFF00');
    expect(roster.fills.has('C5004')).toBe(false);
    expect(roster.notes.size).toBe(0);
    // office-addin-mock walks every object it made on each sync: about 12 s alone, several times that in a full run.
  }, 180_000);

  test('an issue standing for many cells marks each, colours written per run of cells, and Clear restores each', async () => {
    const roster = fakeSheet('R', officeRosterSheet(400));
    roster.fills.set('H100', '#FFFF00'); // the user's own colour in the middle of the run
    const { excel, wb } = setup([roster]);
    // One "honorer" item of value-nonstandard: rows 5–304 of column H but row 150, plus one cell elsewhere.
    const cells = Array.from({ length: 300 }, (_, i) => `H${i + 5}`).filter((c) => c !== 'H150');
    const marks = [
      ...cells.map((cell) => ({ sheet: 'R', cell, severity: 'warning' as const, note: "Status Kepegawaian: 'honorer' ditulis 299 kali" })),
      { sheet: 'R', cell: 'C9', severity: 'error' as const, note: 'NIK harus 16 digit' },
    ];
    const fillWrites = () => excel.log.filter((e) => e.prop === 'color' && e.target?.endsWith('.format.fill')).map((e) => e.target);
    expect(await syncsDuring(excel, () => wb.markCells(marks))).toBe(2);
    expect(fillWrites()).toEqual(['R!H5:H149.format.fill', 'R!H151:H304.format.fill', 'R!C9.format.fill']);
    for (const c of cells) expect(roster.fills.get(c)).toBe('#FFF4CE');
    expect(roster.fills.has('H150')).toBe(false);
    expect(roster.notes.get('H304')).toBe("Status Kepegawaian: 'honorer' ditulis 299 kali");
    excel.log.length = 0;
    expect(await syncsDuring(excel, () => wb.clearMarks())).toBeLessThanOrEqual(3);
    // Cleared per run of equal prior formats: the user's yellow H100 splits the run.
    expect(fillWrites()).toEqual(['R!H100.format.fill']);
    expect(excel.log.filter((e) => e.call === 'clear' && e.target?.endsWith('.format.fill')).map((e) => e.target)).toEqual([
      'R!H5:H99.format.fill',
      'R!H101:H149.format.fill',
      'R!H151:H304.format.fill',
      'R!C9.format.fill',
    ]);
    expect(roster.fills.get('H100')).toBe('#FFFF00');
    for (const c of cells.filter((x) => x !== 'H100')) expect(roster.fills.has(c)).toBe(false);
    expect(roster.notes.size).toBe(0);
  }, 60_000);

  test('Clear marks copes with a deleted sheet and a note the user removed', async () => {
    const a = fakeSheet('A', officeRosterSheet(5));
    const b = fakeSheet('B', officeRosterSheet(5));
    const { excel, wb } = setup([a, b]);
    await wb.markCells([
      { sheet: 'A', cell: 'C5', severity: 'error', note: 'x' },
      { sheet: 'B', cell: 'C5', severity: 'error', note: 'y' },
    ]);
    excel.sheets = excel.sheets.filter((s) => s !== b);
    a.notes.delete('C5');
    await wb.clearMarks();
    expect(a.fills.has('C5')).toBe(false);
    expect(a.notes.has('C5')).toBe(false);
    expect(excel.log.filter((e) => e.call === 'note.delete')).toEqual([]);
    expect(excel.sheets.map((s) => s.name)).toEqual(['A']);
  });

  test('Excel without notes (before ExcelApi 1.18) gets colours only; the user’s own notes stay as they were', async () => {
    const roster = fakeSheet('Roster Nakes', officeRosterSheet(20));
    roster.fills.set('C6', '#00B050');
    roster.notes.set('C6', 'dicek bu Rina');
    const excel = fakeExcel([roster]);
    const wb = new OfficeWorkbook(fakeRun(excel), fakeSettings(), { apiSupported: (v) => Number(v.split('.')[1]) < 18 });
    await wb.markCells([
      { sheet: 'Roster Nakes', cell: 'C6', severity: 'error', note: 'NIK harus 16 digit' },
      { sheet: 'Roster Nakes', cell: 'F7', severity: 'warning', note: 'Kab/kota tidak dikenal' },
    ]);
    expect(roster.fills.get('C6')).toBe('#FDE7E9');
    expect(roster.fills.get('F7')).toBe('#FFF4CE');
    await wb.clearMarks();
    expect(roster.fills.get('C6')).toBe('#00B050');
    expect(roster.fills.has('F7')).toBe(false);
    // Not one notes call reached Excel: one would fail the whole batch there.
    expect(excel.log.filter((e) => e.call?.startsWith('note'))).toEqual([]);
    expect([...roster.notes]).toEqual([['C6', 'dicek bu Rina']]);
  });
});
