// The numbers of the coordination-meeting summary ("Ringkasan Rakor"), counted from checked rosters.
// Definitions (README and the sheet say the same):
//   Sasaran (eligible)     = every counted roster row except ASN (PNS, PPPK).
//   Terlindungi (covered)  = eligible rows whose Status Kepesertaan is Aktif.
//   Cakupan (coverage)     = covered ÷ eligible.
//   Target (workers)       = ⌈target × eligible⌉ (same rounding guard as GAPTOTARGET).
//   Kekurangan (gap)       = max(0, Target − covered).
// Data problems never change the counts; rows whose kab/kota cannot be placed in the province go to
// "Tidak diketahui", so every table's total equals the roster's total. A roster without a membership
// status (Status Kepesertaan) is left out of every count, and the scope says so: it is not 0 % covered.
// Per-kab/kota targets default to the province's; the regional UCJ (BPJS active participants ÷ the BPS
// working population) is the official measure, the roster tables a proxy of it.
import { ceilWorkers } from '../formulas/coverage';
import { BPU_MINIMUM_MONTHLY } from '../formulas/contribution';
import type { Localized } from '../i18n/lang';
import { findProvince, regenciesOf } from '../reference/regions';
import { defaultTarget, publishedRegencyTargets } from '../reference/ucj-targets';
import type { Target } from '../settings/target';
import type { FieldId } from '../roster/fields';
import {
  type CheckResult,
  type ParsedRoster,
  type Roster,
  type RosterRecord,
  type RuleId,
  SEVERITIES,
  type Severity,
} from '../roster/types';
import { RULE_IDS } from '../roster/rules';
import { ACTIVE, VALUE_LISTS } from '../roster/values';
import { computeVillageView, type VillageView, villageViewJson } from './villages';

export const BUDGET_MONTHS = 12;
export const UNKNOWN_LABEL = 'Tidak diketahui';

// The keys the tables count by: the values of the field schema.
export const CATEGORIES: readonly string[] = VALUE_LISTS.category.map((v) => v.value);
export const HEALTH_WORKER_CATEGORIES: readonly string[] = ['Tenaga Medis', 'Tenaga Kesehatan', 'Tenaga Penunjang Kesehatan'];
export const SEGMENTS: readonly string[] = VALUE_LISTS.segment.map((v) => v.value);
export const PROGRAMS: readonly string[] = VALUE_LISTS.program.map((v) => v.value);
export const PROGRAM_NAMES: Readonly<Record<string, string>> = Object.fromEntries(VALUE_LISTS.program.map((v) => [v.value, v.label.id]));
export const AKTIF = ACTIVE;

/**
 * The field that says whether a worker is covered. A roster without it is left out of the counts (scope
 * reason "no-membership-status"). Coverage given as SUDAH/BELUM ticks or YA/TIDAK maps to this same field
 * (the roster engine reads those forms as Status Kepesertaan), so such rosters count.
 */
export const MEMBERSHIP_FIELD: FieldId = 'membershipStatus';

/** Whether a roster says who is covered, so that its rows can be counted. */
export const hasMembershipStatus = (p: Pick<ParsedRoster, 'columnIndex' | 'roster'>): boolean =>
  p.columnIndex[MEMBERSHIP_FIELD] !== undefined || p.roster.context?.coverage !== undefined;

/** The parsed rosters a summary counts: those with a membership status. The sheet's formulas sum the same ones. */
export const countedRosters = (result: Pick<CheckResult, 'parsed'>): readonly ParsedRoster[] => result.parsed.filter(hasMembershipStatus);

/** Why a roster found in the workbook is not counted. */
export type ScopeReason = 'no-membership-status' | 'not-selected';

/** Why a roster is left out, as the sheet, the CLI and the pane say it. */
export const SCOPE_REASONS: Readonly<Record<ScopeReason, Localized>> = {
  'no-membership-status': { id: 'tidak ada kolom Status Kepesertaan', en: 'no membership status (Status Kepesertaan) column' },
  'not-selected': { id: 'tidak dipilih untuk ringkasan ini', en: 'not selected for this summary' },
};

/** One roster found for the summary: counted, or left out with the reason. */
export interface ScopeEntry {
  readonly sheet: string;
  readonly table?: string;
  /** Non-empty data rows of the roster. */
  readonly rows: number;
  readonly counted: boolean;
  readonly reason?: ScopeReason;
  /** A KPJ without status was counted as Aktif on this roster (its roster setting, Roster.context.kpjMeansActive). */
  readonly kpjMeansActive?: true;
}

/** BPS working population and BPJS Ketenagakerjaan active participants of one kab/kota (either may be missing). */
export interface RegionalInput {
  /** Penduduk bekerja (BPS Sakernas). */
  readonly working?: number | null;
  /** Peserta aktif BPJS Ketenagakerjaan: PU + BPU + Jakon. */
  readonly active?: number | null;
}

/** The province, year and as-of date come from the check (CheckResult.options); the rest is the summary's own. */
export interface SummaryOptions {
  /** Default: the published target of the check's province and year (reference/ucj-targets.ts). */
  readonly target?: Target;
  /**
   * Own targets of some kab/kota (4-digit code → target), over the published ones (UCJ_REGENCY_TARGETS); the others,
   * and Tidak diketahui, use `target`.
   */
  readonly regencyTargets?: Readonly<Record<string, Target>>;
  /** Regional UCJ inputs per kab/kota code; absent ones stay empty on the sheet for the planner to type. */
  readonly regionalUcj?: Readonly<Record<string, RegionalInput>>;
  /** Rosters found but not chosen for this summary (e.g. the CLI's --sheet): listed in the scope as not counted. */
  readonly notSelected?: readonly Pick<Roster, 'sheet' | 'table' | 'rows'>[];
}

/** One row of a coverage table. `key` is the canonical key (kab/kota code, category...), null for Tidak diketahui. */
export interface CoverageRow {
  readonly key: string | null;
  readonly name: string;
  readonly eligible: number;
  readonly covered: number;
  /** covered ÷ eligible, null when nobody is eligible. */
  readonly coverage: number | null;
  /** ⌈target × eligible⌉. */
  readonly targetWorkers: number;
  readonly gap: number;
}

export interface CoverageTable<R extends CoverageRow = CoverageRow> {
  readonly rows: readonly R[];
  readonly total: R;
}

/** A kab/kota row: its own target (the province's unless set), and the workers and gap it asks for. */
export interface RegencyRow extends CoverageRow {
  readonly target: Target;
  /** The target was set for this kab/kota (else it follows the province's). */
  readonly ownTarget: boolean;
}

export type TargetStatus = 'reached' | 'not-reached';

/** One row of "Capaian UCJ wilayah": the official UCJ of a kab/kota (key null: the province, summed). */
export interface RegionalRow {
  readonly key: string | null;
  readonly name: string;
  readonly working: number | null;
  readonly active: number | null;
  /** active ÷ working; null while an input is missing or working is 0. */
  readonly ucj: number | null;
  readonly target: Target;
  /** ⌈target × working⌉ − active, at least 0 (as GAPTOTARGET); null while an input is missing. */
  readonly gap: number | null;
  readonly status: TargetStatus | null;
}

export interface ProgramRow {
  readonly code: string;
  readonly name: string;
  /** Covered rows (non-ASN, Aktif) whose Program cell names this programme. */
  readonly participants: number;
  /** participants ÷ eligible, null when nobody is eligible. */
  readonly shareOfEligible: number | null;
}

export interface QualityRow {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Cells reported (an issue standing for many cells, Issue.cells, counts each). */
  readonly count: number;
}

export interface SummaryModel {
  readonly province: { readonly code: string; readonly name: string };
  readonly target: Target;
  /** The year the figures are for (the check's). */
  readonly year: number;
  /** Excel serial of the date in the title: the check's as-of date. */
  readonly date: number;
  /** Rows with a KPJ but no status were counted as Aktif on every roster (CheckedOptions.kpjMeansActive; per roster in scope). */
  readonly kpjMeansActive: boolean;
  readonly totals: {
    readonly rows: number;
    readonly asn: number;
    readonly eligible: number;
    readonly covered: number;
    readonly coverage: number | null;
    readonly targetWorkers: number;
    readonly gap: number;
    readonly rowsWithErrors: number;
  };
  /** Per kab/kota, each with its own target; the Total row uses the province's. */
  readonly byRegency: CoverageTable<RegencyRow>;
  readonly byCategory: CoverageTable;
  readonly bySegment: CoverageTable;
  readonly byProgram: readonly ProgramRow[];
  readonly budget: { readonly gap: number; readonly monthlyContribution: number; readonly months: number; readonly amount: number };
  readonly quality: {
    readonly byRule: readonly QualityRow[];
    readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
    readonly rowsWithErrors: number;
  };
  /** Every roster found: counted, or left out with the reason (shown under the title, in the pane and in --json). */
  readonly scope: readonly ScopeEntry[];
  /** Capaian UCJ wilayah: per kab/kota of the province, then the province (sums, once every kab/kota has its inputs). */
  readonly regional: { readonly rows: readonly RegionalRow[]; readonly total: RegionalRow };
  /** Desa per kecamatan, for kader and perangkat desa rosters with a Desa column (villages.ts); null when there are none. */
  readonly villages: VillageView | null;
}

export const coverageOf = (covered: number, eligible: number): number | null => (eligible === 0 ? null : covered / eligible);
export const targetWorkersOf = (target: number, eligible: number): number => ceilWorkers(target * eligible);

/** Workers a target asks for among `eligible` and the gap to `covered`: GAPTOTARGET's rule. */
export const gapOf = (target: number, eligible: number, covered: number): number =>
  Math.max(0, targetWorkersOf(target, eligible) - covered);

/** Tercapai / Belum tercapai; null when there is nothing to measure. */
export const statusOf = (row: { readonly eligible: number; readonly gap: number }): TargetStatus | null =>
  row.eligible === 0 ? null : row.gap === 0 ? 'reached' : 'not-reached';

function coverageRow(key: string | null, name: string, eligible: number, covered: number, target: number): CoverageRow {
  const targetWorkers = targetWorkersOf(target, eligible);
  return {
    key,
    name,
    eligible,
    covered,
    coverage: coverageOf(covered, eligible),
    targetWorkers,
    gap: Math.max(0, targetWorkers - covered),
  };
}

/** Counts eligible/covered per key; keys outside `known` land in Tidak diketahui. */
function table(
  records: readonly RosterRecord[],
  known: readonly { key: string; name: string }[],
  keyOf: (r: RosterRecord) => string | null,
  target: number,
): CoverageTable {
  const { eligible, covered, totalEligible, totalCovered } = countBy(records, keyOf);
  let knownEligible = 0;
  let knownCovered = 0;
  const rows = known.map(({ key, name }) => {
    const e = eligible.get(key) ?? 0;
    const c = covered.get(key) ?? 0;
    knownEligible += e;
    knownCovered += c;
    return coverageRow(key, name, e, c, target);
  });
  rows.push(coverageRow(null, UNKNOWN_LABEL, totalEligible - knownEligible, totalCovered - knownCovered, target));
  return { rows, total: coverageRow(null, 'Total', totalEligible, totalCovered, target) };
}

function countBy(records: readonly RosterRecord[], keyOf: (r: RosterRecord) => string | null) {
  const eligible = new Map<string, number>();
  const covered = new Map<string, number>();
  let totalEligible = 0;
  let totalCovered = 0;
  for (const r of records) {
    if (r.isAsn) continue;
    const k = keyOf(r) ?? '';
    const isCovered = r.membershipStatus === AKTIF;
    totalEligible++;
    eligible.set(k, (eligible.get(k) ?? 0) + 1);
    if (isCovered) {
      totalCovered++;
      covered.set(k, (covered.get(k) ?? 0) + 1);
    }
  }
  return { eligible, covered, totalEligible, totalCovered };
}

/** Regional UCJ of one place from its inputs (either may be missing). */
export function regionalRow(key: string | null, name: string, input: RegionalInput | undefined, target: Target): RegionalRow {
  const working = input?.working ?? null;
  const active = input?.active ?? null;
  const complete = working !== null && active !== null;
  const gap = complete ? gapOf(target, working, active) : null;
  return {
    key,
    name,
    working,
    active,
    ucj: complete && working > 0 ? active / working : null,
    target,
    gap,
    status: complete && gap !== null ? statusOf({ eligible: working, gap }) : null,
  };
}

function checkRegionCodes(what: string, codes: readonly string[], province: string): void {
  const known = new Set(regenciesOf(province).map((r) => r.code));
  const stray = codes.filter((c) => !known.has(c));
  if (stray.length) throw new Error(`${what}: ${stray.join(', ')} not a kab/kota of province ${province}`);
}

export function computeSummary(result: CheckResult, options: SummaryOptions = {}): SummaryModel {
  const code = result.options.province;
  const province = { code, name: findProvince(code)?.name ?? code };
  const { year, asOf: date } = result.options;
  const target = options.target ?? defaultTarget(province.code, year);
  const counted = countedRosters(result);
  const records = counted.flatMap((p) => p.records);

  checkRegionCodes('regencyTargets', Object.keys(options.regencyTargets ?? {}), province.code);
  // A kab/kota's published target where it has one (reference/ucj-targets.ts), a target given (--targets, the pane) over it.
  const own = { ...publishedRegencyTargets(province.code, year), ...options.regencyTargets };
  const inputs = options.regionalUcj ?? {};
  checkRegionCodes('regionalUcj', Object.keys(inputs), province.code);
  const regencies = regenciesOf(province.code).map((r) => ({ key: r.code, name: r.name }));
  const plain = table(records, regencies, (r) => r.regencyCode, target);
  const withTarget = (row: CoverageRow): RegencyRow => {
    const t = (row.key !== null ? own[row.key] : undefined) ?? target;
    const ownTarget = row.key !== null && own[row.key] !== undefined;
    return { ...coverageRow(row.key, row.name, row.eligible, row.covered, t), target: t, ownTarget };
  };
  const byRegency: CoverageTable<RegencyRow> = { rows: plain.rows.map(withTarget), total: { ...plain.total, target, ownTarget: false } };
  const byCategory = table(
    records,
    CATEGORIES.map((c) => ({ key: c, name: c })),
    (r) => r.category,
    target,
  );
  const bySegment = table(
    records,
    SEGMENTS.map((s) => ({ key: s, name: s })),
    (r) => r.segment,
    target,
  );

  const total = byRegency.total;
  const byProgram = PROGRAMS.map((code) => {
    let participants = 0;
    for (const r of records) if (!r.isAsn && r.membershipStatus === AKTIF && r.programs.includes(code)) participants++;
    return { code, name: PROGRAM_NAMES[code], participants, shareOfEligible: coverageOf(participants, total.eligible) };
  });

  const ruleCounts = new Map<string, number>();
  for (const issue of result.issues) {
    const k = `${issue.rule}\u0000${issue.severity}`;
    // An issue standing for many cells (one spelling written 5,210 times) counts each cell.
    ruleCounts.set(k, (ruleCounts.get(k) ?? 0) + (issue.cells?.length ?? 1));
  }
  const byRule: QualityRow[] = [];
  for (const rule of RULE_IDS)
    for (const severity of SEVERITIES) {
      const count = ruleCounts.get(`${rule}\u0000${severity}`);
      if (count) byRule.push({ rule, severity, count });
    }
  const rowsWithErrors = records.filter((r) => r.hasError).length;

  return {
    province,
    target,
    year,
    date,
    kpjMeansActive: result.options.kpjMeansActive,
    totals: {
      rows: records.length,
      asn: records.length - total.eligible,
      eligible: total.eligible,
      covered: total.covered,
      coverage: total.coverage,
      targetWorkers: total.targetWorkers,
      gap: total.gap,
      rowsWithErrors,
    },
    byRegency,
    byCategory,
    bySegment,
    byProgram,
    budget: {
      gap: total.gap,
      monthlyContribution: BPU_MINIMUM_MONTHLY,
      months: BUDGET_MONTHS,
      amount: total.gap * BPU_MINIMUM_MONTHLY * BUDGET_MONTHS,
    },
    quality: { byRule, counts: { ...result.counts }, rowsWithErrors },
    scope: [
      ...result.parsed.map((p) => scopeEntry(p.roster, hasMembershipStatus(p) ? undefined : 'no-membership-status')),
      ...(options.notSelected ?? []).map((r) => scopeEntry(r, 'not-selected')),
    ],
    regional: regional(province.code, byRegency.rows, inputs, target),
    villages: computeVillageView(counted),
  };
}

function scopeEntry(r: Pick<Roster, 'sheet' | 'table' | 'rows' | 'context'>, reason?: ScopeReason): ScopeEntry {
  return {
    sheet: r.sheet,
    ...(r.table ? { table: r.table } : {}),
    rows: r.rows,
    counted: reason === undefined,
    ...(reason ? { reason } : {}),
    ...(reason === undefined && r.context?.kpjMeansActive ? { kpjMeansActive: true as const } : {}),
  };
}

function regional(
  province: string,
  regencyRows: readonly RegencyRow[],
  inputs: Readonly<Record<string, RegionalInput>>,
  target: Target,
): SummaryModel['regional'] {
  const rows = regencyRows.filter((r) => r.key !== null).map((r) => regionalRow(r.key, r.name, inputs[r.key!], r.target));
  const sum = (k: 'working' | 'active'): number | null => (rows.every((r) => r[k] !== null) ? rows.reduce((n, r) => n + r[k]!, 0) : null);
  const name = findProvince(province)?.name ?? province;
  return { rows, total: regionalRow(null, `Provinsi ${name}`, { working: sum('working'), active: sum('active') }, target) };
}

/** The `summary --json` shape (README documents it). */
export function summaryJson(model: SummaryModel) {
  const row = (r: CoverageRow) => ({
    code: r.key,
    name: r.name,
    eligible: r.eligible,
    covered: r.covered,
    coverage: r.coverage,
    target: r.targetWorkers,
    gap: r.gap,
  });
  return {
    province: model.province,
    year: model.year,
    target: model.target,
    kpjMeansActive: model.kpjMeansActive,
    scope: model.scope.map((s) => ({
      sheet: s.sheet,
      ...(s.table ? { table: s.table } : {}),
      rows: s.rows,
      counted: s.counted,
      ...(s.reason ? { reason: s.reason } : {}),
    })),
    totals: {
      rows: model.totals.rows,
      eligible: model.totals.eligible,
      covered: model.totals.covered,
      coverage: model.totals.coverage,
      gap: model.totals.gap,
      rowsWithErrors: model.totals.rowsWithErrors,
    },
    byRegency: model.byRegency.rows.map((r) => ({ ...row(r), targetRate: r.target, ownTarget: r.ownTarget })),
    byCategory: model.byCategory.rows.map(row),
    bySegment: model.bySegment.rows.map(row),
    byProgram: model.byProgram.map((p) => ({
      code: p.code,
      name: p.name,
      participants: p.participants,
      shareOfEligible: p.shareOfEligible,
    })),
    regionalUcj: [...model.regional.rows, model.regional.total].map((r) => ({
      code: r.key,
      name: r.name,
      working: r.working,
      active: r.active,
      ucj: r.ucj,
      targetRate: r.target,
      gap: r.gap,
      status: r.status,
    })),
    ...(model.villages ? { villages: villageViewJson(model.villages) } : {}),
    budget: { estimate: true, ...model.budget },
    quality: model.quality,
  };
}
