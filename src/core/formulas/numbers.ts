// Reading numbers out of argument cells: ranges are summed, blank cells ignored, anything else explained.
import type { Cell } from '../cells';
import type { Localized } from '../i18n/lang';
import { CellArg, FormulaError, FormulaResult, numError, passOnCellError, valueError } from './errors';

/** Plain decimal numbers kept as text, e.g. "3141" or " 0.5956 " (exports from other systems often do this). */
const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number written as text, or undefined when the text is not a plain number. */
export function numberFromText(text: string): number | undefined {
  const t = text.trim();
  if (!NUMERIC_TEXT.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const where = (row: number, col: number, single: boolean): Localized =>
  single
    ? { id: '', en: '' }
    : { id: ` (baris ke-${row + 1}, kolom ke-${col + 1} dalam rentang)`, en: ` (row ${row + 1}, column ${col + 1} of the range)` };

/** Turns one non-number, non-blank cell into a number or the error that explains it. */
function slowCell(c: Cell, arg: Localized, row: number, col: number, single: boolean): number | FormulaError | null {
  if (c === null || c === undefined || c === '') return null;
  const at = where(row, col, single);
  if (typeof c === 'string') {
    const n = numberFromText(c);
    if (n !== undefined) return n;
    const shown = c.length > 40 ? c.slice(0, 40) + '…' : c;
    return valueError(
      `${arg.id}: "${shown}"${at.id} bukan angka. Isi dengan angka atau kosongkan sel.`,
      `${arg.en}: "${shown}"${at.en} is not a number. Enter a number or leave the cell blank.`,
    );
  }
  if (typeof c === 'boolean') {
    return valueError(
      `${arg.id}: ${c ? 'TRUE' : 'FALSE'}${at.id} bukan angka.`,
      `${arg.en}: ${c ? 'TRUE' : 'FALSE'}${at.en} is not a number.`,
    );
  }
  if (typeof c === 'number') return c; // non-finite numbers never come from Excel; treated by the caller's checks
  if (c.kind === 'date') return c.serial;
  // An ErrorCell, or an error object as Excel hands it to a custom function ({ code: "#N/A" }).
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an object from Excel is untyped at run time; its code is a string in practice, anything else is shown as it converts
  return passOnCellError(String((c as { code?: unknown }).code ?? '#VALUE!'));
}

/**
 * Sums a number or a block of cells: blank cells are ignored, numbers kept as plain text count,
 * other text and TRUE/FALSE give #VALUE! with the offending value, negative numbers give #NUM!.
 * The caller says what the argument is called (for messages).
 */
export function sumNonNegative(value: CellArg, arg: Localized): FormulaResult<number> {
  if (!Array.isArray(value)) {
    const n = typeof value === 'number' ? value : slowCell(value as Cell, arg, 0, 0, true);
    if (n === null) return 0;
    if (n instanceof FormulaError) return n;
    return n < 0 ? negative(arg, n) : n;
  }
  const rows = value as readonly (readonly Cell[])[];
  let sum = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      // Hot path for a million rows: numbers and blanks without a function call.
      if (typeof v === 'number') {
        if (v >= 0) {
          sum += v;
          continue;
        }
        return negative(arg, v);
      }
      if (v === '' || v === null || v === undefined) continue;
      const n = slowCell(v, arg, r, c, false);
      if (n === null) continue;
      if (n instanceof FormulaError) return n;
      if (!(n >= 0)) return negative(arg, n);
      sum += n;
    }
  }
  return sum;
}

function negative(arg: Localized, n: number): FormulaError {
  return numError(`${arg.id} tidak boleh negatif (${n}).`, `${arg.en} cannot be negative (${n}).`);
}

/** One number from a cell (not a range): blank counts as missing (undefined). */
export function singleNumber(value: Cell | undefined, arg: Localized): number | undefined | FormulaError {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return value;
  const n = slowCell(value, arg, 0, 0, true);
  return n === null ? undefined : n;
}
