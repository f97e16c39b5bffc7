// Typed results of the formula core: a value, or an Excel error with a bilingual reason.
import type { Cell } from '../cells';
import type { Localized } from '../i18n/lang';

/** The Excel errors the formulas return. Excel shows a message only with #VALUE! and #N/A. */
export type FormulaErrorCode = '#VALUE!' | '#NUM!' | '#DIV/0!' | '#N/A' | '#NULL!' | '#REF!' | '#NAME?';

export class FormulaError {
  constructor(
    readonly code: FormulaErrorCode,
    readonly message: Localized,
  ) {}
}

export type FormulaResult<T> = T | FormulaError;

export const isFormulaError = (v: unknown): v is FormulaError => v instanceof FormulaError;

export const valueError = (id: string, en: string): FormulaError => new FormulaError('#VALUE!', { id, en });
export const numError = (id: string, en: string): FormulaError => new FormulaError('#NUM!', { id, en });
export const div0Error = (id: string, en: string): FormulaError => new FormulaError('#DIV/0!', { id, en });

const PASSED_THROUGH: readonly string[] = ['#VALUE!', '#NUM!', '#DIV/0!', '#N/A', '#NULL!', '#REF!', '#NAME?'];

/** An error already in an argument cell is handed on unchanged, as Excel's own functions do. */
export function passOnCellError(code: string): FormulaError {
  const known = PASSED_THROUGH.includes(code) ? (code as FormulaErrorCode) : '#VALUE!';
  return new FormulaError(known, { id: `Argumen berisi kesalahan ${code}.`, en: `An argument holds the error ${code}.` });
}

/** A single value or a block of cells, as a function argument arrives in the core. */
export type CellArg = Cell | readonly (readonly Cell[])[];

/** Formats a whole number the Indonesian way for messages: 16800 -> "16.800". */
export const rupiahId = (n: number): string =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
export const numberEn = (n: number): string =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
