// Which grids of a workbook are rosters: decided here once, for every host (the task pane in Excel and in
// the preview, the command line, the offline page), so the same file gives the same rosters everywhere.
import { looksLikeRoster } from '../core/roster/detect';
import type { SheetGrid } from '../core/roster/types';
import type { WorkbookPort } from './port';

/** The active sheet only, or every sheet. */
export type Scope = 'active' | 'all';

export interface ReadProgress {
  /** The sheet (or table) being read. */
  readonly sheet: string;
  readonly done: number;
  readonly total: number;
}

/** What the finder needs of a workbook: any WorkbookPort, or the command line's file reader (xlsx/read/sheets.ts). */
export type RosterSource = Pick<WorkbookPort, 'listSheets' | 'readSheet' | 'activeSheet'>;

export interface FindRostersOptions {
  /** Default 'all'. */
  readonly scope?: Scope;
  /**
   * Read exactly these sheets (the ones an earlier check read), in place of what `scope` finds now: the task
   * pane's recheck after Fix or before a summary covers what the user chose, even when another sheet is active.
   * With scope 'active' they are taken even without a header, as the active sheet is.
   */
  readonly sheets?: readonly string[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ReadProgress) => void;
}

/**
 * The grids to check, in tab order:
 * - sheets this add-in generated (summary, issue list, list sheet: found by their marker) are never rosters,
 *   and hidden sheets are left out (old copies kept out of sight would double every count and NIK);
 * - on a sheet with Excel tables, each table that looks like a roster is one roster;
 * - otherwise (no table, or only tables that are not rosters, such as a lookup list) the sheet's used range,
 *   when it looks like a roster.
 * With scope 'active', only the active sheet, taken even when no header is found (the check says what is
 * missing). Standing on a generated sheet with scope 'active' finds nothing: the finder never widens the
 * user's choice on its own (the task pane decides what that means, and says so).
 */
export async function findRosterGrids(source: RosterSource, options: FindRostersOptions = {}): Promise<SheetGrid[]> {
  const scope = options.scope ?? 'all';
  let targets = (await source.listSheets()).filter((s) => !s.hidden && !s.generatedKind);
  if (options.sheets) {
    const named = options.sheets;
    targets = targets.filter((s) => named.includes(s.name));
  } else if (scope === 'active') {
    const active = await source.activeSheet();
    targets = targets.filter((s) => s.name === active);
  }
  const grids: SheetGrid[] = [];
  for (const sheet of targets) {
    const read = (table?: string): Promise<SheetGrid> =>
      source.readSheet(sheet.name, {
        ...(table ? { table } : {}),
        signal: options.signal,
        onProgress: (done, total) => options.onProgress?.({ sheet: table ?? sheet.name, done, total }),
      });
    const tables: SheetGrid[] = [];
    for (const table of sheet.tables) {
      const grid = await read(table);
      if (looksLikeRoster(grid)) tables.push(grid);
    }
    if (tables.length > 0) {
      grids.push(...tables);
      continue;
    }
    const grid = await read();
    if (scope === 'active' || looksLikeRoster(grid)) grids.push(grid);
  }
  return grids;
}
