// WorkbookPort over an .xlsx file for the command line. Reading is read-only; generated sheets are
// collected (with the name they would take) for a package writer to save into a copy of the file.
import type { SheetGrid } from '../../core/roster/types';
import type { SheetRequest, SheetSpec } from '../../core/sheet-spec';
import type { CellFix, CellMark, ReadOptions, RosterSheetInput, SheetInfo, WorkbookPort, WorkbookSettings } from '../port';
import { planGeneratedSheet, uniqueSheetName } from '../sheet-names';
import {
  generatedKindOf,
  type ReadSheet,
  type ReadWorkbookOptions,
  type ReadWorkbookResult,
  readWorkbook,
  sheetGrid,
  tableGrid,
} from './read-workbook';

/** A sheet to be added to the saved copy. */
export type PendingSheet =
  | {
      readonly type: 'generated';
      readonly name: string;
      readonly spec: SheetSpec;
      /** Name of the file's own generated sheet it replaces. */ readonly replaces?: string;
    }
  | { readonly type: 'roster'; readonly name: string; readonly input: RosterSheetInput };

export class ExcelJsWorkbook implements WorkbookPort {
  private readonly pending: PendingSheet[] = [];
  private settings: WorkbookSettings;
  private selected: { sheet: string; cell: string } | undefined;

  private constructor(
    readonly workbook: ReadWorkbookResult,
    settings: WorkbookSettings,
  ) {
    this.settings = settings;
  }

  /** Reads the file (read-only). Throws UnusableInputError when it is not a readable .xlsx. */
  static async open(file: string, options: ReadWorkbookOptions & { settings?: WorkbookSettings } = {}): Promise<ExcelJsWorkbook> {
    return new ExcelJsWorkbook(await readWorkbook(file, options), options.settings ?? {});
  }

  get file(): string {
    return this.workbook.file;
  }

  /** Sheets to add when the workbook is saved as a copy, in the order they were made. */
  pendingSheets(): readonly PendingSheet[] {
    return this.pending;
  }

  lastSelection(): { sheet: string; cell: string } | undefined {
    return this.selected;
  }

  private find(sheet: string): ReadSheet {
    const found = this.workbook.sheets.find((s) => s.info.name.toLowerCase() === sheet.toLowerCase());
    if (!found) throw new RangeError(`No sheet named ${sheet}`);
    return found;
  }

  private takenNames(): string[] {
    return [...this.workbook.sheets.map((s) => s.info.name), ...this.pending.map((p) => p.name)];
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    const existing = this.workbook.sheets.map((s) => ({
      name: s.info.name,
      tables: s.info.tables.map((t) => t.name),
      generatedKind: generatedKindOf(s),
    }));
    const added = this.pending.map((p) => ({ name: p.name, tables: [], generatedKind: p.type === 'generated' ? p.spec.kind : undefined }));
    return [...existing, ...added];
  }

  async activeSheet(): Promise<string> {
    return this.selected?.sheet ?? this.workbook.info.sheets[this.workbook.info.activeSheet]?.name ?? '';
  }

  async readSheet(sheet: string, options: ReadOptions & { table?: string } = {}): Promise<SheetGrid> {
    options.signal?.throwIfAborted();
    const found = this.find(sheet);
    const grid = options.table ? tableGrid(found, options.table) : sheetGrid(found);
    options.onProgress?.(grid.rows.length, grid.rows.length);
    return grid;
  }

  /**
   * Takes the place of the file's own sheet of the same kind (and of an earlier pending one), under the
   * spec's preferred name unless a user's sheet has it; as the other hosts do.
   */
  async writeGeneratedSheet(input: SheetSpec | SheetRequest): Promise<string> {
    const own = this.workbook.sheets.find((s) => generatedKindOf(s) === input.kind);
    const earlier = this.pending.findIndex((p) => p.type === 'generated' && p.spec.kind === input.kind);
    if (earlier >= 0) this.pending.splice(earlier, 1);
    // Defined names are not read here: the package writer (injectSheet) checks them against the file.
    const { name, spec } = planGeneratedSheet(
      input,
      {
        sheets: this.takenNames(),
        names: [],
        tables: this.workbook.sheets.flatMap((s) => s.info.tables.map((t) => ({ name: t.name, sheet: s.info.name }))),
      },
      own?.info.name,
    );
    this.pending.push({ type: 'generated', name, spec, ...(own ? { replaces: own.info.name } : {}) });
    return name;
  }

  async insertRosterSheet(input: RosterSheetInput): Promise<string> {
    const name = uniqueSheetName(input.name, this.takenNames());
    this.pending.push({ type: 'roster', name, input });
    return name;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected = { sheet, cell };
  }

  // The command line never changes a roster: marks and fixes belong to the task pane.
  async markCells(_marks: readonly CellMark[]): Promise<void> {
    throw new Error('The command line does not mark cells (read-only)');
  }

  async clearMarks(): Promise<void> {}

  async applyFixes(_fixes: readonly CellFix[]): Promise<number> {
    throw new Error('The command line does not change roster cells (read-only)');
  }

  async getSettings(): Promise<WorkbookSettings> {
    return this.settings;
  }

  async setSettings(settings: WorkbookSettings): Promise<void> {
    this.settings = { ...this.settings, ...settings };
  }
}
