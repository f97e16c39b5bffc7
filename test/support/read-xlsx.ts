// Test helpers over the shared .xlsx reader: open a file (with Node's zlib, or with the portable fflate
// inflater the offline page uses) and read every sheet, or find its rosters as the command line does.
import * as fs from 'node:fs';
import type { SheetGrid } from '../../src/core/roster/types';
import { findRosterGrids } from '../../src/hosts/roster-grids';
import { bytesSource } from '../../src/hosts/xlsx/read/byte-source';
import { fflateInflateRaw, streamInflateRaw } from '../../src/hosts/xlsx/read/inflate';
import type { ReadLimits } from '../../src/hosts/xlsx/read/limits';
import type { PackageInfo, PackageSheet } from '../../src/hosts/xlsx/read/package';
import type { SheetRows } from '../../src/hosts/xlsx/read/sheet-cells';
import { sheetGrid, xlsxRosterSource } from '../../src/hosts/xlsx/read/sheets';
import { XlsxWorkbook } from '../../src/hosts/xlsx/read/workbook';
import { withWorkbookFile } from '../../src/hosts/xlsx/node/open-workbook';

export type Inflater = 'zlib' | 'fflate' | 'stream';
/** Node's zlib (the command line), fflate and the standard DecompressionStream (the offline page's two). */
export const INFLATERS: readonly Inflater[] = ['zlib', 'fflate', 'stream'];

export interface ReadBook {
  readonly info: PackageInfo;
  readonly sheets: readonly { readonly info: PackageSheet; readonly cells: SheetRows }[];
}

/** Opens the file as the command line does (file ranges, zlib) or as the page does (bytes in memory, fflate). */
export async function openXlsx<T>(
  file: string,
  use: (book: XlsxWorkbook) => Promise<T>,
  inflater: Inflater = 'zlib',
  limits: Partial<ReadLimits> = {},
): Promise<T> {
  if (inflater === 'zlib') return withWorkbookFile(file, { name: file, limits }, use);
  const inflate = inflater === 'stream' ? streamInflateRaw : fflateInflateRaw;
  const book = await XlsxWorkbook.open(bytesSource(fs.readFileSync(file)), { name: file, limits, inflate });
  return use(book);
}

/** Every worksheet of the file, in tab order. */
export function readXlsx(file: string, inflater: Inflater = 'zlib', limits: Partial<ReadLimits> = {}): Promise<ReadBook> {
  return openXlsx(
    file,
    async (book) => {
      const sheets = [];
      for (const info of book.info.sheets) sheets.push({ info, cells: await book.readSheet(info) });
      return { info: book.info, sheets };
    },
    inflater,
    limits,
  );
}

/** The used range of the file's n-th sheet. */
export async function readSheetGrid(file: string, index = 0, inflater: Inflater = 'zlib'): Promise<SheetGrid> {
  const book = await readXlsx(file, inflater);
  return sheetGrid(book.sheets[index].cells, book.sheets[index].info.name);
}

/** The rosters of the file, as every host finds them. */
export function rosterGridsOf(file: string, inflater: Inflater = 'zlib'): Promise<SheetGrid[]> {
  return openXlsx(file, (book) => findRosterGrids(xlsxRosterSource(book)), inflater);
}
