// The task pane: keeps its state in actions.ts, draws it with render.ts, and runs each action with the
// buttons disabled, Cancel for the long ones, and the outcome in the status line right under the control
// that started it. Focus goes where the eye is: to the result, or back to the control that opened a panel.
// It talks to the workbook only through the port, so Excel and the browser preview run the same code.
import type { Lang } from '../core/i18n/lang';
import type { RosterSheetInput, WorkbookPort } from '../hosts/port';
import { PaneActions, type PaneState, type Progress, type Status } from './actions';
import type { Checker } from './checker/checker';
import { formatCount, t } from './i18n';
import type { Scope } from './workflow';
import { type FeedbackArea, type FeedbackParts, feedbackParts, feedbackSlot, labelFeedback, type PaneHandlers, renderPane } from './render';

export interface AppOptions {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  readonly preview?: boolean;
  /** Rosters "Sisipkan data demo" inserts (loaded lazily: the generator is only needed on click). */
  readonly demoSheets?: () => Promise<readonly RosterSheetInput[]>;
  readonly onLangChange?: (lang: Lang) => void;
  /** What Check reads at first (default the active sheet; the offline page checks every roster of every file). */
  readonly scope?: Scope;
  /** Runs the roster check off the page's thread (taskpane.ts passes the worker; on the page in slices without). */
  readonly checker?: Checker;
}

interface RunOptions {
  /** Where the progress, Cancel and status line go: under the control that started the action. */
  readonly area: FeedbackArea;
  /** Shows the progress bar and Cancel while it reads and checks rosters. */
  readonly cancellable?: boolean;
  /** Redraws the pane when done (the action changed the results, fixes or headline). */
  readonly redraw?: boolean;
  /** The element to focus when the action succeeded (its result); by default focus stays where it was. */
  readonly focus?: () => string | null;
  /** The element to focus when it was cancelled (the control that started it). */
  readonly focusOnCancel?: string;
}

export class TaskPaneApp {
  private readonly actions: PaneActions;
  private readonly feedback: FeedbackParts;
  private area: FeedbackArea = 'check';
  private running: AbortController | null = null;
  private busy = false;
  private lastStatus: Status | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: AppOptions,
  ) {
    this.actions = new PaneActions(options.port, options.lang, options.demoSheets, options.checker);
    if (options.scope) this.actions.state.scope = options.scope;
    this.feedback = feedbackParts(() => this.running?.abort());
  }

  private get state(): PaneState {
    return this.actions.state;
  }

  async start(): Promise<void> {
    await this.actions.loadSettings();
    await this.actions.loadUndoable();
    this.render();
    // The workbook may keep another language than the one the pane opened in.
    if (this.state.lang !== this.options.lang) this.options.onLangChange?.(this.state.lang);
  }

  private readonly on: PaneHandlers = {
    lang: (lang) => void this.setLang(lang),
    scope: (scope) => {
      this.state.scope = scope;
      // The results say when the scope chosen differs from the one they cover.
      if (this.state.result) this.render();
    },
    check: () => void this.check(),
    cancel: () => this.running?.abort(),
    select: (issue) => {
      this.placeFeedback('results');
      void this.actions.select(issue).then((status) => this.showStatus(status));
    },
    filter: (severity) => {
      const status = this.actions.toggleFilter(severity);
      this.area = 'results';
      this.render();
      if (status) this.showStatus(status);
    },
    mark: () => void this.run(() => this.actions.mark(), { area: 'results' }),
    clearMarks: () => void this.run(() => this.actions.clearMarks(), { area: 'results' }),
    issueSheet: () => void this.run(() => this.actions.writeIssueSheet(), { area: 'results' }),
    fix: () => this.previewFixes(),
    fixChoose: (key, chosen) => {
      this.actions.chooseFixGroup(key, chosen);
      this.render();
    },
    fixShowCells: (key, open) => this.actions.showFixCells(key, open),
    fixApply: () =>
      void this.run((p) => this.actions.applyFixes(p), {
        area: 'fix',
        cancellable: true,
        redraw: true,
        focus: () => 'fix',
        focusOnCancel: 'fix-apply',
      }),
    fixCancel: () => {
      this.actions.cancelFixes();
      this.render();
      // Back to the button that opened the preview.
      this.focus('fix');
    },
    fixUndo: () => void this.run((p) => this.actions.undoFix(p), { area: 'fix', cancellable: true, redraw: true, focus: () => 'undo-fix' }),
    province: (text) => void this.settle(this.actions.enterProvince(text)),
    regency: (text) => void this.settle(this.actions.enterRegency(text)),
    kpjMeansActive: (on) => void this.settle(this.actions.setKpjMeansActive(on)),
    target: (text) => void this.settle(this.actions.enterTarget(text)),
    regencyTarget: (code, text) => void this.settle(this.actions.enterRegencyTarget(code, text)),
    year: (text) => void this.settle(this.actions.enterYear(text)),
    summary: () => void this.insertSummary(),
    demo: () => void this.run(() => this.actions.insertDemo(), { area: 'trainer', redraw: true }),
    template: () => void this.run(() => this.actions.insertTemplate(), { area: 'trainer' }),
  };

  private render(): void {
    const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    // Groups the user opened stay open across redraws (a filter, a language switch, a fix), as does the list of kab/kota targets.
    const open = new Set([...this.root.querySelectorAll<HTMLElement>('details.group[open]')].map((d) => d.dataset.rule));
    const targetsOpen = this.root.querySelector<HTMLDetailsElement>('details#regency-targets')?.open === true;
    renderPane(this.root, { state: this.state, preview: this.options.preview === true }, this.on);
    for (const d of this.root.querySelectorAll<HTMLDetailsElement>('details.group')) if (open.has(d.dataset.rule)) d.open = true;
    const targets = this.root.querySelector<HTMLDetailsElement>('details#regency-targets');
    if (targets && targetsOpen) targets.open = true;
    labelFeedback(this.feedback, this.state.lang);
    this.placeFeedback(this.area);
    if (this.lastStatus) this.showStatus(this.lastStatus);
    this.setBusy(this.busy);
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  /** Puts the progress, Cancel and status line under the control of `area` (the one that started the action). */
  private placeFeedback(area: FeedbackArea): void {
    this.area = area;
    const slot = feedbackSlot(this.root, area);
    if (slot && this.feedback.node.parentElement !== slot) slot.append(this.feedback.node);
  }

  private showStatus(status: Status): void {
    this.lastStatus = status;
    const el = this.feedback.status;
    el.textContent = t(this.state.lang, status.key, status.params);
    el.classList.toggle('error', status.error === true);
    reveal(this.feedback.node);
  }

  private clearStatus(): void {
    this.lastStatus = null;
    this.feedback.status.textContent = '';
    this.feedback.status.classList.remove('error');
  }

  /**
   * Moves the focus to an element that can take it, scrolled into view as little as needed (the feedback above it
   * stays in view when both fit); false when there is none (gone, hidden or disabled).
   */
  private focus(id: string | null | undefined): boolean {
    const el = id ? document.getElementById(id) : null;
    if (!el || (el as HTMLButtonElement).disabled || el.closest('[hidden]')) return false;
    el.focus({ preventScroll: true });
    reveal(el);
    return document.activeElement === el;
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('button.btn')) if (b.id !== 'cancel') b.disabled = busy;
    this.root.setAttribute('aria-busy', String(busy));
  }

  /** The pane's language (its language menu may have changed it). */
  get lang(): Lang {
    return this.state.lang;
  }

  private async setLang(lang: Lang): Promise<void> {
    const saved = this.actions.setLang(lang);
    this.render();
    this.options.onLangChange?.(lang);
    await saved;
  }

  /** A setting was entered: redraw (its field shows the value, or the text that could not be used with the reason). */
  private async settle(entered: Promise<void>): Promise<void> {
    try {
      await entered;
    } catch (e) {
      this.area = 'summary';
      this.lastStatus = { key: 'failed', params: { message: (e as Error)?.message ?? String(e) }, error: true };
    }
    this.render();
  }

  /** Progress of a read and check, shown in the progress bar and the status line. */
  private progress(controller: AbortController | null): Progress {
    const lang = this.state.lang;
    const { progress, cancel } = this.feedback;
    return {
      signal: controller?.signal,
      onStart: () => {
        if (!controller) return;
        progress.hidden = false;
        progress.removeAttribute('value');
        cancel.hidden = false;
        cancel.disabled = false;
      },
      onReading: ({ sheet, done, total }) => {
        progress.max = total;
        progress.value = done;
        this.showStatus({ key: 'reading', params: { sheet, done: formatCount(done, lang), total: formatCount(total, lang) } });
      },
      onChecking: async (rows) => {
        progress.removeAttribute('value');
        this.showStatus({ key: 'checking', params: { done: formatCount(0, lang), total: formatCount(rows, lang) } });
      },
      onCheckProgress: (done, total) => {
        progress.max = Math.max(1, total);
        progress.value = done;
        this.showStatus({ key: 'checking', params: { done: formatCount(done, lang), total: formatCount(total, lang) } });
      },
    };
  }

  /**
   * Runs an action with buttons disabled and its feedback under the control that started it; then its status
   * (or failure), and the focus: to the result, or back where it was (a disabled button loses the focus).
   */
  private async run(action: (progress: Progress) => Promise<Status | null> | Status | null, options: RunOptions): Promise<void> {
    if (this.busy) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    this.clearStatus();
    this.placeFeedback(options.area);
    this.setBusy(true);
    const controller = options.cancellable ? new AbortController() : null;
    this.running = controller;
    let status: Status | null;
    let done = false;
    try {
      status = await action(this.progress(controller));
      done = true;
    } catch (e) {
      // The action may have changed the state before it failed (a fix applied, then its check failed): draw it.
      if (options.redraw) this.render();
      status =
        (e as Error)?.name === 'AbortError'
          ? { key: 'cancelled' }
          : { key: 'failed', params: { message: (e as Error)?.message ?? String(e) }, error: true };
    } finally {
      this.running = null;
      this.feedback.cancel.hidden = true;
      this.feedback.progress.hidden = true;
      this.setBusy(false);
    }
    if (done && options.redraw) this.render();
    if (status) this.showStatus(status);
    else this.clearStatus(); // the result speaks for itself (the progress text is over)
    const target = status?.focus ?? (done ? options.focus?.() : status?.key === 'cancelled' ? options.focusOnCancel : null);
    if (this.focus(target)) return;
    // Nothing to go to: keep the focus where the user was, never the top of the page.
    if (!(document.activeElement instanceof HTMLElement) || document.activeElement === document.body) this.focus(opener);
  }

  async check(): Promise<void> {
    await this.run((p) => this.actions.check(p), {
      area: 'check',
      cancellable: true,
      redraw: true,
      focus: () => (this.state.result ? 'checked-summary' : null),
      focusOnCancel: 'check',
    });
  }

  private previewFixes(): void {
    this.area = 'results';
    this.clearStatus();
    const status = this.actions.previewFixes();
    this.render();
    if (status) this.showStatus(status);
    else if (this.state.fixes.length) document.getElementById('h-fix')?.focus();
  }

  async insertSummary(): Promise<void> {
    await this.run((p) => this.actions.insertSummary(p), {
      area: 'summary',
      cancellable: true,
      redraw: true,
      focus: () => (this.state.summary ? 'headline' : null),
      focusOnCancel: 'summary',
    });
  }
}

/** Scrolls an element into the window when any of it is outside (whatever scrolls the pane: the window or the pane). */
function reveal(el: Element): void {
  const r = el.getBoundingClientRect();
  if (r.height > 0 && (r.top < 0 || r.bottom > window.innerHeight)) el.scrollIntoView({ block: 'nearest' });
}
