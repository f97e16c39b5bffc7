// Cell values between the core's typed cells and what Office.js reads and writes.
import { type Cell, dateCell, errorCell, EXCEL_ERROR_CODES, isDateCell, isErrorCell } from '../../core/cells';
import type { SpecCell } from '../../core/sheet-spec';

/** Strings Excel would parse (formulas, numbers-looking text keeps its look) are prefixed with ' so they stay text. */
export function asTextInput(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/**
 * Text written back exactly as it was: besides what asTextInput guards, text Excel would read as a number, date,
 * time, percentage or truth value ("007", "1/2", "12%", "TRUE") gets the ' prefix, so Undo never turns text into a number.
 */
export function asLiteralText(text: string): string {
  const parsed = /^\s*(?:[(]?[$€£¥]?\s*[\d.,]+\s*%?[)]?|\d{1,4}[-/.:]\d{1,2}(?:[-/.:]\d{1,4})?(?:\s.*)?|true|false|benar|salah)\s*$/i;
  return parsed.test(text) ? `'${text}` : asTextInput(text);
}

const ERROR_CODES = new Set<string>(EXCEL_ERROR_CODES);

/** What Range.values holds (typed any[][] by Office.js): errors come as text such as "#N/A", blanks as "". */
export type OfficeValue = string | number | boolean;

/** One Office.js cell value as a typed cell. */
export function toCell(value: OfficeValue | null | undefined, isDateColumn: boolean): Cell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return isDateColumn ? dateCell(value) : value;
  if (typeof value === 'boolean') return value;
  const s = String(value);
  return ERROR_CODES.has(s) ? errorCell(s) : s;
}

/** The value written for a typed cell: text stays text, Excel errors become the error formula. */
export function cellInput(c: Cell): string | number | boolean {
  if (c === null) return '';
  if (typeof c === 'string') return asTextInput(c);
  if (typeof c === 'number' || typeof c === 'boolean') return c;
  if (isDateCell(c)) return c.serial;
  if (isErrorCell(c)) return c.code === '#N/A' ? '=NA()' : `=${c.code}`;
  return '';
}

/** =HYPERLINK("#'Sheet'!C7","C7"): the add-in's own text, quotes doubled so no sheet name can break out. */
export function hyperlinkFormula(target: string, text: string): string {
  const q = (x: string) => x.replace(/"/g, '""');
  return `=HYPERLINK("#${q(target)}","${q(text)}")`;
}

/** What a spec cell writes through Range.formulas: its formula, or its value as text/number. */
export function specInput(c: SpecCell | null): string | number | boolean {
  if (!c) return '';
  return c.formula !== undefined ? c.formula : cellInput(c.value ?? null);
}
