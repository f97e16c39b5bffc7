// A roster saved as .xlsx and read back must check exactly like the grid it was saved from: the
// reader loses nothing the engine looks at (text, numbers, NIKs typed as numbers, dates, errors, position).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Cell, isDateCell } from '../../../../src/core/cells';
import { checkGrids } from '../../../../src/core/roster/check';
import type { SheetGrid } from '../../../../src/core/roster/types';
import { generateRoster, type RosterFixtureOptions } from '../../../support/roster-fixture';
import { rosterGridsOf } from '../../../support/read-xlsx';
import { tempDir, writeGridXlsx } from '../../../support/xlsx-fixtures';

const dir = tempDir('jamsostek-roundtrip-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Cell at a sheet position (0-based), whatever the grid's origin. */
function cellAt(grid: SheetGrid, row: number, col: number): Cell {
  return grid.rows[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

const normal = (c: Cell): Cell => (c === '' ? null : isDateCell(c) ? { kind: 'date', serial: Math.floor(c.serial) } : c);

const scenarios: [string, RosterFixtureOptions][] = [
  [
    'title rows, variant headers, text and serial dates, every rule planted',
    {
      rows: 800,
      seed: 3,
      activeShare: 0.5,
      titleRows: 3,
      headers: 'variant',
      dates: 'mixed',
      plant: 'all',
      oddSpellings: 0.03,
      blankRows: 4,
    },
  ],
  [
    'shuffled columns away from A1, extra headers, real dates',
    {
      rows: 800,
      seed: 11,
      activeShare: 0.5,
      shuffleColumns: true,
      origin: { row: 5, col: 2 },
      extraHeaders: ['Keterangan'],
      dates: 'date',
      plant: 'all',
      rowNumberColumn: true,
    },
  ],
  ['kader roster, serial dates', { rows: 150, seed: 5, categories: 'kader', dates: 'serial', oddSpellings: 0.2, sheet: 'Kader Posyandu' }],
];

describe.each(scenarios)('%s', (_, options) => {
  const fixture = generateRoster(options);
  it.each(['memory', 'stream'] as const)('reads back cell for cell and checks the same (%s writer)', async (writer) => {
    const file = await writeGridXlsx([fixture.grid], path.join(dir, `${fixture.grid.sheet}-${options.seed}-${writer}.xlsx`), writer);
    const [read] = await rosterGridsOf(file);
    expect(read.sheet).toBe(fixture.grid.sheet);
    let compared = 0;
    const mismatches: unknown[] = [];
    fixture.grid.rows.forEach((cells, r) =>
      cells.forEach((c, col) => {
        const row = fixture.grid.origin.row + r;
        const column = fixture.grid.origin.col + col;
        const got = normal(cellAt(read, row, column));
        const want = normal(c);
        const same = typeof want === 'object' && want !== null ? JSON.stringify(got) === JSON.stringify(want) : got === want;
        if (!same) mismatches.push({ row, column, got, want });
        compared++;
      }),
    );
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(options.rows! * 5);
    const expected = checkGrids([fixture.grid], { today: fixture.today });
    const actual = checkGrids([read], { today: fixture.today });
    expect(actual.rosters).toEqual(expected.rosters);
    expect(actual.issues).toEqual(expected.issues);
    expect(actual.counts).toEqual(expected.counts);
  });
});
