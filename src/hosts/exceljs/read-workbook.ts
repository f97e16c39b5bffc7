// Reads every worksheet of an .xlsx into SheetGrids with ExcelJS's streaming reader: ExcelJS unzips
// and caches the shared strings; each worksheet part is handed to SheetCellsParser instead of
// ExcelJS's row objects, so a 100,000-row roster stays compact and formula errors keep their code.
import * as fs from 'node:fs';
import { pipeline } from 'node:stream';
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Cell } from '../../core/cells';
import { parseCellAddress } from '../../core/address';
import { looksLikeRoster } from '../../core/roster/detect';
import type { SheetGrid } from '../../core/roster/types';
import { inspectPackage, type PackageInfo, type PackageSheet } from './package-inspector';
import { decodeExcelEscapes, type SheetCellsContext, SheetCellsParser, type SheetRows } from './sheet-cells';
import { unusable, UnusableInputError } from './unusable-input';
import { kindInValues } from '../sheet-names';

export interface ReadSheet {
  readonly info: PackageSheet;
  readonly cells: SheetRows;
}

export interface ReadWorkbookResult {
  readonly file: string;
  readonly info: PackageInfo;
  /** Worksheets in workbook (tab) order. */
  readonly sheets: readonly ReadSheet[];
}

export interface ReadWorkbookOptions {
  readonly signal?: AbortSignal;
  /** Called after each worksheet with its name and the number of sheets read so far. */
  readonly onSheet?: (sheet: string, done: number, total: number) => void;
}

type SharedString = string | null | { richText?: readonly { text?: string | null }[] };

interface StreamedWorksheet {
  readonly sheetNo: string;
  readonly iterator: AsyncIterable<Buffer | string>;
}

/** ExcelJS's streaming reader, with worksheets handed out as raw part streams. */
interface WorkbookReaderInternals extends AsyncIterable<StreamedWorksheet> {
  sharedStrings?: SharedString[];
  stream?: fs.ReadStream;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<{ eventType: string; value: StreamedWorksheet }>;
}

const plainText = (s: SharedString): string | null => {
  if (s === null || s === undefined) return null;
  if (typeof s === 'string') return decodeExcelEscapes(s);
  return decodeExcelEscapes((s.richText ?? []).map((run) => run.text ?? '').join(''));
};

const EXCELJS_SHEET_PART = /^xl\/worksheets\/sheet\d+[.]xml$/;

async function readPartDirect(file: string, data: NonNullable<PackageSheet['data']>, context: SheetCellsContext): Promise<SheetRows> {
  const parser = new SheetCellsParser(context);
  const source = fs.createReadStream(file, { flags: 'r', start: data.offset, end: data.offset + Math.max(0, data.compressedSize - 1) });
  try {
    if (data.method !== 0 && data.method !== 8) throw new Error(`unsupported compression method ${data.method}`);
    // pipeline() destroys the inflater with the read error too, so the loop below always ends.
    const bytes = data.method === 8 ? pipeline(source, zlib.createInflateRaw(), () => {}) : source;
    for await (const chunk of bytes) parser.write(chunk as Buffer);
    return parser.end();
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw unusable('corrupt', file, { id: detail, en: detail });
  }
}

/** Reads an .xlsx file read-only; throws UnusableInputError for anything that is not a readable .xlsx. */
export async function readWorkbook(file: string, options: ReadWorkbookOptions = {}): Promise<ReadWorkbookResult> {
  const info = inspectPackage(file);
  const byPart = new Map(info.sheets.map((s) => [s.part, s]));
  const read = new Map<PackageSheet, SheetRows>();
  const stream = fs.createReadStream(file, { flags: 'r', highWaterMark: 1 << 20 });
  // unzipper reports a damaged compressed part on its parser, not on the part's stream, which then
  // never ends; catching the parser as ExcelJS pipes the file into it turns that hang into an error.
  let failZip: (error: unknown) => void = () => {};
  const zipFailed = new Promise<never>((_, reject) => (failZip = reject));
  zipFailed.catch(() => {});
  const pipe = stream.pipe.bind(stream);
  stream.pipe = ((destination: NodeJS.WritableStream, pipeOptions?: { end?: boolean }) => {
    destination.on('error', failZip);
    return pipe(destination, pipeOptions);
  }) as typeof stream.pipe;
  stream.on('error', failZip);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  }) as unknown as WorkbookReaderInternals;
  reader._parseWorksheet = function* (iterator, sheetNo) {
    yield { eventType: 'worksheet', value: { sheetNo, iterator } };
  };
  let plainShared: (string | null)[] | null = null;
  const isDateStyle = (id: number): boolean => info.dateStyles[id] === true;
  try {
    const worksheets = reader[Symbol.asyncIterator]();
    for (;;) {
      const step = await Promise.race([worksheets.next(), zipFailed]);
      if (step.done) break;
      const worksheet = step.value;
      options.signal?.throwIfAborted();
      const sheet = byPart.get(`xl/worksheets/sheet${worksheet.sheetNo}.xml`);
      if (plainShared === null) plainShared = (reader.sharedStrings ?? []).map(plainText);
      const parser = new SheetCellsParser({ sharedStrings: plainShared, isDateStyle, date1904: info.date1904 });
      const chunks = worksheet.iterator[Symbol.asyncIterator]();
      for (;;) {
        const next = await Promise.race([chunks.next(), zipFailed]);
        if (next.done) break;
        parser.write(next.value);
      }
      const cells = parser.end();
      if (sheet) {
        read.set(sheet, cells);
        options.onSheet?.(sheet.name, read.size, info.sheets.length);
      }
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof UnusableInputError || (error instanceof Error && error.name === 'AbortError')) throw error;
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw unusable('corrupt', file, { id: detail, en: detail });
  }
  // ExcelJS's reader only knows worksheet parts named xl/worksheets/sheetN.xml; some generators name
  // them otherwise, so those are inflated straight from the file.
  for (const sheet of info.sheets) {
    if (read.has(sheet) || !sheet.data || EXCELJS_SHEET_PART.test(sheet.part)) continue;
    options.signal?.throwIfAborted();
    read.set(
      sheet,
      await readPartDirect(file, sheet.data, {
        sharedStrings: plainShared ?? (reader.sharedStrings ?? []).map(plainText),
        isDateStyle,
        date1904: info.date1904,
      }),
    );
    options.onSheet?.(sheet.name, read.size, info.sheets.length);
  }
  const sheets = info.sheets.map((s) => ({ info: s, cells: read.get(s) ?? { firstRow: 0, rows: [], width: 0 } }));
  return { file, info, sheets };
}

/** The used range of a worksheet as one grid (from column A, from its first non-empty row). */
export function sheetGrid(sheet: ReadSheet, name = sheet.info.name): SheetGrid {
  return { sheet: name, origin: { row: sheet.cells.firstRow, col: 0 }, rows: sheet.cells.rows };
}

/** One Excel table of a worksheet, header row included. */
export function tableGrid(sheet: ReadSheet, table: string, name = sheet.info.name): SheetGrid {
  const found = sheet.info.tables.find((t) => t.name.toLowerCase() === table.toLowerCase());
  if (!found) throw new RangeError(`No table ${table} on sheet ${sheet.info.name}`);
  const [from, to = from] = found.ref.split(':');
  const start = parseCellAddress(from);
  const end = parseCellAddress(to);
  const rows: Cell[][] = [];
  for (let r = start.row; r <= end.row; r++) {
    const source = sheet.cells.rows[r - sheet.cells.firstRow] ?? [];
    rows.push(source.slice(start.col, end.col + 1));
  }
  return { sheet: name, table: found.name, origin: { row: start.row, col: start.col }, rows };
}

/** Generated sheets carry their marker in the first rows. */
const MARKER_ROWS = 5;

/** The generator kind of a sheet this tool made (found by its marker), else undefined. */
export function generatedKindOf(sheet: ReadSheet): string | undefined {
  const top = sheet.cells.firstRow < MARKER_ROWS ? sheet.cells.rows.slice(0, MARKER_ROWS - sheet.cells.firstRow) : [];
  return kindInValues(top);
}

/**
 * Grids of every sheet that may hold a roster; sheets this tool generated are never read as rosters.
 * Each Excel table that holds a roster is its own grid (an Excel table counts as a roster), else the
 * whole used range (a sheet whose only table is, say, a lookup list).
 */
export function rosterGrids(workbook: ReadWorkbookResult, sheetName: (sheet: string) => string = (s) => s): SheetGrid[] {
  const grids: SheetGrid[] = [];
  for (const sheet of workbook.sheets) {
    if (generatedKindOf(sheet) !== undefined) continue;
    const name = sheetName(sheet.info.name);
    const tables = sheet.info.tables.map((t) => tableGrid(sheet, t.name, name)).filter(looksLikeRoster);
    if (tables.length > 0) grids.push(...tables);
    else grids.push(sheetGrid(sheet, name));
  }
  return grids;
}
