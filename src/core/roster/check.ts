// The roster engine's entry point: find the rosters in a set of grids, read every row, run the rules,
// and return the report (for people) with the parsed rosters (for the summary model).
import { todaySerial } from '../dates';
import { resetRegencySuggestionBudget } from '../reference/regency-names';
import { detectRoster, looksLikeRoster } from './detect';
import { RowContext } from './row-context';
import { resolveOptions } from './row-options';
import { SCAN_BLOCK } from './row-scan';
import { RULES, runRowRules } from './rules';
import { resetValueSuggestionBudget } from './values';
import type { CheckOptions, CheckResult, ParsedRoster, RosterRecord, SheetGrid } from './types';

export { looksLikeRoster, detectRoster };

const ROSTER_RULES = RULES.filter((r) => r.checkRoster !== undefined).map((r) => r.checkRoster!);
const FINISH_RULES = RULES.filter((r) => r.finishCheck !== undefined).map((r) => r.finishCheck!);

/**
 * Checks every roster found in `grids` together (NIK and KPJ duplicates are found across all of them).
 * Grids without a roster header are skipped; a roster lacking a required column gets header-missing.
 * Issues come in sheet order, then row, then column.
 */
export function checkGrids(grids: readonly SheetGrid[], options: CheckOptions = {}): CheckResult {
  resetValueSuggestionBudget();
  resetRegencySuggestionBudget();
  const detections = grids.map((grid) => detectRoster(grid));
  let totalRows = 0;
  for (const d of detections) if (d !== null) totalRows += d.dataRows.length;
  const resolved = resolveOptions(options, () => todaySerial());
  const ctx = new RowContext(resolved, totalRows);
  const keepRecords = options.records !== false;
  const parsed: ParsedRoster[] = [];
  // Row ordinals count data rows across rosters; each roster's records start at its first ordinal.
  let ordinal = 0;
  for (let gridIndex = 0; gridIndex < grids.length; gridIndex++) {
    const grid = grids[gridIndex];
    const detected = detections[gridIndex];
    if (detected === null) continue;
    ctx.beginRoster(grid, gridIndex, detected);
    for (const rule of ROSTER_RULES) rule(ctx);
    const records: RosterRecord[] = keepRecords ? new Array<RosterRecord>(detected.dataRows.length) : [];
    const dataRows = detected.dataRows;
    for (let i = 0; i < dataRows.length; i++) {
      const k = i % SCAN_BLOCK;
      if (k === 0) ctx.scanRows(dataRows, i);
      ctx.readRow(dataRows[i], ordinal, k);
      runRowRules(ctx);
      if (keepRecords) records[i] = ctx.record();
      ordinal++;
    }
    parsed.push({ roster: detected.roster, grid, columnIndex: detected.columnIndex, headerIndex: detected.headerIndex, records });
  }
  for (const rule of FINISH_RULES) rule(ctx);
  if (keepRecords) for (const o of ctx.lateErrorRows) markError(parsed, o);
  const { issues, counts } = ctx.log.inOrder();
  return {
    rosters: parsed.map((p) => p.roster),
    issues,
    counts,
    parsed,
    // The figures are for the as-of date's year unless one is chosen: a check in 2026 summarises against 2026's target.
    options: { province: resolved.province, year: options.year ?? resolved.currentYear, asOf: resolved.today },
  };
}

/** Marks the record of the `ordinal`th data row (across rosters) as having an error. */
function markError(parsed: readonly ParsedRoster[], ordinal: number): void {
  let o = ordinal;
  for (const p of parsed) {
    if (o < p.records.length) {
      (p.records[o] as { hasError: boolean }).hasError = true;
      return;
    }
    o -= p.records.length;
  }
}

/** Checks a single grid (convenience for one sheet). */
export const checkGrid = (grid: SheetGrid, options?: CheckOptions): CheckResult => checkGrids([grid], options);
