// The add-in's hidden sheet of drop-down lists ("CJ Daftar"), shared by the Office.js and in-memory adapters.
// Excel refuses an inline list validation source over 255 characters, so such lists live on this sheet
// (one column each) and the validation points at their range, e.g. ='CJ Daftar'!$A$3:$A$16.
// Cross-sheet list sources work in Excel 2010 and later and in Excel on the web.
import { columnIndex, columnLetter } from '../core/address';
import { cellText, type Cell } from '../core/cells';
import type { ListValidation } from './port';
import { markerText } from './sheet-names';

export const LIST_SHEET_NAME = 'CJ Daftar';
export const LIST_SHEET_KIND = 'lists';
/** Excel's limit on an inline list source ("L,P,...") in characters. */
export const INLINE_LIST_MAX = 255;
/** 0-based rows: row 1 holds the marker and a note, row 2 the list titles, values start on row 3. */
export const LIST_TITLE_ROW = 1;
export const LIST_FIRST_VALUE_ROW = 2;
/** Columns read to find the lists already there (the add-in writes a handful: one per province's kab/kota). */
export const LIST_SHEET_MAX_COLUMNS = 64;
/** The head of the list sheet read before writing: marker row and title row. */
export const LIST_SHEET_HEAD = `A1:${columnLetter(LIST_SHEET_MAX_COLUMNS - 1)}${LIST_TITLE_ROW + 1}`;

export const LIST_SHEET_NOTE =
  'Daftar pilihan drop-down templat roster, dibuat oleh Cakupan Jamsostek. Jangan diubah atau dihapus. / ' +
  'Drop-down lists of the roster template, made by Cakupan Jamsostek. Do not edit or delete.';

/** Row 1 of a fresh list sheet: the generated-sheet marker, then the note. */
export const listSheetHeadRow = (): string[] => [markerText(LIST_SHEET_KIND), LIST_SHEET_NOTE];

/** Whether Excel takes the values as an inline list: within 255 characters, and no value holds the comma separator. */
export function fitsInline(values: readonly string[]): boolean {
  return values.join(',').length <= INLINE_LIST_MAX && values.every((v) => !v.includes(','));
}

/** The list sheet title for a validation that must go there, or undefined when it stays inline. */
export function rangeListTitle(v: ListValidation, header: readonly Cell[] | undefined): string | undefined {
  if (v.listName) return v.listName;
  if (fitsInline(v.values)) return undefined;
  return cellText(header?.[v.column] ?? null).trim() || `Kolom ${columnLetter(v.column)}`;
}

export interface PlannedList {
  readonly title: string;
  readonly column: number;
  readonly values: readonly string[];
}

/**
 * Columns for the lists: the column already titled so (rewritten with today's values, so templates
 * inserted earlier keep a working range), else the next free column. Titles compare case-insensitively.
 */
export function planListColumns(
  titleRow: readonly unknown[],
  lists: readonly { title: string; values: readonly string[] }[],
): PlannedList[] {
  const titles = titleRow.map((t) => (typeof t === 'string' ? t.trim().toLowerCase() : ''));
  let next = titles.reduce((last, t, i) => (t ? i : last), -1) + 1;
  const out: PlannedList[] = [];
  for (const list of lists) {
    const key = list.title.trim().toLowerCase();
    if (out.some((p) => p.title.trim().toLowerCase() === key)) continue;
    let column = titles.indexOf(key);
    if (column < 0) {
      column = next++;
      titles[column] = key;
    }
    out.push({ title: list.title, column, values: list.values });
  }
  return out;
}

/** The validation source for a list on the list sheet: ='CJ Daftar'!$A$3:$A$16 (quotes in a sheet name doubled). */
export function listSourceFormula(sheetName: string, column: number, count: number): string {
  const col = columnLetter(column);
  return `='${sheetName.replace(/'/g, "''")}'!$${col}$${LIST_FIRST_VALUE_ROW + 1}:$${col}$${LIST_FIRST_VALUE_ROW + Math.max(1, count)}`;
}

/** A validation's source: the list sheet range planned for its title, else the values inline ("L,P"). */
export function validationSource(
  values: readonly string[],
  title: string | undefined,
  lists: { readonly name: string; readonly planned: readonly PlannedList[] } | undefined,
): string {
  const key = title?.trim().toLowerCase();
  const onSheet = key !== undefined ? lists?.planned.find((p) => p.title.trim().toLowerCase() === key) : undefined;
  return onSheet && lists ? listSourceFormula(lists.name, onSheet.column, onSheet.values.length) : values.join(',');
}

/** The sheet name and 0-based cells a list source formula points at, or undefined for an inline list. */
export function parseListSource(source: string): { sheet: string; column: number; fromRow: number; toRow: number } | undefined {
  const m = /^='((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$\2\$(\d+)$/.exec(source);
  if (!m) return undefined;
  return { sheet: m[1].replace(/''/g, "'"), column: columnIndex(m[2]), fromRow: Number(m[3]) - 1, toRow: Number(m[4]) - 1 };
}
