// A read .xlsx workbook as the grids the core checks, and as the RosterSource the shared roster finder
// (hosts/roster-grids.ts) reads: sheets listed with their tables, visibility and generated marker; each
// sheet parsed when first asked for and kept until another one is, so a sheet and its tables cost one
// parse and a workbook's non-roster sheets are not held in memory.
import type { Cell } from '../../../core/cells';
import { parseCellAddress } from '../../../core/address';
import type { SheetGrid } from '../../../core/roster/types';
import type { ReadOptions, SheetInfo } from '../../port';
import type { RosterSource } from '../../roster-grids';
import { kindInValues } from '../../sheet-names';
import type { PackageSheet } from './package';
import type { SheetRows } from './sheet-cells';
import type { XlsxWorkbook } from './workbook';

/** Generated sheets carry their marker in the first rows. */
const MARKER_ROWS = 5;

/** The used range of a worksheet as one grid (from column A, from its first non-empty row). */
export function sheetGrid(cells: SheetRows, name: string): SheetGrid {
  return { sheet: name, origin: { row: cells.firstRow, col: 0 }, rows: cells.rows };
}

/** One Excel table of a worksheet, header row included. */
export function tableGrid(cells: SheetRows, info: PackageSheet, table: string, name = info.name): SheetGrid {
  const found = info.tables.find((t) => t.name.toLowerCase() === table.toLowerCase());
  if (!found) throw new RangeError(`No table ${table} on sheet ${info.name}`);
  const [from, to = from] = found.ref.split(':');
  const start = parseCellAddress(from);
  const end = parseCellAddress(to);
  const rows: (readonly Cell[])[] = [];
  for (let r = start.row; r <= end.row; r++) {
    const source = cells.rows[r - cells.firstRow] ?? [];
    // A table from column A to the row's last cell or beyond keeps the row itself (no copy of a large roster).
    rows.push(start.col === 0 && source.length <= end.col + 1 ? source : source.slice(start.col, end.col + 1));
  }
  return { sheet: name, table: found.name, origin: { row: start.row, col: start.col }, rows };
}

/** The generator kind of a sheet this tool made (found by its marker in the first rows), else undefined. */
export function generatedKindOf(cells: SheetRows): string | undefined {
  const top = cells.firstRow < MARKER_ROWS ? cells.rows.slice(0, MARKER_ROWS - cells.firstRow) : [];
  return kindInValues(top);
}

/**
 * The workbook as a RosterSource. `displayName` names its sheets in grids and reports (the command line
 * writes "[file.xlsx]Sheet" when several files are checked together).
 */
export function xlsxRosterSource(book: XlsxWorkbook, displayName: (sheet: string) => string = (s) => s): RosterSource {
  const byName = new Map(book.info.sheets.map((s) => [displayName(s.name).toLowerCase(), s]));
  let cached: { sheet: PackageSheet; cells: SheetRows } | undefined;
  const find = (name: string): PackageSheet => {
    const sheet = byName.get(name.toLowerCase());
    if (!sheet) throw new RangeError(`No sheet named ${name}`);
    return sheet;
  };
  return {
    async listSheets(): Promise<SheetInfo[]> {
      const infos: SheetInfo[] = [];
      for (const sheet of book.info.sheets) {
        const hidden = sheet.state !== 'visible';
        const generatedKind = hidden ? undefined : generatedKindOf(await book.readSheet(sheet, { stopAtRow: MARKER_ROWS }));
        infos.push({
          name: displayName(sheet.name),
          tables: sheet.tables.map((t) => t.name),
          ...(generatedKind ? { generatedKind } : {}),
          ...(hidden ? { hidden } : {}),
        });
      }
      return infos;
    },
    async activeSheet(): Promise<string> {
      const active = book.info.sheets[book.info.activeSheet];
      return active ? displayName(active.name) : '';
    },
    async readSheet(name: string, options: ReadOptions & { table?: string } = {}): Promise<SheetGrid> {
      const sheet = find(name);
      if (cached?.sheet !== sheet) {
        cached = undefined; // let the previous sheet go before the next one is parsed
        cached = { sheet, cells: await book.readSheet(sheet, { signal: options.signal }) };
      }
      const grid = options.table
        ? tableGrid(cached.cells, sheet, options.table, displayName(sheet.name))
        : sheetGrid(cached.cells, displayName(sheet.name));
      options.onProgress?.(grid.rows.length, grid.rows.length);
      return grid;
    },
  };
}
