// What the task pane's buttons and fields do, on the workbook port and the pane's state, without the DOM:
// the same steps run in Excel, in the browser preview and in tests. app.ts wires them to the page and
// render.ts draws the state; each action answers with the status line to show.
import { formatYmd, todaySerial, ymdFromSerial } from '../core/dates';
import { type Lang, pick } from '../core/i18n/lang';
import { findProvince, regenciesOf } from '../core/reference/regions';
import { buildIssueSheet } from '../core/report/issue-sheet';
import { type CheckResult, type Issue, type Severity, SEVERITY_NAMES, type SheetGrid } from '../core/roster/types';
import { computeSummary, type SummaryModel } from '../core/summary/model';
import { summarySheetRequest } from '../core/summary/sheet';
import { abortError } from '../hosts/abort';
import type { CellRef, FixBatch, RosterSheetInput, StoredRosterSettings, WorkbookPort, WorkbookSettings } from '../hosts/port';
import { findRosterGrids } from '../hosts/roster-grids';
import { type Checker, SlicedChecker } from './checker/checker';
import { formatCount, type MessageKey, t } from './i18n';
import {
  checkedWithOther,
  type FieldProblem,
  gridRosterSettings,
  type FieldProblems,
  type PaneSettings,
  type Parsed,
  readProvince,
  readRegency,
  readRegencyTarget,
  readTarget,
  readYear,
  regencyTargetsOf,
  rosterSettingsFromStore,
  settingsFromStore,
  startingTarget,
  targetAfterChange,
  type TargetProblems,
  targetToStore,
} from './settings';
import { marksFor, type ReadProgress, rosterTemplate, type Scope } from './workflow';
import { chosenFixes, fixCandidates, groupFixes, type FixCandidate, type FixGroupKey } from './fixes';

/** The status line an action leaves, and the control to focus after it. */
export interface Status {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly error?: boolean;
  readonly focus?: string;
}

/**
 * What a check read, as the user chose it: the scope, and for the active sheet the sheets read then. A recheck
 * (after Fix, or before a summary when the province or year changed) reads exactly these again, wherever the
 * user stands by then: the pane never widens the user's choice silently.
 */
export interface CheckedScope {
  readonly scope: Scope;
  /** The sheets an 'active' check read; undefined for 'all' (every roster, found again each time). */
  readonly sheets?: readonly string[];
}

export interface PaneState {
  lang: Lang;
  scope: Scope;
  settings: PaneSettings;
  /** Fields whose text could not be used, with the message shown beside them. */
  problems: FieldProblems;
  /** Per-kab/kota target fields whose text could not be used, by kab/kota code. */
  targetProblems: TargetProblems;
  /** The sheet whose roster settings the fields show and store (the active sheet when the pane opened or was last checked). */
  rosterSheet: string | null;
  /** Roster settings stored in the workbook, by sheet name. */
  rosters: Readonly<Record<string, StoredRosterSettings>>;
  result: CheckResult | null;
  /** What the result covers (null before the first check). */
  checked: CheckedScope | null;
  /** The severity the issue list shows alone (the count tile pressed), or null for all. */
  filter: Severity | null;
  grids: SheetGrid[];
  /** The Fix preview's fixes (empty when the preview is closed) and the groups chosen to apply. */
  fixes: FixCandidate[];
  fixChosen: ReadonlySet<FixGroupKey>;
  /** Groups whose list of cells is open in the preview. */
  fixOpen: ReadonlySet<FixGroupKey>;
  /** Applied fix batches the workbook can undo, newest last. */
  undoable: readonly FixBatch[];
  summary: SummaryModel | null;
}

/** How a long action reports while it reads and checks, and how it is cancelled. */
export interface Progress {
  readonly signal?: AbortSignal;
  /** Called when reading the rosters begins. */
  readonly onStart?: () => void;
  readonly onReading?: (p: ReadProgress) => void;
  /** Called when the check of the rows read begins (`rows`: rows read, an upper bound of the data rows). */
  readonly onChecking?: (rows: number) => Promise<void>;
  /** Data rows checked so far of all (the worker, or the page's slices, report as they go). */
  readonly onCheckProgress?: (done: number, total: number) => void;
}

/** The scope's name in a sentence: "lembar aktif" / "every roster". */
export const scopeKey = (scope: Scope): MessageKey => (scope === 'active' ? 'scopeActiveShort' : 'scopeAllShort');

/** "Nakes Kalbar, Kader Desa": the rosters of a check by sheet (and table). */
export const rosterNames = (result: CheckResult): string => result.rosters.map((r) => r.table ?? r.sheet).join(', ');

/** "61 Kalimantan Barat" */
export const provinceLabel = (code: string): string => `${code} ${findProvince(code)?.name ?? ''}`.trim();

export class PaneActions {
  readonly state: PaneState;

  constructor(
    private readonly port: WorkbookPort,
    lang: Lang,
    private readonly demoSheets?: () => Promise<readonly RosterSheetInput[]>,
    /** Runs the check off the page's thread (app.ts passes the worker); on the page in slices by default. */
    private readonly checker: Checker = new SlicedChecker(),
    /** "Today" as an Excel serial: the as-of date of a check, and so the year the figures are for (tests pin it). */
    private readonly today: () => number = todaySerial,
  ) {
    this.state = {
      lang,
      scope: 'active',
      settings: settingsFromStore({}, today()).settings,
      problems: {},
      targetProblems: {},
      rosterSheet: null,
      rosters: {},
      result: null,
      checked: null,
      filter: null,
      grids: [],
      fixes: [],
      fixChosen: new Set(),
      fixOpen: new Set(),
      undoable: [],
      summary: null,
    };
  }

  private tr(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.state.lang, key, params);
  }

  // ---- settings ----------------------------------------------------------------------------

  /** Reads the workbook's stored settings: where they enter the pane, so they are parsed here once. */
  async loadSettings(): Promise<void> {
    const stored: WorkbookSettings = await this.port.getSettings().catch(() => ({}));
    if (stored.lang) this.state.lang = stored.lang;
    ({
      settings: this.state.settings,
      problems: this.state.problems,
      targetProblems: this.state.targetProblems,
    } = settingsFromStore(stored, this.today()));
    this.state.rosters = stored.rosters ?? {};
    // The roster settings restored are those of the sheet the pane opens on.
    this.showRosterSettings(await this.port.activeSheet().catch(() => null));
  }

  /** The fields show (and edit) the roster settings stored for `sheet`: its kab/kota code and KPJ flag. */
  private showRosterSettings(sheet: string | null): void {
    const { regency, kpjMeansActive, problem } = rosterSettingsFromStore(
      sheet === null ? undefined : this.state.rosters[sheet],
      this.state.settings.province,
    );
    this.state.rosterSheet = sheet;
    this.state.settings = { ...this.state.settings, regency, kpjMeansActive };
    const problems = { ...this.state.problems };
    if (problem) problems.regency = problem;
    else delete problems.regency;
    this.state.problems = problems;
  }

  /**
   * The roster settings now are `sheet`'s: settings entered before the pane knew the sheet become that sheet's;
   * otherwise the sheet brings its own.
   */
  private async rosterSettingsFor(sheet: string): Promise<void> {
    if (this.state.rosterSheet === null) {
      this.state.rosterSheet = sheet;
      await this.saveRosterSettings();
    } else this.showRosterSettings(sheet);
  }

  /** Stores the roster settings under the sheet they are for (nothing but a code and a flag; defaults are not kept). */
  private async saveRosterSettings(): Promise<void> {
    const sheet = this.state.rosterSheet;
    if (sheet === null) return;
    const { regency, kpjMeansActive } = this.state.settings;
    const rosters = { ...this.state.rosters };
    if (regency === null && !kpjMeansActive) delete rosters[sheet];
    else rosters[sheet] = { ...(regency !== null ? { regency } : {}), ...(kpjMeansActive ? { kpjMeansActive } : {}) };
    this.state.rosters = rosters;
    await this.port.setSettings({ rosters });
  }

  async setLang(lang: Lang): Promise<void> {
    this.state.lang = lang;
    await this.port.setSettings({ lang });
  }

  async enterProvince(text: string): Promise<void> {
    const read = readProvince(text);
    if (this.keepProblem('province', read)) return;
    await this.changePeriod({ province: read.value });
  }

  async enterYear(text: string): Promise<void> {
    const read = readYear(text);
    if (this.keepProblem('year', read)) return;
    await this.changePeriod({ year: read.value });
  }

  /** The roster's kab/kota (it changes what the next check reads), stored under the roster's sheet. */
  async enterRegency(text: string): Promise<void> {
    const read = readRegency(text, this.state.settings.province);
    if (this.keepProblem('regency', read)) return;
    this.state.settings = { ...this.state.settings, regency: read.value };
    const problems = { ...this.state.problems };
    delete problems.regency;
    this.state.problems = problems;
    await this.saveRosterSettings();
  }

  async setKpjMeansActive(on: boolean): Promise<void> {
    this.state.settings = { ...this.state.settings, kpjMeansActive: on };
    await this.saveRosterSettings();
  }

  /** A kab/kota's own target: parsed by the one target parser; empty gives it back the published or province target. */
  async enterRegencyTarget(code: string, text: string): Promise<void> {
    const read = readRegencyTarget(text);
    const targetProblems = { ...this.state.targetProblems };
    if ('problem' in read) {
      this.state.targetProblems = { ...targetProblems, [code]: read.problem };
      return;
    }
    delete targetProblems[code];
    this.state.targetProblems = targetProblems;
    const regencyTargets = { ...this.state.settings.regencyTargets };
    if (read.value === null) delete regencyTargets[code];
    else regencyTargets[code] = read.value;
    this.state.settings = { ...this.state.settings, regencyTargets };
    await this.port.setSettings({ regencyTargets });
  }

  async enterTarget(text: string): Promise<void> {
    const read = readTarget(text);
    if (this.keepProblem('target', read)) return;
    await this.save({ target: read.value }, ['target']);
  }

  /** A field's text could not be used: it stays in the field with the message beside it; nothing is saved. */
  private keepProblem<T>(id: keyof FieldProblems, read: Parsed<T>): read is { readonly problem: FieldProblem } {
    if (!('problem' in read)) return false;
    this.state.problems = { ...this.state.problems, [id]: read.problem };
    return true;
  }

  /** Province or year changed: follow the published target when the current one is the published one. */
  private async changePeriod(change: { province?: string; year?: number }): Promise<void> {
    const { settings, problems } = this.state;
    const from = { province: settings.province, year: settings.year };
    const to = { province: change.province ?? from.province, year: change.year ?? from.year };
    const solved: (keyof FieldProblems)[] = [change.province !== undefined ? 'province' : 'year'];
    // A target the user typed that could not be used stays in its field until they correct it.
    if (problems.target?.text) return this.save(change, solved);
    const target = targetAfterChange(settings.target, from, to);
    if (target !== null) return this.save({ ...change, target }, [...solved, 'target']);
    const start = startingTarget(to.province, to.year);
    if ('problem' in start) this.state.problems = { ...problems, target: start.problem };
    return this.save(change, solved);
  }

  /** Keeps settings that parsed, clears the problems they solve and stores them in the workbook. */
  private async save(change: Partial<PaneSettings>, solved: readonly (keyof FieldProblems)[]): Promise<void> {
    this.state.settings = { ...this.state.settings, ...change };
    const problems = { ...this.state.problems };
    for (const id of solved) delete problems[id];
    this.state.problems = problems;
    const { province, year } = change;
    // A target is stored while it is the planner's own; the published one is not (it follows the year).
    await this.port.setSettings({
      ...(province !== undefined ? { province } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(change.target !== undefined || change.year !== undefined || province !== undefined
        ? { target: targetToStore(this.state.settings) }
        : {}),
    });
  }

  // ---- check -------------------------------------------------------------------------------

  /**
   * Reads the rosters in scope and checks them with the current province and year. `again` reads what the last
   * check read (after Fix, or when a summary needs a fresh check); otherwise the scope the user chose now.
   */
  async check(progress: Progress = {}, again = false): Promise<Status | null> {
    const plan = again && this.state.checked ? { checked: this.state.checked } : await this.scopeToCheck();
    if (!('checked' in plan)) return plan.refused;
    const { checked } = plan;
    // Checking another sheet than the one the roster settings are for: that sheet's own settings apply.
    const sheet = checked.scope === 'active' && checked.sheets?.length === 1 ? checked.sheets[0] : null;
    if (sheet !== null && sheet !== this.state.rosterSheet) await this.rosterSettingsFor(sheet);
    const { settings } = this.state;
    progress.onStart?.();
    const grids = await findRosterGrids(this.port, {
      scope: checked.scope,
      ...(checked.sheets ? { sheets: checked.sheets } : {}),
      signal: progress.signal,
      onProgress: progress.onReading,
    });
    if (this.state.rosterSheet === null && checked.scope === 'all') {
      // Checking every roster with settings entered before the pane knew the sheet: they are the active sheet's.
      const active = await this.port.activeSheet().catch(() => null);
      if (active !== null && grids.some((g) => g.sheet === active)) await this.rosterSettingsFor(active);
    }
    await progress.onChecking?.(grids.reduce((s, g) => s + g.rows.length, 0));
    if (progress.signal?.aborted) throw abortError();
    const result = await this.checker.check(
      grids,
      {
        province: settings.province,
        year: settings.year,
        today: this.today(),
        // Each sheet's own roster settings reach its rosters only (never the active sheet's to every sheet).
        rosterSettings: gridRosterSettings(grids, this.state.rosters, settings.province),
      },
      { signal: progress.signal, onProgress: progress.onCheckProgress },
    );
    Object.assign(this.state, { result, grids, checked, filter: null, fixes: [], fixChosen: new Set(), fixOpen: new Set(), summary: null });
    if (result.rosters.length === 0) return { key: 'noRoster', error: true };
    if (result.rosters.every((r) => r.rows === 0)) return { key: 'noRows', params: { sheets: rosterNames(result) } };
    return 'note' in plan && plan.note ? plan.note : null;
  }

  /**
   * The sheets a new check reads, as the user chose: every roster, or the active sheet. Standing on a sheet this
   * add-in made (the summary, the issue list) with "active sheet" chosen, it checks again what the last check of
   * the active sheet read, and says so; with no such check it asks the user to choose, rather than widening.
   */
  private async scopeToCheck(): Promise<{ checked: CheckedScope; note?: Status } | { refused: Status }> {
    const scope = this.state.scope;
    if (scope === 'all') return { checked: { scope } };
    const active = await this.port.activeSheet();
    const generated = (await this.port.listSheets()).find((s) => s.name === active)?.generatedKind;
    if (!generated) return { checked: { scope, sheets: [active] } };
    const last = this.state.checked;
    if (last?.scope === 'active' && last.sheets?.length)
      return { checked: last, note: { key: 'checkedLastActive', params: { sheet: active, sheets: last.sheets.join(', ') } } };
    return { refused: { key: 'activeIsGenerated', params: { sheet: active }, error: true, focus: 'scope-all' } };
  }

  /** Shows one severity alone in the issue list, or all again; the status says what the list now shows. */
  toggleFilter(severity: Severity): Status | null {
    const result = this.state.result;
    if (!result) return null;
    this.state.filter = this.state.filter === severity ? null : severity;
    const shown = this.state.filter;
    if (!shown) return { key: 'filterAll' };
    const issues = result.issues.filter((i) => i.severity === shown);
    return {
      key: 'filterShown',
      params: {
        severity: pick(SEVERITY_NAMES[shown].many, this.state.lang),
        count: formatCount(issues.length, this.state.lang),
        rules: formatCount(new Set(issues.map((i) => i.rule)).size, this.state.lang),
      },
    };
  }

  async select(issue: Issue): Promise<Status> {
    await this.port.selectCell(issue.sheet, issue.cell);
    return { key: 'selected', params: { cell: issue.cell, sheet: issue.sheet } };
  }

  async mark(): Promise<Status | null> {
    const { result, lang } = this.state;
    if (!result) return null;
    const { marks, marked, total } = marksFor(result.issues, lang);
    await this.port.markCells(marks);
    return marked < total
      ? { key: 'markedCapped', params: { count: formatCount(marked, lang), total: formatCount(total, lang) } }
      : { key: 'marked', params: { count: formatCount(marked, lang) } };
  }

  async clearMarks(): Promise<Status> {
    await this.port.clearMarks();
    return { key: 'marksCleared' };
  }

  async writeIssueSheet(): Promise<Status | null> {
    const { result, lang } = this.state;
    if (!result) return null;
    const spec = buildIssueSheet(result, { lang, dateText: formatYmd(ymdFromSerial(todaySerial())) });
    return { key: 'issueSheetWritten', params: { sheet: await this.port.writeGeneratedSheet(spec) } };
  }

  // ---- fix ---------------------------------------------------------------------------------

  /** Lists the safe fixes for the preview (in state.fixes), every group chosen; nothing changes yet. */
  previewFixes(): Status | null {
    const { result, grids } = this.state;
    if (!result) return null;
    this.state.fixes = fixCandidates(result, grids);
    this.state.fixChosen = new Set(groupFixes(this.state.fixes).map((g) => g.key));
    return this.state.fixes.length ? null : { key: 'fixNone' };
  }

  chooseFixGroup(key: FixGroupKey, chosen: boolean): void {
    const next = new Set(this.state.fixChosen);
    if (chosen) next.add(key);
    else next.delete(key);
    this.state.fixChosen = next;
  }

  showFixCells(key: FixGroupKey, open: boolean): void {
    const next = new Set(this.state.fixOpen);
    if (open) next.add(key);
    else next.delete(key);
    this.state.fixOpen = next;
  }

  cancelFixes(): void {
    this.state.fixes = [];
    this.state.fixChosen = new Set();
    this.state.fixOpen = new Set();
  }

  /** Reads which fix batches the workbook can undo (they are kept in it, so they survive a reload of the pane). */
  async loadUndoable(): Promise<void> {
    this.state.undoable = await this.port.undoableFixes().catch(() => []);
  }

  /** Applies the fixes of the chosen groups as one undoable batch (cells changed since the preview are skipped), then checks again. */
  async applyFixes(progress: Progress = {}): Promise<Status> {
    const { lang } = this.state;
    const fixes = chosenFixes(this.state.fixes, this.state.fixChosen);
    if (fixes.length === 0) return { key: 'fixNoneChosen', error: true };
    const outcome = await this.port.applyFixes(fixes);
    this.cancelFixes();
    this.state.undoable = outcome.undoable;
    const checked = await this.checkAfterChange(progress);
    const params = { count: formatCount(outcome.applied, lang), skipped: formatCount(outcome.skipped, lang) };
    const focus = outcome.applied ? 'undo-fix' : this.fixFocus();
    if (!checked) return { key: 'fixAppliedUnchecked', params, focus };
    return outcome.skipped ? { key: 'fixSkipped', params, focus } : { key: 'fixApplied', params, focus };
  }

  /** Undoes the newest fix batch, then checks again when there are results to bring up to date. */
  async undoFix(progress: Progress = {}): Promise<Status> {
    const { lang } = this.state;
    const outcome = await this.port.undoLastFix();
    if (!outcome) {
      this.state.undoable = [];
      return { key: 'fixUndoNone', error: true };
    }
    this.state.undoable = outcome.undoable;
    this.cancelFixes();
    const checked = this.state.result ? await this.checkAfterChange(progress) : true;
    const focus = outcome.undoable.length ? 'undo-fix' : this.fixFocus();
    const count = formatCount(outcome.restored, lang);
    if (outcome.refused.length === 0) return { key: checked ? 'fixUndone' : 'fixUndoneUnchecked', params: { count }, focus };
    return {
      key: 'fixUndoRefused',
      params: { count, refused: formatCount(outcome.refused.length, lang), cells: cellList(outcome.refused, lang) },
      error: true,
      focus,
    };
  }

  /**
   * Checks again after Fix or Undo changed cells. When that check is cancelled, the results from before the
   * change are dropped (they no longer describe the sheet); false then.
   */
  private async checkAfterChange(progress: Progress): Promise<boolean> {
    try {
      // the same rosters the last check read: Fix never widens the scope
      await this.check(progress, true);
      return true;
    } catch (e) {
      if ((e as Error)?.name !== 'AbortError') throw e;
      Object.assign(this.state, { result: null, grids: [], summary: null });
      return false;
    }
  }

  /**
   * Where the focus goes once no fix is left to undo: "Perbaiki…" when the results offer it, else "Periksa roster"
   * (no check yet in a reloaded pane, or no issue left), so it never falls to the top of the page.
   */
  private fixFocus(): string {
    return this.state.result?.issues.length ? 'fix' : 'check';
  }

  // ---- summary -----------------------------------------------------------------------------

  /**
   * Writes the summary of the last check with the current target. A summary always uses the province and year
   * its check used: when they changed since the check, the rosters are checked again with the current ones first.
   */
  async insertSummary(progress: Progress = {}): Promise<Status> {
    const { problems, settings, targetProblems } = this.state;
    const blocking = (['target', 'year'] as const).find((id) => problems[id]) ?? (settings.target === null ? 'target' : undefined);
    if (blocking || settings.target === null) return { key: 'fixFields', error: true, focus: blocking ?? 'target' };
    // A kab/kota target that could not be used waits beside its field: the summary is not written without it.
    const badRegency = regenciesOf(settings.province).find((r) => targetProblems[r.code]);
    if (badRegency) return { key: 'fixFields', error: true, focus: `target-${badRegency.code}` };
    // A summary counts what the results show. It checks again first when the province or year changed since (the
    // same sheets), or when the user chose another scope since (the scope chosen now); the status says which.
    const { result: before, checked } = this.state;
    const rescoped = before !== null && checked !== null && checked.scope !== this.state.scope;
    const rechecked = before !== null && !rescoped && checkedWithOther(before, settings, this.state.rosters);
    if (!before || rescoped || rechecked) {
      const refused = await this.check(progress, rechecked);
      if (refused?.error) return refused;
    }
    const result = this.state.result!;
    if (result.rosters.length === 0) return { key: 'noRoster', error: true };
    // The kab/kota's own targets go the way of the CLI's --targets: computeSummary's regencyTargets.
    const model = computeSummary(result, { target: settings.target, regencyTargets: regencyTargetsOf(settings) });
    const labels = { title: this.tr('chartTitle'), covered: this.tr('covered'), target: this.tr('chartTarget') };
    const sheet = await this.port.writeGeneratedSheet(summarySheetRequest(model, result, { chartLabels: labels }));
    this.state.summary = model;
    if (rechecked) return { key: 'summaryRechecked', params: { sheet, province: provinceLabel(model.province.code), year: model.year } };
    if (rescoped) return { key: 'summaryRescoped', params: { sheet, scope: this.tr(scopeKey(this.state.scope)) } };
    return { key: 'summaryWritten', params: { sheet } };
  }

  // ---- trainers ----------------------------------------------------------------------------

  async insertDemo(): Promise<Status | null> {
    if (!this.demoSheets || !this.port.insertRosterSheet) return null;
    const names: string[] = [];
    for (const sheet of await this.demoSheets()) names.push(await this.port.insertRosterSheet(sheet));
    Object.assign(this.state, { result: null, summary: null });
    return { key: 'demoInserted', params: { sheets: names.join(', ') } };
  }

  async insertTemplate(): Promise<Status | null> {
    if (!this.port.insertRosterSheet) return null;
    const sheet = await this.port.insertRosterSheet(rosterTemplate(this.state.settings.province, this.tr('templateSheet')));
    return { key: 'templateInserted', params: { sheet } };
  }
}

const CELLS_LISTED = 5;

/** "Roster Nakes!F7, Roster Nakes!F9 dan 3 lainnya": where refused cells are, the first few by name. */
function cellList(cells: readonly CellRef[], lang: Lang): string {
  const shown = cells.slice(0, CELLS_LISTED).map((c) => `${c.sheet}!${c.cell}`);
  const more = cells.length - shown.length;
  return more > 0 ? t(lang, 'andMore', { list: shown.join(', '), count: formatCount(more, lang) }) : shown.join(', ');
}
