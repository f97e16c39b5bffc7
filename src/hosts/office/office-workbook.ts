// The Excel adapter: the workbook port over Office.js, in few batched requests.
// Reads go in blocks of at most 10,000 rows (~4 MB; Excel on the web refuses larger payloads),
// writes queue values, then formats, and sync once; no sync() ever runs inside a per-row loop.
import { type Cell, cellText, dateCell, errorCell, EXCEL_ERROR_CODES, isDateCell, isErrorCell } from '../../core/cells';
import { cellAddress, columnLetter } from '../../core/address';
import type { SheetGrid } from '../../core/roster/types';
import type { SheetRequest, SheetSpec, SpecCell } from '../../core/sheet-spec';
import type { CellFix, CellMark, ListValidation, ReadOptions, RosterSheetInput, SheetInfo, WorkbookPort, WorkbookSettings } from '../port';
import {
  LIST_SHEET_HEAD,
  LIST_SHEET_KIND,
  LIST_SHEET_NAME,
  LIST_TITLE_ROW,
  listSheetHeadRow,
  planListColumns,
  rangeListTitle,
  validationSource,
  type PlannedList,
} from '../list-sheet';
import { isBrokenReference, kindInValues, planGeneratedSheet, sheetOfReference, uniqueSheetName } from '../sheet-names';
import { isDateFormat } from '../../core/number-format';
import { MARK_FILL, MARK_FONT, mergeMarks } from '../marks';
import { abortError } from '../abort';

/** Excel.run, injectable so tests can hand in office-addin-mock contexts. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The part of Office.context.document.settings the adapter uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

export interface OfficeWorkbookOptions {
  /** Notes (ExcelApi 1.18) carry the message of a marked cell; without them only colours are set. */
  readonly notes?: boolean;
  /** Whether an ExcelApi requirement set (e.g. "1.9") is there; optional features are skipped when not. */
  readonly apiSupported?: (version: string) => boolean;
}

export const READ_BLOCK_MAX_ROWS = 10_000;
/** Average JSON size of one cell in a values payload, to keep a request near 4 MB. */
const BYTES_PER_CELL = 24;
const READ_BLOCK_MAX_BYTES = 4_000_000;
const WRITE_BLOCK_ROWS = 5_000;
/** Cells marked per request pair (read prior formats, then write). */
const MARK_CHUNK = 2_000;
/** Cells fixed per request pair (read to confirm, then write). */
const FIX_CHUNK = 5_000;
/** Above this many links a sheet gets HYPERLINK formulas instead of hyperlink objects. */
const MAX_LINK_OBJECTS = 500;
/** Hidden sheet that remembers formats under the marks, so Clear marks restores them after a reload. */
export const MARKS_SHEET = 'CJ_Marks';
const SETTINGS_KEYS = {
  province: 'cj.province',
  target: 'cj.target',
  year: 'cj.year',
  lang: 'cj.lang',
  generated: 'cj.generatedSheets',
} as const;

/** Rows per read request for a sheet this wide. */
export const readBlockRows = (columns: number): number =>
  Math.max(1, Math.min(READ_BLOCK_MAX_ROWS, Math.floor(READ_BLOCK_MAX_BYTES / (Math.max(1, columns) * BYTES_PER_CELL))));

/** Strings Excel would parse (formulas, numbers-looking text keeps its look) are prefixed with ' so they stay text. */
export function asTextInput(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

const ERROR_CODES = new Set<string>(EXCEL_ERROR_CODES);

/** What Range.values holds (typed any[][] by Office.js): errors come as text such as "#N/A", blanks as "". */
type OfficeValue = string | number | boolean;

/** One Office.js cell value as a typed cell. */
export function toCell(value: OfficeValue | null | undefined, isDateColumn: boolean): Cell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return isDateColumn ? dateCell(value) : value;
  if (typeof value === 'boolean') return value;
  const s = String(value);
  return ERROR_CODES.has(s) ? errorCell(s) : s;
}

/** The value written for a typed cell: text stays text, Excel errors become the error formula. */
function cellInput(c: Cell): string | number | boolean {
  if (c === null) return '';
  if (typeof c === 'string') return asTextInput(c);
  if (typeof c === 'number' || typeof c === 'boolean') return c;
  if (isDateCell(c)) return c.serial;
  if (isErrorCell(c)) return c.code === '#N/A' ? '=NA()' : `=${c.code}`;
  return '';
}

/** =HYPERLINK("#'Sheet'!C7","C7"): the add-in's own text, quotes doubled so no sheet name can break out. */
export function hyperlinkFormula(target: string, text: string): string {
  const q = (x: string) => x.replace(/"/g, '""');
  return `=HYPERLINK("#${q(target)}","${q(text)}")`;
}

function specInput(c: SpecCell | null): string | number | boolean {
  if (!c) return '';
  return c.formula !== undefined ? c.formula : cellInput(c.value ?? null);
}

const STYLE_FORMATS: Record<
  NonNullable<SpecCell['style']>,
  { bold?: boolean; size?: number; fill?: string; color?: string; italic?: boolean }
> = {
  title: { bold: true, size: 14, color: '#1F3864' },
  subtitle: { italic: true, color: '#595959' },
  header: { bold: true, fill: '#DDEBF7', color: '#1F3864' },
  total: { bold: true, fill: '#F2F2F2' },
  note: { italic: true, size: 9, color: '#595959' },
  marker: { size: 8, color: '#BFBFBF' },
};

interface SavedMark {
  sheet: string;
  cell: string;
  fill: string | null;
  fontColor: string | null;
  hadNote: boolean;
  note: string;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly notes: boolean;
  private readonly apiSupported: (version: string) => boolean;

  constructor(
    private readonly run: ExcelRun,
    private readonly settings: SettingsStore,
    options: OfficeWorkbookOptions = {},
  ) {
    this.notes = options.notes ?? true;
    this.apiSupported = options.apiSupported ?? (() => true);
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
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const used = options.table ? ws.tables.getItem(options.table).getRange() : ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (used.isNullObject) return { sheet, origin: { row: 0, col: 0 }, rows: [] };
      const { rowIndex, columnIndex, rowCount, columnCount } = used;
      const blockRows = readBlockRows(columnCount);
      const rows: Cell[][] = [];
      let dateColumns: boolean[] = [];
      for (let start = 0; start < rowCount; start += blockRows) {
        if (options.signal?.aborted) throw abortError();
        const count = Math.min(blockRows, rowCount - start);
        const block = ws.getRangeByIndexes(rowIndex + start, columnIndex, count, columnCount);
        block.load('values');
        // Date columns are told by the number formats of the first rows, read with the first block.
        const sample = start === 0 ? ws.getRangeByIndexes(rowIndex, columnIndex, Math.min(60, rowCount), columnCount) : null;
        sample?.load('numberFormat');
        await context.sync();
        if (sample) dateColumns = dateColumnsOf(sample.numberFormat as unknown[][], columnCount);
        const values = block.values as OfficeValue[][];
        for (const row of values) {
          const cells: Cell[] = new Array<Cell>(row.length);
          for (let c = 0; c < row.length; c++) cells[c] = toCell(row[c], dateColumns[c]);
          rows.push(cells);
        }
        options.onProgress?.(start + count, rowCount);
      }
      return { sheet, ...(options.table ? { table: options.table } : {}), origin: { row: rowIndex, col: columnIndex }, rows };
    });
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
    const header = input.headerRow !== undefined ? input.rows[input.headerRow] : undefined;
    const validations = (input.validations ?? []).map((v) => ({ v, title: rangeListTitle(v, header) }));
    const ranged = validations.filter((x): x is { v: ListValidation; title: string } => x.title !== undefined);
    const result = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      await context.sync();
      const taken = sheets.items.map((s) => s.name);
      // Lists too long for an inline source go on the add-in's hidden list sheet: its own one (by id,
      // or by marker when made elsewhere) is reused, never deleted, since earlier templates point at it.
      let lists: { name: string; ws: Excel.Worksheet; planned: PlannedList[]; unregistered: boolean } | undefined;
      if (ranged.length) {
        const own = sheets.items.find((s) => generated[s.id] === LIST_SHEET_KIND);
        const candidate = own ?? sheets.items.find((s) => s.name.toLowerCase() === LIST_SHEET_NAME.toLowerCase());
        let titleRow: unknown[] = [];
        let existing: Excel.Worksheet | undefined;
        if (candidate) {
          const head = candidate.getRange(LIST_SHEET_HEAD);
          head.load('values');
          await context.sync();
          const values = head.values as unknown[][];
          if (own || kindInValues(values) === LIST_SHEET_KIND) {
            existing = candidate;
            titleRow = values[LIST_TITLE_ROW] ?? [];
          }
        }
        const planned = planListColumns(
          titleRow,
          ranged.map((x) => ({ title: x.title, values: x.v.values })),
        );
        if (existing) {
          lists = { name: existing.name, ws: existing, planned, unregistered: !own };
        } else {
          const name = uniqueSheetName(LIST_SHEET_NAME, taken);
          const ws = sheets.add(name);
          ws.visibility = 'Hidden';
          ws.getRange('A1:B1').values = [listSheetHeadRow()];
          ws.load('id');
          lists = { name, ws, planned, unregistered: true };
          taken.push(name);
        }
        // One write per list column: its title, then its values as text.
        for (const p of lists.planned) {
          const column = lists.ws.getRangeByIndexes(LIST_TITLE_ROW, p.column, p.values.length + 1, 1);
          column.numberFormat = Array.from({ length: p.values.length + 1 }, () => ['@']);
          column.values = [[p.title], ...p.values.map((v) => [asTextInput(v)])];
        }
      }
      const name = uniqueSheetName(input.name, taken);
      const ws = sheets.add(name);
      const rows = input.rows;
      const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
      const firstData = (input.headerRow ?? -1) + 1;
      const lastRow = Math.max(rows.length, ...(input.validations ?? []).map((v) => v.toRow + 1));
      // Text format goes on before the values so Excel cannot turn a NIK into 3.2E+15.
      // Full-size arrays: Excel rejects a 1×1 array set on a larger range.
      const column = (n: number, format: string) => Array.from({ length: n }, () => [format]);
      for (const col of input.textColumns ?? [])
        ws.getRange(`${columnLetter(col)}1:${columnLetter(col)}${Math.max(lastRow, 1)}`).numberFormat = column(Math.max(lastRow, 1), '@');
      for (const col of input.dateColumns ?? []) {
        if (lastRow > firstData)
          ws.getRange(`${columnLetter(col)}${firstData + 1}:${columnLetter(col)}${lastRow}`).numberFormat = column(
            lastRow - firstData,
            'dd-mm-yyyy',
          );
      }
      for (const { v, title } of validations) {
        const source = validationSource(v.values, title, lists);
        const range = ws.getRange(`${columnLetter(v.column)}${firstData + 1}:${columnLetter(v.column)}${v.toRow + 1}`);
        range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      }
      if (input.headerRow !== undefined && width > 0) {
        const header = ws.getRange(`A${input.headerRow + 1}:${columnLetter(width - 1)}${input.headerRow + 1}`);
        header.format.font.bold = true;
        header.format.fill.color = STYLE_FORMATS.header.fill!;
        ws.freezePanes.freezeRows(input.headerRow + 1);
      }
      (input.columnWidths ?? []).forEach((w, col) => {
        ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = w * 7;
      });
      ws.activate();
      // Values go in blocks that keep each request under Excel on the web's 5 MB limit.
      for (let start = 0; start < rows.length; start += WRITE_BLOCK_ROWS) {
        const block = rows.slice(start, start + WRITE_BLOCK_ROWS).map((r) => {
          const out = r.map(cellInput);
          while (out.length < width) out.push('');
          return out;
        });
        if (width > 0) {
          context.application.suspendApiCalculationUntilNextSync();
          ws.getRangeByIndexes(start, 0, block.length, width).formulas = block;
        }
        await context.sync();
      }
      if (rows.length === 0) await context.sync();
      // The list sheet's id joins the generated sheets, so it is never checked as a roster even if unhidden.
      const listId = lists?.unregistered ? lists.ws.id : undefined;
      return { name, listId };
    });
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

  async markCells(input: readonly CellMark[]): Promise<void> {
    const marks = mergeMarks(input);
    if (marks.length === 0) return;
    await this.run(async (context) => {
      let store = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
      const storedRange = store.getUsedRangeOrNullObject(true);
      storedRange.load('values,rowIndex,rowCount');
      let storeExists: boolean | undefined;
      let nextRow = 0;
      const already = new Map<string, SavedMark>();
      // Chunks of marks: each is one read (prior formats, notes) and one write, within request limits.
      for (let start = 0; start < marks.length; start += MARK_CHUNK) {
        const probes = marks.slice(start, start + MARK_CHUNK).map((m) => {
          const ws = context.workbook.worksheets.getItem(m.sheet);
          const range = ws.getRange(m.cell);
          range.format.fill.load('color');
          range.format.font.load('color');
          const note = this.notes ? ws.notes.getItemOrNullObject(m.cell) : null;
          note?.load('content');
          return { m, ws, range, note };
        });
        await context.sync();
        if (storeExists === undefined) {
          storeExists = !store.isNullObject;
          if (storeExists && !storedRange.isNullObject) {
            for (const saved of parseSaved(storedRange.values as OfficeValue[][])) already.set(`${saved.sheet}!${saved.cell}`, saved);
            nextRow = storedRange.rowIndex + storedRange.rowCount;
          }
        }
        const fresh: SavedMark[] = [];
        for (const { m, ws, range, note } of probes) {
          const key = `${m.sheet}!${m.cell}`;
          // Only the first mark of a cell remembers its format: marking again must not save our own highlight.
          if (!already.has(key)) {
            const saved: SavedMark = {
              sheet: m.sheet,
              cell: m.cell,
              fill: range.format.fill.color ?? null,
              fontColor: range.format.font.color ?? null,
              hadNote: !!note && !note.isNullObject,
              note: note && !note.isNullObject ? note.content : '',
            };
            fresh.push(saved);
            already.set(key, saved);
          }
          const prior = already.get(key)!;
          range.format.fill.color = MARK_FILL[m.severity];
          range.format.font.color = MARK_FONT[m.severity];
          if (note) {
            const text = prior.hadNote ? `${prior.note}\n\n${m.note}` : m.note;
            if (note.isNullObject) ws.notes.add(m.cell, text);
            else note.content = text;
          }
        }
        if (fresh.length) {
          if (!storeExists) {
            store = context.workbook.worksheets.add(MARKS_SHEET);
            store.visibility = 'VeryHidden';
            storeExists = true;
          }
          const range = store.getRangeByIndexes(nextRow, 0, fresh.length, 6);
          range.numberFormat = fresh.map(() => ['@', '@', '@', '@', 'General', '@']);
          range.values = fresh.map((x) => [x.sheet, x.cell, x.fill ?? '', x.fontColor ?? '', x.hadNote, x.note]);
          nextRow += fresh.length;
        }
        await context.sync();
      }
    });
  }

  async clearMarks(): Promise<void> {
    await this.run(async (context) => {
      const store = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
      const storedRange = store.getUsedRangeOrNullObject(true);
      storedRange.load('values');
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      if (store.isNullObject) return;
      // Sheets deleted since marking are skipped; notes are probed first, since the user may have removed ours.
      const present = new Set(sheets.items.map((w) => w.name));
      const saved = (storedRange.isNullObject ? [] : parseSaved(storedRange.values as OfficeValue[][])).filter((s) => present.has(s.sheet));
      const notes = this.notes
        ? saved.map((s) => {
            const note = context.workbook.worksheets.getItem(s.sheet).notes.getItemOrNullObject(s.cell);
            note.load('content');
            return note;
          })
        : [];
      if (this.notes && saved.length) await context.sync();
      saved.forEach((s, i) => {
        const ws = context.workbook.worksheets.getItem(s.sheet);
        const range = ws.getRange(s.cell);
        // Excel reports "no fill" as white; clearing restores the gridlines a white fill would hide.
        if (!s.fill || s.fill.toUpperCase() === '#FFFFFF') range.format.fill.clear();
        else range.format.fill.color = s.fill;
        range.format.font.color = s.fontColor || '#000000';
        const note = notes[i];
        if (!note) return;
        if (s.hadNote) {
          if (note.isNullObject) ws.notes.add(s.cell, s.note);
          else note.content = s.note;
        } else if (!note.isNullObject) note.delete();
      });
      store.visibility = 'Hidden';
      store.delete();
      await context.sync();
    });
  }

  async applyFixes(fixes: readonly CellFix[]): Promise<number> {
    if (fixes.length === 0) return 0;
    return this.run(async (context) => {
      let applied = 0;
      // In chunks, so that neither the read nor the write request grows past Excel on the web's limits.
      for (let start = 0; start < fixes.length; start += FIX_CHUNK) {
        const probes = fixes.slice(start, start + FIX_CHUNK).map((f) => {
          const range = context.workbook.worksheets.getItem(f.sheet).getRange(f.cell);
          range.load('values');
          return { f, range };
        });
        await context.sync();
        let changed = 0;
        for (const { f, range } of probes) {
          const current = toCell((range.values as OfficeValue[][])[0][0], false);
          if (cellText(current) !== f.expectedOld) continue;
          range.values = [[asTextInput(f.fix.value)]];
          changed++;
        }
        if (changed) await context.sync();
        applied += changed;
      }
      return applied;
    });
  }

  async getSettings(): Promise<WorkbookSettings> {
    const s = this.settings;
    const province = s.get(SETTINGS_KEYS.province);
    const target = s.get(SETTINGS_KEYS.target);
    const year = s.get(SETTINGS_KEYS.year);
    const lang = s.get(SETTINGS_KEYS.lang);
    return {
      ...(typeof province === 'string' ? { province } : {}),
      ...(typeof target === 'number' ? { target } : {}),
      ...(typeof year === 'number' ? { year } : {}),
      ...(lang === 'id' || lang === 'en' ? { lang } : {}),
    };
  }

  async setSettings(settings: WorkbookSettings): Promise<void> {
    for (const key of ['province', 'target', 'year', 'lang'] as const) {
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

/** Writes a spec onto a fresh sheet: one formulas write, one number-format write, then styles, all queued. */
export async function writeSpec(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  flush: () => Promise<void>,
  apiSupported: (version: string) => boolean = () => true,
): Promise<void> {
  const height = spec.rows.length;
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (height === 0 || width === 0) return;
  const links = spec.rows.reduce((n, r) => n + r.filter((c) => c?.link).length, 0);
  // Thousands of hyperlink objects would swell the request; a HYPERLINK formula per cell is ~40 bytes.
  const linkFormulas = links > MAX_LINK_OBJECTS || !apiSupported('1.7');
  const input = (c: SpecCell | null): string | number | boolean =>
    linkFormulas && c?.link && c.formula === undefined ? hyperlinkFormula(c.link, cellText(c.value ?? null) || c.link) : specInput(c);
  // Values then formats go in one request for a summary; very large sheets (issue lists) in blocks under 5 MB.
  for (let start = 0; start < height; start += WRITE_BLOCK_ROWS) {
    const rows = spec.rows.slice(start, start + WRITE_BLOCK_ROWS);
    const rect = ws.getRangeByIndexes(start, 0, rows.length, width);
    rect.formulas = rows.map((row) => Array.from({ length: width }, (_, c) => input(row[c] ?? null)));
    rect.numberFormat = rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.numberFormat ?? 'General'));
    if (start + WRITE_BLOCK_ROWS < height) await flush();
  }
  // Styles: one range per run of same-styled cells in a row, so a 30-column header is one command.
  spec.rows.forEach((row, r) => {
    let c = 0;
    while (c < width) {
      const style = row[c]?.style;
      let end = c;
      while (end + 1 < width && row[end + 1]?.style === style && style) end++;
      if (style) {
        const f = STYLE_FORMATS[style];
        const range = ws.getRange(`${cellAddress(r, c)}:${cellAddress(r, end)}`);
        if (f.bold) range.format.font.bold = true;
        if (f.italic) range.format.font.italic = true;
        if (f.size) range.format.font.size = f.size;
        if (f.color) range.format.font.color = f.color;
        if (f.fill) range.format.fill.color = f.fill;
      }
      c = end + 1;
    }
    if (!linkFormulas)
      row.forEach((cell, col) => {
        if (cell?.link)
          ws.getRange(cellAddress(r, col)).hyperlink = {
            documentReference: cell.link,
            textToDisplay: cellText(cell.value ?? null) || cell.link,
          };
      });
  });
  (spec.columnWidths ?? []).forEach((w, col) => {
    ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = w * 7;
  });
  for (const t of spec.tables ?? []) {
    const table = ws.tables.add(t.range, true);
    table.name = t.name;
    table.style = 'TableStyleLight9';
    if (t.showTotals) table.showTotals = true;
  }
  if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
  // One unsupported command would fail the whole batch, so older Excel simply gets no print setup or chart.
  if (spec.print && apiSupported('1.9')) {
    if (spec.print.landscape) ws.pageLayout.orientation = 'Landscape';
    if (spec.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.titleRows) ws.pageLayout.setPrintTitleRows(spec.print.titleRows);
  }
  for (const ch of apiSupported('1.7') ? (spec.charts ?? []) : []) {
    const first = ch.series[0];
    if (!first) continue;
    const chart = ws.charts.add(ch.type === 'bar' ? 'BarClustered' : 'ColumnClustered', ws.getRange(first.values), 'Columns');
    chart.title.text = ch.title;
    chart.legend.position = 'Bottom';
    chart.setPosition(ch.anchor);
    if (ch.width) chart.width = ch.width;
    if (ch.height) chart.height = ch.height;
    const s0 = chart.series.getItemAt(0);
    s0.name = first.name;
    s0.setXAxisValues(ws.getRange(ch.categories));
    for (const more of ch.series.slice(1)) {
      const s = chart.series.add(more.name);
      s.setValues(ws.getRange(more.values));
      s.setXAxisValues(ws.getRange(ch.categories));
    }
    if (ch.valueFormat) chart.axes.valueAxis.numberFormat = ch.valueFormat;
  }
}

function dateColumnsOf(formats: unknown[][], columns: number): boolean[] {
  const out = new Array<boolean>(columns).fill(false);
  for (const row of formats ?? []) for (let c = 0; c < columns; c++) if (!out[c] && isDateFormat(row[c])) out[c] = true;
  return out;
}

function parseSaved(values: OfficeValue[][]): SavedMark[] {
  return values
    .filter((r) => typeof r[0] === 'string' && r[0] !== '' && typeof r[1] === 'string' && /^[A-Z]+\d+$/.test(r[1]))
    .map((r) => ({
      sheet: r[0] as string,
      cell: r[1] as string,
      fill: (r[2] as string) || null,
      fontColor: (r[3] as string) || null,
      hadNote: r[4] === true || r[4] === 'TRUE',
      note: String(r[5] ?? ''),
    }));
}
