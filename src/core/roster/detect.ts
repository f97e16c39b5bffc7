// Finds a roster in a grid: the header row (within the first 20 rows, below any title rows), which
// column holds which field, and where the data ends.
import { columnLetter } from '../address';
import type { Cell } from '../cells';
import { FIELDS, type FieldId } from './fields';
import { matchHeader, headerKey } from './header-match';
import type { Roster, SheetGrid } from './types';

/** Rows searched for the header. */
export const HEADER_SEARCH_ROWS = 20;

export interface DetectedRoster {
  readonly roster: Roster;
  /** Index into grid.rows of the header row. */
  readonly headerIndex: number;
  /** 0-based index into grid.rows[i] for each mapped field. */
  readonly columnIndex: Partial<Record<FieldId, number>>;
  /** Indexes into grid.rows of the data rows, in order (blank rows, a column-number row and a totals row left out). */
  readonly dataRows: readonly number[];
  /** Required fields with no column. */
  readonly missingRequired: readonly FieldId[];
}

interface HeaderCandidate {
  readonly index: number;
  readonly columnIndex: Partial<Record<FieldId, number>>;
  readonly fieldCount: number;
  readonly unmapped: string[];
  /** Header rows used: 2 when a second header row sits under merged group titles. */
  readonly height?: number;
}

const isBlankCell = (c: Cell): boolean => c === null || (typeof c === 'string' && c.trim() === '');

export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === null || c === '') continue;
    if (typeof c === 'string') {
      // Fast path: any non-space first character means not blank.
      const first = c.charCodeAt(0);
      if (first > 32 && first !== 160) return false;
      if (c.trim() !== '') return false;
      continue;
    }
    return false;
  }
  return true;
}

function readHeaderRow(row: readonly Cell[], index: number): HeaderCandidate {
  const columnIndex: Partial<Record<FieldId, number>> = {};
  const unmapped: string[] = [];
  let fieldCount = 0;
  for (let col = 0; col < row.length; col++) {
    const c = row[col];
    if (typeof c !== 'string' || c.trim() === '') continue;
    const m = matchHeader(c);
    if (m === 'rowNumber') continue;
    if (m === null || columnIndex[m] !== undefined) {
      // A second column for a field already mapped is reported too: only the first is read.
      unmapped.push(c.trim());
      continue;
    }
    columnIndex[m] = col;
    fieldCount++;
  }
  return { index, columnIndex, fieldCount, unmapped };
}

/** A header row names a roster when it maps three fields, or two of which one is Nama or NIK. */
function namesRoster(c: HeaderCandidate): boolean {
  if (c.fieldCount >= 3) return true;
  return c.fieldCount === 2 && (c.columnIndex.name !== undefined || c.columnIndex.nik !== undefined);
}

function findHeader(grid: SheetGrid): HeaderCandidate | null {
  let best: HeaderCandidate | null = null;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = grid.rows[i];
    if (!row || row.length === 0) continue;
    const cand = readHeaderRow(row, i);
    if (cand.fieldCount > (best?.fieldCount ?? 0)) best = cand;
  }
  return best && namesRoster(best) ? best : null;
}

/** True when the grid has a header row naming roster fields (the task pane checks every such sheet). */
export const looksLikeRoster = (grid: SheetGrid): boolean => findHeader(grid) !== null;

/** "(1) (2) (3)…" or 1 2 3… under the header, as government forms number their columns. */
function isColumnNumberRow(row: readonly Cell[] | undefined): boolean {
  if (!row) return false;
  let expected = 0;
  let count = 0;
  for (const c of row) {
    if (isBlankCell(c)) continue;
    let n: number;
    if (typeof c === 'number') n = c;
    else if (typeof c === 'string') {
      const m = /^\(?\s*(\d{1,2})\s*\)?$/.exec(c.trim());
      if (!m) return false;
      n = Number(m[1]);
    } else return false;
    if (expected === 0) expected = n;
    if (n !== expected) return false;
    expected++;
    count++;
  }
  return count >= 3;
}

const TOTAL_KEYS = new Set([
  'jumlah',
  'total',
  'jumlah total',
  'grand total',
  'total keseluruhan',
  'jumlah keseluruhan',
  'sub total',
  'subtotal',
]);

/** A "Jumlah"/"Total" line at the foot of a roster: it has no NIK and one of its texts says total. */
function isTotalsRow(row: readonly Cell[], nikCol: number | undefined): boolean {
  if (nikCol !== undefined && !isBlankCell(row[nikCol] ?? null)) return false;
  for (const c of row) {
    if (typeof c === 'string' && c.length <= 40 && TOTAL_KEYS.has(headerKey(c))) return true;
  }
  return false;
}

/** The group title over a column: its own header text, else the nearest text to its left (merged cells keep it there). */
function groupTitle(headRow: readonly Cell[], col: number): string | null {
  for (let c = col; c >= 0; c--) {
    const v = headRow[c];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return null;
}

/**
 * Two-row headers, as government forms have them: "Kepesertaan BPJS Ketenagakerjaan" merged over
 * "Status | No. KPJ | Program", with "Nama" and "NIK" merged down both rows. The second row counts as
 * header when its cells under Nama/NIK are empty, all its values are text, and one of them names a field
 * (alone or with its group title). Its texts then decide the columns they sit in.
 */
function withSubHeader(grid: SheetGrid, header: HeaderCandidate): HeaderCandidate | null {
  const sub = grid.rows[header.index + 1];
  const headRow = grid.rows[header.index];
  if (!sub || !headRow) return null;
  for (const col of [header.columnIndex.nik, header.columnIndex.name]) {
    if (col !== undefined && !isBlankCell(sub[col] ?? null)) return null;
  }
  const subFields = new Map<number, FieldId | null>();
  let named = 0;
  for (let col = 0; col < sub.length; col++) {
    const c = sub[col];
    if (isBlankCell(c ?? null)) continue;
    if (typeof c !== 'string') return null;
    let m = matchHeader(c);
    if (m === null) {
      const group = groupTitle(headRow, col);
      if (group !== null) m = matchHeader(`${c} ${group}`) ?? matchHeader(`${group} ${c}`);
    }
    if (m === 'rowNumber') continue;
    subFields.set(col, m);
    if (m !== null) named++;
  }
  if (named === 0) return null;
  const columnIndex: Partial<Record<FieldId, number>> = {};
  const unmapped: string[] = [];
  let fieldCount = 0;
  const width = Math.max(headRow.length, sub.length);
  for (let col = 0; col < width; col++) {
    let field: FieldId | null;
    let text: string;
    if (subFields.has(col)) {
      field = subFields.get(col)!;
      text = (sub[col] as string).trim(); // subFields holds text cells only
    } else {
      const h = headRow[col];
      if (typeof h !== 'string' || h.trim() === '') continue;
      const m = matchHeader(h);
      if (m === 'rowNumber') continue;
      field = m;
      text = h.trim();
    }
    if (field === null || columnIndex[field] !== undefined) {
      unmapped.push(text);
      continue;
    }
    columnIndex[field] = col;
    fieldCount++;
  }
  return { index: header.index, columnIndex, fieldCount, unmapped, height: 2 };
}

/** Detects the roster in a grid, or null when no row looks like a roster header. */
export function detectRoster(grid: SheetGrid): DetectedRoster | null {
  const found = findHeader(grid);
  if (!found) return null;
  const header = withSubHeader(grid, found) ?? found;
  const nikCol = header.columnIndex.nik;
  let start = header.index + (header.height ?? 1);
  if (isColumnNumberRow(grid.rows[start])) start++;
  const dataRows: number[] = [];
  for (let i = start; i < grid.rows.length; i++) {
    const row = grid.rows[i];
    if (isBlankRow(row)) continue;
    dataRows.push(i);
  }
  // Totals lines sit at the foot; drop them from the end only, so a data row is never lost.
  while (dataRows.length > 0 && isTotalsRow(grid.rows[dataRows[dataRows.length - 1]], nikCol)) dataRows.pop();

  const columns: Partial<Record<FieldId, string>> = {};
  for (const f of FIELDS) {
    const col = header.columnIndex[f.id];
    if (col !== undefined) columns[f.id] = columnLetter(grid.origin.col + col);
  }
  const sheetRow = (index: number): number => grid.origin.row + index + 1;
  const roster: Roster = {
    sheet: grid.sheet,
    ...(grid.table !== undefined ? { table: grid.table } : {}),
    headerRow: sheetRow(header.index),
    firstDataRow: dataRows.length > 0 ? sheetRow(dataRows[0]) : sheetRow(start),
    lastDataRow: dataRows.length > 0 ? sheetRow(dataRows[dataRows.length - 1]) : sheetRow(start) - 1,
    rows: dataRows.length,
    columns,
    unmappedHeaders: header.unmapped,
  };
  const missingRequired = FIELDS.filter((f) => f.required && header.columnIndex[f.id] === undefined).map((f) => f.id);
  return { roster, headerIndex: header.index, columnIndex: header.columnIndex, dataRows, missingRequired };
}
