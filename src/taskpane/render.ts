// Draws the task pane from its state: header, check results with the fix preview (fix-preview.ts), the
// meeting-summary settings and headline, and the trainers' buttons. Each action's feedback (progress, Cancel,
// status line) is drawn right under the control that started it, where the eye is, not in a footer. Rendering
// only; what the controls do is handed in (app.ts wires them to actions.ts).
import { type Lang, pick } from '../core/i18n/lang';
import { PROVINCES, regenciesOf } from '../core/reference/regions';
import { publishedRegencyTargets } from '../core/reference/ucj-targets';
import { RULE_BY_ID } from '../core/roster/rules';
import { type CheckResult, type Issue, type RuleId, SEVERITIES, SEVERITY_NAMES, type Severity } from '../core/roster/types';
import { formatTarget } from '../core/settings/target';
import { SCOPE_REASONS, type SummaryModel } from '../core/summary/model';
import { type CheckedScope, provinceLabel, type PaneState, scopeKey } from './actions';
import { button, h } from './dom';
import { type FixHandlers, renderFixPreview, renderUndo } from './fix-preview';
import { formatCount, formatPercent, MESSAGES, t, type MessageKey } from './i18n';
import { checkedWithOther, type FieldProblems } from './settings';
import { renderVillages } from './village-view';
import type { Scope } from './workflow';

const ISSUES_PER_GROUP = 50;

/** What each control of the pane does. */
export interface PaneHandlers extends FixHandlers {
  readonly lang: (lang: Lang) => void;
  readonly scope: (scope: Scope) => void;
  readonly check: () => void;
  readonly cancel: () => void;
  readonly select: (issue: Issue) => void;
  /** A count tile: shows that severity alone, or all again. */
  readonly filter: (severity: Severity) => void;
  readonly mark: () => void;
  readonly clearMarks: () => void;
  readonly issueSheet: () => void;
  readonly fix: () => void;
  readonly province: (text: string) => void;
  readonly regency: (text: string) => void;
  readonly kpjMeansActive: (on: boolean) => void;
  readonly target: (text: string) => void;
  /** A kab/kota's own target field (4-digit code, the text typed). */
  readonly regencyTarget: (code: string, text: string) => void;
  readonly year: (text: string) => void;
  readonly summary: () => void;
  readonly demo: () => void;
  readonly template: () => void;
}

/**
 * Where an action's feedback goes: under the control that started it. 'check': the Check button; 'results':
 * the action bar over the issue list (Mark, Clear marks, issue list, Fix…, choosing an issue, the tiles);
 * 'fix': the fix preview's buttons; 'summary': the Insert summary button; 'trainer': the trainers' buttons.
 */
export type FeedbackArea = 'check' | 'results' | 'fix' | 'summary' | 'trainer';

/** The elements an action updates while it runs: made once by the app and moved under the control in use. */
export interface FeedbackParts {
  readonly node: HTMLElement;
  readonly progress: HTMLProgressElement;
  readonly cancel: HTMLButtonElement;
  readonly status: HTMLElement;
}

/** The feedback block: a progress bar with Cancel beside it, and the status line (a polite live region). */
export function feedbackParts(onCancel: () => void): FeedbackParts {
  const progress = h('progress', { id: 'progress', max: '100' });
  const cancel = button('cancel', '', onCancel);
  const status = h('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const node = h('div', { id: 'feedback', class: 'feedback' }, h('div', { class: 'row progress-row' }, progress, cancel), status);
  progress.hidden = true;
  cancel.hidden = true;
  return { node, progress, cancel, status };
}

/** The feedback block's words, in the pane's language. */
export function labelFeedback(parts: FeedbackParts, lang: Lang): void {
  parts.cancel.textContent = t(lang, 'cancel');
  parts.progress.setAttribute('aria-label', t(lang, 'working'));
}

export interface PaneView {
  readonly state: Readonly<PaneState>;
  readonly preview: boolean;
}

/** The place under a control where its feedback goes (the app moves the one feedback block there). */
const slot = (area: FeedbackArea): HTMLElement => h('div', { class: 'feedback-slot', 'data-area': area });

/** The slot for an area, or the nearest one drawn (the fix preview and the action bar exist only with fixes or issues). */
export function feedbackSlot(root: HTMLElement, area: FeedbackArea): HTMLElement | null {
  const fallback: Record<FeedbackArea, FeedbackArea | null> = {
    fix: 'results',
    results: 'check',
    check: null,
    summary: null,
    trainer: null,
  };
  for (let a: FeedbackArea | null = area; a; a = fallback[a]) {
    const el = root.querySelector<HTMLElement>(`.feedback-slot[data-area="${a}"]`);
    if (el) return el;
  }
  return null;
}

/** Redraws the whole pane into `root`, with an empty feedback slot under each control that starts an action. */
export function renderPane(root: HTMLElement, view: PaneView, on: PaneHandlers): void {
  const { state } = view;
  const L = (key: MessageKey, params?: Record<string, string | number>) => t(state.lang, key, params);
  document.documentElement.lang = state.lang;
  const langSelect = h(
    'select',
    { id: 'lang', 'aria-label': `${MESSAGES.id.language} / ${MESSAGES.en.language}` },
    h('option', { value: 'id', selected: state.lang === 'id' }, 'Bahasa Indonesia'),
    h('option', { value: 'en', selected: state.lang === 'en' }, 'English'),
  );
  langSelect.addEventListener('change', () => on.lang(langSelect.value === 'en' ? 'en' : 'id'));
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

  // ---- Check
  const scopeActive = h('input', { type: 'radio', name: 'scope', id: 'scope-active', value: 'active', checked: state.scope === 'active' });
  const scopeAll = h('input', { type: 'radio', name: 'scope', id: 'scope-all', value: 'all', checked: state.scope === 'all' });
  for (const r of [scopeActive, scopeAll]) r.addEventListener('change', () => on.scope(r.value as Scope));
  const regencyProblem = state.problems.regency;
  const regencyInput = h('input', {
    id: 'regency',
    type: 'text',
    autocomplete: 'off',
    class: regencyProblem ? 'invalid' : undefined,
    'aria-invalid': regencyProblem ? 'true' : undefined,
    'aria-describedby': regencyProblem ? 'regency-error' : undefined,
    value: regencyProblem ? regencyProblem.text : (state.settings.regency ?? ''),
  });
  regencyInput.addEventListener('change', () => on.regency(regencyInput.value));
  const kpjBox = h('input', { type: 'checkbox', id: 'kpj-aktif', checked: state.settings.kpjMeansActive });
  kpjBox.addEventListener('change', () => on.kpjMeansActive(kpjBox.checked));
  const checkSection = h(
    'section',
    { class: 'card', 'aria-labelledby': 'h-check' },
    h('h2', { id: 'h-check' }, L('sectionCheck')),
    h(
      'fieldset',
      { class: 'scope' },
      h('legend', {}, L('scopeLabel')),
      h('label', { for: 'scope-active' }, scopeActive, L('scopeActive')),
      h('label', { for: 'scope-all' }, scopeAll, L('scopeAll')),
    ),
    h(
      'fieldset',
      { class: 'fields' },
      // The settings are kept per sheet: the legend names the sheet they are for.
      h('legend', {}, state.rosterSheet === null ? L('rosterSettings') : L('rosterSettingsOf', { sheet: state.rosterSheet })),
      h('label', { for: 'regency', class: 'wide' }, L('regencySetting')),
      regencyInput,
      fieldError('regency', state.problems, state.lang),
      h('label', { for: 'kpj-aktif' }, kpjBox, ' ', L('kpjMeansActive')),
    ),
    h('div', { class: 'row' }, button('check', L('checkButton'), on.check, 'primary')),
    slot('check'),
    renderResults(state, on),
  );

  // ---- Trainers
  const trainerSection = h(
    'section',
    { class: 'card', 'aria-labelledby': 'h-trainer' },
    h('h2', { id: 'h-trainer' }, L('sectionTrainer')),
    h('div', { class: 'row wrap' }, button('demo', L('demoButton'), on.demo), button('template', L('templateButton'), on.template)),
    slot('trainer'),
  );

  root.replaceChildren(
    header,
    ...(view.preview ? [h('p', { class: 'banner', role: 'note' }, L('previewBanner'))] : []),
    checkSection,
    renderSummarySection(state, on),
    trainerSection,
    h('footer', {}, h('a', { href: 'help.html', target: '_blank', rel: 'noopener' }, L('help'))),
  );
}

/** "Nakes Kalbar (9.400 baris), Kader (1.200 baris)" */
function rostersWithRows(rosters: readonly { sheet: string; table?: string; rows: number }[], lang: Lang): string {
  return rosters.map((r) => t(lang, 'rosterRows', { name: r.table ?? r.sheet, rows: formatCount(r.rows, lang) })).join(', ');
}

/** The results' first line: what was checked (scope, sheets, rows) and for which province and year. */
function checkedLine(r: CheckResult, checked: CheckedScope | null, lang: Lang): string {
  const scope = t(lang, scopeKey(checked?.scope ?? 'all'));
  const rosters = r.rosters.length ? rostersWithRows(r.rosters, lang) : (checked?.sheets?.join(', ') ?? '–');
  const checkedFor = { province: provinceLabel(r.options.province), year: r.options.year };
  return `${t(lang, 'checked', { scope, rosters })} ${t(lang, 'checkedFor', checkedFor)}`;
}

function renderResults(state: Readonly<PaneState>, on: PaneHandlers): HTMLElement {
  const { lang } = state;
  const L = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const box = h('div', { id: 'results', class: 'results' });
  const r = state.result;
  // Undo stays offered whatever the results show (none yet after a reload, or no issues left after a fix).
  if (!r) {
    box.append(renderUndo(state, on));
    return box;
  }
  box.append(h('p', { id: 'checked-summary', tabindex: '-1' }, checkedLine(r, state.checked, lang)));
  if (checkedWithOther(r, state.settings, state.rosters)) box.append(h('p', { id: 'stale-check', class: 'stale-check' }, L('staleCheck')));
  else if (state.checked && state.checked.scope !== state.scope)
    box.append(h('p', { id: 'stale-check', class: 'stale-check' }, L('staleScope', { scope: L(scopeKey(state.scope)) })));
  const hasIssues = r.issues.length > 0;
  // The count tiles filter the list: toggle buttons (aria-pressed) over the list they control.
  const tile = (severity: Severity) => {
    const b = h(
      'button',
      {
        type: 'button',
        id: `count-${severity}`,
        class: `count ${severity}`,
        'data-severity': severity,
        'aria-pressed': String(state.filter === severity),
        'aria-controls': hasIssues ? 'issue-groups' : undefined,
        disabled: r.counts[severity] === 0,
      },
      h('strong', {}, formatCount(r.counts[severity], lang)),
      h('span', {}, pick(SEVERITY_NAMES[severity].many, lang)),
    );
    b.addEventListener('click', () => on.filter(severity));
    return b;
  };
  box.append(h('div', { class: 'counts', role: 'group', 'aria-label': L('severityFilter') }, ...SEVERITIES.map(tile)));
  if (!hasIssues) {
    const empty = r.rosters.length > 0 && r.rosters.every((x) => x.rows === 0);
    box.append(
      h(
        'p',
        { class: empty ? 'no-rows' : 'ok' },
        empty ? L('noRows', { sheets: r.rosters.map((x) => x.table ?? x.sheet).join(', ') }) : L('noIssues'),
      ),
      renderUndo(state, on),
    );
    return box;
  }
  // The actions on the results stay in reach above the list (sticky while it scrolls), with their feedback under them.
  box.append(
    h(
      'div',
      { class: 'action-bar', role: 'group', 'aria-label': L('actionsLabel') },
      h(
        'div',
        { class: 'row wrap actions' },
        button('mark', L('markButton'), on.mark),
        button('clear-marks', L('clearMarksButton'), on.clearMarks),
        button('issue-sheet', L('issueSheetButton'), on.issueSheet),
        button('fix', L('fixButton'), on.fix),
      ),
      slot('results'),
    ),
    renderUndo(state, on),
    renderFixPreview(state, on),
    ...(state.fixes.length ? [slot('fix')] : []),
    renderGroups(r, state, on),
  );
  return box;
}

/** The issues grouped by rule, under a written heading per severity (not a colour alone: WCAG 1.4.1). */
function renderGroups(r: CheckResult, state: Readonly<PaneState>, on: PaneHandlers): HTMLElement {
  const { lang } = state;
  const groups = new Map<RuleId, Issue[]>();
  for (const i of r.issues) (groups.get(i.rule) ?? groups.set(i.rule, []).get(i.rule)!).push(i);
  const list = h('div', { id: 'issue-groups', class: 'groups', role: 'region', 'aria-label': t(lang, 'issueGroupsLabel') });
  for (const severity of SEVERITIES) {
    const rules = [...groups.entries()].filter(([, issues]) => issues[0].severity === severity).sort((a, b) => b[1].length - a[1].length);
    if (!rules.length) continue;
    const count = rules.reduce((n, [, issues]) => n + issues.length, 0);
    const section = h(
      'section',
      { class: `severity-section ${severity}`, 'data-severity': severity, 'aria-labelledby': `h-sev-${severity}` },
      h(
        'h3',
        { id: `h-sev-${severity}`, class: 'severity-heading' },
        h('span', {}, pick(SEVERITY_NAMES[severity].many, lang)),
        h('span', { class: 'severity-count' }, t(lang, 'sectionCount', { count: formatCount(count, lang) })),
      ),
    );
    section.hidden = state.filter !== null && state.filter !== severity;
    for (const [rule, issues] of rules) section.append(renderGroup(rule, issues, lang, on));
    list.append(section);
  }
  return list;
}

function renderGroup(rule: RuleId, issues: readonly Issue[], lang: Lang, on: PaneHandlers): HTMLElement {
  const items = h('ul', { class: 'issues' });
  for (const issue of issues.slice(0, ISSUES_PER_GROUP)) {
    const btn = h(
      'button',
      { type: 'button', class: 'issue', 'data-sheet': issue.sheet, 'data-cell': issue.cell, title: `${issue.sheet}!${issue.cell}` },
      h('span', { class: 'addr' }, issue.cell),
      h('span', { class: 'msg' }, pick(issue.message, lang)),
    );
    btn.addEventListener('click', () => on.select(issue));
    items.append(h('li', {}, btn));
  }
  if (issues.length > ISSUES_PER_GROUP)
    items.append(h('li', { class: 'more' }, t(lang, 'moreIssues', { count: formatCount(issues.length - ISSUES_PER_GROUP, lang) })));
  return h(
    'details',
    { class: `group ${issues[0].severity}`, 'data-rule': rule },
    h(
      'summary',
      {},
      h('span', { class: 'rule' }, pick(RULE_BY_ID[rule].title, lang)),
      h('span', { class: 'badge' }, formatCount(issues.length, lang)),
    ),
    items,
  );
}

function renderSummarySection(state: Readonly<PaneState>, on: PaneHandlers): HTMLElement {
  const { lang, settings, problems } = state;
  const L = (key: MessageKey) => t(lang, key);
  const provinceSelect = h(
    'select',
    { id: 'province', 'aria-describedby': problems.province ? 'province-error' : undefined },
    ...PROVINCES.map((p) => h('option', { value: p.code, selected: p.code === settings.province }, `${p.code} ${p.name}`)),
  );
  provinceSelect.addEventListener('change', () => on.province(provinceSelect.value));
  const targetInput = settingInput('target', settings.target === null ? '' : formatTarget(settings.target, lang), problems);
  targetInput.addEventListener('change', () => on.target(targetInput.value));
  const yearInput = settingInput('year', String(settings.year), problems);
  yearInput.addEventListener('change', () => on.year(yearInput.value));
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'h-summary' },
    h('h2', { id: 'h-summary' }, L('sectionSummary')),
    h(
      'div',
      { class: 'fields' },
      h('label', { for: 'province', class: 'wide' }, L('province')),
      provinceSelect,
      fieldError('province', problems, lang),
      h(
        'div',
        { class: 'pair' },
        h('div', {}, h('label', { for: 'target' }, L('target')), targetInput),
        h('div', {}, h('label', { for: 'year' }, L('year')), yearInput),
      ),
      fieldError('target', problems, lang),
      fieldError('year', problems, lang),
    ),
    renderRegencyTargets(state, on),
    h('div', { class: 'row' }, button('summary', L('summaryButton'), on.summary, 'primary')),
    slot('summary'),
    renderHeadline(state),
  );
}

/**
 * The kab/kota of the province, each with its own target field: the planner's figure as the UI language writes it
 * (59,56 % in Indonesian), or empty with the default shown faint (the kab/kota's published target, else the
 * province's). A text that cannot be used stays in its field with the parser's message beside it.
 */
function renderRegencyTargets(state: Readonly<PaneState>, on: PaneHandlers): HTMLElement {
  const { lang, settings, targetProblems } = state;
  const published = publishedRegencyTargets(settings.province, settings.year);
  const rows = regenciesOf(settings.province).map((r) => {
    const id = `target-${r.code}`;
    const problem = targetProblems[r.code];
    const own = settings.regencyTargets[r.code];
    const fallback = published[r.code] ?? settings.target;
    const input = h('input', {
      id,
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      class: problem ? 'invalid' : undefined,
      'aria-invalid': problem ? 'true' : undefined,
      'aria-describedby': problem ? `${id}-error` : undefined,
      placeholder: fallback === null ? undefined : formatTarget(fallback, lang),
      value: problem ? problem.text : own === undefined ? '' : formatTarget(own, lang),
    });
    input.addEventListener('change', () => on.regencyTarget(r.code, input.value));
    const error = h('p', { id: `${id}-error`, class: 'field-error' }, problem ? pick(problem.error, lang) : '');
    error.hidden = !problem;
    return h('li', { class: 'regency-target' }, h('label', { for: id }, r.name), input, error);
  });
  const open = Object.keys(targetProblems).length > 0;
  return h(
    'details',
    { id: 'regency-targets', class: 'regency-targets', open },
    h('summary', {}, t(lang, 'regencyTargets')),
    h('p', { class: 'note' }, t(lang, 'regencyTargetsNote')),
    h('ul', { class: 'fields regency-target-list' }, ...rows),
  );
}

/** A text field of a setting: the value as the user's language writes it, or the text that could not be used. */
function settingInput(id: 'target' | 'year', valid: string, problems: FieldProblems): HTMLInputElement {
  const problem = problems[id];
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
function fieldError(id: keyof FieldProblems, problems: FieldProblems, lang: Lang): HTMLElement {
  const problem = problems[id];
  const el = h('p', { id: `${id}-error`, class: 'field-error' }, problem ? pick(problem.error, lang) : '');
  el.hidden = !problem;
  return el;
}

/** The rosters a summary counts, and those it leaves out with the reason, above its figures. */
function scopeLines(m: SummaryModel, checked: CheckedScope | null, lang: Lang): HTMLElement[] {
  const scope = t(lang, scopeKey(checked?.scope ?? 'all'));
  // The model's scope: every roster found, counted or left out with its reason (a roster without Status
  // Kepesertaan is left out, not counted as 0 %).
  const counted = m.scope.filter((s) => s.counted);
  const leftOut = m.scope.filter((s) => !s.counted);
  return [
    h('p', { id: 'summary-scope', class: 'scope-line' }, t(lang, 'countedFrom', { scope, rosters: rostersWithRows(counted, lang) || '–' })),
    ...leftOut.map((s) =>
      h(
        'p',
        { class: 'scope-line scope-left-out' },
        t(lang, 'leftOut', { rosters: `${rostersWithRows([s], lang)}: ${s.reason ? SCOPE_REASONS[s.reason][lang] : ''}` }),
      ),
    ),
  ];
}

function renderHeadline(state: Readonly<PaneState>): HTMLElement {
  const { lang, summary: m } = state;
  if (!m) return h('div', { id: 'headline', class: 'headline' });
  // The summary's result: a named region that takes the focus when the summary is written.
  const box = h('div', { id: 'headline', class: 'headline', role: 'region', 'aria-labelledby': 'h-headline', tabindex: '-1' });
  const card = (key: MessageKey, value: string, id: string) =>
    h('div', { class: 'figure', id }, h('dt', {}, t(lang, key)), h('dd', {}, value));
  box.append(
    h('h3', { id: 'h-headline', class: 'visually-hidden' }, t(lang, 'headlineTitle')),
    ...scopeLines(m, state.checked, lang),
    h(
      'dl',
      { class: 'figures' },
      card('eligible', formatCount(m.totals.eligible, lang), 'fig-eligible'),
      card('covered', formatCount(m.totals.covered, lang), 'fig-covered'),
      card('coverage', formatPercent(m.totals.coverage, lang), 'fig-coverage'),
      card('gap', formatCount(m.totals.gap, lang), 'fig-gap'),
    ),
    h('p', { class: 'note' }, `${formatCount(m.totals.gap, lang)} ${t(lang, 'gapNote', { target: formatTarget(m.target, lang) })}`),
  );
  // Kader and perangkat desa rosters with desa names: how many villages have nobody covered, per kecamatan.
  const villages = renderVillages(m.villages, lang);
  if (villages) box.append(villages);
  return box;
}
