// The contract between hosts and the roster engine. Hosts (Office.js, in-memory, ExcelJS) produce
// SheetGrids; the engine returns Rosters and Issues. Nothing here knows where the cells came from.
import type { Cell } from '../cells';
import type { Localized } from '../i18n/lang';
import type { FieldId } from './fields';

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
}

export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'header-missing'
  | 'required-missing'
  | 'nik-format'
  | 'nik-precision-lost'
  | 'nik-region-unknown'
  | 'nik-birthdate-invalid'
  | 'nik-birthdate-mismatch'
  | 'nik-sex-mismatch'
  | 'nik-duplicate'
  | 'kpj-format'
  | 'kpj-missing'
  | 'kpj-duplicate'
  | 'region-unknown'
  | 'region-outside-province'
  | 'value-unknown'
  | 'date-invalid'
  | 'date-future'
  | 'age-out-of-range'
  | 'wage-invalid'
  | 'cell-error'
  | 'asn-in-roster';

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
}

export interface CheckOptions {
  /** 2-digit province code of the rosters; default "61" (Kalimantan Barat). */
  readonly province?: string;
  /** "Today" for date and age rules, as an Excel serial; default the current date. */
  readonly today?: number;
  /** Show NIKs in full in messages (default masked: first 6 and last 4 digits). */
  readonly showFullNik?: boolean;
}

export interface CheckReport {
  readonly rosters: readonly Roster[];
  readonly issues: readonly Issue[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}
