// Every check rule, with its severity and description (the CLI and the task pane list these).
import type { Localized } from '../../i18n/lang';
import { FIELDS } from '../fields';
import { DateState, fieldBit, KpjState, NikState, type RowContext, WageState } from '../row-context';
import { isAsnStatus } from '../values';
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

// Read once: imported enum members are property loads through the module object.
const NIK_EMPTY = NikState.Empty;
const NIK_OK = NikState.Ok;
const KPJ_EMPTY = KpjState.Empty;
const KPJ_FORMAT = KpjState.Format;
const KPJ_OK = KpjState.Ok;
const DATE_OK = DateState.Ok;
const DATE_INVALID = DateState.Invalid;
const WAGE_NOT_NUMBER = WageState.NotNumber;
const WAGE_NEGATIVE = WageState.Negative;
const REQUIRED_BITS = FIELDS.reduce((bits, f) => (f.required ? bits | fieldBit(f.id) : bits), 0);

/**
 * Runs every row rule in RULES order. Written out call by call so each call site sees one function
 * (the engine inlines them); a test checks it matches RULES. Each call is skipped on a row where the
 * rule would return at once (its first test, repeated here as a cheap gate): most rows are clean, and
 * this keeps them to a few comparisons. A test checks the gated run reports exactly what the ungated
 * one (runEveryRowRule) does.
 */
export function runRowRules(ctx: RowContext): void {
  if ((ctx.blankMask & REQUIRED_BITS) !== 0) requiredMissing.checkRow!(ctx);
  const nik = ctx.nikState;
  if (nik !== NIK_OK) {
    if (nik !== NIK_EMPTY) {
      nikFormat.checkRow!(ctx);
      nikPrecisionLost.checkRow!(ctx);
      nikRegionUnknown.checkRow!(ctx);
      nikBirthdateInvalid.checkRow!(ctx);
    }
  } else {
    if (ctx.birth.state === DATE_OK && ctx.birth.serial !== ctx.nikBirthSerial) nikBirthdateMismatch.checkRow!(ctx);
    const sex = ctx.sex;
    if (sex !== null && sex.value !== ctx.nikSex) nikSexMismatch.checkRow!(ctx);
  }
  nikDuplicate.checkRow!(ctx);
  const kpj = ctx.kpjState;
  if (kpj === KPJ_FORMAT) kpjFormat.checkRow!(ctx);
  else if (kpj === KPJ_EMPTY) kpjMissing.checkRow!(ctx);
  else if (kpj === KPJ_OK) kpjDuplicate.checkRow!(ctx);
  const regency = ctx.regency;
  if (regency !== null && (regency.kind !== 'ok' || regency.regency.provinceCode !== ctx.options.province)) {
    regionUnknown.checkRow!(ctx);
    regionOutsideProvince.checkRow!(ctx);
  }
  if (ctx.oddMask !== 0) {
    valueUnknown.checkRow!(ctx);
    valueNonstandard.checkRow!(ctx);
  }
  const birth = ctx.birth;
  const start = ctx.start;
  if (birth.state === DATE_INVALID || start.state === DATE_INVALID) dateInvalid.checkRow!(ctx);
  const today = ctx.options.today;
  if ((birth.state === DATE_OK && birth.serial > today) || (start.state === DATE_OK && start.serial > today)) dateFuture.checkRow!(ctx);
  // Within working age: nothing to report (NaN, no birth date at all, fails the test and lets the rule decide).
  const born = birth.state === DATE_OK ? birth.serial : nik === NIK_OK ? ctx.nikBirthSerial : NaN;
  if (!(born <= ctx.options.youngestBirth && born > ctx.options.oldestBirth)) ageOutOfRange.checkRow!(ctx);
  const wage = ctx.wageState;
  if (wage === WAGE_NOT_NUMBER || wage === WAGE_NEGATIVE) wageInvalid.checkRow!(ctx);
  if (ctx.errorMask !== 0) cellError.checkRow!(ctx);
  const employment = ctx.employmentStatus;
  if (employment !== null && isAsnStatus(employment.value)) asnInRoster.checkRow!(ctx);
}

/** Every row rule in RULES order without the gates of runRowRules (the reference it is tested against). */
export function runEveryRowRule(ctx: RowContext): void {
  for (const rule of RULES) rule.checkRow?.(ctx);
}

/** The rules runRowRules calls, in its order (for the test that keeps it in step with RULES). */
export const ROW_RULE_ORDER: readonly RuleId[] = [
  'required-missing',
  'nik-format',
  'nik-precision-lost',
  'nik-region-unknown',
  'nik-birthdate-invalid',
  'nik-birthdate-mismatch',
  'nik-sex-mismatch',
  'nik-duplicate',
  'kpj-format',
  'kpj-missing',
  'kpj-duplicate',
  'region-unknown',
  'region-outside-province',
  'value-unknown',
  'value-nonstandard',
  'date-invalid',
  'date-future',
  'age-out-of-range',
  'wage-invalid',
  'cell-error',
  'asn-in-roster',
];

export const ruleSeverity = (id: RuleId): Severity => RULE_REGISTRY[id].severity;
