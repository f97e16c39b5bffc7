// The one port between the task pane and a live workbook. The Office.js and in-memory (preview, tests)
// adapters implement it, and the task pane talks only to this interface. The command line works on files,
// not live workbooks: it reads them with the .xlsx reader (xlsx/read/), finds their rosters with the same
// findRosterGrids (roster-grids.ts, which needs only the reading half of this port) and writes copies by
// adding parts to the package (xlsx/inject.ts).
import type { SheetGrid, SuggestedFix } from '../core/roster/types';
import type { SheetRequest, SheetSpec } from '../core/sheet-spec';
import type { Cell } from '../core/cells';

export interface SheetInfo {
  readonly name: string;
  /** Excel tables on the sheet. */
  readonly tables: readonly string[];
  /** The generator kind when this add-in made the sheet (recognised by its marker), else undefined. */
  readonly generatedKind?: string;
  /** Hidden (or very hidden) in Excel; hosts may also leave such sheets out of the list. Never read as rosters. */
  readonly hidden?: boolean;
}

export interface ReadOptions {
  readonly signal?: AbortSignal;
  /** Called after each block with rows read so far and the total. */
  readonly onProgress?: (rowsRead: number, totalRows: number) => void;
}

export interface CellMark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly note: string;
}

export interface CellFix {
  readonly sheet: string;
  readonly cell: string;
  /** The value the preview showed; the fix is skipped if the cell no longer holds it. */
  readonly expectedOld: string;
  readonly fix: SuggestedFix;
}

/** An applied batch of fixes that can be undone (the workbook keeps them as a stack, newest last). */
export interface FixBatch {
  readonly id: number;
  /** Cells the batch changed. */
  readonly cells: number;
}

export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

export interface FixOutcome {
  readonly applied: number;
  /** Cells not changed: they no longer held the previewed value, hold a formula, or their sheet is gone. */
  readonly skipped: number;
  /** The batches that can be undone now, newest last. */
  readonly undoable: readonly FixBatch[];
}

export interface UndoOutcome {
  /** Cells given back their value and number format from before the fix. */
  readonly restored: number;
  /** Cells left as they are: changed since the fix (or their sheet is gone). */
  readonly refused: readonly CellRef[];
  readonly undoable: readonly FixBatch[];
}

/** A roster's settings, by its sheet's name: a kab/kota code and a flag, never a cell's value. */
export interface StoredRosterSettings {
  /** 4-digit kab/kota code overriding the one inferred from the roster's title, sheet or file name. */
  readonly regency?: string;
  /** Count a row with a KPJ but no status as Aktif. */
  readonly kpjMeansActive?: boolean;
}

/** Workbook-level settings the add-in keeps with the document. Never roster data or NIK. */
export interface WorkbookSettings {
  readonly province?: string;
  /** A fraction; null clears it (the target then follows the published one for the year). */
  readonly target?: number | null;
  readonly year?: number;
  readonly lang?: 'id' | 'en';
  /** Own targets per kab/kota: 4-digit code → fraction. Stored whole when given. */
  readonly regencyTargets?: Readonly<Record<string, number>>;
  /** Roster settings by sheet name. Stored whole when given. */
  readonly rosters?: Readonly<Record<string, StoredRosterSettings>>;
}

/** A drop-down list on a column of an inserted sheet. */
export interface ListValidation {
  readonly column: number;
  readonly values: readonly string[];
  readonly toRow: number;
  /**
   * When set, the values go to a column of this title on the add-in's hidden list sheet and the rule points at
   * that range (needed past Excel's 255-character inline list); else they are written inline. A host also uses
   * the list sheet for an unnamed list that cannot be inline.
   */
  readonly listName?: string;
}

/** A plain sheet the add-in inserts for the user (demo roster, empty roster template). */
export interface RosterSheetInput {
  /** Preferred name; a host picks another if a sheet already has it (nothing is overwritten). */
  readonly name: string;
  /** Rows from A1 down; strings are written as text, never parsed as formulas. */
  readonly rows: readonly (readonly Cell[])[];
  /** 0-based row of the header (made bold, frozen below). */
  readonly headerRow?: number;
  /** 0-based columns formatted as text ('@') so Excel keeps every digit of NIK/KPJ. */
  readonly textColumns?: readonly number[];
  /** 0-based columns formatted as dates (dd-mm-yyyy). */
  readonly dateColumns?: readonly number[];
  /** Drop-down lists: 0-based column, allowed values, applied to rows below the header (down to `toRow`, 0-based). */
  readonly validations?: readonly ListValidation[];
  readonly columnWidths?: readonly number[];
}

export interface WorkbookPort {
  listSheets(): Promise<readonly SheetInfo[]>;
  activeSheet(): Promise<string>;
  /** The used range of a sheet (or one of its tables) as typed cells. */
  readSheet(sheet: string, options?: ReadOptions & { table?: string }): Promise<SheetGrid>;
  /**
   * Adds the sheet, or replaces the sheet of the same kind this add-in made; returns the name used. A user's
   * sheet, table or defined name keeps its name: the host picks free names first (planGeneratedSheet) and
   * builds a SheetRequest with them; a plain spec's tables are renamed, its defined names must be free.
   */
  writeGeneratedSheet(sheet: SheetSpec | SheetRequest): Promise<string>;
  /** Activates the sheet and selects (scrolls to) the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Highlights cells and adds notes, remembering prior formats so clearMarks can restore them. */
  markCells(marks: readonly CellMark[]): Promise<void>;
  clearMarks(): Promise<void>;
  /**
   * Applies previewed fixes (cells changed since the preview are skipped) as one batch, keeping each changed
   * cell's previous value and number format in the workbook so undoLastFix can restore it.
   */
  applyFixes(fixes: readonly CellFix[]): Promise<FixOutcome>;
  /**
   * Undoes the newest fix batch: cells still holding the fixed value get their previous value and number format
   * back (blank cells become blank again); cells changed since are refused and left alone. Null when none.
   */
  undoLastFix(): Promise<UndoOutcome | null>;
  /** The fix batches that can be undone, newest last (kept in the workbook, so they survive a reload). */
  undoableFixes(): Promise<readonly FixBatch[]>;
  getSettings(): Promise<WorkbookSettings>;
  setSettings(settings: WorkbookSettings): Promise<void>;
  /** Adds a new sheet (demo data, roster template) and activates it; returns the name used. */
  insertRosterSheet?(input: RosterSheetInput): Promise<string>;
}
