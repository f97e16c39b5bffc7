// The Excel adapter: the workbook port over Office.js, in few batched requests. Reading (read-sheet.ts),
// writing sheets (write-sheet.ts) and marks (marks.ts) live beside it; this class ties them to Excel.run,
// names generated sheets and keeps the add-in's document settings; Fix and Undo are in fixes.ts. No sync() runs
// inside a per-row loop.
import type { SheetGrid } from '../../core/roster/types';
import type { SheetRequest, SheetSpec } from '../../core/sheet-spec';
import { LIST_SHEET_KIND } from '../list-sheet';
import type {
  CellFix,
  CellMark,
  FixBatch,
  FixOutcome,
  ReadOptions,
  RosterSheetInput,
  SheetInfo,
  UndoOutcome,
  WorkbookPort,
  WorkbookSettings,
} from '../port';
import { readStoredSettings, STORED_SETTING_NAMES } from '../stored-settings';
import { isBrokenReference, kindInValues, planGeneratedSheet, sheetOfReference } from '../sheet-names';
import { allApiSupported, type ExcelApiSupported } from './api-sets';
import { applyFixesIn, undoableFixesIn, undoLastFixIn } from './fixes';
import { clearMarksIn, markCellsIn } from './marks';
import { readSheetIn } from './read-sheet';
import { insertRosterSheetIn, writeSpec } from './write-sheet';

/** Excel.run, injectable so tests can hand in office-addin-mock contexts. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The part of Office.context.document.settings the adapter uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

export interface OfficeWorkbookOptions {
  /**
   * Whether an ExcelApi requirement set above the manifest's minimum is there (in Excel, officeApiSupported);
   * features that need one are left out when not: notes on marks (1.18), a summary's print setup (1.9).
   */
  readonly apiSupported?: ExcelApiSupported;
}

const SETTINGS_KEYS = {
  province: 'cj.province',
  target: 'cj.target',
  year: 'cj.year',
  lang: 'cj.lang',
  regencyTargets: 'cj.regencyTargets',
  rosters: 'cj.rosters',
  generated: 'cj.generatedSheets',
} as const;

export class OfficeWorkbook implements WorkbookPort {
  private readonly apiSupported: ExcelApiSupported;

  constructor(
    private readonly run: ExcelRun,
    private readonly settings: SettingsStore,
    options: OfficeWorkbookOptions = {},
  ) {
    this.apiSupported = options.apiSupported ?? allApiSupported;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    const generated = this.generatedIds();
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id,items/visibility');
      const tables = context.workbook.tables;
      tables.load('items/name,items/worksheet/name');
      await context.sync();
      return sheets.items
        .filter((s) => s.visibility === 'Visible')
        .map((s) => ({
          name: s.name,
          tables: tables.items.filter((t) => t.worksheet.name === s.name).map((t) => t.name),
          ...(generated[s.id] ? { generatedKind: generated[s.id] } : {}),
        }));
    });
  }

  async activeSheet(): Promise<string> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      await context.sync();
      return ws.name;
    });
  }

  async readSheet(sheet: string, options: ReadOptions & { table?: string } = {}): Promise<SheetGrid> {
    return this.run((context) => readSheetIn(context, sheet, options));
  }

  async writeGeneratedSheet(input: SheetSpec | SheetRequest): Promise<string> {
    const generated = this.generatedIds();
    const result = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      const sameName = sheets.getItemOrNullObject(input.name);
      sameName.load('id');
      const names = context.workbook.names;
      names.load('items/name,items/formula');
      const tables = context.workbook.tables;
      tables.load('items/name,items/worksheet/name');
      await context.sync();
      // A same-named sheet made by this add-in elsewhere (e.g. the command line) carries the marker.
      let markedKind: string | undefined;
      if (!sameName.isNullObject && !generated[sameName.id]) {
        const head = sameName.getRange('A1:Z3');
        head.load('values');
        await context.sync();
        markedKind = kindInValues(head.values as unknown[][]);
      }
      const previous =
        sheets.items.find((s) => generated[s.id] === input.kind) ??
        (markedKind === input.kind ? sheets.items.find((s) => s.id === sameName.id) : undefined);
      // Names are picked before the spec is built, so its formulas use the names written.
      const { name, spec, dropNames } = planGeneratedSheet(
        input,
        {
          sheets: sheets.items.map((s) => s.name),
          names: names.items.map((n) => {
            const formula = String(n.formula ?? '');
            const sheet = sheetOfReference(formula);
            return { name: n.name, ...(sheet !== undefined ? { sheet } : {}), ...(isBrokenReference(formula) ? { broken: true } : {}) };
          }),
          tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
        },
        previous?.name,
      );

      context.application.suspendApiCalculationUntilNextSync();
      const drop = new Set(dropNames.map((n) => n.toLowerCase()));
      for (const n of names.items) if (drop.has(n.name.toLowerCase())) n.delete();
      if (previous) previous.delete();
      const ws = sheets.add(name);
      await writeSpec(
        ws,
        spec,
        async () => {
          await context.sync();
          context.application.suspendApiCalculationUntilNextSync();
        },
        this.apiSupported,
      );
      for (const n of spec.names ?? []) context.workbook.names.add(n.name, ws.getRange(n.ref));
      ws.activate();
      ws.load('id');
      await context.sync();
      return { name, id: ws.id, previousId: previous?.id };
    });
    const map = { ...generated };
    if (result.previousId) delete map[result.previousId];
    map[result.id] = input.kind;
    this.settings.set(SETTINGS_KEYS.generated, map);
    await this.saveSettings();
    return result.name;
  }

  async insertRosterSheet(input: RosterSheetInput): Promise<string> {
    const generated = this.generatedIds();
    const result = await this.run((context) => insertRosterSheetIn(context, input, generated));
    if (result.listId) {
      this.settings.set(SETTINGS_KEYS.generated, { ...generated, [result.listId]: LIST_SHEET_KIND });
      await this.saveSettings();
    }
    return result.name;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async markCells(marks: readonly CellMark[]): Promise<void> {
    if (marks.length === 0) return;
    await this.run((context) => markCellsIn(context, marks, this.apiSupported));
  }

  async clearMarks(): Promise<void> {
    await this.run((context) => clearMarksIn(context, this.apiSupported));
  }

  async applyFixes(fixes: readonly CellFix[]): Promise<FixOutcome> {
    return this.run((context) => applyFixesIn(context, fixes));
  }

  async undoLastFix(): Promise<UndoOutcome | null> {
    return this.run((context) => undoLastFixIn(context));
  }

  async undoableFixes(): Promise<readonly FixBatch[]> {
    return this.run((context) => undoableFixesIn(context));
  }

  async getSettings(): Promise<WorkbookSettings> {
    return readStoredSettings((name) => this.settings.get(SETTINGS_KEYS[name]));
  }

  async setSettings(settings: WorkbookSettings): Promise<void> {
    for (const key of STORED_SETTING_NAMES) {
      if (settings[key] !== undefined) this.settings.set(SETTINGS_KEYS[key], settings[key]);
    }
    await this.saveSettings();
  }

  private generatedIds(): Record<string, string> {
    const v = this.settings.get(SETTINGS_KEYS.generated);
    return v && typeof v === 'object' ? { ...(v as Record<string, string>) } : {};
  }

  private saveSettings(): Promise<void> {
    return new Promise((resolve) => this.settings.saveAsync(() => resolve()));
  }
}
