// The roster engine's entry point: find the rosters in a set of grids, read every row, run the rules,
// and return the report (for people) with the parsed rosters (for the summary model).
import { todaySerial } from '../dates';
import { resetRegencySuggestionBudget } from '../reference/regency-names';
import { parseRegency } from '../settings/regency';
import { figuresYear } from '../settings/year';
import { type DetectedRoster, detectRoster, looksLikeRoster } from './detect';
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
  const run = startCheck(grids, options);
  while (!run.step(Infinity));
  return run.result();
}

/**
 * A check that runs in steps of rows, so that its caller can report progress (rows done of total) and do
 * other work between steps: the task pane's worker, or the page itself where no worker can start. The
 * steps do exactly what checkGrids does, in the same order, so the result is the same.
 */
export interface CheckRun {
  /** Data rows of every roster found. */
  readonly totalRows: number;
  readonly rowsDone: number;
  /** Checks up to `rows` more data rows; true once every row is checked (then call result()). */
  step(rows: number): boolean;
  /** Runs the checks that need every row (duplicates) and returns the result; once, after the last step. */
  result(): CheckResult;
}

/** Starts a check in steps: finds the rosters; no row is checked yet. */
export function startCheck(grids: readonly SheetGrid[], options: CheckOptions = {}): CheckRun {
  return new SteppedCheck(grids, options);
}

class SteppedCheck implements CheckRun {
  readonly totalRows: number;
  rowsDone = 0;
  private readonly detections: (DetectedRoster | null)[];
  private readonly resolved: ReturnType<typeof resolveOptions>;
  private readonly ctx: RowContext;
  private readonly keepRecords: boolean;
  private readonly parsed: ParsedRoster[] = [];
  /** The grid being checked, the next of its data rows, and its records so far. */
  private gridIndex = -1;
  private next = 0;
  private records: RosterRecord[] = [];
  /** Row ordinals count data rows across rosters; each roster's records start at its first ordinal. */
  private ordinal = 0;
  private finished = false;

  constructor(
    private readonly grids: readonly SheetGrid[],
    private readonly options: CheckOptions,
  ) {
    resetValueSuggestionBudget();
    resetRegencySuggestionBudget();
    this.resolved = resolveOptions(options, () => todaySerial());
    const province = this.resolved.province;
    // Each grid's own settings win over the check's (CheckOptions.rosterSettings); every kab/kota through the one parser.
    this.detections = grids.map((grid, i) => {
      const own = options.rosterSettings?.[i];
      const regency = own?.regency ?? options.regency;
      return detectRoster(grid, {
        province,
        regency: regency === undefined ? undefined : parseRegency(regency, province),
        kpjMeansActive: own?.kpjMeansActive ?? this.resolved.kpjMeansActive,
      });
    });
    let totalRows = 0;
    for (const d of this.detections) if (d !== null) totalRows += d.dataRows.length;
    this.totalRows = totalRows;
    this.ctx = new RowContext(this.resolved, totalRows);
    this.keepRecords = options.records !== false;
    this.nextRoster();
  }

  /** Moves to the next grid holding a roster (running its roster-level rules), or past the last. */
  private nextRoster(): void {
    const ctx = this.ctx;
    for (this.gridIndex++; this.gridIndex < this.grids.length; this.gridIndex++) {
      const detected = this.detections[this.gridIndex];
      if (detected === null) continue;
      ctx.beginRoster(this.grids[this.gridIndex], this.gridIndex, detected);
      for (const rule of ROSTER_RULES) rule(ctx);
      this.records = this.keepRecords ? new Array<RosterRecord>(detected.dataRows.length) : [];
      this.next = 0;
      if (detected.dataRows.length > 0) return;
      this.endRoster(detected);
    }
  }

  private endRoster(detected: DetectedRoster): void {
    this.parsed.push({
      roster: detected.roster,
      grid: this.grids[this.gridIndex],
      columnIndex: detected.columnIndex,
      headerIndex: detected.headerIndex,
      records: this.records,
    });
  }

  step(rows: number): boolean {
    const ctx = this.ctx;
    const keepRecords = this.keepRecords;
    let budget = rows;
    while (this.gridIndex < this.grids.length && budget > 0) {
      const detected = this.detections[this.gridIndex]!;
      const dataRows = detected.dataRows;
      const records = this.records;
      const end = Math.min(dataRows.length, this.next + budget);
      let ordinal = this.ordinal;
      for (let i = this.next; i < end; i++) {
        const k = i % SCAN_BLOCK;
        if (k === 0) ctx.scanRows(dataRows, i);
        // A step that starts inside a block scans the rest of it (the scan keeps one block).
        else if (i === this.next) ctx.scanRows(dataRows, i - k);
        ctx.readRow(dataRows[i], ordinal, k);
        runRowRules(ctx);
        if (keepRecords) records[i] = ctx.record();
        ordinal++;
      }
      budget -= end - this.next;
      this.rowsDone += end - this.next;
      this.ordinal = ordinal;
      this.next = end;
      if (end === dataRows.length) {
        this.endRoster(detected);
        this.nextRoster();
      }
    }
    return this.gridIndex >= this.grids.length;
  }

  result(): CheckResult {
    if (this.finished || this.gridIndex < this.grids.length) throw new Error('result() comes once, after the last step');
    this.finished = true;
    const { ctx, parsed, resolved, options } = this;
    for (const rule of FINISH_RULES) rule(ctx);
    if (this.keepRecords) for (const o of ctx.lateErrorRows) markError(parsed, o);
    const { issues, counts } = ctx.log.inOrder();
    return {
      rosters: parsed.map((p) => p.roster),
      issues,
      counts,
      parsed,
      // The figures are for the as-of date's year unless one is chosen: a check in 2026 summarises against 2026's target.
      options: {
        province: resolved.province,
        year: figuresYear(options.year, resolved.today),
        asOf: resolved.today,
        // Said once for the summary when every roster counted so; each roster's own is in its context.
        kpjMeansActive: parsed.length === 0 ? resolved.kpjMeansActive : parsed.every((p) => p.roster.context?.kpjMeansActive === true),
      },
    };
  }
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
