// Fix and Undo through Office.js, in chunks of 5,000 cells. A chunk's cells are read (to confirm they still hold
// what the preview showed, and to save their value and number format) in the same request that writes the chunk
// before it, and each chunk's writes go with its undo rows on the hidden CJ_Marks sheet (layout: ../fix-undo.ts).
// Cells next to each other in a column share one range, so a column of fixes is one read and one write.
// Each undo row carries a formula pointing at its fixed cell; Excel rewrites it when rows or columns move, so
// Undo reads where the cell is now (Range.formulas of the undo rows, in the same request as their values).
// Syncs: fixing N cells takes ⌈N/5,000⌉ + 2 (the store, then one per chunk plus the first read), undoing them
// ⌈N/5,000⌉ + 3 (the store, then the undo rows, then one per chunk plus the last write).
//
// ExcelApi members used, all within 1.7: worksheets.getItemOrNullObject, Worksheet/Range.getUsedRangeOrNullObject,
// Range.getIntersectionOrNullObject (1.4); Worksheet.getRangeByIndexes (1.7); Range.values, numberFormat,
// formulas, clear, delete, worksheets.add, Worksheet.delete (1.1); Worksheet.visibility set (1.2);
// Application.suspendApiCalculationUntilNextSync (1.6).
import { cellText, type Cell } from '../../core/cells';
import { cellAddress, parseCellAddress } from '../../core/address';
import {
  cellOfStored,
  decodeIndex,
  decodeRecords,
  encodeRecord,
  firstRowOf,
  MARK_COLUMNS,
  planBatch,
  storedValueOf,
  UNDO_INDEX_COLUMN,
  UNDO_INDEX_RANGE,
  UNDO_INDEX_WIDTH,
  trackingFormula,
  UNDO_ROW_COLUMN,
  UNDO_ROW_SPAN,
  UNDO_ROW_WIDTH,
  UNDO_TRACK_COLUMN,
  type FixRecord,
} from '../fix-undo';
import { MARKS_SHEET } from '../marks';
import type { CellFix, CellRef, FixBatch, FixOutcome, UndoOutcome } from '../port';
import { asLiteralText, asTextInput, type OfficeValue, toCell } from './cell-values';

/** Cells per chunk: one request reads a chunk while writing the one before it. */
export const FIX_CHUNK = 5_000;
/** Number formats of an undo row (H:O): the batch id a number, the rest text, the tracking formula General. */
const UNDO_ROW_FORMATS = ['General', '@', '@', '@', '@', '@', '@', 'General'];

interface Store {
  /** Sheet names of the workbook, lower-cased → as written. */
  readonly sheets: ReadonlyMap<string, string>;
  /** The CJ_Marks sheet, or undefined when the workbook has none yet. */
  readonly ws: Excel.Worksheet | undefined;
  readonly batches: readonly FixBatch[];
  /** Saved marks are on the sheet too (so emptying the undo rows must not delete it). */
  readonly hasMarks: boolean;
}

/** One request: the sheets, and the store's batch index and whether it holds marks. */
async function loadStore(context: Excel.RequestContext): Promise<Store> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const ws = worksheets.getItemOrNullObject(MARKS_SHEET);
  // Only *OrNullObject calls on a sheet that may not exist: they give null objects instead of failing the request.
  const used = ws.getUsedRangeOrNullObject(true);
  const index = used.getIntersectionOrNullObject(UNDO_INDEX_RANGE);
  index.load('values,rowIndex');
  const marks = used.getIntersectionOrNullObject(MARK_COLUMNS);
  marks.load('rowIndex');
  await context.sync();
  const sheets = new Map(worksheets.items.map((w) => [w.name.toLowerCase(), w.name]));
  if (ws.isNullObject) return { sheets, ws: undefined, batches: [], hasMarks: false };
  // The index starts at P1; a used range starting lower has none.
  const batches = !index.isNullObject && index.rowIndex === 0 ? decodeIndex(index.values as unknown[][]) : [];
  return { sheets, ws, batches, hasMarks: !marks.isNullObject };
}

export async function undoableFixesIn(context: Excel.RequestContext): Promise<readonly FixBatch[]> {
  return (await loadStore(context)).batches;
}

interface Item<T> {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly data: T;
}

/** Cells next to each other in one column of one sheet, read and written as one range. */
interface Run<T> {
  readonly ws: Excel.Worksheet;
  readonly row: number;
  readonly col: number;
  readonly items: Item<T>[];
  readonly range: Excel.Range;
}

/** Groups cells into runs and queues one read of each (values, number formats, formulas). */
function queueReads<T>(context: Excel.RequestContext, items: readonly Item<T>[], props: string): Run<T>[] {
  const sorted = [...items].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const sheets = new Map<string, Excel.Worksheet>();
  const runs: Run<T>[] = [];
  let current: Item<T>[] = [];
  const close = () => {
    if (!current.length) return;
    const first = current[0];
    let ws = sheets.get(first.sheet);
    if (!ws) sheets.set(first.sheet, (ws = context.workbook.worksheets.getItem(first.sheet)));
    const range = ws.getRangeByIndexes(first.row, first.col, current.length, 1);
    range.load(props);
    runs.push({ ws, row: first.row, col: first.col, items: current, range });
    current = [];
  };
  for (const it of sorted) {
    const prev = current[current.length - 1];
    if (prev && !(prev.sheet === it.sheet && prev.col === it.col && prev.row + 1 === it.row)) close();
    current.push(it);
  }
  close();
  return runs;
}

/** Indexes [from, to) of consecutive items that pass, so each stretch is written as one range. */
function stretches(ok: readonly boolean[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < ok.length; i++) {
    if (!ok[i]) continue;
    let j = i;
    while (j + 1 < ok.length && ok[j + 1]) j++;
    out.push([i, j + 1]);
    i = j;
  }
  return out;
}

/** The range of items [from, to) of a run: the run's own when it is all of it. */
const partOf = <T>(run: Run<T>, from: number, to: number): Excel.Range =>
  from === 0 && to === run.items.length ? run.range : run.ws.getRangeByIndexes(run.row + from, run.col, to - from, 1);

/** A formula, not a constant: Range.formulas gives the formula text, which the value is not. */
const isFormula = (value: OfficeValue, formula: unknown): boolean =>
  typeof formula === 'string' && formula.startsWith('=') && formula !== value;

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += FIX_CHUNK) out.push(items.slice(i, i + FIX_CHUNK));
  return out;
};

/** Applies the fixes as one undoable batch; see the top of the file for the requests it makes. */
export async function applyFixesIn(context: Excel.RequestContext, fixes: readonly CellFix[]): Promise<FixOutcome> {
  const store = await loadStore(context);
  const seen = new Set<string>();
  const items: Item<CellFix>[] = [];
  for (const f of fixes) {
    const sheet = store.sheets.get(f.sheet.toLowerCase());
    const { row, col } = parseCellAddress(f.cell);
    const key = `${sheet}!${row}:${col}`;
    // A sheet deleted since the preview, or a cell listed twice, is skipped.
    if (sheet === undefined || sheet === MARKS_SHEET || seen.has(key)) continue;
    seen.add(key);
    items.push({ sheet, row, col, data: f });
  }
  let applied = 0;
  let ws = store.ws;
  const plan = planBatch(store.batches);
  const parts = chunks(items);
  let runs = parts.length ? queueReads(context, parts[0], 'values,numberFormat,formulas') : [];
  if (runs.length) await context.sync();
  for (let k = 1; runs.length > 0; k++) {
    // Calculation waits until the request that writes is done, as for other large writes.
    context.application.suspendApiCalculationUntilNextSync();
    const records: FixRecord[] = [];
    for (const run of runs) {
      const values = run.range.values as OfficeValue[][];
      const formats = run.range.numberFormat as unknown[][];
      const formulas = run.range.formulas as unknown[][];
      const ok = run.items.map((it, i) => {
        const current = toCell(values[i][0], false);
        const before = storedValueOf(current);
        if (!before || isFormula(values[i][0], formulas[i][0]) || cellText(current) !== it.data.expectedOld) return false;
        const format = typeof formats[i][0] === 'string' && formats[i][0] !== '' ? formats[i][0] : 'General';
        records.push({ sheet: it.sheet, cell: cellAddress(it.row, it.col), before, format, after: it.data.fix.value });
        return true;
      });
      for (const [from, to] of stretches(ok))
        partOf(run, from, to).values = run.items.slice(from, to).map((it) => [asTextInput(it.data.fix.value)]);
    }
    if (records.length) {
      if (!ws) {
        ws = context.workbook.worksheets.add(MARKS_SHEET);
        ws.visibility = 'VeryHidden';
      }
      // The oldest batch makes room, in the request that writes the first cells of the new one.
      if (plan.drop && applied === 0) {
        if (plan.drop.cells > 0) ws.getRangeByIndexes(0, UNDO_ROW_COLUMN, plan.drop.cells, UNDO_ROW_SPAN).delete('Up');
        ws.getRangeByIndexes(0, UNDO_INDEX_COLUMN, 1, UNDO_INDEX_WIDTH).delete('Up');
      }
      const top = plan.firstRow + applied;
      ws.getRangeByIndexes(top, UNDO_ROW_COLUMN, records.length, UNDO_ROW_SPAN).numberFormat = records.map(() => UNDO_ROW_FORMATS);
      ws.getRangeByIndexes(top, UNDO_ROW_COLUMN, records.length, UNDO_ROW_WIDTH).values = records.map((r) =>
        encodeRecord(plan.id, r).map((v, i) => (i === 0 ? v : asTextInput(v as string))),
      );
      ws.getRangeByIndexes(top, UNDO_TRACK_COLUMN, records.length, 1).formulas = records.map((r) => [trackingFormula(r.sheet, r.cell)]);
      applied += records.length;
      // The index row grows with every chunk, so a batch cut short by an error can still be undone.
      ws.getRangeByIndexes(plan.indexRow, UNDO_INDEX_COLUMN, 1, UNDO_INDEX_WIDTH).values = [[plan.id, applied]];
    }
    runs = k < parts.length ? queueReads(context, parts[k], 'values,numberFormat,formulas') : [];
    if (records.length || runs.length) await context.sync();
  }
  const kept = plan.drop && applied ? store.batches.slice(1) : store.batches;
  return {
    applied,
    skipped: fixes.length - applied,
    undoable: applied ? [...kept, { id: plan.id, cells: applied }] : store.batches,
  };
}

/** Undoes the newest batch; see the top of the file for the requests it makes. */
export async function undoLastFixIn(context: Excel.RequestContext): Promise<UndoOutcome | null> {
  const store = await loadStore(context);
  const ws = store.ws;
  const last = store.batches[store.batches.length - 1];
  if (!ws || !last) return null;
  const first = firstRowOf(store.batches, store.batches.length - 1);
  const blocks: [number, number][] = [];
  for (let r = 0; r < last.cells; r += FIX_CHUNK) blocks.push([first + r, Math.min(FIX_CHUNK, last.cells - r)]);
  const readRows = (k: number): Excel.Range | undefined => {
    if (k >= blocks.length) return undefined;
    const range = ws.getRangeByIndexes(blocks[k][0], UNDO_ROW_COLUMN, blocks[k][1], UNDO_ROW_SPAN);
    range.load('values,formulas');
    return range;
  };
  let restored = 0;
  const refused: CellRef[] = [];
  let rows = readRows(0);
  await context.sync();
  let runs: Run<FixRecord>[] = [];
  for (let k = 0; k <= blocks.length; k++) {
    if (runs.length) context.application.suspendApiCalculationUntilNextSync();
    // Cells still holding what the fix wrote get their number format, then their value back (format first, so
    // text is not read as a number); the others are refused.
    for (const run of runs) {
      const values = run.range.values as OfficeValue[][];
      const formulas = run.range.formulas as unknown[][];
      const ok = run.items.map((it, i) => {
        const same = !isFormula(values[i][0], formulas[i][0]) && cellText(toCell(values[i][0], false)) === it.data.after;
        if (!same) refused.push({ sheet: it.sheet, cell: cellAddress(it.row, it.col) });
        return same;
      });
      for (const [from, to] of stretches(ok)) {
        const part = partOf(run, from, to);
        const records = run.items.slice(from, to).map((it) => it.data);
        part.numberFormat = records.map((r) => [r.format]);
        part.values = records.map((r) => [officeInput(cellOfStored(r.before))]);
        restored += to - from;
      }
    }
    runs = [];
    if (rows) {
      const items: Item<FixRecord>[] = [];
      // The record's text columns from the values, its tracking formula (O) from the formulas.
      const formulas = rows.formulas as unknown[][];
      const read = (rows.values as unknown[][]).map((row, i) => [...row.slice(0, UNDO_ROW_WIDTH), formulas[i][UNDO_ROW_WIDTH]]);
      for (const r of decodeRecords(read, last.id)) {
        // Where the cell is now: Excel kept the tracking formula pointing at it through inserted or deleted
        // rows and columns; a deleted cell (#REF!) is refused.
        const at = r.now === undefined ? { sheet: r.sheet, cell: r.cell } : r.now;
        const sheet = at ? store.sheets.get(at.sheet.toLowerCase()) : undefined;
        if (!at || sheet === undefined) refused.push({ sheet: r.sheet, cell: r.cell });
        else items.push({ sheet, ...parseCellAddress(at.cell), data: r });
      }
      runs = queueReads(context, items, 'values,formulas');
    }
    rows = readRows(k + 1);
    if (k === blocks.length) {
      // The batch leaves the store; the store goes when nothing is left in it.
      if (store.batches.length === 1 && !store.hasMarks) {
        ws.visibility = 'Hidden';
        ws.delete();
      } else {
        if (last.cells > 0) ws.getRangeByIndexes(first, UNDO_ROW_COLUMN, last.cells, UNDO_ROW_SPAN).clear();
        ws.getRangeByIndexes(store.batches.length - 1, UNDO_INDEX_COLUMN, 1, UNDO_INDEX_WIDTH).clear();
      }
    }
    await context.sync();
  }
  return { restored, refused, undoable: store.batches.slice(0, -1) };
}

/** What Range.values takes to put a typed cell back: text exactly as text, blank as empty. */
function officeInput(c: Cell): string | number | boolean {
  if (c === null) return '';
  if (typeof c === 'string') return asLiteralText(c);
  if (typeof c === 'number' || typeof c === 'boolean') return c;
  return '';
}
