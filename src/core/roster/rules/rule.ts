// The shape of a check rule: one per file, registered in index.ts.
import type { Localized } from '../../i18n/lang';
import type { RowContext } from '../row-context';
import type { RuleId, Severity } from '../types';

export interface RuleDef {
  readonly id: RuleId;
  readonly severity: Severity;
  /** What the rule checks, shown by the CLI and the task pane. */
  readonly description: Localized;
  /** Once per roster, before its rows (sheet-level rules). */
  readonly checkRoster?: (ctx: RowContext) => void;
  /** Once per data row, after the row was read into ctx. */
  readonly checkRow?: (ctx: RowContext) => void;
  /** Once after every roster's rows were read, in RULES order (rules that compare rows; see RowContext.revisit). */
  readonly finishCheck?: (ctx: RowContext) => void;
}
