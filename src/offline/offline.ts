// The offline page (dist/cakupan-jamsostek.html): the task pane's own code (app, actions, render, preview
// grid) on an in-memory workbook filled from .xlsx files the user opens, read with the command line's
// reader. A files card above the pane opens files (picker or drag and drop), lists them (or why one could
// not be opened) and downloads copies, the summary of all files, the demo and the template. No office.js,
// no network; only settings go to localStorage.
import { generateDemo } from '../core/demo/demo';
import type { Lang } from '../core/i18n/lang';
import { FilesWorkbook, type ReadFile, type SettingsStore } from '../hosts/memory/files-workbook';
import type { RosterSheetInput } from '../hosts/port';
import { readStoredSettings } from '../hosts/stored-settings';
import { blobSource, bytesSource } from '../hosts/xlsx/read/byte-source';
import { fflateInflateRaw, hasStreamInflateRaw, streamInflateRaw } from '../hosts/xlsx/read/inflate';
import { UnusableInputError } from '../hosts/xlsx/read/unusable-input';
import { TaskPaneApp } from '../taskpane/app';
import { createChecker } from '../taskpane/checker/checker';
import { h } from '../taskpane/dom';
import { t } from '../taskpane/i18n';
import { PreviewGrid } from '../taskpane/preview-grid';
import {
  combinedWorkbook,
  type Download,
  demoWorkbook,
  downloadSettings,
  fileCopy,
  MIME_XLSX,
  NoTargetError,
  templateWorkbook,
} from './downloads';
import { type PageKey, pt } from './messages';

type PageStatus = { key: PageKey; params?: Record<string, string | number>; error?: boolean } | null;

const SETTINGS_KEY = 'cakupan-jamsostek:settings';
/** Files read at the same time. */
const READ_AT_ONCE = 4;
/** Files up to this size are read into memory at once rather than by ranges. */
const WHOLE_FILE_BYTES = 16 * 1024 * 1024;

/** The browser's native inflater where it has one (several times faster than fflate), else fflate. */
const inflate = hasStreamInflateRaw() ? streamInflateRaw : fflateInflateRaw;

/**
 * The check worker's script, carried in the page's own script by the build (scripts/offline-page.js): a file://
 * page cannot load a worker file, so the checker starts it from a blob: URL (the policy's worker-src blob:).
 * Without it (or where a worker cannot start) the check runs on the page in slices.
 */
const workerScript = (globalThis as { cjCheckWorkerScript?: unknown }).cjCheckWorkerScript;
const checker = createChecker(typeof workerScript === 'string' ? { script: workerScript } : null);

/** localStorage holds the page's settings and nothing else (never roster data). */
const localSettings: SettingsStore = {
  load() {
    try {
      const raw = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
      return readStoredSettings((name) => raw[name]);
    } catch {
      return {};
    }
  },
  save(settings) {
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(readStoredSettings((name) => settings[name])));
    } catch {
      // Storage refused (private window, file:// in some browsers): the settings last for this visit.
    }
  },
};

interface Refused {
  readonly file: string;
  readonly reason: string;
}

interface PageState {
  refused: Refused[];
  status: PageStatus;
  summary: boolean;
  issues: boolean;
  busy: boolean;
}

function demoSheets(seed = 1): RosterSheetInput[] {
  return generateDemo(seed).sheets.map((s) => ({ ...s }));
}

function save(download: Download): void {
  const url = URL.createObjectURL(new Blob([download.bytes as Uint8Array<ArrayBuffer>], { type: MIME_XLSX }));
  const a = h('a', { href: url, download: download.name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function start(): Promise<void> {
  const filesRoot = document.getElementById('files')!;
  const paneRoot = document.getElementById('app')!;
  const gridRoot = document.getElementById('preview-grid')!;
  const wb = new FilesWorkbook(localSettings);
  (window as { cjFiles?: FilesWorkbook }).cjFiles = wb;
  let lang: Lang = localSettings.load().lang ?? 'id';
  gridRoot.hidden = false;
  const gridLabels = (l: Lang) => ({ grid: t(l, 'previewGrid'), charts: t(l, 'previewCharts') });
  const grid = new PreviewGrid(gridRoot, wb, gridLabels(lang), lang);
  const state: PageState = { refused: [], status: null, summary: true, issues: true, busy: false };

  const app = new TaskPaneApp(paneRoot, {
    port: wb,
    lang,
    scope: 'all',
    checker,
    demoSheets: async () => demoSheets(2),
    onLangChange: (l) => {
      lang = l;
      grid.setLang(l, gridLabels(l));
      render();
    },
  });

  const L = (key: PageKey, params?: Record<string, string | number>) => pt(lang, key, params);

  /** The settings the page checks with: the downloads' checks take them too (roster settings by shown sheet name). */
  const settingsNow = async () => downloadSettings(await wb.getSettings(), lang);

  /** Runs a files-card action with its buttons disabled; its outcome goes to the card's status line. */
  async function busy(action: () => Promise<PageStatus>): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    render();
    try {
      state.status = await action();
    } catch (e) {
      state.status =
        e instanceof NoTargetError
          ? { key: 'noTarget', error: true }
          : { key: 'failed', params: { message: (e as Error)?.message ?? String(e) }, error: true };
    } finally {
      state.busy = false;
      render();
    }
  }

  async function openFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    await busy(async () => {
      state.refused = [];
      // Files are read a few at a time (one file's inflating and parsing fills another's waits for its
      // bytes), then added in the order given, so the list and the sheet names do not depend on timing.
      const read: (ReadFile | UnusableInputError | undefined)[] = files.map(() => undefined);
      let next = 0;
      const reader = async () => {
        for (let i = next++; i < files.length; i = next++) {
          const file = files[i];
          state.status = { key: 'opening', params: { file: file.name } };
          render();
          try {
            // A file of usual size is read in one go (each read of a File is a trip to the browser's file
            // thread); a large one by ranges, so its bytes are never held whole while its cells are read.
            const source = file.size <= WHOLE_FILE_BYTES ? bytesSource(await file.arrayBuffer()) : blobSource(file);
            read[i] = await FilesWorkbook.readFile(file.name, source, async () => new Uint8Array(await file.arrayBuffer()), { inflate });
          } catch (e) {
            if (!(e instanceof UnusableInputError)) throw e;
            read[i] = e;
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, files.length) }, reader));
      read.forEach((r, i) => {
        if (r instanceof UnusableInputError) state.refused.push({ file: files[i].name, reason: r.text[lang] });
      });
      wb.addRead(...read.filter((r): r is ReadFile => r !== undefined && !(r instanceof UnusableInputError)));
      return { key: 'opened', params: { count: wb.files().length } };
    });
    if (wb.files().length > 0) await app.check();
  }

  function downloadButton(id: string, label: string, make: () => Promise<PageStatus>): HTMLButtonElement {
    const b = h('button', { id, type: 'button', class: 'btn secondary', disabled: state.busy }, label);
    b.addEventListener('click', () => void busy(make));
    return b;
  }

  function render(): void {
    const input = h('input', {
      id: 'file-input',
      type: 'file',
      multiple: true,
      accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      tabindex: '-1',
      class: 'visually-hidden',
    });
    input.addEventListener('change', () => {
      const picked = [...(input.files ?? [])];
      input.value = '';
      void openFiles(picked);
    });
    // A real button (reachable by Tab, Enter and Space) opens the hidden input's file picker.
    const pick = h('button', { id: 'pick-files', type: 'button', class: 'btn primary', disabled: state.busy }, L('pick'));
    pick.addEventListener('click', () => input.click());
    const drop = h('div', { id: 'drop-zone', class: 'drop-zone' }, pick, input, h('p', {}, L('dropHere')));
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));

    const list = h('ul', { id: 'file-list', class: 'file-list', 'aria-label': L('filesTitle') });
    for (const f of wb.files()) {
      const close = h('button', { type: 'button', class: 'btn secondary small', 'aria-label': L('close', { file: f.name }) }, '×');
      close.addEventListener('click', () => {
        wb.closeFile(f.name);
        render();
        if (wb.files().length > 0) void app.check();
      });
      list.append(
        h('li', { class: 'opened' }, h('span', { class: 'file-name' }, f.name), ` · ${L('sheetsOf', { sheets: f.sheets.length })} `, close),
      );
    }
    for (const r of state.refused)
      list.append(h('li', { class: 'refused' }, h('span', { class: 'file-name' }, r.file), `: ${L('refused')}: ${r.reason}`));
    if (!list.childElementCount) list.append(h('li', {}, L('none')));

    const check = (id: string, key: PageKey, on: boolean, set: (v: boolean) => void) => {
      const box = h('input', { id, type: 'checkbox', checked: on });
      box.addEventListener('change', () => set(box.checked));
      return h('label', { for: id }, box, L(key));
    };
    const copies = wb.files().map((f, i) =>
      downloadButton(`download-${i}`, L('downloadCopy', { file: f.name }), async (): Promise<PageStatus> => {
        const copy = await fileCopy(wb, f, { summary: state.summary, issues: state.issues }, await settingsNow());
        save(copy);
        if (copy.skipped.length)
          return { key: 'skipped', params: { count: copy.skipped.length, cells: copy.skipped.slice(0, 5).join(', ') }, error: true };
        return copy.fixed
          ? { key: 'downloadedFixed', params: { file: copy.name, count: copy.fixed } }
          : { key: 'downloaded', params: { file: copy.name } };
      }),
    );
    const all = downloadButton('download-all', L('downloadAll'), async () => {
      const d = await combinedWorkbook(wb, { summary: true, issues: state.issues }, await settingsNow());
      save(d);
      return { key: 'downloaded', params: { file: d.name } };
    });
    const status = h(
      'p',
      { id: 'files-status', class: `files-status${state.status?.error ? ' error' : ''}`, role: 'status' },
      state.status ? L(state.status.key, state.status.params) : '',
    );
    const downloads = wb.files().length
      ? [
          h('h3', {}, L('downloadTitle')),
          h('p', { class: 'note' }, L('readOnly')),
          h(
            'div',
            { class: 'download-options' },
            check('with-summary', 'withSummary', state.summary, (v) => (state.summary = v)),
            check('with-issues', 'withIssues', state.issues, (v) => (state.issues = v)),
          ),
          h('div', { class: 'btn-row' }, ...copies, ...(wb.files().length > 1 ? [all] : [all])),
        ]
      : [];
    const trainers = [
      h('h3', {}, L('trainers')),
      h(
        'div',
        { class: 'btn-row' },
        downloadButton('download-demo', L('demo'), async () => {
          const d = await demoWorkbook(1);
          save(d);
          return { key: 'downloaded', params: { file: d.name } };
        }),
        downloadButton('download-template', L('template'), async () => {
          const d = await templateWorkbook((await settingsNow()).province, L('templateSheet'), lang);
          save(d);
          return { key: 'downloaded', params: { file: d.name } };
        }),
      ),
    ];
    filesRoot.replaceChildren(
      h('div', { class: 'files-head' }, h('h2', { id: 'files-title' }, L('filesTitle'))),
      h('p', {}, L('filesIntro')),
      drop,
      status,
      list,
      ...downloads,
      ...trainers,
    );
  }

  // The pane's help link opens the help built into this page (there is no help.html beside it).
  const help = document.getElementById('help') as HTMLDialogElement;
  document.getElementById('help-close')?.addEventListener('click', () => help.close());
  paneRoot.addEventListener('click', (e) => {
    if (!(e.target instanceof Element) || !e.target.closest('a[href="help.html"]')) return;
    e.preventDefault();
    help.showModal();
  });

  // Files dropped anywhere on the page open; the browser never navigates away to show them.
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    document.getElementById('drop-zone')?.classList.remove('over');
    void openFiles([...(e.dataTransfer?.files ?? [])]);
  });

  await app.start();
  // The check worker starts (and compiles the check) while the user picks files, not after they are read:
  // a check of no rosters, answered at once.
  void checker.check([], {}).catch(() => undefined);
  lang = app.lang;
  render();
  document.body.dataset.ready = 'true';
}

void start();
