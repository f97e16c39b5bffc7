// How the add-in highlights problem cells, the same in every host.
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
