// A generated sheet described as data (values, formulas, formats, tables, names), so that the
// summary and issue-list builders stay pure and each host writes the same spec its own way.

/** The text written in cell A1's note/comment-free marker cell of every sheet this add-in makes. */
export const GENERATED_SHEET_MARKER = 'cakupan-jamsostek:generated';

export type SpecValue = string | number | boolean | null;

/**
 * A cell's role, which each host draws its own way: `headline` is the summary's sentence, `input` a cell the
 * planner is meant to type in (a target, BPS and BPJS figures), drawn as Excel's Input style.
 */
export type SpecStyle = 'title' | 'subtitle' | 'header' | 'total' | 'note' | 'marker' | 'headline' | 'input';

export interface SpecCell {
  /** Literal value. Strings are always written as text, never parsed as formulas. */
  readonly value?: SpecValue;
  /** English-name formula starting with "=", written through Range.formulas. */
  readonly formula?: string;
  /** What the core computed for a formula cell (previews show it; tests compare against it). */
  readonly expected?: SpecValue;
  /** Excel number format, e.g. "#,##0" or "0.0%". */
  readonly numberFormat?: string;
  readonly style?: SpecStyle;
  /** Horizontal alignment when not the default (numeric headers sit right, over their numbers). */
  readonly align?: 'right';
  /** Link target inside the workbook, e.g. "'Roster Nakes'!C7". */
  readonly link?: string;
  /** Wrap long text within the column width (the issue list's messages). */
  readonly wrap?: boolean;
}

/** Colours cells whose value equals a text (case-insensitive), e.g. "Tercapai" green; recalculation keeps it right. */
export interface SpecConditionalFormat {
  /** A1 range on the sheet, e.g. "H22:H37". */
  readonly range: string;
  readonly equals: string;
  /** Excel's Good (green) or Bad (red) look. */
  readonly look: 'good' | 'bad';
}

export interface SpecPrint {
  readonly landscape?: boolean;
  readonly fitToWidth?: boolean;
  /** Rows repeated at the top of every printed page, e.g. "$1:$2". */
  readonly titleRows?: string;
  /** What prints, e.g. "$A$1:$H$120" (helper tables below stay off paper). */
  readonly area?: string;
  /** 1-based rows that start a new page: blocks are kept together. */
  readonly rowBreaks?: readonly number[];
  /** Page margins in inches. */
  readonly margins?: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Footer texts in Excel's codes (&P page, &N pages, &D date); "&" in plain text is written "&&". */
  readonly footer?: { readonly left?: string; readonly center?: string; readonly right?: string };
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
  /** The cell just past its bottom-right corner: the chart spans anchor to `to` whatever the row heights. */
  readonly to?: string;
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
  readonly print?: SpecPrint;
  /** Rows to freeze at the top. */
  readonly freezeRows?: number;
  readonly charts?: readonly SpecChart[];
  /** 0-based columns hidden on screen (the summary keeps its marker in one). */
  readonly hiddenColumns?: readonly number[];
  /** Heights in points of rows that are not the default 15 (0-based row). */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly conditionalFormats?: readonly SpecConditionalFormat[];
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
