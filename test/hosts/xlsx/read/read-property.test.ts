// Property: whatever cells a workbook holds, the reader returns them unchanged and in place.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { type Cell, dateCell, errorCell } from '../../../../src/core/cells';
import { INFLATERS, readSheetGrid } from '../../../support/read-xlsx';
import { tempDir, writeGridXlsx } from '../../../support/xlsx-fixtures';

const dir = tempDir('jamsostek-prop-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// XML 1.0 cannot hold most control characters, parsers turn \r into \n, and Excel itself escapes
// "_xHHHH_" look-alikes (ExcelJS does not), so text is drawn from what a sheet can round-trip.
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters (and lone surrogates) XML 1.0 cannot hold is its purpose
  /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const text = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 20 })
  .filter((s) => !NOT_IN_XML.test(s))
  .filter((s) => !/_x[0-9A-Fa-f]{4}_/.test(s));
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: text, weight: 4 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)), weight: 2 },
  { arbitrary: fc.integer({ min: -1e15, max: 1e15 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.integer({ min: 61, max: 2_958_465 }).map(dateCell), weight: 1 },
  { arbitrary: fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!').map(errorCell), weight: 1 },
);

let n = 0;
it('reads back any grid of cells exactly where it was written', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 10 }),
      fc.constantFrom('memory', 'stream'),
      fc.constantFrom(...INFLATERS),
      async (rows, writer, inflater) => {
        const file = await writeGridXlsx([{ sheet: 'Acak', origin: { row: 0, col: 0 }, rows }], path.join(dir, `p${n++}.xlsx`), writer);
        const grid = await readSheetGrid(file, 0, inflater);
        rows.forEach((cells, r) =>
          cells.forEach((want, c) => {
            const got = grid.rows[r - grid.origin.row]?.[c] ?? null;
            expect({ r, c, got }).toEqual({ r, c, got: want });
          }),
        );
        // Nothing appears where nothing was written.
        grid.rows.forEach((cells, i) =>
          cells.forEach((got, c) => {
            if (got !== null) expect(rows[grid.origin.row + i]?.[c] ?? null).not.toBeNull();
          }),
        );
      },
    ),
    { numRuns: 60 },
  );
});
