// The check in steps (startCheck) is the check: whatever the step sizes, the result is checkGrids' result,
// issue for issue and record for record, and progress counts every data row once.
import fc from 'fast-check';
import { checkGrids, startCheck } from '../../../src/core/roster/check';
import type { SheetGrid } from '../../../src/core/roster/types';
import { generateRoster } from '../../support/roster-fixture';

const today = 46037;
// Two rosters sharing NIKs and KPJs (duplicates across sheets are found at the end), a sheet that is no
// roster, and a roster with a header and no data rows: every path through the steps.
const nakes = generateRoster({ rows: 700, seed: 11, sheet: 'Nakes', titleRows: 2, plant: 'all', oddSpellings: 0.05, blankRows: 6 });
const kaderFixture = generateRoster({ rows: 450, seed: 12, sheet: 'Kader', categories: 'kader', headers: 'variant', shuffleColumns: true });
// The first Kader row carries the NIK of the first Nakes row: a duplicate across sheets.
const nikOf = (f: typeof nakes, row: number) => f.grid.rows[f.headerRow + row][f.columnIndex.nik!];
const kader = {
  ...kaderFixture,
  grid: {
    ...kaderFixture.grid,
    rows: kaderFixture.grid.rows.map((r, i) =>
      i === kaderFixture.headerRow + 1 ? r.map((c, col) => (col === kaderFixture.columnIndex.nik ? nikOf(nakes, 1) : c)) : r,
    ),
  },
};
const notes: SheetGrid = { sheet: 'Catatan', origin: { row: 0, col: 0 }, rows: [['Catatan rapat'], ['tanpa tabel']] };
const empty: SheetGrid = { sheet: 'Kosong', origin: { row: 3, col: 1 }, rows: [['Nama', 'NIK', 'Kabupaten/Kota', 'Status Kepesertaan']] };
const grids = [nakes.grid, notes, empty, kader.grid];

function stepped(stepRows: (i: number) => number) {
  const run = startCheck(grids, { today });
  const seen: number[] = [run.rowsDone];
  for (let i = 0; !run.step(stepRows(i)); i++) seen.push(run.rowsDone);
  seen.push(run.rowsDone);
  return { run, seen, result: run.result() };
}

describe('startCheck: the check in steps', () => {
  const whole = checkGrids(grids, { today });

  it('counts the data rows of every roster, and gets through them all', () => {
    const { run, seen } = stepped(() => 97);
    expect(run.totalRows).toBe(nakes.dataRows + kader.dataRows);
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(run.totalRows);
    for (let i = 1; i < seen.length; i++) expect(seen[i] - seen[i - 1]).toBeLessThanOrEqual(97);
    // The duplicates across the two sheets are found at the end, as in one go.
    expect(whole.issues.some((i) => i.rule === 'nik-duplicate' && i.sheet === 'Kader')).toBe(true);
  });

  it('gives exactly the result of checkGrids, for any step sizes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 20 }), (sizes) => {
        const { result } = stepped((i) => sizes[i % sizes.length]);
        expect(result.issues).toStrictEqual(whole.issues);
        expect(result.counts).toEqual(whole.counts);
        expect(result.rosters).toStrictEqual(whole.rosters);
        expect(result.parsed.map((p) => p.records)).toStrictEqual(whole.parsed.map((p) => p.records));
        expect(result.parsed.map((p) => p.grid)).toEqual([nakes.grid, empty, kader.grid]);
      }),
      { numRuns: 25 },
    );
  });

  it('steps of one row and a step that starts inside a scan block read the same cells', () => {
    const { result } = stepped((i) => (i % 3 === 0 ? 1 : 17));
    expect(result.issues).toStrictEqual(whole.issues);
    expect(result.parsed.map((p) => p.records)).toStrictEqual(whole.parsed.map((p) => p.records));
  });

  it('gives its result once, and only after the last row', () => {
    const run = startCheck(grids, { today });
    run.step(10);
    expect(() => run.result()).toThrow(/after the last step/);
    while (!run.step(1_000));
    run.result();
    expect(() => run.result()).toThrow();
  });

  it('a workbook without a roster is done before the first step', () => {
    const run = startCheck([notes], { today });
    expect(run.totalRows).toBe(0);
    expect(run.step(1)).toBe(true);
    expect(run.result().rosters).toEqual([]);
  });
});
