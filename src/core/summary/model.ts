// The numbers of the coordination-meeting summary ("Ringkasan Rakor"), counted from checked rosters.
// Definitions (README and the sheet say the same):
//   Sasaran (eligible)     = every counted roster row except ASN (PNS, PPPK).
//   Terlindungi (covered)  = eligible rows whose Status Kepesertaan is Aktif.
//   Cakupan (coverage)     = covered ÷ eligible.
//   Target (workers)       = ⌈target × eligible⌉ (same rounding guard as GAPTOTARGET).
//   Kekurangan (gap)       = max(0, Target − covered).
// Data problems never change the counts; rows whose kab/kota cannot be placed in the province go to
// "Tidak diketahui", so every table's total equals the roster's total.
import { ceilWorkers } from '../formulas/coverage';
import { BPU_MINIMUM_MONTHLY } from '../formulas/contribution';
import { findProvince, regenciesOf } from '../reference/regions';
import { defaultTarget } from '../reference/ucj-targets';
import type { Target } from '../settings/target';
import { type CheckResult, type RosterRecord, type RuleId, SEVERITIES, type Severity } from '../roster/types';
import { RULE_IDS } from '../roster/rules';
import { ACTIVE, VALUE_LISTS } from '../roster/values';

export const BUDGET_MONTHS = 12;
export const UNKNOWN_LABEL = 'Tidak diketahui';

// The keys the tables count by: the values of the field schema.
export const CATEGORIES: readonly string[] = VALUE_LISTS.category.map((v) => v.value);
export const HEALTH_WORKER_CATEGORIES: readonly string[] = ['Tenaga Medis', 'Tenaga Kesehatan', 'Tenaga Penunjang Kesehatan'];
export const SEGMENTS: readonly string[] = VALUE_LISTS.segment.map((v) => v.value);
export const PROGRAMS: readonly string[] = VALUE_LISTS.program.map((v) => v.value);
export const PROGRAM_NAMES: Readonly<Record<string, string>> = Object.fromEntries(VALUE_LISTS.program.map((v) => [v.value, v.label.id]));
export const AKTIF = ACTIVE;

/** The province, year and as-of date come from the check (CheckResult.options); only the target is the summary's own. */
export interface SummaryOptions {
  /** Default: the published target of the check's province and year (reference/ucj-targets.ts). */
  readonly target?: Target;
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

export interface CoverageTable {
  readonly rows: readonly CoverageRow[];
  readonly total: CoverageRow;
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
  readonly byRegency: CoverageTable;
  readonly byCategory: CoverageTable;
  readonly bySegment: CoverageTable;
  readonly byProgram: readonly ProgramRow[];
  readonly budget: { readonly gap: number; readonly monthlyContribution: number; readonly months: number; readonly amount: number };
  readonly quality: {
    readonly byRule: readonly QualityRow[];
    readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
    readonly rowsWithErrors: number;
  };
  /** Rosters counted: sheet (and table) with their counted rows. */
  readonly rosters: readonly { readonly sheet: string; readonly table?: string; readonly rows: number }[];
}

export const coverageOf = (covered: number, eligible: number): number | null => (eligible === 0 ? null : covered / eligible);
export const targetWorkersOf = (target: number, eligible: number): number => ceilWorkers(target * eligible);

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

export function computeSummary(result: CheckResult, options: SummaryOptions = {}): SummaryModel {
  const code = result.options.province;
  const province = { code, name: findProvince(code)?.name ?? code };
  const { year, asOf: date } = result.options;
  const target = options.target ?? defaultTarget(province.code, year);
  const records = result.parsed.flatMap((p) => p.records);

  const regencies = regenciesOf(province.code).map((r) => ({ key: r.code, name: r.name }));
  const byRegency = table(records, regencies, (r) => r.regencyCode, target);
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
    rosters: result.parsed.map((p) => ({
      sheet: p.roster.sheet,
      ...(p.roster.table ? { table: p.roster.table } : {}),
      rows: p.records.length,
    })),
  };
}

/** The `summary --json` shape (README documents it). */
export function summaryJson(model: SummaryModel) {
  const row = (r: CoverageRow, code: (r: CoverageRow) => string | null) => ({
    code: code(r),
    name: r.name,
    eligible: r.eligible,
    covered: r.covered,
    coverage: r.coverage,
    target: r.targetWorkers,
    gap: r.gap,
  });
  return {
    province: model.province,
    target: model.target,
    totals: {
      rows: model.totals.rows,
      eligible: model.totals.eligible,
      covered: model.totals.covered,
      coverage: model.totals.coverage,
      gap: model.totals.gap,
      rowsWithErrors: model.totals.rowsWithErrors,
    },
    byRegency: model.byRegency.rows.map((r) => row(r, (x) => x.key)),
    byCategory: model.byCategory.rows.map((r) => row(r, (x) => x.key)),
    bySegment: model.bySegment.rows.map((r) => row(r, (x) => x.key)),
    byProgram: model.byProgram.map((p) => ({
      code: p.code,
      name: p.name,
      participants: p.participants,
      shareOfEligible: p.shareOfEligible,
    })),
    budget: { estimate: true, ...model.budget },
    quality: model.quality,
  };
}
