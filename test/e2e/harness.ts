/**
 * Shared set-up of the end-to-end tests: builds the add-in into its own folder under test-output/, serves
 * it on 127.0.0.1 with the preview server, and opens the task pane in headless Chromium (Debian package,
 * driven by playwright-core) with every request, page error, dialog and CSP violation recorded. Anything
 * not addressed to this machine is refused and reported. Each test file calls openPreview() once in its
 * beforeAll (with its own `dist` name, so files running in parallel do not share a build folder).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { todaySerial } from '../../src/core/dates';
import type { Lang } from '../../src/core/i18n/lang';
import { defaultTarget } from '../../src/core/reference/ucj-targets';
import { formatTarget } from '../../src/core/settings/target';
import { figuresYear } from '../../src/core/settings/year';
import { requireTool } from '../support/system-tools';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require('../../scripts/serve-preview.js') as {
  startPreviewServer: (options: { port?: number; distDir?: string }) => Promise<{ server: { close: () => void }; url: string }>;
};

export const ROOT = path.resolve(__dirname, '../..');

/** The year a new workbook's pane starts with: the year of today (figuresYear), as the pane and the CLI decide it. */
export const PANE_YEAR = figuresYear(undefined, todaySerial());

/** The target the pane shows for Kalimantan Barat in that year, as the language writes it. */
export const paneTarget = (lang: Lang): string => formatTarget(defaultTarget('61', PANE_YEAR), lang);
export const OUT = path.join(ROOT, 'test-output');
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PreviewOptions {
  /** Build folder name under test-output/ (one per test file). */
  readonly dist: string;
  readonly viewport?: { width: number; height: number };
  /** Browser locale, e.g. 'id-ID'. */
  readonly locale?: string;
  /** Query string appended to taskpane.html, e.g. '?lang=id'. */
  readonly query?: string;
}

export interface Preview {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Base URL of taskpane.html on the local server. */
  readonly url: string;
  readonly requests: string[];
  /** Requests to anything but this machine (refused). */
  readonly outside: string[];
  readonly pageErrors: string[];
  readonly dialogs: string[];
  /** Content-Security-Policy violations the pages reported (the preview server sends a policy). */
  readonly cspViolations: string[];
  /** The Content-Security-Policy header of the pane's page. */
  readonly pagePolicy: string | undefined;
  close(): Promise<void>;
}

/** Builds the add-in (development mode) into test-output/<dist>; returns the folder. */
export function buildAddin(dist: string): string {
  const dir = path.join(OUT, dist);
  fs.mkdirSync(OUT, { recursive: true });
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--config-name', 'addin', '--output-path', dir],
    { cwd: ROOT, stdio: 'pipe' },
  );
  return dir;
}

export async function openPreview(options: PreviewOptions): Promise<Preview> {
  const executablePath = requireTool('chromium');
  const distDir = buildAddin(options.dist);
  const { server, url } = await startPreviewServer({ port: 0, distDir });
  // playwright-core gives every launch a new empty profile (its own --user-data-dir in a temp folder).
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    locale: options.locale ?? 'id-ID',
  });
  const requests: string[] = [];
  const outside: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    requests.push(u.href);
    if (u.hostname === 'localhost' || u.hostname === '127.0.0.1') return route.continue();
    outside.push(u.href);
    return route.abort();
  });
  // Every CSP violation, as the page sees it and as the console reports it.
  await context.exposeFunction('cjCspViolation', (v: string) => void cspViolations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cjCspViolation: (v: string) => void }).cjCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(`${url}${options.query ?? ''}`);
  const pagePolicy = response?.headers()['content-security-policy'];
  await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  return {
    browser,
    context,
    page,
    url,
    requests,
    outside,
    pageErrors,
    dialogs,
    cspViolations,
    pagePolicy,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
