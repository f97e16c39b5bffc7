// Every check rule, with its severity and description (the CLI and the task pane list these).
import type { Localized } from '../../i18n/lang';
import type { RowContext } from '../row-context';
import type { RuleId, Severity } from '../types';
import { ageOutOfRange } from './age-out-of-range';
import { asnInRoster } from './asn-in-roster';
import { cellError } from './cell-error';
import { dateFuture } from './date-future';
import { dateInvalid } from './date-invalid';
import { headerMissing } from './header-missing';
import { kpjDuplicate } from './kpj-duplicate';
import { kpjFormat } from './kpj-format';
import { kpjMissing } from './kpj-missing';
import { nikBirthdateInvalid } from './nik-birthdate-invalid';
import { nikBirthdateMismatch } from './nik-birthdate-mismatch';
import { nikDuplicate } from './nik-duplicate';
import { nikFormat } from './nik-format';
import { nikPrecisionLost } from './nik-precision-lost';
import { nikRegionUnknown } from './nik-region-unknown';
import { nikSexMismatch } from './nik-sex-mismatch';
import { regionOutsideProvince } from './region-outside-province';
import { regionUnknown } from './region-unknown';
import { requiredMissing } from './required-missing';
import type { RuleDef } from './rule';
import { valueNonstandard } from './value-nonstandard';
import { valueUnknown } from './value-unknown';
import { wageInvalid } from './wage-invalid';

export type { RuleDef } from './rule';

/** In the order of the issue table: the order rules run, and the order reports list them. */
export const RULES: readonly RuleDef[] = [
  headerMissing,
  requiredMissing,
  nikFormat,
  nikPrecisionLost,
  nikRegionUnknown,
  nikBirthdateInvalid,
  nikBirthdateMismatch,
  nikSexMismatch,
  nikDuplicate,
  kpjFormat,
  kpjMissing,
  kpjDuplicate,
  regionUnknown,
  regionOutsideProvince,
  valueUnknown,
  valueNonstandard,
  dateInvalid,
  dateFuture,
  ageOutOfRange,
  wageInvalid,
  cellError,
  asnInRoster,
];

export interface RuleInfo {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly description: Localized;
}

/** Rule id → severity and description. */
export const RULE_REGISTRY: Readonly<Record<RuleId, RuleInfo>> = Object.fromEntries(
  RULES.map((r) => [r.id, { id: r.id, severity: r.severity, description: r.description }]),
) as Record<RuleId, RuleInfo>;

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/**
 * Runs every row rule in RULES order. Written out call by call so each call site sees one function
 * (the engine inlines them); a test checks it matches RULES.
 */
export function runRowRules(ctx: RowContext): void {
  requiredMissing.checkRow!(ctx);
  nikFormat.checkRow!(ctx);
  nikPrecisionLost.checkRow!(ctx);
  nikRegionUnknown.checkRow!(ctx);
  nikBirthdateInvalid.checkRow!(ctx);
  nikBirthdateMismatch.checkRow!(ctx);
  nikSexMismatch.checkRow!(ctx);
  nikDuplicate.checkRow!(ctx);
  kpjFormat.checkRow!(ctx);
  kpjMissing.checkRow!(ctx);
  kpjDuplicate.checkRow!(ctx);
  regionUnknown.checkRow!(ctx);
  regionOutsideProvince.checkRow!(ctx);
  valueUnknown.checkRow!(ctx);
  valueNonstandard.checkRow!(ctx);
  dateInvalid.checkRow!(ctx);
  dateFuture.checkRow!(ctx);
  ageOutOfRange.checkRow!(ctx);
  wageInvalid.checkRow!(ctx);
  cellError.checkRow!(ctx);
  asnInRoster.checkRow!(ctx);
}

/** The rules runRowRules calls, in its order (for the test that keeps it in step with RULES). */
export const ROW_RULE_ORDER: readonly RuleId[] = [
  'required-missing', 'nik-format', 'nik-precision-lost', 'nik-region-unknown', 'nik-birthdate-invalid', 'nik-birthdate-mismatch',
  'nik-sex-mismatch', 'nik-duplicate', 'kpj-format', 'kpj-missing', 'kpj-duplicate', 'region-unknown', 'region-outside-province',
  'value-unknown', 'value-nonstandard', 'date-invalid', 'date-future', 'age-out-of-range', 'wage-invalid', 'cell-error', 'asn-in-roster',
];

export const ruleSeverity = (id: RuleId): Severity => RULE_REGISTRY[id].severity;
