// The task pane UI. It talks to the workbook only through the port, so Excel and the browser
// preview run the same code. Every text reaches the page through textContent, never innerHTML.
import type { Lang } from '../core/i18n/lang';
import { pick } from '../core/i18n/lang';
import { findProvince, PROVINCES } from '../core/reference/regions';
import { checkGrids, looksLikeRoster } from '../core/roster/check';
import { type CheckResult, type Issue, type RuleId, SEVERITY_RANK, type SheetGrid } from '../core/roster/types';
import { buildIssueSheet } from '../core/report/issue-sheet';
import { formatTarget } from '../core/settings/target';
import { computeSummary, type SummaryModel } from '../core/summary/model';
import { summarySheetRequest } from '../core/summary/sheet';
import { formatYmd, todaySerial, ymdFromSerial } from '../core/dates';
import type { WorkbookPort, WorkbookSettings, RosterSheetInput } from '../hosts/port';
import { abortError } from '../hosts/abort';
import { formatCount, formatPercent, MESSAGES, RULE_LABELS, t, type MessageKey } from './i18n';
import {
  checkedWithOther,
  type FieldProblems,
  type PaneSettings,
  readProvince,
  readTarget,
  readYear,
  settingsFromStore,
  startingTarget,
  targetAfterChange,
} from './settings';
import { collectGrids, fixCandidates, marksFor, rosterTemplate, withCoverageChart, type FixCandidate, type Scope } from './workflow';

export interface AppOptions {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  readonly preview?: boolean;
  /** Rosters "Sisipkan data demo" inserts (loaded lazily: the generator is only needed on click). */
  readonly demoSheets?: () => Promise<readonly RosterSheetInput[]>;
  readonly onLangChange?: (lang: Lang) => void;
}

const ISSUES_PER_GROUP = 50;
const FIX_ROWS_SHOWN = 200;

type Attrs = Record<string, string | boolean | undefined>;

/** Creates an element; children strings become text nodes (never parsed as HTML). */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

export class TaskPaneApp {
  private lang: Lang;
  private readonly port: WorkbookPort;
  private scope: Scope = 'active';
  private settings: PaneSettings = settingsFromStore({}).settings;
  /** Fields whose text could not be used, with the message shown beside them. */
  private problems: FieldProblems = {};
  private result: CheckResult | null = null;
  private grids: SheetGrid[] = [];
  private fixes: FixCandidate[] = [];
  private summary: SummaryModel | null = null;
  private running: AbortController | null = null;
  private busy = false;
  private readonly els: Record<string, HTMLElement> = {};
  private lastStatus: { key: MessageKey; params: Record<string, string | number>; error?: boolean } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: AppOptions,
  ) {
    this.port = options.port;
    this.lang = options.lang;
  }

  async start(): Promise<void> {
    const stored: WorkbookSettings = await this.port.getSettings().catch(() => ({}));
    if (stored.lang) this.lang = stored.lang;
    ({ settings: this.settings, problems: this.problems } = settingsFromStore(stored));
    this.render();
  }

  private get province(): string {
    return this.settings.province;
  }

  // ---- rendering ---------------------------------------------------------------------------

  private tr(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.lang, key, params);
  }

  private render(): void {
    const L = (key: MessageKey) => this.tr(key);
    document.documentElement.lang = this.lang;
    const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    this.root.replaceChildren();

    const langSelect = h(
      'select',
      { id: 'lang', 'aria-label': `${MESSAGES.id.language} / ${MESSAGES.en.language}` },
      h('option', { value: 'id', selected: this.lang === 'id' }, 'Bahasa Indonesia'),
      h('option', { value: 'en', selected: this.lang === 'en' }, 'English'),
    );
    langSelect.addEventListener('change', () => void this.setLang(langSelect.value === 'en' ? 'en' : 'id'));

    const header = h(
      'header',
      { class: 'pane-header' },
      h(
        'div',
        { class: 'brand' },
        h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'CJ'),
        h('div', {}, h('h1', {}, L('appTitle')), h('p', { class: 'subtitle' }, L('appSubtitle'))),
      ),
      h('label', { class: 'lang' }, h('span', { class: 'visually-hidden' }, L('language')), langSelect),
    );
    this.root.append(header);
    if (this.options.preview) this.root.append(h('p', { class: 'banner', role: 'note' }, L('previewBanner')));

    // ---- Check
    const scopeActive = h('input', { type: 'radio', name: 'scope', id: 'scope-active', value: 'active', checked: this.scope === 'active' });
    const scopeAll = h('input', { type: 'radio', name: 'scope', id: 'scope-all', value: 'all', checked: this.scope === 'all' });
    for (const r of [scopeActive, scopeAll]) r.addEventListener('change', () => (this.scope = r.value as Scope));
    const checkBtn = this.button('check', L('checkButton'), () => this.check(), 'primary');
    const cancelBtn = this.button('cancel', L('cancel'), () => this.running?.abort());
    cancelBtn.hidden = !this.running;
    const progress = h('progress', { id: 'progress', max: '100', 'aria-label': L('working') });
    progress.hidden = !this.running;
    this.els.progress = progress;
    this.els.cancel = cancelBtn;

    const checkSection = h(
      'section',
      { class: 'card', 'aria-labelledby': 'h-check' },
      h('h2', { id: 'h-check' }, L('sectionCheck')),
      h(
        'fieldset',
        { class: 'scope' },
        h('legend', {}, L('scopeLabel')),
        h('label', { for: 'scope-active' }, scopeActive, ' ', L('scopeActive')),
        h('label', { for: 'scope-all' }, scopeAll, ' ', L('scopeAll')),
      ),
      h('div', { class: 'row' }, checkBtn, cancelBtn),
      progress,
      this.renderResults(),
    );
    this.root.append(checkSection);

    // ---- Summary
    const provinceSelect = h(
      'select',
      { id: 'province', 'aria-describedby': this.problems.province ? 'province-error' : undefined },
      ...PROVINCES.map((p) => h('option', { value: p.code, selected: p.code === this.province }, `${p.code} ${p.name}`)),
    );
    provinceSelect.addEventListener('change', () => void this.enterProvince(provinceSelect.value));
    const targetInput = this.settingInput('target', this.settings.target === null ? '' : formatTarget(this.settings.target, this.lang));
    targetInput.addEventListener('change', () => void this.enterTarget(targetInput.value));
    const yearInput = this.settingInput('year', String(this.settings.year));
    yearInput.addEventListener('change', () => void this.enterYear(yearInput.value));
    const summarySection = h(
      'section',
      { class: 'card', 'aria-labelledby': 'h-summary' },
      h('h2', { id: 'h-summary' }, L('sectionSummary')),
      h(
        'div',
        { class: 'fields' },
        h('label', { for: 'province', class: 'wide' }, L('province')),
        provinceSelect,
        this.fieldError('province'),
        h(
          'div',
          { class: 'pair' },
          h('div', {}, h('label', { for: 'target' }, L('target')), targetInput),
          h('div', {}, h('label', { for: 'year' }, L('year')), yearInput),
        ),
        this.fieldError('target'),
        this.fieldError('year'),
      ),
      h(
        'div',
        { class: 'row' },
        this.button('summary', L('summaryButton'), () => this.insertSummary(), 'primary'),
      ),
      this.renderHeadline(),
    );
    this.root.append(summarySection);

    // ---- Trainers
    this.root.append(
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'h-trainer' },
        h('h2', { id: 'h-trainer' }, L('sectionTrainer')),
        h(
          'div',
          { class: 'row wrap' },
          this.button('demo', L('demoButton'), () => this.insertDemo()),
          this.button('template', L('templateButton'), () => this.insertTemplate()),
        ),
      ),
    );

    const status = h('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
    this.els.status = status;
    this.root.append(h('footer', {}, status, h('a', { href: 'help.html', target: '_blank', rel: 'noopener' }, L('help'))));
    if (this.lastStatus) this.showStatus(this.lastStatus.key, this.lastStatus.params, this.lastStatus.error);
    this.setBusy(this.busy);
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  /** A text field of a setting: the value as the user's language writes it, or the text that could not be used. */
  private settingInput(id: 'target' | 'year', valid: string): HTMLInputElement {
    const problem = this.problems[id];
    return h('input', {
      id,
      type: 'text',
      inputmode: id === 'year' ? 'numeric' : 'decimal',
      autocomplete: 'off',
      class: problem ? 'invalid' : undefined,
      'aria-invalid': problem ? 'true' : undefined,
      'aria-describedby': problem ? `${id}-error` : undefined,
      value: problem ? problem.text : valid,
    });
  }

  /** The message beside a field whose text could not be used (empty and hidden otherwise). */
  private fieldError(id: 'province' | 'target' | 'year'): HTMLElement {
    const problem = this.problems[id];
    const el = h('p', { id: `${id}-error`, class: 'field-error' }, problem ? pick(problem.error, this.lang) : '');
    el.hidden = !problem;
    return el;
  }

  private button(
    id: string,
    label: string,
    action: () => Promise<void> | void,
    kind: 'primary' | 'secondary' = 'secondary',
  ): HTMLButtonElement {
    const b = h('button', { id, type: 'button', class: `btn ${kind}` }, label);
    b.addEventListener('click', () => void action());
    return b;
  }

  private renderResults(): HTMLElement {
    const box = h('div', { id: 'results', class: 'results' });
    const r = this.result;
    if (!r) return box;
    const rows = r.rosters.reduce((s, x) => s + x.rows, 0);
    const checkedFor = { province: this.provinceLabel(r.options.province), year: r.options.year };
    box.append(
      h(
        'p',
        { id: 'checked-summary', tabindex: '-1' },
        `${this.tr('checked', { rosters: r.rosters.length, rows: formatCount(rows, this.lang) })} ${this.tr('checkedFor', checkedFor)}`,
      ),
    );
    if (checkedWithOther(r.options, this.settings)) box.append(h('p', { id: 'stale-check', class: 'stale-check' }, this.tr('staleCheck')));
    box.append(
      h(
        'ul',
        { class: 'counts' },
        h(
          'li',
          { class: 'count error', 'data-severity': 'error' },
          h('strong', {}, formatCount(r.counts.error, this.lang)),
          ' ',
          this.tr('errors'),
        ),
        h(
          'li',
          { class: 'count warning', 'data-severity': 'warning' },
          h('strong', {}, formatCount(r.counts.warning, this.lang)),
          ' ',
          this.tr('warnings'),
        ),
        h(
          'li',
          { class: 'count info', 'data-severity': 'info' },
          h('strong', {}, formatCount(r.counts.info, this.lang)),
          ' ',
          this.tr('infos'),
        ),
      ),
    );
    if (r.issues.length === 0) {
      box.append(h('p', { class: 'ok' }, this.tr('noIssues')));
      return box;
    }
    const groups = new Map<RuleId, Issue[]>();
    for (const i of r.issues) (groups.get(i.rule) ?? groups.set(i.rule, []).get(i.rule)!).push(i);
    const ordered = [...groups.entries()].sort(
      (a, b) => SEVERITY_RANK[a[1][0].severity] - SEVERITY_RANK[b[1][0].severity] || b[1].length - a[1].length,
    );
    const list = h('div', { class: 'groups', role: 'group', 'aria-label': this.tr('issueGroupsLabel') });
    for (const [rule, issues] of ordered) {
      const items = h('ul', { class: 'issues' });
      for (const issue of issues.slice(0, ISSUES_PER_GROUP)) {
        const btn = h(
          'button',
          { type: 'button', class: 'issue', 'data-sheet': issue.sheet, 'data-cell': issue.cell, title: `${issue.sheet}!${issue.cell}` },
          h('span', { class: 'addr' }, issue.cell),
          h('span', { class: 'msg' }, pick(issue.message, this.lang)),
        );
        btn.addEventListener('click', () => void this.select(issue));
        items.append(h('li', {}, btn));
      }
      if (issues.length > ISSUES_PER_GROUP)
        items.append(
          h('li', { class: 'more' }, this.tr('moreIssues', { count: formatCount(issues.length - ISSUES_PER_GROUP, this.lang) })),
        );
      const details = h(
        'details',
        { class: `group ${issues[0].severity}`, 'data-rule': rule },
        h(
          'summary',
          {},
          h('span', { class: `dot ${issues[0].severity}`, 'aria-hidden': 'true' }),
          h('span', { class: 'rule' }, RULE_LABELS[rule] ? pick(RULE_LABELS[rule], this.lang) : rule),
          h('span', { class: 'badge', 'aria-label': `${issues.length}` }, formatCount(issues.length, this.lang)),
        ),
        items,
      );
      list.append(details);
    }
    box.append(list);
    box.append(
      h(
        'div',
        { class: 'row wrap actions' },
        this.button('mark', this.tr('markButton'), () => this.mark()),
        this.button('clear-marks', this.tr('clearMarksButton'), () => this.clearMarks()),
        this.button('issue-sheet', this.tr('issueSheetButton'), () => this.writeIssueSheet()),
        this.button('fix', this.tr('fixButton'), () => this.previewFixes()),
      ),
    );
    box.append(this.renderFixPreview());
    return box;
  }

  private renderFixPreview(): HTMLElement {
    const panel = h('div', { id: 'fix-preview', class: 'fix-preview', role: 'region', 'aria-labelledby': 'h-fix' });
    if (!this.fixes.length) {
      panel.hidden = true;
      return panel;
    }
    const oneSheet = new Set(this.fixes.map((f) => f.sheet)).size === 1;
    const rows = this.fixes
      .slice(0, FIX_ROWS_SHOWN)
      .map((f) =>
        h(
          'tr',
          {},
          h('td', { class: 'addr', title: `${f.sheet}!${f.cell}` }, oneSheet ? f.cell : `${f.sheet}!${f.cell}`),
          h('td', { class: 'old' }, JSON.stringify(f.expectedOld)),
          h('td', { class: 'new' }, f.fix.value),
        ),
      );
    if (this.fixes.length > FIX_ROWS_SHOWN)
      rows.push(
        h(
          'tr',
          {},
          h(
            'td',
            { colspan: '3', class: 'more' },
            this.tr('fixMore', { count: formatCount(this.fixes.length - FIX_ROWS_SHOWN, this.lang) }),
          ),
        ),
      );
    panel.append(
      h('h3', { id: 'h-fix' }, this.tr('fixTitle')),
      h('p', {}, this.tr('fixIntro', { count: formatCount(this.fixes.length, this.lang) })),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, this.tr('cell')),
              h('th', { scope: 'col' }, this.tr('fixOld')),
              h('th', { scope: 'col' }, this.tr('fixNew')),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
      ),
      h(
        'div',
        { class: 'row' },
        this.button(
          'fix-apply',
          this.tr('fixApply', { count: formatCount(this.fixes.length, this.lang) }),
          () => this.applyFixes(),
          'primary',
        ),
        this.button('fix-cancel', this.tr('cancel'), () => {
          this.fixes = [];
          this.render();
        }),
      ),
    );
    return panel;
  }

  private renderHeadline(): HTMLElement {
    const box = h('div', { id: 'headline', class: 'headline' });
    const m = this.summary;
    if (!m) return box;
    const card = (key: MessageKey, value: string, id: string) =>
      h('div', { class: 'figure', id }, h('dt', {}, this.tr(key)), h('dd', {}, value));
    box.append(
      h(
        'dl',
        { class: 'figures' },
        card('eligible', formatCount(m.totals.eligible, this.lang), 'fig-eligible'),
        card('covered', formatCount(m.totals.covered, this.lang), 'fig-covered'),
        card('coverage', formatPercent(m.totals.coverage, this.lang), 'fig-coverage'),
        card('gap', formatCount(m.totals.gap, this.lang), 'fig-gap'),
      ),
    );
    box.append(
      h(
        'p',
        { class: 'note' },
        `${formatCount(m.totals.gap, this.lang)} ${this.tr('gapNote', { target: formatTarget(m.target, this.lang) })}`,
      ),
    );
    return box;
  }

  private showStatus(key: MessageKey, params: Record<string, string | number> = {}, error = false): void {
    this.lastStatus = { key, params, error };
    const el = this.els.status;
    if (!el) return;
    el.textContent = this.tr(key, params);
    el.classList.toggle('error', error);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('button.btn'))
      if (b.id !== 'cancel' && b.id !== 'fix-cancel') b.disabled = busy;
    this.root.setAttribute('aria-busy', String(busy));
  }

  private async setLang(lang: Lang): Promise<void> {
    this.lang = lang;
    this.render();
    this.options.onLangChange?.(lang);
    await this.port.setSettings({ lang });
  }

  private provinceLabel(code: string): string {
    return `${code} ${findProvince(code)?.name ?? ''}`.trim();
  }

  private async enterProvince(text: string): Promise<void> {
    const read = readProvince(text);
    if ('problem' in read) return this.showProblem('province', read.problem);
    await this.changePeriod({ province: read.value });
  }

  private async enterYear(text: string): Promise<void> {
    const read = readYear(text);
    if ('problem' in read) return this.showProblem('year', read.problem);
    await this.changePeriod({ year: read.value });
  }

  private async enterTarget(text: string): Promise<void> {
    const read = readTarget(text);
    if ('problem' in read) return this.showProblem('target', read.problem);
    await this.saveSettings({ target: read.value }, ['target']);
  }

  /** A field's text could not be used: it stays in the field, with the message beside it; nothing is saved. */
  private showProblem(id: keyof FieldProblems, problem: NonNullable<FieldProblems[keyof FieldProblems]>): void {
    this.problems = { ...this.problems, [id]: problem };
    this.render();
  }

  /** Province or year changed: follow the published target when the current one is the published one. */
  private async changePeriod(change: { province?: string; year?: number }): Promise<void> {
    const from = { province: this.settings.province, year: this.settings.year };
    const to = { province: change.province ?? from.province, year: change.year ?? from.year };
    const solved: (keyof FieldProblems)[] = [change.province !== undefined ? 'province' : 'year'];
    // A target the user typed and that could not be used stays in its field until they correct it.
    if (this.problems.target?.text) {
      await this.saveSettings(change, solved);
      return;
    }
    const target = targetAfterChange(this.settings.target, from, to);
    if (target === null) {
      const start = startingTarget(to.province, to.year);
      if ('problem' in start) this.problems = { ...this.problems, target: start.problem };
      await this.saveSettings(change, solved);
      return;
    }
    await this.saveSettings({ ...change, target }, [...solved, 'target']);
  }

  /** Keeps settings that parsed, clears the problems they solve, stores them in the workbook and redraws. */
  private async saveSettings(change: Partial<PaneSettings>, solved: readonly (keyof FieldProblems)[] = []): Promise<void> {
    this.settings = { ...this.settings, ...change };
    const problems = { ...this.problems };
    for (const id of solved) delete problems[id];
    this.problems = problems;
    this.render();
    const { province, year, target } = change;
    await this.port.setSettings({
      ...(province !== undefined ? { province } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(target !== undefined && target !== null ? { target } : {}),
    });
  }

  /** Runs an action with buttons disabled and failures reported in the status line. */
  private async guard(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    try {
      await action();
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') this.showStatus('cancelled');
      else this.showStatus('failed', { message: (e as Error)?.message ?? String(e) }, true);
    } finally {
      this.running = null;
      this.setBusy(false);
      const c = this.els.cancel;
      if (c) c.hidden = true;
      if (this.els.progress) this.els.progress.hidden = true;
    }
  }

  // ---- actions -----------------------------------------------------------------------------

  async check(): Promise<void> {
    await this.guard(async () => {
      await this.runCheck();
      this.render();
      if (this.result && this.result.rosters.length === 0) this.showStatus('noRoster', {}, true);
      document.getElementById('checked-summary')?.focus();
    });
  }

  private async runCheck(): Promise<void> {
    const controller = new AbortController();
    this.running = controller;
    const progress = this.els.progress as HTMLProgressElement;
    const cancel = this.els.cancel;
    progress.hidden = false;
    progress.removeAttribute('value');
    cancel.hidden = false;
    (cancel as HTMLButtonElement).disabled = false;
    const grids = await collectGrids(this.port, this.scope, looksLikeRoster, {
      signal: controller.signal,
      onProgress: ({ sheet, done, total }) => {
        progress.max = total;
        progress.value = done;
        this.showStatus('reading', { sheet, done: formatCount(done, this.lang), total: formatCount(total, this.lang) });
      },
    });
    const rows = grids.reduce((s, g) => s + g.rows.length, 0);
    this.showStatus('checking', { rows: formatCount(rows, this.lang) });
    // Let the status paint before the (synchronous) check runs.
    await new Promise((r) => setTimeout(r, 0));
    if (controller.signal.aborted) throw abortError();
    this.result = checkGrids(grids, { province: this.settings.province, year: this.settings.year });
    this.grids = grids;
    this.fixes = [];
    this.summary = null;
    this.lastStatus = null;
  }

  private async select(issue: Issue): Promise<void> {
    await this.port.selectCell(issue.sheet, issue.cell);
    this.showStatus('selected', { cell: issue.cell, sheet: issue.sheet });
  }

  private async mark(): Promise<void> {
    await this.guard(async () => {
      if (!this.result) return;
      const { marks, marked: count, total } = marksFor(this.result.issues, this.lang);
      await this.port.markCells(marks);
      if (count < total) this.showStatus('markedCapped', { count: formatCount(count, this.lang), total: formatCount(total, this.lang) });
      else this.showStatus('marked', { count: formatCount(count, this.lang) });
    });
  }

  private async clearMarks(): Promise<void> {
    await this.guard(async () => {
      await this.port.clearMarks();
      this.showStatus('marksCleared');
    });
  }

  private async writeIssueSheet(): Promise<void> {
    await this.guard(async () => {
      if (!this.result) return;
      const spec = buildIssueSheet(this.result, { lang: this.lang, dateText: formatYmd(ymdFromSerial(todaySerial())) });
      const name = await this.port.writeGeneratedSheet(spec);
      this.showStatus('issueSheetWritten', { sheet: name });
    });
  }

  private async previewFixes(): Promise<void> {
    if (!this.result) return;
    this.fixes = fixCandidates(this.result.issues, this.grids);
    this.render();
    if (!this.fixes.length) this.showStatus('fixNone');
    else document.getElementById('fix-apply')?.focus();
  }

  private async applyFixes(): Promise<void> {
    await this.guard(async () => {
      const fixes = this.fixes;
      const applied = await this.port.applyFixes(fixes);
      this.fixes = [];
      await this.runCheck();
      this.render();
      this.showStatus(applied < fixes.length ? 'fixSkipped' : 'fixApplied', {
        count: applied < fixes.length ? fixes.length - applied : applied,
      });
    });
  }

  /**
   * Writes the summary of the last check with the current target. A summary always uses the province and year
   * its check used: when they changed since the check, the rosters are checked again with the current ones first.
   */
  async insertSummary(): Promise<void> {
    await this.guard(async () => {
      const target = this.settings.target;
      const blocking = (['target', 'year'] as const).find((id) => this.problems[id]) ?? (target === null ? 'target' : undefined);
      if (blocking || target === null) {
        this.showStatus('fixFields', {}, true);
        document.getElementById(blocking ?? 'target')?.focus();
        return;
      }
      const rechecked = this.result !== null && checkedWithOther(this.result.options, this.settings);
      if (!this.result || rechecked) await this.runCheck();
      const result = this.result!;
      if (result.rosters.length === 0) {
        this.render();
        this.showStatus('noRoster', {}, true);
        return;
      }
      const model = computeSummary(result, { target });
      const labels = { title: this.tr('chartTitle'), covered: this.tr('covered'), target: this.tr('chartTarget') };
      const name = await this.port.writeGeneratedSheet(summarySheetRequest(model, result, {}, (spec) => withCoverageChart(spec, labels)));
      this.summary = model;
      this.render();
      if (rechecked)
        this.showStatus('summaryRechecked', { sheet: name, province: this.provinceLabel(model.province.code), year: model.year });
      else this.showStatus('summaryWritten', { sheet: name });
      document.getElementById('fig-coverage')?.scrollIntoView({ block: 'nearest' });
    });
  }

  private async insertDemo(): Promise<void> {
    await this.guard(async () => {
      if (!this.options.demoSheets || !this.port.insertRosterSheet) return;
      const names: string[] = [];
      for (const sheet of await this.options.demoSheets()) names.push(await this.port.insertRosterSheet(sheet));
      this.result = null;
      this.summary = null;
      this.render();
      this.showStatus('demoInserted', { sheets: names.join(', ') });
    });
  }

  private async insertTemplate(): Promise<void> {
    await this.guard(async () => {
      if (!this.port.insertRosterSheet) return;
      const name = await this.port.insertRosterSheet(rosterTemplate(this.province, this.tr('templateSheet')));
      this.showStatus('templateInserted', { sheet: name });
    });
  }
}
