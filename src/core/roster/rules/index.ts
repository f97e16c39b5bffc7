// The rule registry: one line per rule, in the order of the issue table (the order rules run and reports
// list them). Everything else about a rule (severity, titles, guard, checks) is in its own file, and
// every list of rules (RuleId, the task pane's groups, the summary's data-quality table, the CLI) is
// derived from here.
import type { RowContext } from '../row-context';
import type { Severity } from '../types';
import { ageOutOfRange } from './age-out-of-range';
import { areaOutsideRegion } from './area-outside-region';
import { areaUnknown } from './area-unknown';
import { asnInRoster } from './asn-in-roster';
import { cellError } from './cell-error';
import { coverageUnclear } from './coverage-unclear';
import { dateFuture } from './date-future';
import { dateInvalid } from './date-invalid';
import { headerMissing } from './header-missing';
import { kpjDuplicate } from './kpj-duplicate';
import { kpjFormat } from './kpj-format';
import { kpjMissing } from './kpj-missing';
import { kpjWithoutStatus } from './kpj-without-status';
import { nikBirthdateInvalid } from './nik-birthdate-invalid';
import { nikBirthdateMismatch } from './nik-birthdate-mismatch';
import { nikDuplicate } from './nik-duplicate';
import { nikFormat } from './nik-format';
import { nikPrecisionLost } from './nik-precision-lost';
import { nikRegionRetired } from './nik-region-retired';
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

export const RULES = [
  headerMissing,
  requiredMissing,
  nikFormat,
  nikPrecisionLost,
  nikRegionUnknown,
  nikRegionRetired,
  nikBirthdateInvalid,
  nikBirthdateMismatch,
  nikSexMismatch,
  nikDuplicate,
  kpjFormat,
  kpjMissing,
  kpjWithoutStatus,
  kpjDuplicate,
  coverageUnclear,
  regionUnknown,
  regionOutsideProvince,
  areaUnknown,
  areaOutsideRegion,
  valueUnknown,
  valueNonstandard,
  dateInvalid,
  dateFuture,
  ageOutOfRange,
  wageInvalid,
  cellError,
  asnInRoster,
] as const;

/** Every rule id, as a literal union derived from the registry. */
export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** Rule id → its definition (severity, title, description). */
export const RULE_BY_ID: Readonly<Record<RuleId, RuleDef<RuleId>>> = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<
  RuleId,
  RuleDef<RuleId>
>;

export const ruleSeverity = (id: RuleId): Severity => RULE_BY_ID[id].severity;

const ROW_RULES: readonly RuleDef[] = RULES.filter((r) => r.checkRow !== undefined);

/**
 * Row rules run through fixed slots, one call site each, filled from the registry in RULES order. A call
 * site that always meets the same function is inlined by the engine; a loop over the rules would make
 * one site meet them all, and measured 15–20 % slower on the 100,000-row roster (bench check-core).
 * Unused slots hold a guard that is always false. More row rules than slots fails at load time.
 */
export const ROW_RULE_SLOTS = 40;
if (ROW_RULES.length > ROW_RULE_SLOTS) {
  throw new Error(`${ROW_RULES.length} row rules, but runRowRules has ${ROW_RULE_SLOTS} slots: add slots in rules/index.ts`);
}
const never = (): boolean => false;
const always = (): boolean => true;
const skip = (): void => undefined;
type Guard = (ctx: RowContext) => boolean;
type Check = (ctx: RowContext) => void;
const guardAt = (i: number): Guard => (i < ROW_RULES.length ? (ROW_RULES[i].guard ?? always) : never);
const checkAt = (i: number): Check => (i < ROW_RULES.length ? ROW_RULES[i].checkRow! : skip);

const g0 = guardAt(0);
const c0 = checkAt(0);
const g1 = guardAt(1);
const c1 = checkAt(1);
const g2 = guardAt(2);
const c2 = checkAt(2);
const g3 = guardAt(3);
const c3 = checkAt(3);
const g4 = guardAt(4);
const c4 = checkAt(4);
const g5 = guardAt(5);
const c5 = checkAt(5);
const g6 = guardAt(6);
const c6 = checkAt(6);
const g7 = guardAt(7);
const c7 = checkAt(7);
const g8 = guardAt(8);
const c8 = checkAt(8);
const g9 = guardAt(9);
const c9 = checkAt(9);
const g10 = guardAt(10);
const c10 = checkAt(10);
const g11 = guardAt(11);
const c11 = checkAt(11);
const g12 = guardAt(12);
const c12 = checkAt(12);
const g13 = guardAt(13);
const c13 = checkAt(13);
const g14 = guardAt(14);
const c14 = checkAt(14);
const g15 = guardAt(15);
const c15 = checkAt(15);
const g16 = guardAt(16);
const c16 = checkAt(16);
const g17 = guardAt(17);
const c17 = checkAt(17);
const g18 = guardAt(18);
const c18 = checkAt(18);
const g19 = guardAt(19);
const c19 = checkAt(19);
const g20 = guardAt(20);
const c20 = checkAt(20);
const g21 = guardAt(21);
const c21 = checkAt(21);
const g22 = guardAt(22);
const c22 = checkAt(22);
const g23 = guardAt(23);
const c23 = checkAt(23);
const g24 = guardAt(24);
const c24 = checkAt(24);
const g25 = guardAt(25);
const c25 = checkAt(25);
const g26 = guardAt(26);
const c26 = checkAt(26);
const g27 = guardAt(27);
const c27 = checkAt(27);
const g28 = guardAt(28);
const c28 = checkAt(28);
const g29 = guardAt(29);
const c29 = checkAt(29);
const g30 = guardAt(30);
const c30 = checkAt(30);
const g31 = guardAt(31);
const c31 = checkAt(31);
const g32 = guardAt(32);
const c32 = checkAt(32);
const g33 = guardAt(33);
const c33 = checkAt(33);
const g34 = guardAt(34);
const c34 = checkAt(34);
const g35 = guardAt(35);
const c35 = checkAt(35);
const g36 = guardAt(36);
const c36 = checkAt(36);
const g37 = guardAt(37);
const c37 = checkAt(37);
const g38 = guardAt(38);
const c38 = checkAt(38);
const g39 = guardAt(39);
const c39 = checkAt(39);

/** Runs every row rule in RULES order, each only where its guard lets it (most rows are clean). */
export function runRowRules(ctx: RowContext): void {
  if (g0(ctx)) c0(ctx);
  if (g1(ctx)) c1(ctx);
  if (g2(ctx)) c2(ctx);
  if (g3(ctx)) c3(ctx);
  if (g4(ctx)) c4(ctx);
  if (g5(ctx)) c5(ctx);
  if (g6(ctx)) c6(ctx);
  if (g7(ctx)) c7(ctx);
  if (g8(ctx)) c8(ctx);
  if (g9(ctx)) c9(ctx);
  if (g10(ctx)) c10(ctx);
  if (g11(ctx)) c11(ctx);
  if (g12(ctx)) c12(ctx);
  if (g13(ctx)) c13(ctx);
  if (g14(ctx)) c14(ctx);
  if (g15(ctx)) c15(ctx);
  if (g16(ctx)) c16(ctx);
  if (g17(ctx)) c17(ctx);
  if (g18(ctx)) c18(ctx);
  if (g19(ctx)) c19(ctx);
  if (g20(ctx)) c20(ctx);
  if (g21(ctx)) c21(ctx);
  if (g22(ctx)) c22(ctx);
  if (g23(ctx)) c23(ctx);
  if (g24(ctx)) c24(ctx);
  if (g25(ctx)) c25(ctx);
  if (g26(ctx)) c26(ctx);
  if (g27(ctx)) c27(ctx);
  if (g28(ctx)) c28(ctx);
  if (g29(ctx)) c29(ctx);
  if (g30(ctx)) c30(ctx);
  if (g31(ctx)) c31(ctx);
  if (g32(ctx)) c32(ctx);
  if (g33(ctx)) c33(ctx);
  if (g34(ctx)) c34(ctx);
  if (g35(ctx)) c35(ctx);
  if (g36(ctx)) c36(ctx);
  if (g37(ctx)) c37(ctx);
  if (g38(ctx)) c38(ctx);
  if (g39(ctx)) c39(ctx);
}

/** Every row rule in RULES order without the guards (the reference runRowRules is tested against). */
export function runEveryRowRule(ctx: RowContext): void {
  for (const rule of ROW_RULES) rule.checkRow!(ctx);
}
