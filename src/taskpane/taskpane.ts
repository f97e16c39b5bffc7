// Entry point. In Excel the pane drives the workbook through Office.js; outside Office (office.js
// reports no host) it runs as a browser preview on an in-memory workbook holding the demo rosters.
import { langFromLocale, type Lang } from '../core/i18n/lang';
import { generateDemo } from '../core/demo/demo';
import { MemoryWorkbook } from '../hosts/memory/memory-workbook';
import { officeApiSupported } from '../hosts/office/api-sets';
import { OfficeWorkbook } from '../hosts/office/office-workbook';
import type { RosterSheetInput } from '../hosts/port';
import { TaskPaneApp } from './app';
import { createChecker } from './checker/checker';
import { t } from './i18n';
import { PreviewGrid } from './preview-grid';

declare global {
  interface Window {
    /** Set once the pane has rendered (tests and benchmarks wait for it). */
    cjReady?: { preview: boolean; renderMs: number };
    cjWorkbook?: MemoryWorkbook;
  }
}

function demoSheets(seed = 1): RosterSheetInput[] {
  return generateDemo(seed).sheets.map((s) => ({
    name: s.name,
    rows: s.rows,
    headerRow: s.headerRow,
    textColumns: s.textColumns,
    dateColumns: s.dateColumns,
    columnWidths: s.columnWidths,
  }));
}

/**
 * The check worker's script, built beside this one (webpack entry "check-worker"). Its URL is taken from this
 * script's own, so it is found wherever the pane is served: the dev server, a production host, the preview.
 * Same origin as the page, as workers must be (and as the preview's script-src 'self' allows).
 */
const WORKER_URL = new URL('check-worker.js', (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI).href;

async function startInExcel(root: HTMLElement): Promise<void> {
  const lang: Lang = langFromLocale(Office.context.displayLanguage);
  const port = new OfficeWorkbook((batch) => Excel.run(batch), Office.context.document.settings, { apiSupported: officeApiSupported });
  await new TaskPaneApp(root, { port, lang, demoSheets: async () => demoSheets(), checker: createChecker({ url: WORKER_URL }) }).start();
}

/**
 * Outside Office, office.js still schedules a hidden telemetry frame to Microsoft 3 s after loading.
 * The preview promises no network traffic, so that frame is never created here.
 */
function stopOfficeTelemetry(): void {
  const uls = (window as unknown as { OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } } } }).OSF?.Logger?.ulsEndpoint;
  if (uls) uls.loadProxyFrame = () => undefined;
}

async function startPreview(root: HTMLElement, gridRoot: HTMLElement): Promise<MemoryWorkbook> {
  stopOfficeTelemetry();
  document.body.classList.add('preview');
  const params = new URLSearchParams(location.search);
  const lang: Lang = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'id' ? 'id' : langFromLocale(navigator.language);
  const wb = new MemoryWorkbook();
  window.cjWorkbook = wb;
  gridRoot.hidden = false;
  // The grid redraws itself on every workbook change (it listens to wb.onChange).
  const labels = (l: Lang) => ({ grid: t(l, 'previewGrid'), charts: t(l, 'previewCharts') });
  const grid = new PreviewGrid(gridRoot, wb, labels(lang), lang);
  const app = new TaskPaneApp(root, {
    port: wb,
    lang,
    preview: true,
    demoSheets: async () => demoSheets(2),
    checker: createChecker({ url: WORKER_URL }),
    onLangChange: (l) => grid.setLang(l, labels(l)),
  });
  await app.start();
  markRendered(true);
  // The demo workbook loads after the first paint, so the pane is usable at once.
  await new Promise((r) => setTimeout(r, 0));
  for (const sheet of demoSheets(Number(params.get('seed')) || 1)) await wb.insertRosterSheet(sheet);
  await wb.selectCell(wb.sheetNames()[0], 'A1');
  return wb;
}

function markRendered(preview: boolean): void {
  // performance.now() counts from navigation start: the time a user waits for the pane.
  window.cjReady = { preview, renderMs: performance.now() };
}

const root = document.getElementById('app')!;
const gridRoot = document.getElementById('preview-grid')!;

void Office.onReady(async (info) => {
  const inExcel = info.host === Office.HostType.Excel;
  if (inExcel) {
    await startInExcel(root);
    markRendered(false);
  } else await startPreview(root, gridRoot);
  document.body.dataset.ready = 'true';
});
