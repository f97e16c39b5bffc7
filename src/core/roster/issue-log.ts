// Recording issues as the rules report them: each issue is built once, in its final shape, with the
// position it sorts by (grid, row, column, then the order it was reported in). Rules that compare rows
// report on a row after every row was read (revisit); those issues take the place they would have had.
import { cellAddress } from '../address';
import type { Localized } from '../i18n/lang';
import type { FieldId } from './fields';
import type { Issue, RuleId, Severity, SheetGrid } from './types';

/** What the log needs to know about a rule when it reports. */
export interface RuleRef {
  readonly id: RuleId;
  readonly severity: Severity;
}

/** An issue with its sort position (grid, row, column, emission order). */
export interface PlacedIssue {
  readonly issue: Issue;
  readonly gridIndex: number;
  readonly rowIndex: number;
  readonly col: number;
  readonly seq: number;
}

function byPosition(a: PlacedIssue, b: PlacedIssue): number {
  return a.gridIndex - b.gridIndex || a.rowIndex - b.rowIndex || a.col - b.col || a.seq - b.seq;
}

export class IssueLog {
  readonly placed: PlacedIssue[] = [];
  private seq = 0;
  /** While a row is revisited: the sequence its issues take (between those reported while it was read), else -1. */
  private revisitSeq = -1;

  /** Sequence number the next issue reported gets (for rules that report a row later, see revisit). */
  get issueSeq(): number {
    return this.seq;
  }

  get revisiting(): boolean {
    return this.revisitSeq >= 0;
  }

  /** Issues from now on sort as if reported when issueSeq was `seq`: just before that issue, after those before it. */
  beginRevisit(seq: number): void {
    this.revisitSeq = seq - 0.5;
  }

  endRevisit(): void {
    this.revisitSeq = -1;
  }

  /**
   * Records an issue at grid row `rowIndex`, column `col` (both 0-based in the grid); `sortCol` is the
   * column it sorts by (-1 for sheet-level issues and fields without a column: first in their row).
   */
  add(
    rule: RuleRef,
    grid: SheetGrid,
    gridIndex: number,
    rowIndex: number,
    col: number,
    sortCol: number,
    field: FieldId | undefined,
    message: Localized,
    fix: string | undefined,
    cells?: readonly string[],
  ): void {
    const origin = grid.origin;
    const id = rule.id;
    const severity = rule.severity;
    const sheet = grid.sheet;
    const cell = cellAddress(origin.row + rowIndex, origin.col + col);
    const row = origin.row + rowIndex + 1;
    // Written out per shape rather than spread: same keys in the same order, without the temporaries.
    const issue: Issue =
      cells !== undefined
        ? fix !== undefined
          ? { rule: id, severity, sheet, cell, row, field, message, fix: { value: fix }, cells }
          : { rule: id, severity, sheet, cell, row, field, message, cells }
        : field !== undefined
          ? fix !== undefined
            ? { rule: id, severity, sheet, cell, row, field, message, fix: { value: fix } }
            : { rule: id, severity, sheet, cell, row, field, message }
          : fix !== undefined
            ? { rule: id, severity, sheet, cell, row, message, fix: { value: fix } }
            : { rule: id, severity, sheet, cell, row, message };
    const seq = this.revisitSeq >= 0 ? this.revisitSeq : this.seq++;
    this.placed.push({ issue, gridIndex, rowIndex, col: sortCol, seq });
  }

  /** The issues in sheet order, then row, then column, with their counts per severity. */
  inOrder(): { issues: Issue[]; counts: { error: number; warning: number; info: number } } {
    const placed = this.placed;
    // Rows are visited in order, so issues are nearly sorted already; sort only if needed.
    let sorted = true;
    for (let i = 1; i < placed.length && sorted; i++) if (byPosition(placed[i - 1], placed[i]) > 0) sorted = false;
    if (!sorted) placed.sort(byPosition);
    const issues: Issue[] = new Array<Issue>(placed.length);
    const counts = { error: 0, warning: 0, info: 0 };
    for (let i = 0; i < placed.length; i++) {
      const issue = placed[i].issue;
      issues[i] = issue;
      counts[issue.severity]++;
    }
    return { issues, counts };
  }
}
