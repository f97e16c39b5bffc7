// Every check rule, with its severity and description (the CLI and the task pane list these).
import type { Localized } from '../../i18n/lang';
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

export const ruleSeverity = (id: RuleId): Severity => RULE_REGISTRY[id].severity;
