// Where a workbook keeps what Undo needs after a Fix, the same in every host: on the add-in's hidden marks
// sheet (CJ_Marks, beside the formats saved under marks), never in document settings. Its columns:
//
//   A:F  formats under marks (marks.ts)
//   H:N  one row per fixed cell: batch id, sheet, cell, kind and text of the value before, number format
//        before, value written by the fix
//   O    a formula pointing at the fixed cell (='Roster'!$F$5): Excel moves it with the cell when rows or
//        columns are inserted or deleted, the cell is cut and pasted or the sheet renamed, so Undo restores
//        the cell where it is now, never the one that moved into its old address; #REF! when it was deleted
//   P:Q  the batch index, one row per batch from the top, oldest first: batch id, cells
//
// Batches sit in H:N in index order, so a batch's first row is the sum of the cells of the ones before it.
// Undo takes the newest (a stack). Only the newest UNDO_DEPTH batches are kept: applying one more drops the
// oldest, so the sheet cannot grow without end.
import type { Cell } from '../core/cells';
import { sheetOfReference } from './sheet-names';
import type { CellRef, FixBatch } from './port';

export const UNDO_ROW_COLUMN = 7; // H
export const UNDO_ROW_WIDTH = 7; // H:N
export const UNDO_TRACK_COLUMN = 14; // O
/** H:O: a record's row with its tracking formula, read, cleared and deleted together. */
export const UNDO_ROW_SPAN = UNDO_ROW_WIDTH + 1;
export const UNDO_INDEX_COLUMN = 15; // P
export const UNDO_INDEX_WIDTH = 2; // P:Q
/** Batches kept for Undo; the oldest is dropped when one more is applied. */
export const UNDO_DEPTH = 20;
/** The index rows as an A1 range, read whole (it is small). */
export const UNDO_INDEX_RANGE = `P1:Q${UNDO_DEPTH}`;
/** Columns of the saved marks, so marks and undo rows are read apart. */
export const MARK_COLUMNS = 'A:F';

/** A cell's value before a fix, as Undo writes it back. Fix changes text cells; the others are kept exact too. */
export type StoredValue =
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean };

/** One fixed cell as the store keeps it. */
export interface FixRecord {
  readonly sheet: string;
  readonly cell: string;
  readonly before: StoredValue;
  /** Number format before the fix ("General" when none). */
  readonly format: string;
  /** The text the fix wrote: Undo restores the cell only while it still holds this. */
  readonly after: string;
  /**
   * Where the cell is now, from its tracking formula (column O): null when the cell or its sheet was deleted;
   * absent when the row has no tracking formula (then `sheet` and `cell` are where it is).
   */
  readonly now?: CellRef | null;
}

/** Raised when the store does not hold what its index says (edited by hand): nothing is restored then. */
export class FixStoreError extends Error {
  constructor(detail: string) {
    super(
      `Data Undo di lembar tersembunyi CJ_Marks rusak (${detail}); tidak ada yang dikembalikan. / Undo data on the hidden CJ_Marks sheet is damaged (${detail}); nothing was restored.`,
    );
    this.name = 'FixStoreError';
  }
}

/** The stored value of a typed cell; undefined for kinds a fix never changes (dates, errors). */
export function storedValueOf(c: Cell): StoredValue | undefined {
  if (c === null || c === '') return { kind: 'blank' };
  if (typeof c === 'string') return { kind: 'text', text: c };
  if (typeof c === 'number') return { kind: 'number', value: c };
  if (typeof c === 'boolean') return { kind: 'boolean', value: c };
  return undefined;
}

/** The typed cell a stored value restores. */
export function cellOfStored(v: StoredValue): Cell {
  switch (v.kind) {
    case 'blank':
      return null;
    case 'text':
      return v.text;
    default:
      return v.value;
  }
}

/** The row H:N of a record: text everywhere but the batch id (the host writes the text columns as text). */
export function encodeRecord(batch: number, r: FixRecord): [number, string, string, string, string, string, string] {
  const text = r.before.kind === 'blank' ? '' : r.before.kind === 'text' ? r.before.text : String(r.before.value);
  return [batch, r.sheet, r.cell, r.before.kind, text, r.format, r.after];
}

/** The formula in column O that follows a fixed cell: absolute, the sheet name always quoted. */
export const trackingFormula = (sheet: string, cell: string): string =>
  `='${sheet.replace(/'/g, "''")}'!${cell.toUpperCase().replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`;

/**
 * Where a tracking formula points now, as Excel rewrote it: the sheet and cell; null for #REF! (the cell, its
 * row or column, or its sheet was deleted); undefined when the column holds no formula of ours (left empty).
 */
export function trackedCell(formula: unknown): CellRef | null | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return undefined;
  if (formula.includes('#REF!')) return null;
  const sheet = sheetOfReference(formula);
  const cell = /!\$?([A-Z]{1,3})\$?(\d+)$/i.exec(formula);
  return sheet === undefined || !cell ? undefined : { sheet, cell: `${cell[1].toUpperCase()}${cell[2]}` };
}

/**
 * Records of one batch read back from H:N (or H:O, the tracking formula last, as Range.formulas gives it); every
 * row must carry the batch id.
 */
export function decodeRecords(values: readonly (readonly unknown[])[], batch: number): FixRecord[] {
  return values.map((row, i) => {
    const [id, sheet, cell, kind, text, format, after, tracking] = row;
    if (Number(id) !== batch || typeof sheet !== 'string' || sheet === '' || typeof cell !== 'string' || !/^[A-Z]{1,3}\d+$/.test(cell))
      throw new FixStoreError(`batch ${batch}, row ${i + 1}`);
    const t = textOf(text);
    let before: StoredValue;
    if (kind === 'blank') before = { kind: 'blank' };
    else if (kind === 'text') before = { kind: 'text', text: t };
    else if (kind === 'number' && t.trim() !== '' && Number.isFinite(Number(t))) before = { kind: 'number', value: Number(t) };
    else if (kind === 'boolean') before = { kind: 'boolean', value: t === 'true' || t === 'TRUE' };
    else throw new FixStoreError(`batch ${batch}, row ${i + 1}`);
    const record: FixRecord = {
      sheet,
      cell,
      before,
      format: typeof format === 'string' && format !== '' ? format : 'General',
      after: textOf(after),
    };
    const now = trackedCell(tracking);
    return now === undefined ? record : { ...record, now };
  });
}

/** A stored cell as text (numbers and truth values as written; empty for anything else). */
const textOf = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

/** The batch index read from P:Q (rows from the top until the first empty one). */
export function decodeIndex(values: readonly (readonly unknown[])[] | undefined): FixBatch[] {
  const out: FixBatch[] = [];
  for (const row of values ?? []) {
    const id = Number(row[0]);
    const cells = Number(row[1]);
    if (row[0] === '' || row[0] === null || row[0] === undefined || !Number.isInteger(id) || id <= 0) break;
    if (!Number.isInteger(cells) || cells < 0) throw new FixStoreError(`index row ${out.length + 1}`);
    out.push({ id, cells });
  }
  return out;
}

/** The 0-based row in H:N where batch `i` of the index starts. */
export const firstRowOf = (batches: readonly FixBatch[], i: number): number => batches.slice(0, i).reduce((s, b) => s + b.cells, 0);

/** What applying one more batch does to the store: the id it gets, the oldest batch it drops, where it goes. */
export function planBatch(batches: readonly FixBatch[]): { id: number; drop: FixBatch | undefined; indexRow: number; firstRow: number } {
  const drop = batches.length >= UNDO_DEPTH ? batches[0] : undefined;
  const kept = drop ? batches.slice(1) : batches;
  return {
    id: batches.reduce((m, b) => Math.max(m, b.id), 0) + 1,
    drop,
    indexRow: kept.length,
    firstRow: firstRowOf(kept, kept.length),
  };
}

/** Text a stored value shows, to compare with what the fix wrote. */
export const storedText = (v: StoredValue): string =>
  v.kind === 'blank' ? '' : v.kind === 'text' ? v.text : v.kind === 'boolean' ? (v.value ? 'TRUE' : 'FALSE') : String(v.value);
