// The Fix preview's content, without the DOM: the safe fixes of a check, where each sits (sheet, column header,
// cell), grouped by kind (kab/kota names, list values, stray spaces, then any other rule's fixes) so the user
// picks groups before applying. The kinds come from the core (fix-kind.ts).
import { cellText, isDateCell, isErrorCell } from '../core/cells';
import { parseCellAddress } from '../core/address';
import type { Localized } from '../core/i18n/lang';
import { FIELD_BY_ID, type FieldId } from '../core/roster/fields';
import { FIX_KINDS, fixKindOf, type FixKindId } from '../core/roster/fix-kind';
import { RULE_BY_ID } from '../core/roster/rules';
import type { CheckResult, Issue, RuleId, SheetGrid } from '../core/roster/types';
import type { CellFix } from '../hosts/port';
import { gridCell } from './workflow';

/** Fields whose values a Fix may never touch: identity numbers and amounts. */
const NEVER_FIXED: ReadonlySet<FieldId> = new Set<FieldId>(['nik', 'kpj', 'wage']);

/** A fix kind's group, or a rule's for fixes of no kind: "regency", "rule:date-invalid". */
export type FixGroupKey = FixKindId | `rule:${RuleId}`;

export interface FixCandidate extends CellFix {
  readonly rule: RuleId;
  readonly group: FixGroupKey;
  /** The column's header text as the roster writes it (the field's label when the header cell is empty). */
  readonly column: string;
}

export interface FixGroup {
  readonly key: FixGroupKey;
  readonly title: Localized;
  readonly description?: Localized;
  readonly fixes: readonly FixCandidate[];
}

/** Safe fixes the preview lists: text cells with a suggested value, never NIK, KPJ or numbers; one per cell. */
export function fixCandidates(result: Pick<CheckResult, 'issues' | 'parsed'>, grids: readonly SheetGrid[]): FixCandidate[] {
  const seen = new Set<string>();
  const out: FixCandidate[] = [];
  const headers = new HeaderTexts(result.parsed);
  for (const i of result.issues) {
    if (!i.fix || !i.field || NEVER_FIXED.has(i.field)) continue;
    // An issue standing for many cells (Issue.cells: one non-standard spelling written 5,210 times, all in one
    // column) fixes each of them.
    const column = headers.of(i);
    for (const cell of i.cells ?? [i.cell]) {
      const key = `${i.sheet}!${cell}`;
      if (seen.has(key)) continue;
      const current = gridCell(grids, i.sheet, cell);
      if (typeof current !== 'string' || isDateCell(current) || isErrorCell(current)) continue;
      if (current === i.fix.value) continue;
      seen.add(key);
      const kind = fixKindOf(i, current);
      out.push({ sheet: i.sheet, cell, expectedOld: cellText(current), fix: i.fix, rule: i.rule, group: kind ?? `rule:${i.rule}`, column });
    }
  }
  return out;
}

/** The groups of the preview, in the order of FIX_KINDS, then other rules in the order their fixes come. */
export function groupFixes(fixes: readonly FixCandidate[]): FixGroup[] {
  const byKey = new Map<FixGroupKey, FixCandidate[]>();
  for (const f of fixes) (byKey.get(f.group) ?? byKey.set(f.group, []).get(f.group)!).push(f);
  const groups: FixGroup[] = [];
  for (const kind of FIX_KINDS) {
    const list = byKey.get(kind.id);
    if (list) groups.push({ key: kind.id, title: kind.title, description: kind.description, fixes: list });
  }
  for (const [key, list] of byKey) {
    if (!key.startsWith('rule:')) continue;
    groups.push({ key, title: RULE_BY_ID[list[0].rule].title, fixes: list });
  }
  return groups;
}

/** The fixes of the chosen groups, in preview order. */
export const chosenFixes = (fixes: readonly FixCandidate[], chosen: ReadonlySet<FixGroupKey>): FixCandidate[] =>
  fixes.filter((f) => chosen.has(f.group));

/** Header texts of the checked rosters' columns, found by the sheet row an issue sits on. */
class HeaderTexts {
  constructor(private readonly parsed: CheckResult['parsed']) {}

  of(issue: Pick<Issue, 'sheet' | 'row' | 'cell' | 'field'>): string {
    const fallback = issue.field ? FIELD_BY_ID[issue.field].label.id : '';
    const p = this.parsed.find(
      (x) =>
        x.roster.sheet === issue.sheet &&
        issue.row >= x.roster.headerRow &&
        issue.row <= Math.max(x.roster.lastDataRow, x.roster.headerRow),
    );
    if (!p) return fallback;
    const col = parseCellAddress(issue.cell).col - p.grid.origin.col;
    // Two-row headers: the group title above and the column's own text below ("Kepesertaan › Status").
    const texts: string[] = [];
    const firstData = p.roster.firstDataRow - 1 - p.grid.origin.row;
    for (let r = p.headerIndex; r <= p.headerIndex + 1 && r < firstData; r++) {
      const t = cellText(p.grid.rows[r]?.[col] ?? null)
        .replace(/\s+/g, ' ')
        .trim();
      if (t && !texts.includes(t)) texts.push(t);
    }
    return texts.length ? texts.join(' › ') : fallback;
  }
}
