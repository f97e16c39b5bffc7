// A generated sheet described as data (values, formulas, formats, tables, names), so that the
// summary and issue-list builders stay pure and each host writes the same spec its own way.

/** The text written in cell A1's note/comment-free marker cell of every sheet this add-in makes. */
export const GENERATED_SHEET_MARKER = 'cakupan-jamsostek:generated';

export type SpecValue = string | number | boolean | null;

export interface SpecCell {
  /** Literal value. Strings are always written as text, never parsed as formulas. */
  readonly value?: SpecValue;
  /** English-name formula starting with "=", written through Range.formulas. */
  readonly formula?: string;
  /** What the core computed for a formula cell (previews show it; tests compare against it). */
  readonly expected?: SpecValue;
  /** Excel number format, e.g. "#,##0" or "0.0%". */
  readonly numberFormat?: string;
  readonly style?: 'title' | 'subtitle' | 'header' | 'total' | 'note' | 'marker';
  /** Link target inside the workbook, e.g. "'Roster Nakes'!C7". */
  readonly link?: string;
  /** Wrap long text within the column width (the issue list's messages). */
  readonly wrap?: boolean;
}

export interface SpecTable {
  readonly name: string;
  /** A1 range including the header row, e.g. "A10:G26". */
  readonly range: string;
  readonly showTotals?: boolean;
  /** Filter buttons on the header row (autoFilter), for lists a reader narrows down. */
  readonly filter?: boolean;
}

/** A chart on a generated sheet: categories and series are A1 ranges on the same sheet (no header). */
export interface SpecChart {
  readonly type: 'bar' | 'column';
  readonly title: string;
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Top-left cell the chart is placed at, and its size in points. */
  readonly anchor: string;
  readonly width?: number;
  readonly height?: number;
  /** Axis number format, e.g. "0%". */
  readonly valueFormat?: string;
}

export interface SheetSpec {
  /** Preferred sheet name; a host picks another if a user's own sheet already has it. */
  readonly name: string;
  /** Identifies which generator made the sheet, e.g. "summary" or "issues". */
  readonly kind: string;
  /** Rows of cells from A1 down; each inner array starts at column A. */
  readonly rows: readonly (readonly (SpecCell | null)[])[];
  readonly columnWidths?: readonly number[];
  readonly tables?: readonly SpecTable[];
  /** Workbook-scoped defined names, e.g. { name: "UCJ_Target", ref: "$C$6" } (ref on this sheet). */
  readonly names?: readonly { readonly name: string; readonly ref: string }[];
  readonly print?: { readonly landscape?: boolean; readonly fitToWidth?: boolean; readonly titleRows?: string };
  /** Rows to freeze at the top. */
  readonly freezeRows?: number;
  readonly charts?: readonly SpecChart[];
}

/**
 * The workbook-wide name (defined name or table) to use for a preferred one: the preferred name when the
 * workbook leaves it free, else a free variant ("Target_UCJ_2"). Asking twice for one name gives one answer.
 */
export type NamePicker = (preferred: string) => string;

/**
 * A generated sheet built once the host knows which names the workbook leaves free, so that formulas
 * use the names actually written. Every host picks the names first; none rewrites formulas afterwards.
 */
export interface SheetRequest {
  /** The spec's preferred sheet name and kind, known before it is built (hosts look for the sheet to replace). */
  readonly name: string;
  readonly kind: string;
  build(pick: NamePicker): SheetSpec;
}

/** A spec whose formulas name none of its own tables or defined names can be written as it is. */
export const isSheetRequest = (x: SheetSpec | SheetRequest): x is SheetRequest => typeof (x as SheetRequest).build === 'function';
