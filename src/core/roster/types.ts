// The contract between hosts and the roster engine. Hosts (Office.js, in-memory, ExcelJS) produce
// SheetGrids; the engine returns Rosters and Issues. Nothing here knows where the cells came from.
import type { Cell } from '../cells';
import type { Localized } from '../i18n/lang';
import type { FieldId } from './fields';
import type { RosterContext } from './roster-context';
import type { SkippedRow } from './row-kinds';
import type { RuleId } from './rules';

export type { RosterContext } from './roster-context';
export type { SkippedRow, SkipReason } from './row-kinds';

/** One rectangular block of cells read from a sheet (or an Excel table). */
export interface SheetGrid {
  /** Worksheet name, as shown on its tab. */
  readonly sheet: string;
  /** Excel table name when the grid is a table rather than a sheet's used range. */
  readonly table?: string;
  /** 0-based row and column of rows[0][0] on the sheet (the used range need not start at A1). */
  readonly origin: { readonly row: number; readonly col: number };
  /** Row-major cells; rows may be ragged (missing trailing cells are empty). */
  readonly rows: readonly (readonly Cell[])[];
  /** Name of the file the sheet came from, when known: its words may name the kab/kota (roster-context.ts). */
  readonly file?: string;
}

/** A roster found on a sheet: where its header and data sit and which column holds which field. */
export interface Roster {
  readonly sheet: string;
  readonly table?: string;
  /** 1-based sheet row numbers, as Excel shows them. */
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Non-empty data rows between firstDataRow and lastDataRow. */
  readonly rows: number;
  /** Column letters of the mapped fields, e.g. { nik: "C" }. */
  readonly columns: Partial<Record<FieldId, string>>;
  /** Header texts that matched no field, as written. */
  readonly unmappedHeaders: readonly string[];
  /**
   * Roster-level kab/kota and category (from the setting, title rows, sheet or file name), tick/yes-no coverage
   * columns and the roster's "KPJ means Aktif" setting; absent when none.
   */
  readonly context?: RosterContext;
  /** Rows under the header that are not workers (column numbers, group titles, subtotals, blank separators, notes, signature), once each; absent when none. */
  readonly skipped?: readonly SkippedRow[];
}

export type Severity = 'error' | 'warning' | 'info';

/** Most severe first: the order reports, lists and cell marks use. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * What each severity is called, id/en, in one place: the task pane, the command line and the generated sheets
 * take their words from here. `one` names a single issue ("Kesalahan" / "Error"), `many` heads a group or a
 * count ("Kesalahan" / "Errors"). Indonesian says "Kesalahan", as Excel's own "Pemeriksaan Kesalahan"
 * (Error Checking) does: "Galat" reads as jargon to many office staff.
 */
export const SEVERITY_NAMES: Readonly<Record<Severity, { readonly one: Localized; readonly many: Localized }>> = {
  error: { one: { id: 'Kesalahan', en: 'Error' }, many: { id: 'Kesalahan', en: 'Errors' } },
  warning: { one: { id: 'Peringatan', en: 'Warning' }, many: { id: 'Peringatan', en: 'Warnings' } },
  info: { one: { id: 'Info', en: 'Info' }, many: { id: 'Info', en: 'Info' } },
};

/** Every rule id, derived from the rule registry (src/core/roster/rules/index.ts). */
export type { RuleId } from './rules';

/** A safe replacement for a cell's value, applied only through the previewed Fix. */
export interface SuggestedFix {
  readonly value: string;
}

export interface Issue {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell ("C7"), or of the header row's first cell for sheet-level issues. */
  readonly cell: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly field?: FieldId;
  /** NIKs inside are already masked unless the caller asked for full values. */
  readonly message: Localized;
  readonly fix?: SuggestedFix;
  /**
   * Every cell the issue stands for, when one issue reports many (value-nonstandard: one per column and
   * spelling; asn-in-roster: one per roster). `cell` is the first of them; a Fix applies to each.
   */
  readonly cells?: readonly string[];
}

export interface CheckOptions {
  /** 2-digit province code of the rosters; default "61" (Kalimantan Barat). */
  readonly province?: string;
  /** "Today" for date and age rules, as an Excel serial; default the current date. The summary's as-of date. */
  readonly today?: number;
  /** The year the figures are for; it picks the published UCJ target (default: the year of `today`, see reference/ucj-targets.ts). */
  readonly year?: number;
  /** Show NIKs in full in messages (default masked: first 6 and last 4 digits). */
  readonly showFullNik?: boolean;
  /**
   * Keep a RosterRecord per data row for the summary model (default true). A check that only reports
   * issues (the CLI's `check`) passes false and gets empty `records`, sparing 100,000 objects a check.
   */
  readonly records?: boolean;
  /**
   * The rosters' kab/kota (4-digit code or a name), for rows without their own: overrides the one read
   * from title rows, sheet or file name (`--regency`, the task pane's roster setting).
   */
  readonly regency?: string;
  /** Count a row with a KPJ but no membership status as Aktif (default false: it stays without status). */
  readonly kpjMeansActive?: boolean;
  /**
   * Each grid's own roster settings, by index into the grids checked (the task pane's and the offline page's,
   * stored per sheet): a value given here wins over `regency` and `kpjMeansActive` for that grid; a missing
   * entry or field takes those. Plain data, so that a worker gets it with the grids.
   */
  readonly rosterSettings?: readonly (GridRosterSettings | undefined)[];
}

/** One grid's roster settings (CheckOptions.rosterSettings): its kab/kota (code or name) and "KPJ means Aktif". */
export interface GridRosterSettings {
  readonly regency?: string;
  readonly kpjMeansActive?: boolean;
}

export interface CheckReport {
  readonly rosters: readonly Roster[];
  readonly issues: readonly Issue[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

/** One data row as the engine understood it: canonical values (null when empty or unrecognised). */
export interface RosterRecord {
  /** 1-based sheet row. */
  readonly row: number;
  /** 16-digit NIK text when readable, else null. */
  readonly nik: string | null;
  /** 4-digit kab/kota code, resolved within any province; null when unresolved. */
  readonly regencyCode: string | null;
  /** Canonical list values, e.g. "Kader Kesehatan", "Non-ASN", "BPU", "Aktif". */
  readonly category: string | null;
  readonly employmentStatus: string | null;
  readonly segment: string | null;
  readonly membershipStatus: string | null;
  /** Canonical program codes found in the cell, e.g. ["JKK", "JKM"]. */
  readonly programs: readonly string[];
  readonly wage: number | null;
  /** PNS or PPPK: left out of the eligible count. */
  readonly isAsn: boolean;
  /** At least one error-severity issue on this row. */
  readonly hasError: boolean;
  /** Birth place written in the birth-date cell ("Sanggau, 12-05-1990": a TTL cell); absent otherwise. */
  readonly birthPlace?: string;
  /** Kecamatan: the official name where the reference data placed it (with its 6-digit code), else as written; absent when not written. */
  readonly district?: string;
  readonly districtCode?: string;
  /** Desa/kelurahan: the official name where the reference data placed it, else as written; absent when not written. */
  readonly village?: string;
}

/** A roster with the grid it came from, its column indexes (into grid rows) and its records. */
export interface ParsedRoster {
  readonly roster: Roster;
  readonly grid: SheetGrid;
  /** 0-based index into grid.rows[i] for each mapped field. */
  readonly columnIndex: Partial<Record<FieldId, number>>;
  /** Index into grid.rows of the header row. */
  readonly headerIndex: number;
  /** One per data row, in row order; empty when checked with `records: false`. */
  readonly records: readonly RosterRecord[];
}

/** What checking returns: the report for people plus the parsed rosters for the summary model. */
/** The options a check resolved, kept with its result so that a summary of it uses the same ones. */
export interface CheckedOptions {
  /** 2-digit province code. */
  readonly province: string;
  readonly year: number;
  /** The as-of date ("today" of the date and age rules), as an Excel serial. */
  readonly asOf: number;
  /**
   * Rows with a KPJ but no status were counted as Aktif on every roster checked (each roster's own setting is
   * Roster.context.kpjMeansActive); with no roster found, the setting (CheckOptions.kpjMeansActive).
   */
  readonly kpjMeansActive: boolean;
}

export interface CheckResult extends CheckReport {
  readonly parsed: readonly ParsedRoster[];
  readonly options: CheckedOptions;
}
