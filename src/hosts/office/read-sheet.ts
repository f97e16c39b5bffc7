// Reading a sheet (or a table) through Office.js in blocks: at most 10,000 rows and about 4 MB per request
// (Excel on the web refuses larger payloads), one sync per block, Cancel honoured between blocks.
import type { Cell } from '../../core/cells';
import { isDateFormat } from '../../core/number-format';
import type { SheetGrid } from '../../core/roster/types';
import { abortError } from '../abort';
import type { ReadOptions } from '../port';
import { type OfficeValue, toCell } from './cell-values';

export const READ_BLOCK_MAX_ROWS = 10_000;
/** Average JSON size of one cell in a values payload, to keep a request near 4 MB. */
const BYTES_PER_CELL = 24;
const READ_BLOCK_MAX_BYTES = 4_000_000;

/** Rows per read request for a sheet this wide. */
export const readBlockRows = (columns: number): number =>
  Math.max(1, Math.min(READ_BLOCK_MAX_ROWS, Math.floor(READ_BLOCK_MAX_BYTES / (Math.max(1, columns) * BYTES_PER_CELL))));

/** The used range of a sheet, or one of its tables, as typed cells (dates told by the number formats of the first rows). */
export async function readSheetIn(
  context: Excel.RequestContext,
  sheet: string,
  options: ReadOptions & { table?: string } = {},
): Promise<SheetGrid> {
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
}

function dateColumnsOf(formats: unknown[][], columns: number): boolean[] {
  const out = new Array<boolean>(columns).fill(false);
  for (const row of formats ?? []) for (let c = 0; c < columns; c++) if (!out[c] && isDateFormat(row[c])) out[c] = true;
  return out;
}
