// How the add-in highlights problem cells, the same in every host.
import { cellAddress, parseCellAddress } from '../core/address';
import { SEVERITY_RANK } from '../core/roster/types';
import type { CellMark } from './port';

/**
 * The add-in's very hidden sheet in a workbook: the formats under marks (so Clear marks restores them) and the
 * values before each Fix (so Undo restores them), kept with the document and never in its settings.
 */
export const MARKS_SHEET = 'CJ_Marks';

/** Fluent's light severity fills and matching dark text colours (readable, WCAG AA on the fill). */
export const MARK_FILL: Record<CellMark['severity'], string> = { error: '#FDE7E9', warning: '#FFF4CE', info: '#DEECF9' };
export const MARK_FONT: Record<CellMark['severity'], string> = { error: '#A4262C', warning: '#8A5300', info: '#004E8C' };

/** One mark per cell: the most severe severity, the notes joined. */
export function mergeMarks(marks: readonly CellMark[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const key = `${m.sheet}!${m.cell.toUpperCase()}`;
    const prev = byCell.get(key);
    if (!prev) byCell.set(key, { ...m, cell: m.cell.toUpperCase() });
    else
      byCell.set(key, {
        ...prev,
        severity: SEVERITY_RANK[m.severity] < SEVERITY_RANK[prev.severity] ? m.severity : prev.severity,
        note: `${prev.note}\n${m.note}`,
      });
  }
  return [...byCell.values()];
}

/** Cells of one sheet that share a format, joined into ranges: `address` is "C5:C9" or a single "C5". */
export interface MarkRun<T> {
  readonly sheet: string;
  readonly address: string;
  readonly items: readonly T[];
}

/**
 * Joins cells with the same key (a severity, a saved format) into runs of consecutive rows in one column, so a
 * host writes a format once per run rather than once per cell: an aggregated issue's cells in a column (every
 * "honorer" under Status Kepegawaian) mostly sit one under the other.
 */
export function contiguousRuns<T extends { readonly sheet: string; readonly cell: string }>(
  items: readonly T[],
  keyOf: (item: T) => string,
): MarkRun<T>[] {
  const groups = new Map<string, { sheet: string; col: number; cells: { row: number; item: T }[] }>();
  for (const item of items) {
    const { row, col } = parseCellAddress(item.cell);
    const key = `${item.sheet}\u0000${col}\u0000${keyOf(item)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { sheet: item.sheet, col, cells: [] }));
    g.cells.push({ row, item });
  }
  const runs: MarkRun<T>[] = [];
  for (const g of groups.values()) {
    g.cells.sort((a, b) => a.row - b.row);
    let start = 0;
    for (let i = 1; i <= g.cells.length; i++) {
      if (i < g.cells.length && g.cells[i].row <= g.cells[i - 1].row + 1) continue;
      const first = cellAddress(g.cells[start].row, g.col);
      const last = cellAddress(g.cells[i - 1].row, g.col);
      runs.push({
        sheet: g.sheet,
        address: first === last ? first : `${first}:${last}`,
        items: g.cells.slice(start, i).map((c) => c.item),
      });
      start = i;
    }
  }
  return runs;
}
