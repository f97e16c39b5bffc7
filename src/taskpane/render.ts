// Draws the task pane from its state: header, check results with the fix preview (fix-preview.ts), the meeting-summary
// settings and headline, the trainers' buttons and the status line. Rendering only; what the controls do
// is handed in (app.ts wires them to actions.ts).
import { type Lang, pick } from '../core/i18n/lang';
import { PROVINCES } from '../core/reference/regions';
import { RULE_BY_ID } from '../core/roster/rules';
import { type Issue, type RuleId, SEVERITY_RANK } from '../core/roster/types';
import { formatTarget } from '../core/settings/target';
import { provinceLabel, type PaneState } from './actions';
import { button, h } from './dom';
import { type FixHandlers, renderFixPreview, renderUndo } from './fix-preview';
import { formatCount, formatPercent, MESSAGES, t, type MessageKey } from './i18n';
import { checkedWithOther, type FieldProblems } from './settings';
import type { Scope } from './workflow';

const ISSUES_PER_GROUP = 50;

/** What each control of the pane does. */
export interface PaneHandlers extends FixHandlers {
  readonly lang: (lang: Lang) => void;
  readonly scope: (scope: Scope) => void;
  readonly check: () => void;
  readonly cancel: () => void;
  readonly select: (issue: Issue) => void;
  readonly mark: () => void;
  readonly clearMarks: () => void;
  readonly issueSheet: () => void;
  readonly fix: () => void;
  readonly province: (text: string) => void;
  readonly target: (text: string) => void;
  readonly year: (text: string) => void;
  readonly summary: () => void;
  readonly demo: () => void;
  readonly template: () => void;
}

/** The elements an action updates while it runs. */
export interface PaneParts {
  readonly progress: HTMLProgressElement;
  readonly cancel: HTMLButtonElement;
  readonly status: HTMLElement;
}

export interface PaneView {
  readonly state: Readonly<PaneState>;
  readonly preview: boolean;
  /** An action that can be cancelled is running. */
  readonly running: boolean;
}

/** Redraws the whole pane into `root`. */
export function renderPane(root: HTMLElement, view: PaneView, on: PaneHandlers): PaneParts {
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
  const cancel = button('cancel', L('cancel'), on.cancel);
  cancel.hidden = !view.running;
  const progress = h('progress', { id: 'progress', max: '100', 'aria-label': L('working') });
  progress.hidden = !view.running;
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
    h('div', { class: 'row' }, button('check', L('checkButton'), on.check, 'primary'), cancel),
    progress,
    renderResults(state, on),
  );

  // ---- Trainers
  const trainerSection = h(
    'section',
    { class: 'card', 'aria-labelledby': 'h-trainer' },
    h('h2', { id: 'h-trainer' }, L('sectionTrainer')),
    h('div', { class: 'row wrap' }, button('demo', L('demoButton'), on.demo), button('template', L('templateButton'), on.template)),
  );

  const status = h('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
  root.replaceChildren(
    header,
    ...(view.preview ? [h('p', { class: 'banner', role: 'note' }, L('previewBanner'))] : []),
    checkSection,
    renderSummarySection(state, on),
    trainerSection,
    h('footer', {}, status, h('a', { href: 'help.html', target: '_blank', rel: 'noopener' }, L('help'))),
  );
  return { progress, cancel, status };
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
  const rows = r.rosters.reduce((s, x) => s + x.rows, 0);
  const checkedFor = { province: provinceLabel(r.options.province), year: r.options.year };
  box.append(
    h(
      'p',
      { id: 'checked-summary', tabindex: '-1' },
      `${L('checked', { rosters: r.rosters.length, rows: formatCount(rows, lang) })} ${L('checkedFor', checkedFor)}`,
    ),
  );
  if (checkedWithOther(r.options, state.settings)) box.append(h('p', { id: 'stale-check', class: 'stale-check' }, L('staleCheck')));
  const count = (severity: 'error' | 'warning' | 'info', key: MessageKey) =>
    h('li', { class: `count ${severity}`, 'data-severity': severity }, h('strong', {}, formatCount(r.counts[severity], lang)), ' ', L(key));
  box.append(h('ul', { class: 'counts' }, count('error', 'errors'), count('warning', 'warnings'), count('info', 'infos')));
  if (r.issues.length === 0) {
    box.append(h('p', { class: 'ok' }, L('noIssues')), renderUndo(state, on));
    return box;
  }
  const groups = new Map<RuleId, Issue[]>();
  for (const i of r.issues) (groups.get(i.rule) ?? groups.set(i.rule, []).get(i.rule)!).push(i);
  const ordered = [...groups.entries()].sort(
    (a, b) => SEVERITY_RANK[a[1][0].severity] - SEVERITY_RANK[b[1][0].severity] || b[1].length - a[1].length,
  );
  const list = h('div', { class: 'groups', role: 'group', 'aria-label': L('issueGroupsLabel') });
  for (const [rule, issues] of ordered) {
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
      items.append(h('li', { class: 'more' }, L('moreIssues', { count: formatCount(issues.length - ISSUES_PER_GROUP, lang) })));
    list.append(
      h(
        'details',
        { class: `group ${issues[0].severity}`, 'data-rule': rule },
        h(
          'summary',
          {},
          h('span', { class: `dot ${issues[0].severity}`, 'aria-hidden': 'true' }),
          h('span', { class: 'rule' }, pick(RULE_BY_ID[rule].title, lang)),
          h('span', { class: 'badge', 'aria-label': `${issues.length}` }, formatCount(issues.length, lang)),
        ),
        items,
      ),
    );
  }
  box.append(
    list,
    h(
      'div',
      { class: 'row wrap actions' },
      button('mark', L('markButton'), on.mark),
      button('clear-marks', L('clearMarksButton'), on.clearMarks),
      button('issue-sheet', L('issueSheetButton'), on.issueSheet),
      button('fix', L('fixButton'), on.fix),
    ),
    renderUndo(state, on),
    renderFixPreview(state, on),
  );
  return box;
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
    h('div', { class: 'row' }, button('summary', L('summaryButton'), on.summary, 'primary')),
    renderHeadline(state),
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

function renderHeadline(state: Readonly<PaneState>): HTMLElement {
  const { lang, summary: m } = state;
  const box = h('div', { id: 'headline', class: 'headline' });
  if (!m) return box;
  const card = (key: MessageKey, value: string, id: string) =>
    h('div', { class: 'figure', id }, h('dt', {}, t(lang, key)), h('dd', {}, value));
  box.append(
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
  return box;
}
