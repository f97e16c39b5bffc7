// Reads the named .xlsx files and checks every roster in them together, so that a NIK repeated
// across files is found. Shared by `check` and `summary`.
import * as path from 'node:path';
import { checkGrids } from '../core/roster/check';
import type { CheckResult, SheetGrid } from '../core/roster/types';
import { findRosterGrids } from '../hosts/roster-grids';
import { withWorkbookFile } from '../hosts/xlsx/node/open-workbook';
import { xlsxRosterSource } from '../hosts/xlsx/read/sheets';
import { unusable, UnusableInputError } from '../hosts/xlsx/read/unusable-input';

export interface LoadedRosters {
  readonly result: CheckResult;
}

export interface LoadOptions {
  readonly province: string;
  readonly showFullNik?: boolean;
  /** Keep per-row records for the summary model (see CheckOptions.records). */
  readonly records?: boolean;
  /** "Today" as an Excel serial (tests pin it); default the current date. */
  readonly today?: number;
  /** The year the figures are for (default: the year of `today`). */
  readonly year?: number;
  readonly cwd?: string;
  /** Most bytes to inflate from one file (--max-size); default 100 × the file's size. */
  readonly maxSize?: number;
  /** The rosters' kab/kota (--regency, a 4-digit code) and whether a KPJ alone means Aktif (--kpj-aktif). */
  readonly regency?: string;
  readonly kpjMeansActive?: boolean;
}

/**
 * With several files, sheets are named "[file.xlsx]Sheet" (Excel's own notation for another
 * workbook's sheet), so that two files' "Sheet1" stay apart in the report.
 */
export function qualifiedSheetName(file: string, sheet: string, fileCount: number): string {
  return fileCount > 1 ? `[${path.basename(file)}]${sheet}` : sheet;
}

/** The reader's limit on inflated bytes, with how to raise it from the command line. */
function withMaxSizeHint(error: UnusableInputError): UnusableInputError {
  if (error.limit !== 'maxInflatedBytes' || !error.detail) return error;
  const detail = {
    id: `${error.detail.id}; bila berkas ini asli, naikkan batasnya dengan --max-size`,
    en: `${error.detail.en}; if the file is genuine, raise the limit with --max-size`,
  };
  return unusable(error.reason, error.file, detail, error.limit);
}

/** Reads the files one by one (memory holds the rosters and one sheet being read), then checks all rosters together. */
export async function loadRosters(files: readonly string[], options: LoadOptions): Promise<LoadedRosters> {
  const grids: SheetGrid[] = [];
  /** For each grid, the index of its file in `files`. */
  const fileOfGrid: number[] = [];
  for (const [index, file] of files.entries()) {
    const resolved = path.resolve(options.cwd ?? process.cwd(), file);
    // Messages name the file as the user typed it.
    const found = await withWorkbookFile(
      resolved,
      { name: file, limits: options.maxSize === undefined ? {} : { maxInflatedBytes: options.maxSize } },
      (book) => findRosterGrids(xlsxRosterSource(book, (sheet) => qualifiedSheetName(file, sheet, files.length))),
    ).catch((error: unknown) => {
      throw error instanceof UnusableInputError ? withMaxSizeHint(error) : error;
    });
    for (const grid of found) {
      // The file's name may name the kab/kota (roster-context.ts).
      grids.push({ ...grid, file: path.basename(file) });
      fileOfGrid.push(index);
    }
  }
  const result = checkGrids(grids, {
    province: options.province,
    showFullNik: options.showFullNik,
    today: options.today,
    year: options.year,
    records: options.records,
    regency: options.regency,
    kpjMeansActive: options.kpjMeansActive,
  });
  // A file without any roster is unusable input: the coordinator named the wrong file.
  files.forEach((file, i) => {
    const sheets = new Set(grids.filter((_, g) => fileOfGrid[g] === i).map((g) => g.sheet));
    if (!result.rosters.some((r) => sheets.has(r.sheet))) throw unusable('no-roster', file);
  });
  return { result };
}
