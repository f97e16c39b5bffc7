// An in-memory workbook behind the same port as Excel: the browser preview and the tests use it.
// Formula cells hold the formula and show the value the core computed for it (SpecCell.expected).
// Fix keeps what Undo needs on a hidden CJ_Marks sheet in Excel's layout (../fix-undo.ts), so the workbook,
// not the pane, holds the undo stack.
import { readStoredSettings } from '../stored-settings';
import { type Cell, cellText } from '../../core/cells';
import { cellAddress, parseCellAddress } from '../../core/address';
import type { SheetGrid } from '../../core/roster/types';
import type { SheetRequest, SheetSpec, SpecChart } from '../../core/sheet-spec';
import type {
  CellFix,
  CellMark,
  CellRef,
  FixBatch,
  FixOutcome,
  ListValidation,
  ReadOptions,
  RosterSheetInput,
  SheetInfo,
  UndoOutcome,
  WorkbookPort,
  WorkbookSettings,
} from '../port';
import {
  LIST_SHEET_KIND,
  LIST_SHEET_NAME,
  LIST_TITLE_ROW,
  listSheetHeadRow,
  parseListSource,
  planListColumns,
  rangeListTitle,
  validationSource,
  type PlannedList,
} from '../list-sheet';
import { kindInValues, planGeneratedSheet, uniqueSheetName } from '../sheet-names';
import { MARK_FILL, MARK_FONT, MARKS_SHEET, mergeMarks } from '../marks';
import {
  cellOfStored,
  decodeIndex,
  decodeRecords,
  encodeRecord,
  firstRowOf,
  planBatch,
  storedValueOf,
  UNDO_DEPTH,
  UNDO_INDEX_COLUMN,
  UNDO_INDEX_WIDTH,
  trackingFormula,
  UNDO_ROW_COLUMN,
  UNDO_ROW_SPAN,
  type FixRecord,
} from '../fix-undo';
import { abortError } from '../abort';

export interface MemoryCellFormat {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly note?: string;
  readonly style?: string;
  readonly link?: string;
  readonly formula?: string;
  readonly align?: 'right';
}

export interface MemorySheet {
  name: string;
  /** Row-major from A1; rows may be ragged. */
  cells: Cell[][];
  formats: Map<string, MemoryCellFormat>;
  tables: { name: string; range: string }[];
  generatedKind?: string;
  charts: SpecChart[];
  /** Drop-down lists with the source Excel would hold: inline "L,P" or a range on the list sheet. */
  validations: (ListValidation & { readonly fromRow: number; readonly source: string })[];
  /** Column widths in characters, as the spec or insert asked. */
  columnWidths?: readonly number[];
  /** Rows frozen at the top (Excel's Freeze Panes), as the Office host sets them. */
  freezeRows?: number;
  hidden?: boolean;
  /** A generated sheet's print setup, hidden columns, row heights and conditional formats, as its spec gave them. */
  layout?: Pick<SheetSpec, 'print' | 'hiddenColumns' | 'rowHeights' | 'conditionalFormats' | 'freezeRows'>;
}

export interface MemoryDefinedName {
  readonly name: string;
  readonly sheet: string;
  /** Absolute reference on that sheet, e.g. "$B$5". */
  readonly ref: string;
}

export interface MemorySelection {
  readonly sheet: string;
  readonly cell: string;
}

const READ_BLOCK_ROWS = 10_000;

const yieldTurn = () => new Promise((r) => setTimeout(r, 0));

/**
 * The used range of a sheet's cells (Excel knows its own; here it is found): one pass over the rows, in blocks
 * with a turn for the page between them, so a 300,000-row sheet does not hold the page up either.
 */
async function usedRange(cells: readonly (readonly Cell[])[], signal?: AbortSignal) {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let width = 0;
  for (let start = 0; start < cells.length; start += READ_BLOCK_ROWS) {
    const end = Math.min(cells.length, start + READ_BLOCK_ROWS);
    for (let r = start; r < end; r++) {
      const row = cells[r] ?? [];
      if (row.length > width) width = row.length;
      const first = row.findIndex((c) => c !== null && c !== '');
      if (first < 0) continue;
      if (top < 0) top = r;
      bottom = r;
      if (first < left) left = first;
    }
    if (end < cells.length) {
      await yieldTurn();
      if (signal?.aborted) throw abortError();
    }
  }
  // An empty sheet reads as no rows at A1.
  return top < 0 ? { top: 0, bottom: -1, left: 0, right: width - 1 } : { top, bottom, left, right: width - 1 };
}

interface SavedFormat {
  readonly sheet: string;
  readonly cell: string;
  readonly format: MemoryCellFormat | undefined;
}

export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemorySheet[] = [];
  private active = '';
  private selection: MemorySelection | undefined;
  private settings: WorkbookSettings = {};
  /** Formats under the marks, by "Sheet!A1": only a cell's first mark saves one. */
  private readonly saved = new Map<string, SavedFormat>();
  private readonly listeners = new Set<() => void>();
  /** Workbook-scoped defined names; a name whose sheet is gone is broken (#REF! in Excel). */
  private names: MemoryDefinedName[] = [];

  constructor(sheets: readonly { name: string; rows: readonly (readonly Cell[])[]; tables?: { name: string; range: string }[] }[] = []) {
    for (const s of sheets)
      this.addSheet(
        s.name,
        s.rows.map((r) => [...r]),
        s.tables ?? [],
      );
  }

  // ---- for the preview grid and tests -------------------------------------------------------

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  definedNames(): readonly MemoryDefinedName[] {
    return this.names;
  }

  /** Defines a workbook-scoped name as a user would (tests). */
  defineName(name: string, sheet: string, ref: string): void {
    if (this.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new Error(`The name ${name} exists`);
    this.names.push({ name, sheet, ref });
  }

  sheetNames(): string[] {
    return this.sheets.filter((s) => !s.hidden).map((s) => s.name);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  activeSheetName(): string {
    return this.active;
  }

  setActive(name: string): void {
    if (this.sheet(name)) {
      this.active = this.sheet(name)!.name;
      this.emit();
    }
  }

  currentSelection(): MemorySelection | undefined {
    return this.selection;
  }

  cell(sheet: string, a1: string): Cell {
    const s = this.requireSheet(sheet);
    const { row, col } = parseCellAddress(a1);
    return s.cells[row]?.[col] ?? null;
  }

  format(sheet: string, a1: string): MemoryCellFormat | undefined {
    return this.requireSheet(sheet).formats.get(a1.toUpperCase());
  }

  /** Sets a cell as a user would type it (tests and preview editing). */
  setCell(sheet: string, a1: string, value: Cell): void {
    const s = this.requireSheet(sheet);
    const { row, col } = parseCellAddress(a1);
    while (s.cells.length <= row) s.cells.push([]);
    const r = s.cells[row];
    while (r.length <= col) r.push(null);
    r[col] = value;
    this.emit();
  }

  /** The choices a cell's drop-down offers, read from its source as Excel would (inline list or range); undefined when none. */
  dropDownValues(sheet: string, a1: string): string[] | undefined {
    const s = this.requireSheet(sheet);
    const { row, col } = parseCellAddress(a1);
    const v = s.validations.find((x) => x.column === col && row >= x.fromRow && row <= x.toRow);
    if (!v) return undefined;
    const range = parseListSource(v.source);
    if (!range) return v.source.split(',');
    const from = this.sheet(range.sheet);
    if (!from) return [];
    const out: string[] = [];
    for (let r = range.fromRow; r <= range.toRow; r++) out.push(cellText(from.cells[r]?.[range.column] ?? null));
    return out;
  }

  // ---- WorkbookPort --------------------------------------------------------------------------

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.sheets
      .filter((s) => !s.hidden)
      .map((s) => ({ name: s.name, tables: s.tables.map((t) => t.name), ...(s.generatedKind ? { generatedKind: s.generatedKind } : {}) }));
  }

  async activeSheet(): Promise<string> {
    return this.active;
  }

  async readSheet(sheet: string, options: ReadOptions & { table?: string } = {}): Promise<SheetGrid> {
    const s = this.requireSheet(sheet);
    let top: number;
    let left: number;
    let bottom: number;
    let right: number;
    if (options.table) {
      const t = s.tables.find((x) => x.name === options.table);
      if (!t) throw new Error(`No table ${options.table} on ${sheet}`);
      const [a, b] = t.range.split(':').map(parseCellAddress);
      [top, left, bottom, right] = [a.row, a.col, b.row, b.col];
    } else ({ top, left, bottom, right } = await usedRange(s.cells, options.signal));
    const total = Math.max(0, bottom - top + 1);
    const rows: Cell[][] = [];
    for (let start = 0; start < total; start += READ_BLOCK_ROWS) {
      if (options.signal?.aborted) throw abortError();
      const end = Math.min(total, start + READ_BLOCK_ROWS);
      for (let i = start; i < end; i++) {
        const src = s.cells[top + i] ?? [];
        rows.push(left === 0 && right + 1 >= src.length ? src.slice() : src.slice(left, right + 1));
      }
      options.onProgress?.(end, total);
      // Let the page paint progress and react to Cancel, as the Excel adapter does between requests.
      if (end < total) await yieldTurn();
    }
    if (options.signal?.aborted) throw abortError();
    return { sheet: s.name, ...(options.table ? { table: options.table } : {}), origin: { row: top, col: left }, rows };
  }

  async writeGeneratedSheet(input: SheetSpec | SheetRequest): Promise<string> {
    const previous = this.sheets.find((s) => s.generatedKind === input.kind);
    const { name, spec, dropNames } = planGeneratedSheet(
      input,
      {
        sheets: this.sheets.map((s) => s.name),
        names: this.names.map((n) => ({ name: n.name, sheet: n.sheet, ...(this.sheet(n.sheet) ? {} : { broken: true }) })),
        tables: this.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name, sheet: s.name }))),
      },
      previous?.name,
    );
    const drop = new Set(dropNames.map((n) => n.toLowerCase()));
    this.names = this.names.filter((n) => !drop.has(n.name.toLowerCase()));
    const sheet: MemorySheet = { name, cells: [], formats: new Map(), tables: [], generatedKind: spec.kind, charts: [], validations: [] };
    spec.rows.forEach((row, r) => {
      sheet.cells[r] = row.map((c) => {
        if (!c) return null;
        if (c.formula !== undefined) return c.expected ?? null;
        return c.value ?? null;
      });
      row.forEach((c, col) => {
        if (!c) return;
        const f: MemoryCellFormat = {
          ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
          ...(c.style ? { style: c.style, bold: ['title', 'header', 'total', 'headline'].includes(c.style) } : {}),
          ...(c.align ? { align: c.align } : {}),
          ...(c.link ? { link: c.link } : {}),
          ...(c.formula !== undefined ? { formula: c.formula } : {}),
        };
        if (Object.keys(f).length) sheet.formats.set(cellAddress(r, col), f);
      });
    });
    sheet.tables = (spec.tables ?? []).map((t) => ({ name: t.name, range: t.range }));
    sheet.charts = [...(spec.charts ?? [])];
    if (spec.columnWidths) sheet.columnWidths = spec.columnWidths;
    const { print, hiddenColumns, rowHeights, conditionalFormats, freezeRows } = spec;
    sheet.layout = { print, hiddenColumns, rowHeights, conditionalFormats, freezeRows };
    if (spec.freezeRows) sheet.freezeRows = spec.freezeRows;
    if (previous) this.sheets.splice(this.sheets.indexOf(previous), 1, sheet);
    else this.sheets.push(sheet);
    for (const n of spec.names ?? []) this.names.push({ name: n.name, sheet: name, ref: n.ref });
    this.active = name;
    this.selection = { sheet: name, cell: 'A1' };
    this.emit();
    return name;
  }

  async insertRosterSheet(input: RosterSheetInput): Promise<string> {
    const header = input.headerRow !== undefined ? input.rows[input.headerRow] : undefined;
    const validations = (input.validations ?? []).map((v) => ({ v, title: rangeListTitle(v, header) }));
    let listSheet: { name: string; planned: PlannedList[] } | undefined;
    const ranged = validations.filter((x): x is { v: ListValidation; title: string } => x.title !== undefined);
    if (ranged.length) {
      // As in Excel: the add-in's own hidden list sheet is reused (earlier templates point at it); a user's sheet of that name is left alone.
      let lists = this.sheets.find((s) => s.generatedKind === LIST_SHEET_KIND);
      if (!lists) {
        lists = this.addSheet(
          uniqueSheetName(
            LIST_SHEET_NAME,
            this.sheets.map((s) => s.name),
          ),
          [listSheetHeadRow()],
          [],
        );
        lists.hidden = true;
      }
      const planned = planListColumns(
        lists.cells[LIST_TITLE_ROW] ?? [],
        ranged.map((x) => ({ title: x.title, values: x.v.values })),
      );
      for (const p of planned) {
        [p.title, ...p.values].forEach((text, i) => {
          const r = LIST_TITLE_ROW + i;
          while (lists.cells.length <= r) lists.cells.push([]);
          const row = lists.cells[r];
          while (row.length <= p.column) row.push(null);
          row[p.column] = text;
          lists.formats.set(cellAddress(r, p.column), { numberFormat: '@' });
        });
      }
      listSheet = { name: lists.name, planned };
    }
    const name = uniqueSheetName(
      input.name,
      this.sheets.map((s) => s.name),
    );
    const sheet = this.addSheet(
      name,
      input.rows.map((r) => [...r]),
      [],
    );
    const fromRow = (input.headerRow ?? -1) + 1;
    sheet.validations = validations.map(({ v, title }) => ({ ...v, fromRow, source: validationSource(v.values, title, listSheet) }));
    if (input.columnWidths) sheet.columnWidths = input.columnWidths;
    // The roster's header stays in view, as the Office host freezes it.
    if (input.headerRow !== undefined) sheet.freezeRows = input.headerRow + 1;
    const width = input.rows.reduce((w, r) => Math.max(w, r.length), 0);
    // Formats reach as far down as the drop-down lists, as in Excel, so rows typed later keep them.
    const lastRow = Math.max(input.rows.length, ...(input.validations ?? []).map((v) => v.toRow + 1));
    for (let r = 0; r < lastRow; r++) {
      for (const col of input.textColumns ?? []) sheet.formats.set(cellAddress(r, col), { numberFormat: '@' });
      for (const col of input.dateColumns ?? [])
        if (r > (input.headerRow ?? -1)) sheet.formats.set(cellAddress(r, col), { numberFormat: 'dd-mm-yyyy' });
    }
    if (input.headerRow !== undefined) {
      for (let c = 0; c < width; c++)
        sheet.formats.set(cellAddress(input.headerRow, c), {
          ...sheet.formats.get(cellAddress(input.headerRow, c)),
          bold: true,
          style: 'header',
        });
    }
    this.active = name;
    this.selection = { sheet: name, cell: 'A1' };
    this.emit();
    return name;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const s = this.requireSheet(sheet);
    this.active = s.name;
    this.selection = { sheet: s.name, cell: cell.toUpperCase() };
    this.emit();
  }

  async markCells(marks: readonly CellMark[]): Promise<void> {
    for (const m of mergeMarks(marks)) {
      const s = this.requireSheet(m.sheet);
      const key = `${s.name}!${m.cell}`;
      const prior = s.formats.get(m.cell);
      // Only the first mark of a cell remembers its format: a second Mark must not save our own highlight.
      if (!this.saved.has(key)) this.saved.set(key, { sheet: s.name, cell: m.cell, format: prior });
      const original = this.saved.get(key)!.format;
      s.formats.set(m.cell, {
        ...prior,
        fill: MARK_FILL[m.severity],
        fontColor: MARK_FONT[m.severity],
        note: original?.note ? `${original.note}\n\n${m.note}` : m.note,
      });
    }
    this.emit();
  }

  async clearMarks(): Promise<void> {
    for (const m of this.saved.values()) {
      const s = this.sheet(m.sheet);
      if (!s) continue;
      if (m.format) s.formats.set(m.cell, m.format);
      else s.formats.delete(m.cell);
    }
    this.saved.clear();
    this.emit();
  }

  /** How many cells carry a mark that clearMarks would undo. */
  markedCount(): number {
    return this.saved.size;
  }

  /** Applies the fixes as one undoable batch, saving what Undo needs on the hidden CJ_Marks sheet, as Excel does. */
  async applyFixes(fixes: readonly CellFix[]): Promise<FixOutcome> {
    const records: FixRecord[] = [];
    const seen = new Set<string>();
    for (const f of fixes) {
      const s = this.sheet(f.sheet);
      const a1 = f.cell.toUpperCase();
      if (!s || s.name === MARKS_SHEET || seen.has(`${s.name}!${a1}`)) continue;
      seen.add(`${s.name}!${a1}`);
      const { row, col } = parseCellAddress(a1);
      const current = s.cells[row]?.[col] ?? null;
      const before = storedValueOf(current);
      const format = s.formats.get(a1);
      if (!before || format?.formula !== undefined || cellText(current) !== f.expectedOld) continue;
      records.push({ sheet: s.name, cell: a1, before, format: format?.numberFormat ?? 'General', after: f.fix.value });
      setCellOf(s, row, col, f.fix.value);
    }
    const batches = this.undoBatches();
    if (records.length === 0) return { applied: 0, skipped: fixes.length, undoable: batches };
    const plan = planBatch(batches);
    const store = this.sheet(MARKS_SHEET) ?? this.addUndoStore();
    if (plan.drop) {
      deleteUp(store, 0, UNDO_ROW_COLUMN, plan.drop.cells, UNDO_ROW_SPAN);
      deleteUp(store, 0, UNDO_INDEX_COLUMN, 1, UNDO_INDEX_WIDTH);
    }
    setBlock(
      store,
      plan.firstRow,
      UNDO_ROW_COLUMN,
      // Column O holds the tracking formula's text (this workbook never moves cells, so it keeps pointing there).
      records.map((r) => [...encodeRecord(plan.id, r), trackingFormula(r.sheet, r.cell)]),
    );
    setBlock(store, plan.indexRow, UNDO_INDEX_COLUMN, [[plan.id, records.length]]);
    this.emit();
    return { applied: records.length, skipped: fixes.length - records.length, undoable: this.undoBatches() };
  }

  /** Undoes the newest batch: cells still holding the fixed text get their value and number format back. */
  async undoLastFix(): Promise<UndoOutcome | null> {
    const store = this.sheet(MARKS_SHEET);
    const batches = this.undoBatches();
    const last = batches[batches.length - 1];
    if (!store || !last) return null;
    const first = firstRowOf(batches, batches.length - 1);
    const records = decodeRecords(block(store, first, UNDO_ROW_COLUMN, last.cells, UNDO_ROW_SPAN), last.id);
    let restored = 0;
    const refused: CellRef[] = [];
    for (const r of records) {
      const at = r.now === undefined ? { sheet: r.sheet, cell: r.cell } : r.now;
      const s = at ? this.sheet(at.sheet) : undefined;
      if (!at || !s) {
        refused.push({ sheet: r.sheet, cell: r.cell });
        continue;
      }
      const { row, col } = parseCellAddress(at.cell);
      const format = s.formats.get(at.cell);
      if (format?.formula !== undefined || cellText(s.cells[row]?.[col] ?? null) !== r.after) {
        refused.push({ sheet: s.name, cell: at.cell });
        continue;
      }
      setCellOf(s, row, col, cellOfStored(r.before));
      const rest: MemoryCellFormat = Object.fromEntries(Object.entries(format ?? {}).filter(([k]) => k !== 'numberFormat'));
      const next: MemoryCellFormat = r.format === 'General' ? rest : { ...rest, numberFormat: r.format };
      if (Object.keys(next).length) s.formats.set(at.cell, next);
      else s.formats.delete(at.cell);
      restored++;
    }
    if (batches.length === 1) this.sheets.splice(this.sheets.indexOf(store), 1);
    else {
      setBlock(
        store,
        first,
        UNDO_ROW_COLUMN,
        Array.from({ length: last.cells }, () => new Array<Cell>(UNDO_ROW_SPAN).fill(null)),
      );
      setBlock(store, batches.length - 1, UNDO_INDEX_COLUMN, [[null, null]]);
    }
    this.emit();
    return { restored, refused, undoable: batches.slice(0, -1) };
  }

  async undoableFixes(): Promise<readonly FixBatch[]> {
    return this.undoBatches();
  }

  private undoBatches(): FixBatch[] {
    const store = this.sheet(MARKS_SHEET);
    return store ? decodeIndex(block(store, 0, UNDO_INDEX_COLUMN, UNDO_DEPTH, UNDO_INDEX_WIDTH)) : [];
  }

  private addUndoStore(): MemorySheet {
    const store = this.addSheet(MARKS_SHEET, [], []);
    store.hidden = true;
    return store;
  }

  async getSettings(): Promise<WorkbookSettings> {
    const stored = this.settings;
    return readStoredSettings((name) => stored[name]);
  }

  async setSettings(settings: WorkbookSettings): Promise<void> {
    this.settings = { ...this.settings, ...settings };
  }

  // ---- internals -----------------------------------------------------------------------------

  protected addSheet(name: string, cells: Cell[][], tables: { name: string; range: string }[]): MemorySheet {
    const sheet: MemorySheet = { name, cells, formats: new Map(), tables, charts: [], validations: [] };
    const kind = kindInValues(cells.slice(0, 3));
    if (kind) sheet.generatedKind = kind;
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  /** Removes sheets (a host closing what it loaded); the active sheet moves to the first one left. */
  protected removeSheets(names: ReadonlySet<string>): void {
    for (let i = this.sheets.length - 1; i >= 0; i--) if (names.has(this.sheets[i].name)) this.sheets.splice(i, 1);
    if (names.has(this.active)) this.active = this.sheets.find((s) => !s.hidden)?.name ?? '';
    if (this.selection && names.has(this.selection.sheet)) this.selection = undefined;
    this.emit();
  }

  private requireSheet(name: string): MemorySheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  protected emit(): void {
    for (const l of this.listeners) l();
  }
}

function setCellOf(s: MemorySheet, row: number, col: number, value: Cell): void {
  while (s.cells.length <= row) s.cells.push([]);
  const r = s.cells[row];
  while (r.length <= col) r.push(null);
  r[col] = value;
}

/** A rectangle of cells (empty ones null). */
function block(s: MemorySheet, row: number, col: number, height: number, width: number): Cell[][] {
  return Array.from({ length: height }, (_, i) => Array.from({ length: width }, (_, j) => s.cells[row + i]?.[col + j] ?? null));
}

function setBlock(s: MemorySheet, row: number, col: number, values: readonly (readonly Cell[])[]): void {
  values.forEach((r, i) => r.forEach((v, j) => setCellOf(s, row + i, col + j, v)));
}

/** Deletes a rectangle, shifting the cells below it in its columns up (Excel's Range.delete("Up")). */
function deleteUp(s: MemorySheet, row: number, col: number, height: number, width: number): void {
  if (height <= 0) return;
  for (let r = row; r < s.cells.length; r++)
    for (let c = col; c < col + width; c++) {
      const v = s.cells[r + height]?.[c] ?? null;
      if (v !== null || s.cells[r]?.[c] !== undefined) setCellOf(s, r, c, v);
    }
}
