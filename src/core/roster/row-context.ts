// One data row as the rules see it: every cell read once into plain fields, so that each rule is a few
// comparisons. One context object is reused for every row (no per-row allocation beyond the record).
import { cellAddress } from '../address';
import { type Cell, cellText } from '../cells';
import { ageInYears, ymdFromSerial } from '../dates';
import type { Localized } from '../i18n/lang';
import { analyzeNik, maskNik } from '../nik';
import { regencyResolver, type RegencyResolution } from '../reference/regency-names';
import { DEFAULT_PROVINCE, REGENCIES } from '../reference/regions';
import { parseProvince } from '../settings/province';
import { DateState, fastSerial, isValidDate, readDateCell, validDateSerial } from './date-cells';
import { digitHalves, type IntLog, pooledLog } from './digit-table';
import type { DetectedRoster } from './detect';
import { FIELDS, type FieldId, SINGLE_LIST_FIELDS, type SingleListField } from './fields';
import type { CheckOptions, Issue, RosterRecord, RuleId, Severity, SheetGrid } from './types';
import { isAsnStatus, matchPrograms, type ProgramMatch, valueMatcher, type ValueMatch } from './values';

export { DateState };

/** What the rules need to know about a rule when they report. */
export interface RuleRef {
  readonly id: RuleId;
  readonly severity: Severity;
}

export enum NikState {
  /** No NIK column, or the cell is empty. */
  Empty = 0,
  Ok = 1,
  /** Not 16 digits. */
  Format = 2,
  /** Stored as a number: the last digit is lost. */
  Number = 3,
  RegionUnknown = 4,
  BirthInvalid = 5,
  Error = 6,
}

export enum KpjState {
  Empty = 0,
  Ok = 1,
  Format = 2,
  Error = 3,
}

export enum WageState {
  Empty = 0,
  Ok = 1,
  NotNumber = 2,
  Negative = 3,
  Error = 4,
}

export const FIELD_ORDINAL: Readonly<Record<FieldId, number>> = Object.fromEntries(FIELDS.map((f, i) => [f.id, i])) as Record<
  FieldId,
  number
>;
export const fieldBit = (field: FieldId): number => 1 << FIELD_ORDINAL[field];

export interface ResolvedOptions {
  readonly province: string;
  readonly today: number;
  readonly currentYear: number;
  readonly showFullNik: boolean;
  /** Born after this serial: younger than 15 today. */
  readonly youngestBirth: number;
  /** Born on or before this serial: 76 or older today (older than 75). */
  readonly oldestBirth: number;
}

export const MIN_AGE = 15;
export const MAX_AGE = 75;

/** The latest birth serial at which a person is at least `age` whole years old on `today`. */
function latestBirthForAge(age: number, today: number): number {
  const t = ymdFromSerial(today);
  const d = Math.min(t.day, 28);
  let s = fastSerial(t.year - age, t.month, d) + (t.day - d);
  while (ageInYears(s, today) < age) s--;
  while (ageInYears(s + 1, today) >= age) s++;
  return s;
}

export function resolveOptions(options: CheckOptions = {}, now: () => number): ResolvedOptions {
  const today = options.today ?? now();
  // An unknown code raises SettingError: checking against a province nobody chose would be silently wrong.
  const province = parseProvince(options.province ?? DEFAULT_PROVINCE).code;
  return {
    province,
    today,
    currentYear: ymdFromSerial(today).year,
    showFullNik: options.showFullNik === true,
    youngestBirth: latestBirthForAge(MIN_AGE, today),
    oldestBirth: latestBirthForAge(MAX_AGE + 1, today),
  };
}

/** Where a row sits, for messages that point to another row ("also on row 12"). */
export interface RowRef {
  readonly sheet: string;
  readonly row: number;
  readonly gridIndex: number;
}

const ROW_BITS = 2_097_152; // 2^21 > Excel's 1,048,576 rows

/**
 * NIKs and KPJs of every row across the rosters checked together, logged without allocating per row;
 * the duplicate rules look them up after the last row (finishCheck).
 */
export interface CrossRowState {
  /** Rows' NIKs in reading order: NIK halves, packed location, row ordinal, issue sequence. */
  readonly nikLog: IntLog;
  /** Rows' KPJs in reading order: KPJ halves, packed location, NIK halves (-1 high when none), row ordinal, issue sequence. */
  readonly kpjLog: IntLog;
}

export const NIK_LOG_WIDTH = 5;
export const KPJ_LOG_WIDTH = 7;

/** An issue with its sort position (grid, row, column, emission order). */
export interface PlacedIssue {
  readonly issue: Issue;
  readonly gridIndex: number;
  readonly rowIndex: number;
  readonly col: number;
  readonly seq: number;
}

// Which regency codes and province codes exist, for the fast NIK path.
const REGENCY_EXISTS = new Uint8Array(10000);
for (const r of REGENCIES) REGENCY_EXISTS[Number(r.code)] = 1;

const NO_PROGRAMS: readonly string[] = Object.freeze([]);
const TEXT_LIMIT = 60;

export class RowContext {
  readonly options: ResolvedOptions;
  readonly cross: CrossRowState;
  private readonly sheetNames: string[] = [];
  readonly issues: PlacedIssue[] = [];
  private seq = 0;
  /** Grid and detection by grid index, for revisit(). */
  private readonly rosters: { grid: SheetGrid; detected: DetectedRoster }[] = [];
  /** While revisiting: the sequence the row's issues take (between those reported while it was read), else -1. */
  private revisitSeq = -1;
  /** Row ordinals (see readRow) that got an error while revisited, after their records were made. */
  readonly lateErrorRows: number[] = [];
  private readonly resolveRegency: (text: string) => RegencyResolution;

  // Per roster.
  grid!: SheetGrid;
  gridIndex = 0;
  detected!: DetectedRoster;
  /** Column of each field by FIELD_ORDINAL, -1 when absent. */
  readonly cols = new Int32Array(FIELDS.length);

  // Per row.
  rowIndex = 0;
  /** Position of the row among every data row read in this check (0, 1, 2, … across rosters). */
  rowOrdinal = 0;
  sheetRow = 0;
  cells: readonly Cell[] = [];
  /** Bit per field ordinal: the cell holds an Excel error. */
  errorMask = 0;
  /**
   * Bit per field ordinal: the column exists and the cell is empty or only spaces. Only-spaces is not
   * looked for where nothing depends on it (SPACES_DONT_MATTER), to save touching those texts.
   */
  blankMask = 0;
  rowHasError = false;
  /** Bit per field ordinal: an unknown or non-standard list value or kab/kota (see readRow). */
  oddMask = 0;

  nikState = NikState.Empty;
  /** 16 digits whenever the text has them (also for RegionUnknown and BirthInvalid). */
  nikDigits: string | null = null;
  /** nikDigits split for the duplicate tables (see digitHalves). */
  nikHi = 0;
  nikLo = 0;
  nikBirthSerial = 0;
  nikSex: 'L' | 'P' = 'L';
  /** Why analyzeNik rejected it (slow path only). */
  nikMessage: Localized | null = null;

  /** Single-valued list fields' readings by field ordinal (null: no column, blank, error, or not a list field); see list(). */
  readonly lists: (ValueMatch | null)[] = new Array<ValueMatch | null>(FIELDS.length).fill(null);
  readonly birth = { state: DateState.Empty, serial: 0 };
  readonly start = { state: DateState.Empty, serial: 0 };
  regency: RegencyResolution | null = null;
  programs: ProgramMatch | null = null;
  kpjState = KpjState.Empty;
  kpjDigits: string | null = null;
  kpjHi = 0;
  kpjLo = 0;
  wageState = WageState.Empty;
  wage = 0;

  /** `expectedRows`: data rows about to be checked, to size the duplicate tables once. */
  constructor(options: ResolvedOptions, expectedRows = 1024) {
    this.options = options;
    const size = Math.max(64, Math.min(expectedRows, 2_000_000));
    this.cross = {
      nikLog: pooledLog(NIK_LOG_WIDTH, size),
      kpjLog: pooledLog(KPJ_LOG_WIDTH, size),
    };
    this.resolveRegency = regencyResolver(options.province);
  }

  beginRoster(grid: SheetGrid, gridIndex: number, detected: DetectedRoster): void {
    this.revisitSeq = -1;
    this.rosters[gridIndex] = { grid, detected };
    this.grid = grid;
    this.gridIndex = gridIndex;
    this.detected = detected;
    this.sheetNames[gridIndex] = grid.sheet;
    for (const f of FIELDS) this.cols[FIELD_ORDINAL[f.id]] = detected.columnIndex[f.id] ?? -1;
  }

  /** The reading of a single-valued list field on this row (null when the column is absent, blank or an error). */
  list(field: SingleListField): ValueMatch | null {
    return this.lists[FIELD_ORDINAL[field]];
  }

  hasColumn(field: FieldId): boolean {
    return this.cols[FIELD_ORDINAL[field]] >= 0;
  }

  /** The row's cell for a field (null when the column is absent or the row is short). */
  cell(field: FieldId): Cell {
    const col = this.cols[FIELD_ORDINAL[field]];
    if (col < 0) return null;
    const c = this.cells[col];
    return c === undefined ? null : c;
  }

  /** The cell's text for messages, cut to a readable length. */
  shown(field: FieldId): string {
    const t = cellText(this.cell(field));
    return t.length > TEXT_LIMIT ? `${t.slice(0, TEXT_LIMIT - 1)}…` : t;
  }

  /** A NIK for a message: masked unless the user asked for full values. */
  nikShown(digits: string): string {
    return this.options.showFullNik ? digits : maskNik(digits);
  }

  hasError(field: FieldId): boolean {
    return (this.errorMask & fieldBit(field)) !== 0;
  }

  isBlank(field: FieldId): boolean {
    return (this.blankMask & fieldBit(field)) !== 0;
  }

  /** Reports an issue on this row, at the field's cell (or the row's first cell). */
  report(rule: RuleRef, field: FieldId | undefined, message: Localized, fix?: string): void {
    const col = field !== undefined ? this.cols[FIELD_ORDINAL[field]] : -1;
    this.place(rule, this.rowIndex, col < 0 ? 0 : col, field, message, fix, col);
  }

  /** Reports an issue on the header row (sheet-level), sorted before the roster's rows. */
  reportOnHeader(rule: RuleRef, field: FieldId | undefined, message: Localized): void {
    this.place(rule, this.detected.headerIndex, 0, field, message, undefined, -1);
  }

  private place(
    rule: RuleRef,
    rowIndex: number,
    col: number,
    field: FieldId | undefined,
    message: Localized,
    fix: string | undefined,
    sortCol: number,
  ): void {
    const origin = this.grid.origin;
    const id = rule.id;
    const severity = rule.severity;
    const sheet = this.grid.sheet;
    const cell = cellAddress(origin.row + rowIndex, origin.col + col);
    const row = origin.row + rowIndex + 1;
    // Written out per shape rather than spread: same keys in the same order, without the temporaries.
    const issue: Issue =
      field !== undefined
        ? fix !== undefined
          ? { rule: id, severity, sheet, cell, row, field, message, fix: { value: fix } }
          : { rule: id, severity, sheet, cell, row, field, message }
        : fix !== undefined
          ? { rule: id, severity, sheet, cell, row, message, fix: { value: fix } }
          : { rule: id, severity, sheet, cell, row, message };
    if (rule.severity === 'error' && rowIndex === this.rowIndex) {
      this.rowHasError = true;
      if (this.revisitSeq >= 0) this.lateErrorRows.push(this.rowOrdinal);
    }
    const seq = this.revisitSeq >= 0 ? this.revisitSeq : this.seq++;
    this.issues.push({ issue, gridIndex: this.gridIndex, rowIndex, col: sortCol, seq });
  }

  /** Sequence number the next issue reported gets (for rules that report a row later, see revisit). */
  get issueSeq(): number {
    return this.seq;
  }

  /**
   * Reads an already checked row again, so that a rule can report on it after every row was read
   * (finishCheck). Its issues sort as if reported when `issueSeq` was `seq`, and an error marks the
   * row's record (lateErrorRows).
   */
  revisit(packed: number, ordinal: number, seq: number): void {
    const gridIndex = Math.floor(packed / ROW_BITS);
    const roster = this.rosters[gridIndex];
    if (gridIndex !== this.gridIndex || roster.grid !== this.grid) this.beginRoster(roster.grid, gridIndex, roster.detected);
    this.readRow((packed % ROW_BITS) - roster.grid.origin.row - 1, ordinal);
    // Just before the issue that got `seq`, after those before it.
    this.revisitSeq = seq - 0.5;
  }

  /** This row's location as one integer (grid index and sheet row), for the duplicate tables. */
  packedHere(): number {
    return this.gridIndex * ROW_BITS + this.sheetRow;
  }

  unpack(packed: number): RowRef {
    const gridIndex = Math.floor(packed / ROW_BITS);
    return { sheet: this.sheetNames[gridIndex] ?? '', row: packed % ROW_BITS, gridIndex };
  }

  // Blank and error masks of a block of rows about to be read (see scanRows).
  private readonly scannedBlank = new Int32Array(SCAN_BLOCK);
  private readonly scannedError = new Int32Array(SCAN_BLOCK);
  private readonly oneRow: number[] = [0];

  /**
   * Finds the blank and error cells of up to SCAN_BLOCK rows (`indexes[from…]`) in one tight loop before
   * they are read: on a large roster this first touch of each row's cells waits on memory, and a loop
   * doing nothing else overlaps those waits. readRow(…, k) then takes the masks of the k-th row.
   */
  scanRows(indexes: readonly number[], from: number): void {
    const rows = this.grid.rows;
    const cols = this.cols;
    const end = Math.min(indexes.length, from + SCAN_BLOCK);
    for (let k = 0; k < end - from; k++) {
      const cells = rows[indexes[from + k]] ?? NO_CELLS;
      let errorMask = 0;
      let blankMask = 0;
      for (let f = 0; f < cols.length; f++) {
        const col = cols[f];
        if (col < 0) continue;
        const c = cells[col];
        if (typeof c === 'string') {
          if (c.length === 0) blankMask |= 1 << f;
          else if ((SPACES_DONT_MATTER & (1 << f)) === 0) {
            const first = c.charCodeAt(0);
            if ((first <= 32 || first === 160) && c.trim() === '') blankMask |= 1 << f;
          }
        } else if (c === undefined || c === null) blankMask |= 1 << f;
        else if (typeof c === 'object' && c.kind === 'error') errorMask |= 1 << f;
      }
      this.scannedBlank[k] = blankMask;
      this.scannedError[k] = errorMask;
    }
  }

  /**
   * Reads every mapped cell of grid row `index` into this context; `ordinal` counts the rows read.
   * `scanned`: the row's place in the block last passed to scanRows, or -1 to scan it here.
   */
  readRow(index: number, ordinal = 0, scanned = -1): void {
    const cells = this.grid.rows[index] ?? NO_CELLS;
    this.revisitSeq = -1;
    this.rowOrdinal = ordinal;
    this.rowIndex = index;
    this.sheetRow = this.grid.origin.row + index + 1;
    this.cells = cells;
    this.rowHasError = false;
    if (scanned < 0) {
      this.oneRow[0] = index;
      this.scanRows(this.oneRow, 0);
      scanned = 0;
    }
    const errorMask = this.scannedError[scanned];
    const blankMask = this.scannedBlank[scanned];
    this.errorMask = errorMask;
    this.blankMask = blankMask;

    this.readNik(this.cellAt(ORD.nik), (errorMask & (1 << ORD.nik)) !== 0);
    // One bit per field whose list value or kab/kota is unknown or non-standard, so the value rules
    // can skip the (usual) clean row at once.
    let oddMask = 0;
    const lists = this.lists;
    for (let k = 0; k < LIST_ORDINALS.length; k++) {
      const o = LIST_ORDINALS[k];
      const m = this.readList(o, blankMask, errorMask);
      lists[o] = m;
      if (m !== null && !m.exact) oddMask |= 1 << o;
    }
    this.readDate(this.birth, ORD.birthDate, errorMask);
    this.readDate(this.start, ORD.membershipStart, errorMask);
    this.regency = this.readRegency(blankMask, errorMask);
    this.programs = this.readPrograms(blankMask, errorMask);
    this.readKpj(this.cellAt(ORD.kpj), blankMask, errorMask);
    this.readWage(this.cellAt(ORD.wage), blankMask, errorMask);

    const regency = this.regency;
    if (regency !== null && (regency.kind !== 'ok' || !regency.exact)) oddMask |= 1 << ORD.regency;
    const programs = this.programs;
    if (programs !== null && !programs.exact) oddMask |= 1 << ORD.program;
    this.oddMask = oddMask;
  }

  private cellAt(ordinal: number): Cell {
    const col = this.cols[ordinal];
    if (col < 0) return null;
    const c = this.cells[col];
    return c === undefined ? null : c;
  }

  private readNik(c: Cell, isError: boolean): void {
    this.nikDigits = null;
    this.nikMessage = null;
    if (isError) {
      this.nikState = NikState.Error;
      return;
    }
    if (typeof c === 'string' && c.length === 16) {
      // Starts with a digit, so it is not blank: the usual NIK needs no trim.
      const first = c.charCodeAt(0);
      if (first >= 48 && first <= 57 && this.readPlainNik(c)) return;
    }
    if (c === null || c === '' || (typeof c === 'string' && c.trim() === '')) {
      this.nikState = NikState.Empty;
      return;
    }
    // Slow path for anything unusual (apostrophes, spaces, numbers, dates): the shared analysis.
    const a = analyzeNik(c, { currentYear: this.options.currentYear });
    if (a.ok) {
      this.nikState = NikState.Ok;
      this.setNikDigits(a.info.digits);
      this.nikBirthSerial = a.info.birthSerial;
      this.nikSex = a.info.sex;
      return;
    }
    this.nikMessage = a.message;
    if (a.digits !== undefined) this.setNikDigits(a.digits);
    this.nikState =
      a.problem === 'stored-as-number'
        ? NikState.Number
        : a.problem === 'region-unknown'
          ? NikState.RegionUnknown
          : a.problem === 'birthdate-invalid'
            ? NikState.BirthInvalid
            : NikState.Format;
  }

  private setNikDigits(digits: string): void {
    this.nikDigits = digits;
    digitHalves(digits, this);
    this.nikHi = this.hi;
    this.nikLo = this.lo;
  }

  /** Scratch output of digitHalves. */
  hi = 0;
  lo = 0;

  /** 16 plain digits: decoded with char arithmetic. Returns false to fall back to analyzeNik. */
  private readPlainNik(s: string): boolean {
    // Digits 1–4 kab/kota, 5–6 kecamatan, 7–8 day (+40 for women), 9–10 month, 11–12 year, 13–16 serial.
    let regency = 0;
    for (let i = 0; i < 4; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      regency = regency * 10 + d;
    }
    let hi = regency;
    for (let i = 4; i < 8; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      hi = hi * 10 + d;
    }
    let lo = 0;
    for (let i = 8; i < 16; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      lo = lo * 10 + d;
    }
    if (REGENCY_EXISTS[regency] === 0) return false;
    let day = hi % 100;
    const month = (lo / 1_000_000) | 0;
    const yy = ((lo / 10_000) | 0) % 100;
    const sex: 'L' | 'P' = day > 40 ? 'P' : 'L';
    if (day > 40) day -= 40;
    const year = 2000 + yy <= this.options.currentYear ? 2000 + yy : 1900 + yy;
    if (!isValidDate(year, month, day)) return false;
    this.nikState = NikState.Ok;
    this.nikDigits = s;
    this.nikHi = hi + 1_600_000_000;
    this.nikLo = lo;
    this.nikBirthSerial = validDateSerial(year, month, day);
    this.nikSex = sex;
    return true;
  }

  // The last few distinct cells and results per field (slot ordinal * RECENT + k): a list column holds a
  // handful of values, and comparing the cell with them is cheaper than hashing it for the memo Map.
  private readonly recentCell: unknown[] = new Array(FIELDS.length * RECENT).fill(NOT_A_CELL);
  private readonly recentResult: unknown[] = new Array(FIELDS.length * RECENT).fill(null);
  private readonly recentNext = new Int32Array(FIELDS.length);

  /** The remembered result for the cell, or NOT_A_CELL. */
  private recent(ordinal: number, c: Cell): unknown {
    const cells = this.recentCell;
    const base = ordinal * RECENT;
    for (let k = base; k < base + RECENT; k++) if (cells[k] === c) return this.recentResult[k];
    return NOT_A_CELL;
  }

  private remember(ordinal: number, c: Cell, result: unknown): void {
    const k = this.recentNext[ordinal];
    this.recentCell[ordinal * RECENT + k] = c;
    this.recentResult[ordinal * RECENT + k] = result;
    this.recentNext[ordinal] = (k + 1) % RECENT;
  }

  private readonly matchers: readonly ((text: string) => ValueMatch)[] = FIELDS.map((f) =>
    isSingleList(f.id) ? valueMatcher(f.id) : () => NO_MATCH,
  );

  private readList(ordinal: number, blankMask: number, errorMask: number): ValueMatch | null {
    const col = this.cols[ordinal];
    if (col < 0 || ((blankMask | errorMask) & (1 << ordinal)) !== 0) return null;
    const c = this.cells[col];
    const known = this.recent(ordinal, c);
    if (known !== NOT_A_CELL) return known as ValueMatch;
    const r = this.matchers[ordinal](typeof c === 'string' ? c : cellText(c ?? null));
    this.remember(ordinal, c, r);
    return r;
  }

  private readPrograms(blankMask: number, errorMask: number): ProgramMatch | null {
    const ordinal = ORD.program;
    const col = this.cols[ordinal];
    if (col < 0 || ((blankMask | errorMask) & (1 << ordinal)) !== 0) return null;
    const c = this.cells[col];
    const known = this.recent(ordinal, c);
    if (known !== NOT_A_CELL) return known as ProgramMatch;
    const r = matchPrograms(typeof c === 'string' ? c : cellText(c ?? null));
    this.remember(ordinal, c, r);
    return r;
  }

  private readRegency(blankMask: number, errorMask: number): RegencyResolution | null {
    const ordinal = ORD.regency;
    const col = this.cols[ordinal];
    if (col < 0 || ((blankMask | errorMask) & (1 << ordinal)) !== 0) return null;
    const c = this.cells[col];
    const known = this.recent(ordinal, c);
    if (known !== NOT_A_CELL) return known as RegencyResolution;
    const r = this.resolveRegency(typeof c === 'string' ? c : cellText(c ?? null));
    this.remember(ordinal, c, r);
    return r;
  }

  private readDate(target: { state: DateState; serial: number }, ordinal: number, errorMask: number): void {
    if ((errorMask & (1 << ordinal)) !== 0) {
      target.state = DateState.Error;
      return;
    }
    target.state = readDateCell(this.cellAt(ordinal), target);
  }

  private readKpj(c: Cell, blankMask: number, errorMask: number): void {
    this.kpjDigits = null;
    const bit = 1 << ORD.kpj;
    if ((errorMask & bit) !== 0) {
      this.kpjState = KpjState.Error;
      return;
    }
    if (this.cols[ORD.kpj] < 0 || (blankMask & bit) !== 0) {
      this.kpjState = KpjState.Empty;
      return;
    }
    if (typeof c === 'number') {
      // Eleven digits fit a double exactly; leading zeros would already be gone.
      if (Number.isInteger(c) && c >= 1e10 && c < 1e11) {
        this.kpjState = KpjState.Ok;
        this.setKpjDigits(String(c));
      } else this.kpjState = KpjState.Format;
      return;
    }
    if (typeof c !== 'string') {
      this.kpjState = KpjState.Format;
      return;
    }
    if (c.length === 11) {
      // Eleven plain digits: checked and split into the table's halves in one pass.
      let hi = 0;
      let lo = 0;
      let i = 0;
      for (; i < 3; i++) {
        const d = c.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        hi = hi * 10 + d;
      }
      for (; i < 11 && i >= 3; i++) {
        const d = c.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        lo = lo * 10 + d;
      }
      if (i === 11) {
        this.kpjState = KpjState.Ok;
        this.kpjDigits = c;
        this.kpjHi = hi + 11 * 100_000_000;
        this.kpjLo = lo;
        return;
      }
    }
    const digits = c.replace(/^'/, '').replace(/[\s.-]/g, '');
    if (!isElevenDigits(digits)) {
      this.kpjState = KpjState.Format;
      return;
    }
    this.kpjState = KpjState.Ok;
    this.setKpjDigits(digits);
  }

  private setKpjDigits(digits: string): void {
    this.kpjDigits = digits;
    digitHalves(digits, this);
    this.kpjHi = this.hi;
    this.kpjLo = this.lo;
  }

  private readWage(c: Cell, blankMask: number, errorMask: number): void {
    const bit = 1 << ORD.wage;
    if ((errorMask & bit) !== 0) this.wageState = WageState.Error;
    else if (this.cols[ORD.wage] < 0 || (blankMask & bit) !== 0) this.wageState = WageState.Empty;
    else if (typeof c === 'number' && Number.isFinite(c)) {
      this.wage = c;
      this.wageState = c < 0 ? WageState.Negative : WageState.Ok;
    } else this.wageState = WageState.NotNumber;
  }

  /** The record for the row just checked (call after the rules ran). */
  record(): RosterRecord {
    const regency = this.regency;
    const lists = this.lists;
    const employment = lists[ORD.employmentStatus]?.value ?? null;
    const programs = this.programs;
    return {
      row: this.sheetRow,
      nik:
        this.nikState === NikState.Ok || this.nikState === NikState.RegionUnknown || this.nikState === NikState.BirthInvalid
          ? this.nikDigits
          : null,
      regencyCode: regency !== null && regency.kind === 'ok' ? regency.regency.code : null,
      category: lists[ORD.category]?.value ?? null,
      employmentStatus: employment,
      segment: lists[ORD.segment]?.value ?? null,
      membershipStatus: lists[ORD.membershipStatus]?.value ?? null,
      programs: programs !== null && programs.codes.length > 0 ? programs.codes : NO_PROGRAMS,
      wage: this.wageState === WageState.Ok ? this.wage : null,
      isAsn: isAsnStatus(employment),
      hasError: this.rowHasError,
    };
  }
}

const NO_CELLS: readonly Cell[] = Object.freeze([]);
/** Rows scanned at a time by scanRows. */
export const SCAN_BLOCK = 16;
/** Recent cells remembered per list field. */
const RECENT = 8;
/** Marks an unused recent slot (never equal to a cell). */
const NOT_A_CELL: unknown = Symbol('not a cell');
const NO_MATCH: ValueMatch = { value: null, exact: false, suggestion: null, confident: false };

const ORD = FIELD_ORDINAL;

/**
 * Fields whose only-spaces cells need not count as blank: not required, and read without blankMask
 * (dates see spaces themselves; nothing reads Instansi/Fasilitas).
 */
const SPACES_DONT_MATTER = FIELDS.filter(
  (f) => !f.required && (f.id === 'institution' || f.id === 'birthDate' || f.id === 'membershipStart'),
).reduce((bits, f) => bits | (1 << ORD[f.id]), 0);

const isSingleList = (field: FieldId): field is SingleListField => (SINGLE_LIST_FIELDS as readonly FieldId[]).includes(field);
/** Ordinals of the single-valued list fields, read alike (readList). */
const LIST_ORDINALS = Int32Array.from(SINGLE_LIST_FIELDS.map((f) => ORD[f]));

function isElevenDigits(s: string): boolean {
  if (s.length !== 11) return false;
  for (let i = 0; i < 11; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
