// The factors of the summary's SUMPRODUCT formulas for one roster, written so that each counts what the core
// counted on rosters as offices keep them (issue 9):
//   row counts          nonBlank × not on the roster's list of rows that are not workers
//   Aktif               the status column's Aktif aliases; or ticks ((tick under SUDAH − tick under BELUM) > 0);
//                       or a yes/no column's (yes − no) > 0; with kpjMeansActive, no status (blank, both ticks or
//                       none, no answer) and a KPJ of 11 digits too (+ the KPJ test inside the "> 0")
//   kab/kota K          the cell's aliases of K; + blank (or error) × [the roster's own kab/kota is K]
//   category C          the cell's aliases of C; + blank (or error) × (the job title's category is C, or the job
//                       title gives none × [the roster's category is C])
// Rows that are not workers (group titles, JUMLAH lines, signature blocks) are listed on the summary sheet as
// =ROW('Roster'!$A$15), which Excel moves when rows are inserted. A few are left out by comparisons,
// (ROW(r)<>$B$240)*…, plain arithmetic on the array; more by LOOKUP(ROW(r), list) = ROW(r), a binary search
// (the list is in row order, after the header row) that keeps the formula short.
// Error cells never reach SUMPRODUCT's product: every cell test ends in ISNUMBER or ISERROR.
import { columnIndex } from '../address';
import { cellText, type Cell } from '../cells';
import { COVERAGE_ANSWERS } from '../roster/fields';
import { KpjReading, KpjState } from '../roster/kpj-reader';
import type { FieldId } from '../roster/fields';
import type { ParsedRoster } from '../roster/types';
import { ACTIVE } from '../roster/values';
import { type AliasField, type AliasGroup, ASN_KEY, NO_KEY, ONLY_SPACES, TICK_KEY, YES_KEY } from './aliases';

// A tick in the "yes" column means Aktif, one in the "no" column never does: the formulas rely on it.
if (!COVERAGE_ANSWERS.tickPairs.every((p) => p.status.yes === ACTIVE && (p.status.no as string) !== ACTIVE))
  throw new Error('formula-terms: a tick pair whose yes is not Aktif (or whose no is) needs its own formula');

/** Where a group's aliases sit on the sheet. */
export interface GroupPlace {
  readonly group: AliasGroup;
  readonly textRange?: string;
  readonly numberRange?: string;
}

/** The place of a field's key group; key ANY_KEY: every alias of the field (one range per type). */
export type PlaceOf = (field: AliasField, key: string) => GroupPlace | undefined;
export const ANY_KEY = '\u0000any';

/** The summary sheet's list of a roster's rows that are not workers: the range (header row first) and each row's cell. */
export interface ExcludedRows {
  readonly range: string;
  readonly cells: readonly string[];
}
/** Up to this many rows are left out by comparisons (cheap per row), more by one LOOKUP. */
export const FEW_EXCLUDED = 6;

/** A roster's ranges on its sheet (absolute, sheet-qualified). */
export interface RosterRanges {
  /** The range of a grid column over the counted rows. */
  readonly range: (col: number) => string;
  readonly columnRange: (field: FieldId) => string | undefined;
  /** ((ISBLANK(c1)*ISBLANK(c2)*…)=0): the row has content in a counted column. */
  readonly nonBlank: string;
  /** A range whose ROW() gives the counted rows' numbers. */
  readonly rowsRange: string;
}

// esc() escapes MATCH's wildcards (~ * ?) so "Kubu*" only matches itself.
export const esc = (ref: string): string => `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
/** Text a number (or TRUE/FALSE) turns into inside SUBSTITUTE: such aliases need an ISTEXT guard. */
const LOOKS_LIKE_NUMBER_TEXT = /^(-?\d+(\.\d+)?(E[+-]?\d+)?|TRUE|FALSE)$/i;

export function matchTerm(ref: string, place: GroupPlace): string {
  const parts: string[] = [];
  if (place.textRange) {
    const guard =
      !place.group.numbersAsText && (place.numberRange || place.group.texts.some((t) => LOOKS_LIKE_NUMBER_TEXT.test(t)))
        ? `ISTEXT(${ref})*`
        : '';
    parts.push(`${guard}ISNUMBER(MATCH(${esc(ref)},${place.textRange},0))`);
  }
  if (place.numberRange) parts.push(`ISNUMBER(MATCH(${ref},${place.numberRange},0))`);
  return parts.length === 1 ? parts[0] : `(${parts.join('+')})`;
}

/** Empty or only spaces (what Excel's TRIM empties); FALSE for an error cell. */
const blankish = (ref: string): string => `ISNUMBER(FIND("|"&TRIM(${ref})&"|","||"))`;
/** Empty, only spaces, or an error: a cell the core does not read (its roster-level value applies). */
const unread = (ref: string): string => `(ISERROR(${ref})+${blankish(ref)})`;

/** The KPJ cell without spaces, dots and dashes. */
const kpjDigits = (ref: string): string => `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref}," ",""),".",""),"-","")`;
/** 1 when the KPJ cell holds 11 digits (kpj-reader.ts), written without IF so it works on arrays. */
const kpjOk = (ref: string): string => {
  const s = kpjDigits(ref);
  return `ISNUMBER(FIND(${s}&"|"&LEN(${s}),TEXT(--${s},"00000000000")&"|11"))`;
};

const sum = (parts: readonly string[]): string => (parts.length === 1 ? parts[0] : `(${parts.join('+')})`);

/** Factors of one roster's terms; undefined: nothing can match (the roster adds nothing), null: always true. */
export class RosterTerms {
  constructor(
    private readonly p: ParsedRoster,
    private readonly ranges: RosterRanges,
    private readonly placeOf: PlaceOf,
    private readonly kpjMeansActive: boolean,
    /** Where the roster's rows that are not workers are listed (after its header row), when it has any. */
    private readonly excluded?: ExcludedRows,
  ) {}

  /** The row counts: content in a counted column, and not listed as a non-worker row. */
  row(): string {
    const r = this.ranges.rowsRange;
    const x = this.excluded;
    if (!x || x.cells.length === 0) return this.ranges.nonBlank;
    if (x.cells.length <= FEW_EXCLUDED) return [this.ranges.nonBlank, ...x.cells.map((c) => `(ROW(${r})<>${c})`)].join('*');
    return `${this.ranges.nonBlank}*(LOOKUP(ROW(${r}),${x.range})<>ROW(${r}))`;
  }

  private match(ref: string | undefined, field: AliasField, key: string): string | undefined {
    const place = this.placeOf(field, key);
    return ref && place ? matchTerm(ref, place) : undefined;
  }

  notAsn(): string | null {
    const f = this.match(this.ranges.columnRange('employmentStatus'), 'employmentStatus', ASN_KEY);
    return f ? `(1-${f})` : null;
  }

  aktif(): string | undefined {
    const coverage = this.p.roster.context?.coverage;
    const kpjCol = this.ranges.columnRange('kpj');
    const kpj = this.kpjMeansActive && kpjCol ? kpjOk(kpjCol) : undefined;
    if (coverage) {
      // ticks: yes - no is 1 (Aktif), 0 (both or neither: no status) or -1; a yes/no answer alike. Adding the KPJ
      // test (0 or 1) and asking for > 0 gives Aktif, or no status with a KPJ, writing each cell test once.
      const [yes, no] =
        coverage.form === 'ticks'
          ? coverage.columns.map((l) => this.match(this.letterRange(l), 'tick', TICK_KEY))
          : [YES_KEY, NO_KEY].map((k) => this.match(this.letterRange(coverage.columns[0]), 'answer', k));
      if (!yes) return undefined;
      const parts = [yes, ...(no ? [`-${no}`] : []), ...(kpj ? [`+${kpj}`] : [])];
      return parts.length === 1 ? yes : `((${parts.join('')})>0)`;
    }
    const col = this.ranges.columnRange('membershipStatus');
    const parts: string[] = [];
    const a = this.match(col, 'membershipStatus', ACTIVE);
    if (a) parts.push(a);
    if (col && kpj) parts.push(`${blankish(col)}*${kpj}`);
    return parts.length ? sum(parts) : undefined;
  }

  /** The row's value of `field` is `key`, as the core read it (roster-level kab/kota and category included). */
  is(field: AliasField, key: string): string | null | undefined {
    if (field === 'regency') return this.withContext(field, key, this.p.roster.context?.regency?.code === key ? null : undefined);
    if (field === 'category') return this.withContext(field, key, this.derivedCategory(key));
    return this.match(this.ranges.columnRange(field as FieldId), field, key);
  }

  /** The cell's own value, else (blank or error) the derived one. */
  private withContext(field: 'regency' | 'category', key: string, derived: string | null | undefined): string | null | undefined {
    const col = this.ranges.columnRange(field);
    if (!col) return derived;
    const own = this.match(col, field, key);
    if (derived === undefined) return own;
    const fallback = derived === null ? unread(col) : `${unread(col)}*${derived}`;
    return own ? `(${own}+${fallback})` : fallback;
  }

  /** A row without a category of its own: its job title's category, else the roster's (title or sheet name). */
  private derivedCategory(key: string): string | null | undefined {
    const roster = this.p.roster.context?.category?.value === key;
    const job = this.ranges.columnRange('jobTitle');
    if (!job) return roster ? null : undefined;
    const own = this.match(job, 'jobTitle', key);
    if (!roster) return own;
    const any = this.match(job, 'jobTitle', ANY_KEY);
    if (!any) return null;
    return own ? `(${own}+1-${any})` : `(1-${any})`;
  }

  private letterRange(letter: string): string {
    return this.ranges.range(columnIndexIn(this.p, letter));
  }
}

const columnIndexIn = (p: ParsedRoster, letter: string): number => columnIndex(letter) - p.grid.origin.col;

/** The formulas' blank test (blankish) on a cell. */
const formulaBlank = (c: Cell | undefined): boolean =>
  c === undefined || c === null || c === '' || (typeof c === 'string' && ONLY_SPACES.test(c));

/** The formulas' KPJ test (kpjOk) on a cell: 11 digits once spaces, dots and dashes are gone. */
export function formulaKpjOk(c: Cell | undefined): boolean {
  if (c === undefined || c === null || (typeof c === 'object' && c.kind === 'error')) return false;
  return /^\d{11}$/.test(cellText(c).replace(/[ .-]/g, ''));
}

/**
 * Rows whose KPJ the formulas read differently from the core where it decides Aktif (kpjMeansActive, no status):
 * e.g. a KPJ written with a tab inside. Reported on the sheet as counted differently.
 */
export function kpjReadDifferently(p: ParsedRoster): number[] {
  const kpjCol = p.columnIndex.kpj;
  if (kpjCol === undefined) return [];
  const statusCol = p.columnIndex.membershipStatus;
  const reading = new KpjReading();
  const out: number[] = [];
  const offset = 1 + p.grid.origin.row;
  for (const r of p.records) {
    const row = p.grid.rows[r.row - offset] ?? [];
    if (statusCol !== undefined && !formulaBlank(row[statusCol])) continue;
    const c = row[kpjCol] ?? null;
    const isError = typeof c === 'object' && c !== null && c.kind === 'error';
    const blank = c === null || (typeof c === 'string' && c.trim() === '');
    reading.read(c, blank, isError);
    if ((reading.state === KpjState.Ok) !== formulaKpjOk(c)) out.push(r.row);
  }
  return out;
}
