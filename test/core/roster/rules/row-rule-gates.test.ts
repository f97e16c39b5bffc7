// runRowRules skips a rule on rows where the rule would return at once; this checks that the gated run
// reports exactly what running every rule on every row reports, on arbitrary rows.
import fc from 'fast-check';
import { type Cell, dateCell, EXCEL_ERROR_CODES, errorCell } from '../../../../src/core/cells';
import { serialFromYmd } from '../../../../src/core/dates';
import { resetRegencySuggestionBudget } from '../../../../src/core/reference/regency-names';
import { detectRoster } from '../../../../src/core/roster/detect';
import { FIELDS } from '../../../../src/core/roster/fields';
import { RowContext } from '../../../../src/core/roster/row-context';
import { resolveOptions } from '../../../../src/core/roster/row-options';
import { RULES, runEveryRowRule, runRowRules } from '../../../../src/core/roster/rules';
import type { CheckOptions, SheetGrid } from '../../../../src/core/roster/types';
import { resetValueSuggestionBudget } from '../../../../src/core/roster/values';
import { makeNik, TODAY } from '../../../support/roster-rows';

function run(grid: SheetGrid, options: CheckOptions, rowRules: (ctx: RowContext) => void): unknown {
  resetValueSuggestionBudget();
  resetRegencySuggestionBudget();
  const detected = detectRoster(grid);
  if (detected === null) return null;
  const ctx = new RowContext(
    resolveOptions(options, () => TODAY),
    detected.dataRows.length,
  );
  ctx.beginRoster(grid, 0, detected);
  for (const rule of RULES) rule.checkRoster?.(ctx);
  const records = detected.dataRows.map((index, ordinal) => {
    ctx.readRow(index, ordinal);
    rowRules(ctx);
    return ctx.record();
  });
  for (const rule of RULES) rule.finishCheck?.(ctx);
  return { issues: ctx.log.placed, records, late: ctx.lateErrorRows };
}

const born = (y: number, m: number, d: number): number => serialFromYmd(y, m, d);
// Dates around the edges the gates test: working age 15–75 on TODAY (2026-01-15), today, serial -1.
const edgeDates: Cell[] = [
  dateCell(born(2011, 1, 15)),
  dateCell(born(2011, 1, 16)),
  dateCell(born(1950, 1, 15)),
  dateCell(born(1950, 1, 16)),
  dateCell(TODAY),
  dateCell(TODAY + 1),
  '30-12-1899',
  '31-12-1899',
  '01-01-1850',
  '29-02-2024',
  '31-02-2024',
  'kemarin',
  born(1990, 4, 12),
  1990,
];
const niks: Cell[] = [
  makeNik('6112', 1990, 4, 12, 'P', 1),
  makeNik('6112', 1990, 4, 12, 'P', 1),
  makeNik('6171', 1950, 1, 15, 'L', 2),
  makeNik('6171', 2011, 1, 16, 'L', 3),
  makeNik('3273', 1985, 8, 17, 'P', 4),
  `6199${makeNik('6112', 1990, 4, 12, 'P', 5).slice(4)}`,
  '6112037204900001',
  "'6112035204900006",
  6112035204900001,
  '61120352049000',
  '6112 0352 0490 0007',
];
const values: Cell[] = [
  'L',
  'P',
  'Laki-laki',
  'x',
  'Kabupaten Kubu Raya',
  'Kab. Kubu Raya',
  'Kota Bandung',
  'Kubu Rayya',
  'Tenaga Kesehatan',
  'nakes',
  'PNS',
  'PPPK',
  'p3k',
  'Non-ASN',
  'PU',
  'Mandiri',
  'Aktif',
  'aktif ',
  'Tidak Aktif',
  'Belum Terdaftar',
  '12345678901',
  '12345678901',
  '1234567890',
  12345678901,
  'JKK, JKM',
  'jkk+jkm',
  'JKK, XYZ',
  3_000_000,
  -5,
  'Rp 3 jt',
  '',
  ' ',
  '\u00a0',
];
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...edgeDates, ...niks, ...values) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 18 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean()) },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 3e6 }).map(dateCell) },
  { weight: 1, arbitrary: fc.constantFrom(...EXCEL_ERROR_CODES).map(errorCell) },
);

describe('runRowRules gates', () => {
  it('report exactly what every rule on every row reports', () => {
    const header = FIELDS.map((f) => f.label.id);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 10, maxLength: FIELDS.length }), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (rows, showFullNik) => {
          const grid: SheetGrid = { sheet: 'S', origin: { row: 2, col: 1 }, rows: [header, ...rows] };
          const options: CheckOptions = { today: TODAY, showFullNik };
          expect(run(grid, options, runRowRules)).toEqual(run(grid, options, runEveryRowRule));
        },
      ),
      { numRuns: 300 },
    );
  });
});
