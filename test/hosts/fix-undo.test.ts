// The undo store's layout (fix-undo.ts), shared by every host: rows round-trip, a damaged store is refused,
// and the Excel and in-memory workbooks write the same rows for the same fixes.
import { dateCell, type Cell } from '../../src/core/cells';
import {
  decodeIndex,
  decodeRecords,
  encodeRecord,
  FixStoreError,
  planBatch,
  storedValueOf,
  trackedCell,
  trackingFormula,
  UNDO_DEPTH,
  type FixRecord,
} from '../../src/hosts/fix-undo';
import { MARKS_SHEET } from '../../src/hosts/marks';
import { MemoryWorkbook } from '../../src/hosts/memory/memory-workbook';
import { fakeSheet } from './office/excel-fake';
import { setup } from './office/office-kit';
import { officeRosterSheet } from './roster-fixture';

describe('undo store rows', () => {
  test('every kind of value before a fix comes back as it was', () => {
    const records: FixRecord[] = [
      {
        sheet: "Roster 'Nakes'",
        cell: 'F5',
        before: { kind: 'text', text: ' kab kubu raya' },
        format: 'General',
        after: 'Kabupaten Kubu Raya',
      },
      { sheet: 'R', cell: 'AA10', before: { kind: 'number', value: 0.1 + 0.2 }, format: '0.00', after: 'Aktif' },
      { sheet: 'R', cell: 'K8', before: { kind: 'blank' }, format: '@', after: 'Aktif' },
      { sheet: 'R', cell: 'K9', before: { kind: 'boolean', value: false }, format: 'General', after: 'Aktif' },
      { sheet: 'R', cell: 'K10', before: { kind: 'text', text: '=SUM(A1)' }, format: '@', after: '+62' },
    ];
    expect(
      decodeRecords(
        records.map((r) => encodeRecord(7, r)),
        7,
      ),
    ).toEqual(records);
  });

  test('rows of another batch, or damaged rows, are refused before anything is restored', () => {
    const row = encodeRecord(3, { sheet: 'R', cell: 'F5', before: { kind: 'blank' }, format: 'General', after: 'x' });
    expect(() => decodeRecords([row], 4)).toThrow(FixStoreError);
    expect(() => decodeRecords([[3, 'R', 'not a cell', 'blank', '', 'General', 'x']], 3)).toThrow(/CJ_Marks/);
    expect(() => decodeRecords([[3, 'R', 'F5', 'number', 'abc', 'General', 'x']], 3)).toThrow(FixStoreError);
  });

  test('the tracking formula names the fixed cell; read back as Excel rewrote it, it tells where the cell is now', () => {
    expect(trackingFormula("Roster 'Nakes'", 'f5')).toBe("='Roster ''Nakes'''!$F$5");
    expect(trackedCell(trackingFormula("Roster 'Nakes'", 'F5'))).toEqual({ sheet: "Roster 'Nakes'", cell: 'F5' });
    // Excel drops the quotes of a plain sheet name and moves the reference with the cell.
    expect(trackedCell('=Nakes!$F$4')).toEqual({ sheet: 'Nakes', cell: 'F4' });
    // The cell, its row or its sheet deleted.
    expect(trackedCell('=#REF!')).toBeNull();
    expect(trackedCell("='Nakes'!#REF!")).toBeNull();
    // No formula of ours (an older row, or a cleared cell): the stored address stands.
    expect(trackedCell('')).toBeUndefined();
    expect(trackedCell('=SUM(A1:A3)')).toBeUndefined();
    const row = [...encodeRecord(2, { sheet: 'R', cell: 'K8', before: { kind: 'blank' }, format: '@', after: 'Aktif' }), '=R!$K$7'];
    expect(decodeRecords([row], 2)[0]).toMatchObject({ cell: 'K8', now: { sheet: 'R', cell: 'K7' } });
  });

  test('the index stops at its first empty row; dates and errors are never stored', () => {
    expect(
      decodeIndex([
        [1, 10],
        [2, 5],
        ['', ''],
        [9, 9],
      ]),
    ).toEqual([
      { id: 1, cells: 10 },
      { id: 2, cells: 5 },
    ]);
    expect(storedValueOf(dateCell(45000) as Cell)).toBeUndefined();
    expect(storedValueOf('')).toEqual({ kind: 'blank' });
  });

  test(`the ${UNDO_DEPTH + 1}st batch drops the oldest and goes under the others`, () => {
    const full = Array.from({ length: UNDO_DEPTH }, (_, i) => ({ id: i + 3, cells: 2 }));
    expect(planBatch(full)).toEqual({
      id: UNDO_DEPTH + 3,
      drop: { id: 3, cells: 2 },
      indexRow: UNDO_DEPTH - 1,
      firstRow: 2 * (UNDO_DEPTH - 1),
    });
    expect(planBatch([])).toEqual({ id: 1, drop: undefined, indexRow: 0, firstRow: 0 });
  });
});

test('Excel and the in-memory workbook keep the same rows on CJ_Marks for the same fixes', async () => {
  const office = officeRosterSheet(6);
  office[4][5] = 'kab kubu raya ';
  office[5][10] = '';
  office[6][10] = 12;
  const { excel, wb } = setup([fakeSheet('R', office)]);
  excel.sheets[0].numberFormats.set('K7', '0.00');
  const memoryRows = office.map((r) => r.map((v) => (v === '' ? null : (v as Cell))));
  const memory = new MemoryWorkbook([{ name: 'R', rows: memoryRows }]);
  memory.sheet('R')!.formats.set('K7', { numberFormat: '0.00' });
  const fixes = [
    { sheet: 'R', cell: 'F5', expectedOld: 'kab kubu raya ', fix: { value: 'Kabupaten Kubu Raya' } },
    { sheet: 'R', cell: 'K6', expectedOld: '', fix: { value: 'Aktif' } },
    { sheet: 'R', cell: 'K7', expectedOld: '12', fix: { value: 'Aktif' } },
  ];
  expect(await wb.applyFixes(fixes)).toEqual(await memory.applyFixes(fixes));
  const cj = excel.sheets.find((s) => s.name === MARKS_SHEET)!;
  const fromMemory = memory.sheet(MARKS_SHEET)!.cells.map((r) => r.map((v) => v ?? ''));
  const columns = (rows: unknown[][]) => rows.map((r) => [...r.slice(7, 14), ...r.slice(15, 17)].map((v) => v ?? ''));
  expect(columns(fromMemory)).toEqual(columns(cj.cells));
  // Column O: Excel holds the tracking formula, the memory workbook its text.
  expect(fromMemory.map((r) => r[14])).toEqual(['O1', 'O2', 'O3'].map((a) => cj.formulas.get(a)));
  expect(columns(cj.cells)).toHaveLength(3);
});
