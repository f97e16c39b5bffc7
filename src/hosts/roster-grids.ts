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
 * missing); standing on a generated sheet checks every roster instead.
 */
export async function findRosterGrids(source: RosterSource, options: FindRostersOptions = {}): Promise<SheetGrid[]> {
  let scope = options.scope ?? 'all';
  const sheets = (await source.listSheets()).filter((s) => !s.hidden);
  let targets = sheets.filter((s) => !s.generatedKind);
  if (scope === 'active') {
    const active = await source.activeSheet();
    const current = sheets.filter((s) => s.name === active);
    // Standing on a sheet this add-in made (summary, issue list): check the rosters instead.
    if (current.length === 1 && current[0].generatedKind) scope = 'all';
    else targets = current;
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
