// The one port between the core and a workbook. Office.js, in-memory (preview, tests) and ExcelJS
// (command line) adapters implement it; the task pane and CLI talk only to this interface.
import type { SheetGrid, SuggestedFix } from '../core/roster/types';
import type { SheetSpec } from '../core/sheet-spec';

export interface SheetInfo {
  readonly name: string;
  /** Excel tables on the sheet. */
  readonly tables: readonly string[];
  /** The generator kind when this add-in made the sheet (recognised by its marker), else undefined. */
  readonly generatedKind?: string;
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

/** Workbook-level settings the add-in keeps with the document. Never roster data or NIK. */
export interface WorkbookSettings {
  readonly province?: string;
  readonly target?: number;
  readonly year?: number;
  readonly lang?: 'id' | 'en';
}

export interface WorkbookPort {
  listSheets(): Promise<readonly SheetInfo[]>;
  activeSheet(): Promise<string>;
  /** The used range of a sheet (or one of its tables) as typed cells. */
  readSheet(sheet: string, options?: ReadOptions & { table?: string }): Promise<SheetGrid>;
  /** Adds the sheet, or replaces the sheet of the same kind this add-in made; returns the name used. */
  writeGeneratedSheet(spec: SheetSpec): Promise<string>;
  /** Activates the sheet and selects (scrolls to) the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Highlights cells and adds notes, remembering prior formats so clearMarks can restore them. */
  markCells(marks: readonly CellMark[]): Promise<void>;
  clearMarks(): Promise<void>;
  /** Applies previewed fixes; returns how many were applied (cells changed since the preview are skipped). */
  applyFixes(fixes: readonly CellFix[]): Promise<number>;
  getSettings(): Promise<WorkbookSettings>;
  setSettings(settings: WorkbookSettings): Promise<void>;
}
