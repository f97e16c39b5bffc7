// Typed cells as every host hands them to the core. Primitives for the common kinds keep
// 100,000-row grids cheap; dates and Excel errors are small tagged objects.

/** A date cell, as an Excel serial number (1900 date system; 1 = 1900-01-01). */
export interface DateCell {
  readonly kind: 'date';
  readonly serial: number;
}

/** A cell holding an Excel error such as #N/A or #REF!. */
export interface ErrorCell {
  readonly kind: 'error';
  readonly code: string;
}

/** null = empty; string = text; number; boolean; date; Excel error. */
export type Cell = null | string | number | boolean | DateCell | ErrorCell;

export const dateCell = (serial: number): DateCell => ({ kind: 'date', serial });
export const errorCell = (code: string): ErrorCell => ({ kind: 'error', code });

export const isDateCell = (c: Cell): c is DateCell => typeof c === 'object' && c !== null && c.kind === 'date';
export const isErrorCell = (c: Cell): c is ErrorCell => typeof c === 'object' && c !== null && c.kind === 'error';

/** The text a person would read in the cell, for messages and matching. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  if (c.kind === 'error') return c.code;
  return String(c.serial);
}

/** The error codes Excel can show in a cell. */
export const EXCEL_ERROR_CODES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
] as const;
