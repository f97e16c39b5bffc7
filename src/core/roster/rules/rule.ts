// The shape of a check rule: one per file, registered by one line in index.ts. Everything known about a
// rule lives in its file: id, severity, titles, description, row guard and checks.
import type { Localized } from '../../i18n/lang';
import type { RowContext } from '../row-context';
import type { Severity } from '../types';

export interface RuleDef<Id extends string = string> {
  /** Stable id, as in `--json` output and the issue sheet. */
  readonly id: Id;
  readonly severity: Severity;
  /** Short title: the task pane's group heading, the CLI report, the summary's data-quality table. */
  readonly title: Localized;
  /** What the rule checks and when it fires (`jamsostek rules`). */
  readonly description: Localized;
  /**
   * What the fixes the rule suggests write, when it suggests any: 'spelling' is the standard spelling of a
   * listed value or a kab/kota name. The Fix preview groups such fixes by kind (fix-kind.ts); fixes of a rule
   * without it are grouped under the rule's title.
   */
  readonly fix?: 'spelling';
  /** Once per roster, before its rows (sheet-level rules). */
  readonly checkRoster?: (ctx: RowContext) => void;
  /**
   * The row guard: a cheap test, false on rows where checkRow would report nothing (most rows are
   * clean), so the engine can skip the call. It may let through rows checkRow then stays quiet on, but
   * never hold back one it would report on; a property test compares guarded and unguarded runs.
   * Without a guard, checkRow runs on every row.
   */
  readonly guard?: (ctx: RowContext) => boolean;
  /** Once per data row, after the row was read into ctx. Makes its own full test: it also runs unguarded. */
  readonly checkRow?: (ctx: RowContext) => void;
  /** Once after every roster's rows were read, in RULES order (rules that compare rows; see RowContext.revisit). */
  readonly finishCheck?: (ctx: RowContext) => void;
}

/** Declares a rule; the const type parameter keeps its id a literal, so RuleId is derived from the registry. */
export const defineRule = <const Id extends string>(rule: RuleDef<Id>): RuleDef<Id> => rule;
