// One data row as the rules see it: every mapped cell read once into plain readings, so that each rule
// is a few comparisons. One context object is reused for every row (no per-row allocation beyond the
// record). The readers live beside it: NIK (nik-reader.ts), KPJ (kpj-reader.ts), list values, programmes
// and kab/kota (list-reader.ts), dates (date-cells.ts); block scanning in row-scan.ts, issue recording
// in issue-log.ts, options in row-options.ts.
import { cellAddress } from '../address';
import { type Cell, cellText } from '../cells';
import type { Localized } from '../i18n/lang';
import { maskNik } from '../nik';
import { categoryOfJobTitle } from '../reference/job-titles';
import { regencyResolver, type RegencyResolution } from '../reference/regency-names';
import { findRegency } from '../reference/regions';
import { type District, districtsNamed, findDistrict, hasVillageData, type Village, villagesNamed } from '../reference/villages';
import { Answer, type CoverageColumns, isTick, yesNoAnswer } from './coverage';
import { birthPlaceOf, DateState, readDateCell } from './date-cells';
import type { DetectedRoster } from './detect';
import { type IntLog, pooledLog } from './digit-table';
import { FIELD_ORDINAL, fieldBit, FIELDS, type FieldId, SINGLE_LIST_FIELDS, type SingleListField } from './fields';
import { IssueLog, type RuleRef } from './issue-log';
import { KpjReading, KpjState } from './kpj-reader';
import { ColumnReader } from './list-reader';
import { NikReading } from './nik-reader';
import type { ResolvedOptions } from './row-options';
import { BlockScanner } from './row-scan';
import type { RosterRecord, SheetGrid } from './types';
import { memoize } from './text-match';
import { ACTIVE, isAsnStatus, NOT_REGISTERED, matchPrograms, matchValue, type ProgramMatch, valueMatcher, type ValueMatch } from './values';

export enum WageState {
  Empty = 0,
  Ok = 1,
  NotNumber = 2,
  Negative = 3,
  Error = 4,
}

/** A cell of a data row: its grid, row and column (0-based in the grid) and its A1 address on the sheet. */
export interface CellPlace {
  readonly gridIndex: number;
  readonly rowIndex: number;
  readonly col: number;
  readonly address: string;
}

/** Where a row sits, for messages that point to another row ("also on row 12"). */
export interface RowRef {
  readonly sheet: string;
  readonly row: number;
  readonly gridIndex: number;
}

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

/** A row's location packed as grid index × ROW_BITS + sheet row; 2^21 > Excel's 1,048,576 rows. */
const ROW_BITS = 2_097_152;
/** Characters of a cell shown in a message. */
const TEXT_LIMIT = 60;
const NO_CELLS: readonly Cell[] = Object.freeze([]);
const NO_PROGRAMS: readonly string[] = Object.freeze([]);

const ORD = FIELD_ORDINAL;
// Read once: imported enum members are property loads through the module object.
const DATE_OK = DateState.Ok;
/** Ordinals of the single-valued list fields, read alike. */
const LIST_ORDINALS = Int32Array.from(SINGLE_LIST_FIELDS.map((f) => ORD[f]));
const STATUS = ORD.membershipStatus;
const KPJ_OK = KpjState.Ok;

/** A membership status read from ticks, a yes/no cell or a KPJ (the roster's kpjMeansActive): standard by construction. */
const statusMatch = (value: string): ValueMatch => ({ value, exact: true, suggestion: null, confident: false });
const ACTIVE_MATCH = statusMatch(ACTIVE);

/** Bits of RowContext.areaOdd: what the kecamatan/desa rules report on the row. */
export const AREA_DISTRICT_UNKNOWN = 1;
export const AREA_VILLAGE_UNKNOWN = 2;
export const AREA_DISTRICT_OUTSIDE = 4;
export const AREA_VILLAGE_OUTSIDE = 8;
const AREA_LIMIT = 100;

/** A job title's category (reference/job-titles.ts), or a category named in the job title column. */
export const jobCategory = memoize((text: string): string | null => categoryOfJobTitle(text) ?? matchValue('category', text).value);

export class RowContext {
  readonly options: ResolvedOptions;
  readonly cross: CrossRowState;
  readonly log = new IssueLog();
  /** Row ordinals (see readRow) that got an error while revisited, after their records were made. */
  readonly lateErrorRows: number[] = [];
  private readonly sheetNames: string[] = [];
  /** Grid and detection by grid index, for revisit(). */
  private readonly rosters: { grid: SheetGrid; detected: DetectedRoster }[] = [];
  private readonly scanner = new BlockScanner();
  private readonly oneRow: number[] = [0];
  /** A reader per single-valued list field, by field ordinal (null for other fields). */
  private readonly listReaders: (ColumnReader<ValueMatch> | null)[];
  private readonly programReader = new ColumnReader<ProgramMatch>(matchPrograms);
  private readonly regencyReader: ColumnReader<RegencyResolution>;
  private readonly jobReader = new ColumnReader<string | null>(jobCategory);
  private readonly districtReader = new ColumnReader<readonly District[]>(districtsNamed);
  private readonly villageReader = new ColumnReader<readonly Village[]>(villagesNamed);
  /** The province has kecamatan and desa reference data (reference/villages.ts). */
  private readonly villageData: boolean;

  // Per roster.
  grid!: SheetGrid;
  gridIndex = 0;
  detected!: DetectedRoster;
  /** Column of each field by FIELD_ORDINAL, -1 when absent. */
  readonly cols = new Int32Array(FIELDS.length);
  /** Coverage given as ticks or yes/no (coverage.ts), else null. */
  coverage: CoverageColumns | null = null;
  private coverageYes: ValueMatch = ACTIVE_MATCH;
  private coverageNo: ValueMatch = ACTIVE_MATCH;
  /** The roster's kab/kota for rows without their own (Roster.context), else null. */
  private contextRegency: RegencyResolution | null = null;
  private contextCategory: string | null = null;
  /** The roster's kecamatan from its title, for rows without their own (Roster.context), else null. */
  private contextDistrict: District | null = null;
  /** A KPJ without status counts as Aktif on this roster (its setting, Roster.context.kpjMeansActive). */
  kpjMeansActive = false;
  /** Blank bits kept: a blank Kab/Kota is not missing when the roster's kab/kota is known. */
  private keepBlank = -1;

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
   * looked for where nothing depends on it (see row-scan.ts), to save touching those texts.
   */
  blankMask = 0;
  rowHasError = false;
  /** Bit per field ordinal: an unknown or non-standard list value, programme or kab/kota (see readRow). */
  oddMask = 0;

  readonly nik = new NikReading();
  readonly kpj = new KpjReading();
  /**
   * Single-valued list fields' readings by field ordinal (FIELD_ORDINAL.sex, …); null when the column is
   * absent, the cell blank or an error, and for other fields.
   */
  readonly lists: (ValueMatch | null)[] = new Array<ValueMatch | null>(FIELDS.length).fill(null);
  readonly birth = { state: DateState.Empty, serial: 0 };
  /** The place of a birth date written with it ("Sanggau, 12-05-1990", a TTL cell), else null. */
  birthPlace: string | null = null;
  readonly start = { state: DateState.Empty, serial: 0 };
  regency: RegencyResolution | null = null;
  /** The tick or yes/no answer of a roster whose coverage is given so (Answer.Neither otherwise). */
  answer = Answer.Neither;
  /** A KPJ but no membership status (blank, no column, or neither tick). */
  kpjNoStatus = false;
  /** The category of a row without its own: from its job title, else the roster's (Roster.context); null when none. */
  derivedCategory: string | null = null;
  programs: ProgramMatch | null = null;
  /** Kecamatan and desa as written (trimmed, text cells of at most 100 characters), else null. */
  districtText: string | null = null;
  villageText: string | null = null;
  /** Every kecamatan / desa of that name in the reference data; null when not written or the place has no data. */
  districtsNamed: readonly District[] | null = null;
  villagesNamed: readonly Village[] | null = null;
  /** The row's kab/kota when its province has reference data, else null. */
  areaRegency: string | null = null;
  /** The row's kecamatan and desa, placed: the one of that name within its kab/kota (and kecamatan), else null. */
  district: District | null = null;
  village: Village | null = null;
  /** AREA_* bits: an unknown kecamatan/desa name, or one outside its kab/kota or kecamatan (0 on most rows). */
  areaOdd = 0;
  wageState = WageState.Empty;
  wage = 0;

  /** `expectedRows`: data rows about to be checked, to size the duplicate logs once. */
  constructor(options: ResolvedOptions, expectedRows = 1024) {
    this.options = options;
    const size = Math.max(64, Math.min(expectedRows, 2_000_000));
    this.cross = {
      nikLog: pooledLog(NIK_LOG_WIDTH, size),
      kpjLog: pooledLog(KPJ_LOG_WIDTH, size),
    };
    this.regencyReader = new ColumnReader(regencyResolver(options.province));
    this.villageData = hasVillageData(options.province);
    const singleList = SINGLE_LIST_FIELDS as readonly FieldId[];
    this.listReaders = FIELDS.map((f) => (singleList.includes(f.id) ? new ColumnReader(valueMatcher(f.id as SingleListField)) : null));
  }

  beginRoster(grid: SheetGrid, gridIndex: number, detected: DetectedRoster): void {
    this.log.endRevisit();
    this.rosters[gridIndex] = { grid, detected };
    this.grid = grid;
    this.gridIndex = gridIndex;
    this.detected = detected;
    this.sheetNames[gridIndex] = grid.sheet;
    for (const f of FIELDS) this.cols[ORD[f.id]] = detected.columnIndex[f.id] ?? -1;
    const coverage = detected.coverage;
    this.coverage = coverage;
    if (coverage !== null && coverage.form === 'ticks') {
      this.coverageYes = statusMatch(coverage.yes);
      this.coverageNo = statusMatch(coverage.no);
    } else if (coverage !== null) {
      this.coverageYes = ACTIVE_MATCH;
      this.coverageNo = statusMatch(NOT_REGISTERED);
    }
    const regency = detected.context.regency ? findRegency(detected.context.regency.code) : undefined;
    this.contextRegency = regency ? { kind: 'ok', regency, exact: true } : null;
    this.keepBlank = regency ? ~fieldBit('regency') : -1;
    this.contextCategory = detected.context.category?.value ?? null;
    this.kpjMeansActive = detected.context.kpjMeansActive === true;
    this.contextDistrict = detected.context.district ? (findDistrict(detected.context.district.code) ?? null) : null;
  }

  /** Reports an issue on this row at a column of the grid (a tick or yes/no column). */
  reportAtColumn(rule: RuleRef, col: number, message: Localized): void {
    if (rule.severity === 'error') {
      this.rowHasError = true;
      if (this.log.revisiting) this.lateErrorRows.push(this.rowOrdinal);
    }
    this.log.add(rule, this.grid, this.gridIndex, this.rowIndex, col, -1, undefined, message, undefined);
  }

  // ---- What rules ask about the row

  hasColumn(field: FieldId): boolean {
    return this.cols[ORD[field]] >= 0;
  }

  /** The row's cell for a field (null when the column is absent or the row is short). */
  cell(field: FieldId): Cell {
    return this.cellAt(ORD[field]);
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

  // ---- Reporting

  /** Reports an issue on this row, at the field's cell (or the row's first cell). */
  report(rule: RuleRef, field: FieldId | undefined, message: Localized, fix?: string): void {
    const col = field !== undefined ? this.cols[ORD[field]] : -1;
    if (rule.severity === 'error') {
      this.rowHasError = true;
      if (this.log.revisiting) this.lateErrorRows.push(this.rowOrdinal);
    }
    this.log.add(rule, this.grid, this.gridIndex, this.rowIndex, col < 0 ? 0 : col, col, field, message, fix);
  }

  /** Where the row's cell of a field is, for a rule that reports many cells as one issue later (reportCells). */
  place(field: FieldId): CellPlace {
    const col = this.cols[ORD[field]];
    const c = col < 0 ? 0 : col;
    const origin = this.grid.origin;
    return { gridIndex: this.gridIndex, rowIndex: this.rowIndex, col: c, address: cellAddress(origin.row + this.rowIndex, origin.col + c) };
  }

  /**
   * Reports one issue standing for many cells (see Issue.cells), at the first one's place; rules that
   * gather cells while rows are read report them in finishCheck.
   */
  reportCells(rule: RuleRef, first: CellPlace, field: FieldId, message: Localized, cells: readonly string[], fix?: string): void {
    this.log.endRevisit();
    const grid = this.rosters[first.gridIndex].grid;
    this.log.add(rule, grid, first.gridIndex, first.rowIndex, first.col, first.col, field, message, fix, cells);
  }

  /** Reports an issue on the header row (sheet-level), sorted before the roster's rows. */
  reportOnHeader(rule: RuleRef, field: FieldId | undefined, message: Localized): void {
    this.log.add(rule, this.grid, this.gridIndex, this.detected.headerIndex, 0, -1, field, message, undefined);
  }

  /** Sequence number the next issue reported gets (for rules that report a row later, see revisit). */
  get issueSeq(): number {
    return this.log.issueSeq;
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
    this.log.beginRevisit(seq);
  }

  /** This row's location as one integer (grid index and sheet row), for the duplicate logs. */
  packedHere(): number {
    return this.gridIndex * ROW_BITS + this.sheetRow;
  }

  unpack(packed: number): RowRef {
    const gridIndex = Math.floor(packed / ROW_BITS);
    return { sheet: this.sheetNames[gridIndex] ?? '', row: packed % ROW_BITS, gridIndex };
  }

  // ---- Reading

  /** Finds the blank and error cells of up to SCAN_BLOCK rows (`indexes[from…]`) before they are read (see row-scan.ts). */
  scanRows(indexes: readonly number[], from: number): void {
    this.scanner.scan(this.grid.rows, this.cols, indexes, from);
  }

  /**
   * Reads every mapped cell of grid row `index` into this context; `ordinal` counts the rows read.
   * `scanned`: the row's place in the block last passed to scanRows, or -1 to scan it here.
   */
  readRow(index: number, ordinal = 0, scanned = -1): void {
    this.log.endRevisit();
    this.rowOrdinal = ordinal;
    this.rowIndex = index;
    this.sheetRow = this.grid.origin.row + index + 1;
    this.cells = this.grid.rows[index] ?? NO_CELLS;
    this.rowHasError = false;
    if (scanned < 0) {
      this.oneRow[0] = index;
      this.scanRows(this.oneRow, 0);
      scanned = 0;
    }
    const errorMask = this.scanner.error[scanned];
    const blankMask = this.scanner.blank[scanned];
    this.errorMask = errorMask;
    this.blankMask = blankMask & this.keepBlank;
    const unread = blankMask | errorMask;

    this.nik.read(this.cellAt(ORD.nik), (errorMask & (1 << ORD.nik)) !== 0, this.options.currentYear);
    // One bit per field whose list value, programme or kab/kota is unknown or non-standard, so the value
    // rules can skip the (usual) clean row at once.
    let oddMask = 0;
    const lists = this.lists;
    for (let k = 0; k < LIST_ORDINALS.length; k++) {
      const o = LIST_ORDINALS[k];
      const m = this.isRead(o, unread) ? this.listReaders[o]!.read(this.cells[this.cols[o]]) : null;
      lists[o] = m;
      if (m !== null && !m.exact) oddMask |= 1 << o;
    }
    this.readDate(this.birth, ORD.birthDate, errorMask);
    this.birthPlace = this.birth.state === DATE_OK ? birthPlaceOf(this.cellAt(ORD.birthDate)) : null;
    this.readDate(this.start, ORD.membershipStart, errorMask);
    const regency = this.isRead(ORD.regency, unread) ? this.regencyReader.read(this.cellAt(ORD.regency)) : this.contextRegency;
    this.regency = regency;
    if (regency !== null && (regency.kind !== 'ok' || !regency.exact)) oddMask |= 1 << ORD.regency;
    const programs = this.isRead(ORD.program, unread) ? this.programReader.read(this.cellAt(ORD.program)) : null;
    this.programs = programs;
    if (programs !== null && !programs.exact) oddMask |= 1 << ORD.program;
    this.oddMask = oddMask;
    this.kpj.read(this.cellAt(ORD.kpj), !this.isRead(ORD.kpj, blankMask), (errorMask & (1 << ORD.kpj)) !== 0);
    this.readWage(this.cellAt(ORD.wage), blankMask, errorMask);
    if (this.coverage !== null) this.readCoverage();
    // No status, but a KPJ: registered. Said as info (kpj-without-status), not as a missing value.
    const noStatus = lists[STATUS] === null && (errorMask & (1 << STATUS)) === 0 && this.kpj.state === KPJ_OK;
    this.kpjNoStatus = noStatus;
    if (noStatus) {
      this.blankMask &= ~(1 << STATUS);
      if (this.kpjMeansActive) lists[STATUS] = ACTIVE_MATCH;
    }
    this.derivedCategory = lists[ORD.category] === null ? this.readDerivedCategory(unread) : null;
    if (this.cols[ORD.district] >= 0 || this.cols[ORD.village] >= 0) this.readArea(unread);
    else if (this.districtText !== null || this.villageText !== null || this.areaOdd !== 0) this.clearArea();
  }

  private clearArea(): void {
    this.districtText = this.villageText = null;
    this.districtsNamed = this.villagesNamed = null;
    this.district = this.village = null;
    this.areaRegency = null;
    this.areaOdd = 0;
  }

  /**
   * Kecamatan and desa: as written, and placed in the reference data where the roster's province has it.
   * A name is placed when exactly one place of that name lies in the row's kab/kota (and kecamatan).
   */
  private readArea(unread: number): void {
    this.clearArea();
    const dc = this.isRead(ORD.district, unread) ? this.cellAt(ORD.district) : null;
    const vc = this.isRead(ORD.village, unread) ? this.cellAt(ORD.village) : null;
    const dt = typeof dc === 'string' ? dc.trim() : '';
    const vt = typeof vc === 'string' ? vc.trim() : '';
    if (dt !== '' && dt.length <= AREA_LIMIT) this.districtText = dt;
    if (vt !== '' && vt.length <= AREA_LIMIT) this.villageText = vt;
    const regency = this.regency;
    if (!this.villageData || (this.districtText === null && this.villageText === null)) return;
    // A kab/kota of another province (or one never resolved to a place with data): nothing to check against.
    if (regency !== null && regency.kind === 'ok' && !hasVillageData(regency.regency.provinceCode)) return;
    const regencyCode = regency !== null && regency.kind === 'ok' ? regency.regency.code : null;
    this.areaRegency = regencyCode;
    let odd = 0;
    let district: District | null = null;
    if (this.districtText !== null) {
      const named = this.districtReader.read(dc);
      this.districtsNamed = named;
      if (named.length === 0) odd |= AREA_DISTRICT_UNKNOWN;
      else {
        const inScope = regencyCode === null ? named : named.filter((d) => d.regencyCode === regencyCode);
        if (inScope.length === 0) odd |= AREA_DISTRICT_OUTSIDE;
        else if (inScope.length === 1) district = inScope[0];
      }
    }
    // A row without a kecamatan of its own takes the title's, when it lies in the row's kab/kota.
    const fromTitle = this.contextDistrict;
    if (this.districtText === null && fromTitle !== null && (regencyCode === null || fromTitle.regencyCode === regencyCode))
      district = fromTitle;
    let village: Village | null = null;
    if (this.villageText !== null) {
      const named = this.villageReader.read(vc);
      this.villagesNamed = named;
      if (named.length === 0) odd |= AREA_VILLAGE_UNKNOWN;
      else {
        const inScope =
          district !== null
            ? named.filter((v) => v.district === district)
            : regencyCode !== null
              ? named.filter((v) => v.district.regencyCode === regencyCode)
              : named;
        // Outside the row's kecamatan, or (no kecamatan placed) outside its kab/kota; a kecamatan already
        // reported outside its kab/kota is not reported again through its desa.
        if (inScope.length === 0 && (odd & AREA_DISTRICT_OUTSIDE) === 0) odd |= AREA_VILLAGE_OUTSIDE;
        else if (inScope.length === 1) village = inScope[0];
      }
    }
    this.district = district ?? (this.districtText === null && village !== null ? village.district : null);
    this.village = village;
    this.areaOdd = odd;
  }

  /** Ticks or a yes/no cell into the membership status (no column of its own). */
  private readCoverage(): void {
    const c = this.coverage!;
    const cells = this.cells;
    let answer: Answer;
    if (c.form === 'ticks') answer = (isTick(cells[c.yesCol]) ? Answer.Yes : 0) | (isTick(cells[c.noCol]) ? Answer.No : 0);
    else answer = yesNoAnswer(cells[c.col]);
    this.answer = answer;
    this.lists[STATUS] = answer === Answer.Yes ? this.coverageYes : answer === Answer.No ? this.coverageNo : null;
  }

  private readDerivedCategory(unread: number): string | null {
    if (this.isRead(ORD.jobTitle, unread)) {
      const fromJob = this.jobReader.read(this.cellAt(ORD.jobTitle));
      if (fromJob !== null) return fromJob;
    }
    return this.contextCategory;
  }

  /** The field's column exists and its cell is not among `unread` (blank or error bits). */
  private isRead(ordinal: number, unread: number): boolean {
    return this.cols[ordinal] >= 0 && (unread & (1 << ordinal)) === 0;
  }

  private cellAt(ordinal: number): Cell {
    const col = this.cols[ordinal];
    if (col < 0) return null;
    const c = this.cells[col];
    return c === undefined ? null : c;
  }

  private readDate(target: { state: DateState; serial: number }, ordinal: number, errorMask: number): void {
    if ((errorMask & (1 << ordinal)) !== 0) {
      target.state = DateState.Error;
      return;
    }
    target.state = readDateCell(this.cellAt(ordinal), target);
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
    const record: RosterRecord = {
      row: this.sheetRow,
      nik: this.nik.hasDigits ? this.nik.digits : null,
      regencyCode: regency !== null && regency.kind === 'ok' ? regency.regency.code : null,
      category: lists[ORD.category]?.value ?? this.derivedCategory,
      employmentStatus: employment,
      segment: lists[ORD.segment]?.value ?? null,
      membershipStatus: lists[ORD.membershipStatus]?.value ?? null,
      programs: programs !== null && programs.codes.length > 0 ? programs.codes : NO_PROGRAMS,
      wage: this.wageState === WageState.Ok ? this.wage : null,
      isAsn: isAsnStatus(employment),
      hasError: this.rowHasError,
    };
    const withPlace = this.birthPlace === null ? record : { ...record, birthPlace: this.birthPlace };
    if (this.districtText === null && this.villageText === null) return withPlace;
    const district = this.district;
    return {
      ...withPlace,
      ...(district !== null
        ? { district: district.name, districtCode: district.code }
        : this.districtText !== null
          ? { district: this.districtText }
          : {}),
      ...(this.village !== null ? { village: this.village.name } : this.villageText !== null ? { village: this.villageText } : {}),
    };
  }
}
