import fc from 'fast-check';
import { type Cell, dateCell, EXCEL_ERROR_CODES, errorCell } from '../../../src/core/cells';
import { checkGrids } from '../../../src/core/roster/check';
import { FIELDS, TEMPLATE_HEADERS } from '../../../src/core/roster/fields';
import type { SheetGrid } from '../../../src/core/roster/types';

const headerTexts = FIELDS.flatMap((f) => f.synonyms);

// Cells of every kind, biased towards roster-like text so that headers are often found.
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom(
    ...headerTexts,
    'Aktif',
    'aktif ',
    'L',
    'P',
    'Kab. Kubu Raya',
    'Pontianak',
    'PNS',
    'JKK, JKM',
    '17-08-1985',
    "'6112031708850003",
    '6112035204900001',
  ),
  fc.stringMatching(/^[0-9 .']{0,20}$/),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.double({ min: -1e7, max: 1e7, noNaN: false }).map(dateCell),
  fc.constantFrom(...EXCEL_ERROR_CODES).map(errorCell),
);

const grid: fc.Arbitrary<SheetGrid> = fc.record({
  sheet: fc.string({ maxLength: 31 }),
  origin: fc.record({ row: fc.nat(1000), col: fc.nat(50) }),
  rows: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 30 }),
});

describe('checkGrids on arbitrary grids', () => {
  it('always returns a report and never throws', () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 3 }), fc.boolean(), fc.constantFrom('61', '32', '12'), (grids, showFullNik, province) => {
        const r = checkGrids(grids, { today: 46037, showFullNik, province });
        expect(r.counts.error + r.counts.warning + r.counts.info).toBe(r.issues.length);
        expect(r.rosters).toHaveLength(r.parsed.length);
        for (const p of r.parsed) expect(p.records).toHaveLength(p.roster.rows);
        for (const i of r.issues) {
          expect(i.cell).toMatch(/^[A-Z]+\d+$/);
          expect(i.message.id.length).toBeGreaterThan(0);
          expect(i.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a roster whenever a standard header row is among the first rows', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), fc.nat(15), (rows, at) => {
        // The whole template header: a random data row (at most 8 cells) can never name more fields than it.
        const header = [...TEMPLATE_HEADERS];
        const titled = [...Array.from({ length: at }, () => ['Daftar']), header, ...rows];
        const r = checkGrids([{ sheet: 'S', origin: { row: 0, col: 0 }, rows: titled }], { today: 46037 });
        expect(r.rosters).toHaveLength(1);
        expect(r.rosters[0].headerRow).toBe(at + 1);
      }),
      { numRuns: 100 },
    );
  });
});
