// Finds a roster in a grid: the header row (within the first 20 rows, below any title rows), which
// column holds which field, and where the data ends.
import { columnLetter } from '../address';
import type { Cell } from '../cells';
import { parseProvince } from '../settings/province';
import type { Regency } from '../reference/regions';
import { DEFAULT_PROVINCE } from '../reference/regions';
import { type CoverageColumns, findCoverageColumns } from './coverage';
import { FIELDS, type FieldId } from './fields';
import { matchHeader } from './header-match';
import { inferCategory, inferDistrict, inferRegency, type RosterContext } from './roster-context';
import { isColumnNumberRow, nonWorkerReason, plainNikCell, type SkippedRow } from './row-kinds';
import type { Roster, SheetGrid } from './types';

/** Rows searched for the header. */
export const HEADER_SEARCH_ROWS = 20;

export interface DetectedRoster {
  readonly roster: Roster;
  /** Index into grid.rows of the header row. */
  readonly headerIndex: number;
  /** 0-based index into grid.rows[i] for each mapped field. */
  readonly columnIndex: Partial<Record<FieldId, number>>;
  /** Indexes into grid.rows of the data rows, in order (rows that are not workers left out: Roster.skipped). */
  readonly dataRows: readonly number[];
  /** Required fields with no column (Kab/Kota not when the roster's kab/kota is known; Status Kepesertaan not when given as ticks). */
  readonly missingRequired: readonly FieldId[];
  /** Coverage given as ticks or yes/no, read into the membership status (coverage.ts). */
  readonly coverage: CoverageColumns | null;
  /** Roster-level kab/kota and category, for rows without their own (also in roster.context). */
  readonly context: RosterContext;
}

/** What detection needs beyond the grid: the province and the grid's roster settings (see CheckOptions). */
export interface DetectOptions {
  readonly province?: string;
  readonly regency?: Regency;
  /** A KPJ without status counts as Aktif on this roster (kept in its context). */
  readonly kpjMeansActive?: boolean;
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

/**
 * A header row names a roster when it maps three fields, or two of which one is Nama or NIK. Jabatan does
 * not count: "Nama | Jabatan" heads attendance lists and signature tables too.
 */
function namesRoster(c: HeaderCandidate): boolean {
  const count = c.fieldCount - (c.columnIndex.jobTitle !== undefined ? 1 : 0);
  if (count >= 3) return true;
  return count === 2 && (c.columnIndex.name !== undefined || c.columnIndex.nik !== undefined);
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

/** Fits tick or yes/no coverage columns into the header: they stand for Status Kepesertaan. */
function withCoverage(grid: SheetGrid, header: HeaderCandidate): { header: HeaderCandidate; coverage: CoverageColumns | null } {
  const sub = grid.rows[header.index + 1];
  const subRowFree =
    (header.height ?? 1) === 2 ||
    (sub !== undefined && [header.columnIndex.nik, header.columnIndex.name].every((col) => col === undefined || isBlank(sub[col])));
  const coverage = findCoverageColumns(grid.rows, header.index, subRowFree);
  if (coverage === null) return { header, coverage };
  const cols = coverage.form === 'ticks' ? [coverage.yesCol, coverage.noCol] : [coverage.col];
  const status = header.columnIndex.membershipStatus;
  // A Status Kepesertaan column of its own wins over ticks or a yes/no column elsewhere.
  if (status !== undefined && !cols.includes(status)) return { header, coverage: null };
  const columnIndex = { ...header.columnIndex };
  let fieldCount = header.fieldCount;
  if (status !== undefined) {
    delete columnIndex.membershipStatus;
    fieldCount--;
  }
  const titleRow = grid.rows[coverage.titleRow];
  const titles = new Set(cols.map((c) => titleRow[c]).flatMap((t) => (typeof t === 'string' ? [t.trim()] : [])));
  const unmapped = header.unmapped.filter((t) => !titles.has(t));
  const height = Math.max(header.height ?? 1, coverage.titleRow - header.index + 1);
  return { header: { ...header, columnIndex, fieldCount, unmapped, height }, coverage };
}

const isBlank = (c: Cell | undefined): boolean => c === undefined || isBlankCell(c);

/** Detects the roster in a grid, or null when no row looks like a roster header. */
export function detectRoster(grid: SheetGrid, options: DetectOptions = {}): DetectedRoster | null {
  const found = findHeader(grid);
  if (!found) return null;
  const { header, coverage } = withCoverage(grid, withSubHeader(grid, found) ?? found);
  const sheetRow = (index: number): number => grid.origin.row + index + 1;
  const skipped: SkippedRow[] = [];
  let start = header.index + (header.height ?? 1);
  if (isColumnNumberRow(grid.rows[start])) {
    skipped.push({ row: sheetRow(start), reason: 'column-numbers' });
    start++;
  }
  const nikCol = header.columnIndex.nik ?? -1;
  const nameCol = header.columnIndex.name ?? -1;
  const dataRows: number[] = [];
  // Blank rows are separators only when a data row follows; trailing ones end the used range.
  let blanksFrom = -1;
  let afterSignature = false;
  for (let i = start; i < grid.rows.length; i++) {
    const row = grid.rows[i];
    if (isBlankRow(row)) {
      if (blanksFrom < 0) blanksFrom = i;
      continue;
    }
    // Most rows hold a NIK: a worker at once. Others are looked at closer.
    const reason = nikCol >= 0 && plainNikCell(row[nikCol]) ? null : nonWorkerReason(row, nikCol, nameCol, afterSignature);
    if (reason === 'signature' || reason === 'notes') afterSignature = true;
    else if (reason === null) afterSignature = false;
    if (blanksFrom >= 0) {
      for (let b = blanksFrom; b < i; b++) skipped.push({ row: sheetRow(b), reason: 'blank' });
      blanksFrom = -1;
    }
    if (reason === null) dataRows.push(i);
    else skipped.push({ row: sheetRow(i), reason });
  }

  const columns: Partial<Record<FieldId, string>> = {};
  for (const f of FIELDS) {
    const col = header.columnIndex[f.id];
    if (col !== undefined) columns[f.id] = columnLetter(grid.origin.col + col);
  }
  const province = parseProvince(options.province ?? DEFAULT_PROVINCE).code;
  const regency = inferRegency(grid, header.index, province, options.regency);
  const category = inferCategory(grid, header.index);
  const district = inferDistrict(grid, header.index, regency?.code);
  const coverageCols = coverage === null ? [] : coverage.form === 'ticks' ? [coverage.yesCol, coverage.noCol] : [coverage.col];
  const context: RosterContext = {
    ...(regency ? { regency } : {}),
    ...(district ? { district } : {}),
    ...(category ? { category } : {}),
    ...(coverage ? { coverage: { form: coverage.form, columns: coverageCols.map((c) => columnLetter(grid.origin.col + c)) } } : {}),
    ...(options.kpjMeansActive === true ? { kpjMeansActive: true as const } : {}),
  };
  const roster: Roster = {
    sheet: grid.sheet,
    ...(grid.table !== undefined ? { table: grid.table } : {}),
    headerRow: sheetRow(header.index),
    firstDataRow: dataRows.length > 0 ? sheetRow(dataRows[0]) : sheetRow(start),
    lastDataRow: dataRows.length > 0 ? sheetRow(dataRows[dataRows.length - 1]) : sheetRow(start) - 1,
    rows: dataRows.length,
    columns,
    unmappedHeaders: header.unmapped,
    ...(Object.keys(context).length > 0 ? { context } : {}),
    ...(skipped.length > 0 ? { skipped } : {}),
  };
  const missingRequired = FIELDS.filter(
    (f) =>
      f.required &&
      header.columnIndex[f.id] === undefined &&
      !(f.id === 'regency' && regency !== undefined) &&
      !(f.id === 'membershipStatus' && coverage !== null),
  ).map((f) => f.id);
  return { roster, headerIndex: header.index, columnIndex: header.columnIndex, dataRows, missingRequired, coverage, context };
}
