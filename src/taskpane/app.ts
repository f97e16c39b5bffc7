// The task pane: keeps its state in actions.ts, draws it with render.ts, and runs each action with the
// buttons disabled, Cancel for the long ones, and the outcome in the status line. It talks to the workbook
// only through the port, so Excel and the browser preview run the same code.
import type { Lang } from '../core/i18n/lang';
import type { RosterSheetInput, WorkbookPort } from '../hosts/port';
import { PaneActions, type PaneState, type Progress, type Status } from './actions';
import { formatCount, t } from './i18n';
import { type PaneHandlers, type PaneParts, renderPane } from './render';

export interface AppOptions {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  readonly preview?: boolean;
  /** Rosters "Sisipkan data demo" inserts (loaded lazily: the generator is only needed on click). */
  readonly demoSheets?: () => Promise<readonly RosterSheetInput[]>;
  readonly onLangChange?: (lang: Lang) => void;
}

interface RunOptions {
  /** Shows the progress bar and Cancel while it reads and checks rosters. */
  readonly cancellable?: boolean;
  /** Redraws the pane when done (the action changed the results, fixes or headline). */
  readonly redraw?: boolean;
  /** After the redraw and status, e.g. moving the focus. */
  readonly after?: () => void;
}

export class TaskPaneApp {
  private readonly actions: PaneActions;
  private parts: PaneParts | null = null;
  private running: AbortController | null = null;
  private busy = false;
  private lastStatus: Status | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: AppOptions,
  ) {
    this.actions = new PaneActions(options.port, options.lang, options.demoSheets);
  }

  private get state(): PaneState {
    return this.actions.state;
  }

  async start(): Promise<void> {
    await this.actions.loadSettings();
    await this.actions.loadUndoable();
    this.render();
  }

  private readonly on: PaneHandlers = {
    lang: (lang) => void this.setLang(lang),
    scope: (scope) => (this.state.scope = scope),
    check: () => void this.check(),
    cancel: () => this.running?.abort(),
    select: (issue) => void this.actions.select(issue).then((status) => this.showStatus(status)),
    mark: () => void this.run(() => this.actions.mark()),
    clearMarks: () => void this.run(() => this.actions.clearMarks()),
    issueSheet: () => void this.run(() => this.actions.writeIssueSheet()),
    fix: () => this.previewFixes(),
    fixChoose: (key, chosen) => {
      this.actions.chooseFixGroup(key, chosen);
      this.render();
    },
    fixShowCells: (key, open) => this.actions.showFixCells(key, open),
    fixApply: () => void this.run((p) => this.actions.applyFixes(p), { cancellable: true, redraw: true }),
    fixCancel: () => {
      this.actions.cancelFixes();
      this.render();
      // The preview is gone: focus goes back to the button that opened it.
      document.getElementById('fix')?.focus();
    },
    fixUndo: () => void this.run((p) => this.actions.undoFix(p), { cancellable: true, redraw: true }),
    province: (text) => void this.settle(this.actions.enterProvince(text)),
    target: (text) => void this.settle(this.actions.enterTarget(text)),
    year: (text) => void this.settle(this.actions.enterYear(text)),
    summary: () => void this.insertSummary(),
    demo: () => void this.run(() => this.actions.insertDemo(), { redraw: true }),
    template: () => void this.run(() => this.actions.insertTemplate()),
  };

  private render(): void {
    const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    this.parts = renderPane(
      this.root,
      { state: this.state, preview: this.options.preview === true, running: this.running !== null },
      this.on,
    );
    if (this.lastStatus) this.showStatus(this.lastStatus);
    this.setBusy(this.busy);
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  private showStatus(status: Status): void {
    this.lastStatus = status;
    const el = this.parts?.status;
    if (!el) return;
    el.textContent = t(this.state.lang, status.key, status.params);
    el.classList.toggle('error', status.error === true);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('button.btn'))
      if (b.id !== 'cancel' && b.id !== 'fix-cancel') b.disabled = busy;
    this.root.setAttribute('aria-busy', String(busy));
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
      this.lastStatus = { key: 'failed', params: { message: (e as Error)?.message ?? String(e) }, error: true };
    }
    this.render();
  }

  /** Progress of a read and check, shown in the progress bar and the status line. */
  private progress(controller: AbortController | null): Progress {
    const lang = this.state.lang;
    return {
      signal: controller?.signal,
      onStart: () => {
        const parts = this.parts;
        if (!parts || !controller) return;
        parts.progress.hidden = false;
        parts.progress.removeAttribute('value');
        parts.cancel.hidden = false;
        parts.cancel.disabled = false;
      },
      onReading: ({ sheet, done, total }) => {
        if (this.parts) {
          this.parts.progress.max = total;
          this.parts.progress.value = done;
        }
        this.showStatus({ key: 'reading', params: { sheet, done: formatCount(done, lang), total: formatCount(total, lang) } });
      },
      onChecking: async (rows) => {
        this.showStatus({ key: 'checking', params: { rows: formatCount(rows, lang) } });
        // Let the status paint before the (synchronous) check runs.
        await new Promise((r) => setTimeout(r, 0));
      },
    };
  }

  /** Runs an action with buttons disabled; its status, or its failure, goes to the status line. */
  private async run(action: (progress: Progress) => Promise<Status | null> | Status | null, options: RunOptions = {}): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    const controller = options.cancellable ? new AbortController() : null;
    this.running = controller;
    let focus: string | undefined;
    try {
      const status = await action(this.progress(controller));
      if (options.redraw) {
        this.lastStatus = null;
        this.render();
      }
      if (status) this.showStatus(status);
      focus = status?.focus;
      options.after?.();
    } catch (e) {
      // The action may have changed the state before it failed (a fix applied, then its check failed): draw it.
      if (options.redraw) this.render();
      if ((e as Error)?.name === 'AbortError') this.showStatus({ key: 'cancelled' });
      else this.showStatus({ key: 'failed', params: { message: (e as Error)?.message ?? String(e) }, error: true });
    } finally {
      this.running = null;
      this.setBusy(false);
      if (this.parts) {
        this.parts.cancel.hidden = true;
        this.parts.progress.hidden = true;
      }
    }
    // Once the buttons are enabled again: a disabled button cannot take the focus.
    if (focus) document.getElementById(focus)?.focus();
  }

  async check(): Promise<void> {
    await this.run((p) => this.actions.check(p), {
      cancellable: true,
      redraw: true,
      after: () => document.getElementById('checked-summary')?.focus(),
    });
  }

  private previewFixes(): void {
    const status = this.actions.previewFixes();
    this.render();
    if (status) this.showStatus(status);
    else if (this.state.fixes.length) document.getElementById('h-fix')?.focus();
  }

  async insertSummary(): Promise<void> {
    await this.run((p) => this.actions.insertSummary(p), {
      cancellable: true,
      redraw: true,
      after: () => document.getElementById('fig-coverage')?.scrollIntoView({ block: 'nearest' }),
    });
  }
}
