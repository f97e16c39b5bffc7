// Reading through Office.js in blocks (read-sheet.ts), over the office-addin-mock fake.
import { dateCell, errorCell } from '../../../src/core/cells';
import { checkGrids } from '../../../src/core/roster/check';
import { findRosterGrids } from '../../../src/hosts/roster-grids';
import { fakeSheet } from './excel-fake';
import { officeRosterSheet, ROSTER_HEADER } from '../roster-fixture';
import { setup, syncsDuring } from './office-kit';
import { readBlockRows } from '../../../src/hosts/office/read-sheet';

describe('OfficeWorkbook reading', () => {
  test('reads a 100,000-row roster in blocks of at most 10,000 rows within the sync budget', async () => {
    const n = 100_000;
    const { excel, wb } = setup([fakeSheet('Roster Nakes', officeRosterSheet(n))]);
    excel.sheets[0].numberFormats.set('E5', 'dd-mm-yyyy');
    const progress: number[] = [];
    let grid: Awaited<ReturnType<typeof wb.readSheet>> | undefined;
    // The task pane's whole read path for "Periksa roster" (list sheets, active sheet, read), then the check.
    const syncs = await syncsDuring(excel, async () => {
      [grid] = await findRosterGrids(wb, { scope: 'active', onProgress: (p) => progress.push(p.done) });
    });
    const totalRows = n + 4;
    expect(syncs).toBeLessThanOrEqual(Math.ceil(totalRows / 10_000) + 3);
    const result = checkGrids([grid!], { province: '61' });
    expect(result.rosters[0].rows).toBe(n);
    expect(result.rosters[0].headerRow).toBe(4);
    const valueLoads = excel.loads.filter((l) => l.prop === 'values');
    expect(Math.max(...valueLoads.map((l) => l.rows))).toBeLessThanOrEqual(10_000);
    expect(valueLoads.reduce((s, l) => s + l.rows, 0)).toBe(totalRows);
    expect(grid!.rows).toHaveLength(totalRows);
    expect(grid!.origin).toEqual({ row: 0, col: 0 });
    expect(grid!.rows[3]).toEqual(ROSTER_HEADER);
    // Text stays text, empty is null, the date-formatted column gives dates.
    const row = grid!.rows[4 + 2];
    expect(row[2]).toBe(officeRosterSheet(3)[6][2]);
    expect(row[4]).toEqual(dateCell(officeRosterSheet(3)[6][4] as number));
    expect(row[11]).toBeNull();
    expect(progress[progress.length - 1]).toBe(totalRows);
  });

  test('a wide sheet reads in smaller blocks so each request stays near 4 MB', () => {
    expect(readBlockRows(15)).toBe(10_000);
    expect(readBlockRows(60)).toBeLessThan(10_000);
    expect(readBlockRows(60) * 60 * 24).toBeLessThanOrEqual(4_000_000);
  });

  test('error texts become error cells, other text stays text', async () => {
    const cells = officeRosterSheet(3);
    cells[5][2] = '#N/A';
    cells[6][1] = '<script>alert(1)</script>';
    const { wb } = setup([fakeSheet('R', cells)]);
    const grid = await wb.readSheet('R');
    expect(grid.rows[5][2]).toEqual(errorCell('#N/A'));
    expect(grid.rows[6][1]).toBe('<script>alert(1)</script>');
  });

  test('the used range may start below and right of A1', async () => {
    const cells: unknown[][] = [[], [], ['', '', 'Nama', 'NIK'], ['', '', 'Ani', '6171014501900001']];
    const { wb } = setup([fakeSheet('R', cells)]);
    const grid = await wb.readSheet('R');
    expect(grid.origin).toEqual({ row: 2, col: 2 });
    expect(grid.rows).toEqual([
      ['Nama', 'NIK'],
      ['Ani', '6171014501900001'],
    ]);
  });

  test('Cancel stops between blocks', async () => {
    const { wb } = setup([fakeSheet('R', officeRosterSheet(25_000))]);
    const controller = new AbortController();
    const read = wb.readSheet('R', { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });
});
