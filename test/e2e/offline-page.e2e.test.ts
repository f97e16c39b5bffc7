/**
 * End-to-end: the offline page (one file, built for production) opened from file:// in headless Chromium.
 * A trainer downloads the demo workbook from the page and opens it with a kabupaten-style roster (title
 * lines, synonym headers, a column-number row) and a file that is not a workbook through the file input;
 * the page checks, applies the fixes, downloads a copy with the summary and issue sheets, and switches
 * language. The copy is read back with the project's reader and `jamsostek summary --json`. No request may
 * leave the page and no Content-Security-Policy violation may happen.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Cell } from '../../src/core/cells';
import { cellText } from '../../src/core/cells';
import { checkGrids } from '../../src/core/roster/check';
import type { summaryJson } from '../../src/core/summary/model';
import { SUMMARY_SHEET_NAME } from '../../src/core/summary/sheet';
import { savePackage } from '../../src/hosts/xlsx/inject';
import { newWorkbook } from '../../src/hosts/xlsx/new-workbook';
import { fixCandidates } from '../../src/taskpane/fixes';
import { BIN, ensureBuiltCli } from '../support/built-cli';
import { expectValidXlsx } from '../support/ooxml';
import { readXlsx, rosterGridsOf } from '../support/read-xlsx';
import { requireTool } from '../support/system-tools';
import { CHROMIUM_FLAGS, OUT, ROOT } from './harness';

type SummaryJson = ReturnType<typeof summaryJson>;

const DIST = path.join(OUT, 'offline-dist');
const PAGE = path.join(DIST, 'cakupan-jamsostek.html');
const FILES = path.join(OUT, 'offline-files');

interface CaseGrid {
  readonly sheet: string;
  readonly rows: Cell[][];
}

/** The provincial health office's roster of test/cases (title rows, upper-case synonyms, a column-number row). */
async function kabupatenFile(): Promise<string> {
  const input = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/cases/roster-kalbar-nakes-title-rows/input.json'), 'utf8')) as {
    grids: CaseGrid[];
  };
  const file = path.join(FILES, 'dinkes-kalbar.xlsx');
  fs.writeFileSync(file, await savePackage(newWorkbook(input.grids.map((g) => ({ name: g.sheet, rows: g.rows })))));
  return file;
}

describe('offline page from file://', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const csp: string[] = [];
  const errors: string[] = [];
  /** Workers the page started: their URL and whether they were stopped (a worker that failed to start is). */
  const workers: { url: string; closed: boolean }[] = [];
  let demoFile: string;
  let kabFile: string;

  beforeAll(async () => {
    fs.rmSync(FILES, { recursive: true, force: true });
    fs.mkdirSync(FILES, { recursive: true });
    execFileSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--config-name', 'offline', '--output-path', DIST],
      { cwd: ROOT, stdio: 'pipe' },
    );
    ensureBuiltCli();
    kabFile = await kabupatenFile();
    browser = await chromium.launch({ executablePath: requireTool('chromium'), args: CHROMIUM_FLAGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'id-ID', acceptDownloads: true });
    await context.exposeFunction('cjCspViolation', (v: string) => void csp.push(v));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cjCspViolation: (v: string) => void }).cjCspViolation(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`,
        );
      });
    });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('worker', (w) => {
      const seen = { url: w.url(), closed: false };
      workers.push(seen);
      w.on('close', () => (seen.closed = true));
    });
    await page.goto(`file://${PAGE}`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  const download = async (selector: string, name: string): Promise<string> => {
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click(selector)]);
    const file = path.join(FILES, name);
    await d.saveAs(file);
    return file;
  };

  test('is one file with its policy: no office.js, no network, script and style by hash', () => {
    const html = fs.readFileSync(PAGE, 'utf8');
    expect(html).not.toMatch(/office\.js|appsforoffice/i);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'sha256-[^']+'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(html).not.toMatch(/<script\s+src=|<link\s+rel="stylesheet"/);
  });

  test('a trainer downloads the demo workbook; it opens with a kabupaten roster, and a file that is no workbook is refused', async () => {
    demoFile = await download('#download-demo', 'demo.xlsx');
    const notes = path.join(FILES, 'catatan.xlsx');
    fs.writeFileSync(notes, 'NIK;Nama\n6101010101900001;Budi\n');
    await page.setInputFiles('#file-input', [demoFile, kabFile, notes]);
    await page.waitForSelector('#checked-summary', { timeout: 120_000 });
    const listed = await page.locator('#file-list li').allTextContents();
    expect(listed.filter((l) => /demo\.xlsx|dinkes-kalbar\.xlsx/.test(l))).toHaveLength(2);
    // The command line's one-line reason, in the page's language.
    expect(listed.find((l) => l.includes('catatan.xlsx'))).toMatch(/bukan berkas Excel \.xlsx/);
    const tabs = await page.locator('.sheet-tab').allTextContents();
    expect(tabs).toContain('[dinkes-kalbar.xlsx]Nakes Non-ASN');
    expect(Number((await page.locator('.count[data-severity=error] strong').textContent())!.replace(/\./g, ''))).toBeGreaterThan(0);
    // The check ran in a worker started from a blob: URL, as in the task pane: it is still there (one that
    // failed to start would have been stopped, and the check run on the page instead).
    expect(workers).toEqual([{ url: expect.stringMatching(/^blob:/) as unknown as string, closed: false }]);
  }, 240_000);

  test('selecting an issue shows its cell in the grid', async () => {
    const group = page.locator('details.group').first();
    await group.locator('summary').click();
    const issue = group.locator('button.issue').first();
    const cell = (await issue.getAttribute('data-cell'))!;
    await issue.click();
    await expect(page.locator('td.selected').getAttribute('data-cell')).resolves.toBe(cell);
  });

  test('applies the fixes, downloads the kabupaten copy with summary and issue sheet, and the copy reads back right', async () => {
    // The fixes the pane offers for this file's cells, worked out here by the same core.
    const grids = await rosterGridsOf(kabFile);
    const fixes = fixCandidates(checkGrids(grids, { province: '61' }), grids);
    const fixedHere = new Map(fixes.map((f) => [f.cell, f.fix.value]));
    expect(fixedHere.size).toBeGreaterThan(0);
    await page.click('#fix');
    await page.waitForSelector('#fix-preview');
    await page.click('#fix-apply');
    await page.waitForSelector('#checked-summary');
    await page.screenshot({ path: path.join(OUT, 'offline-page.png') });
    const kabIndex = (await page.locator('#file-list li.opened .file-name').allTextContents()).indexOf('dinkes-kalbar.xlsx');
    const copy = await download(`#download-${kabIndex}`, 'dinkes-kalbar-diperiksa.xlsx');
    await expectValidXlsx(copy);

    const before = await readXlsx(kabFile);
    const after = await readXlsx(copy);
    expect(after.sheets.map((s) => s.info.name)).toEqual([before.sheets[0].info.name, SUMMARY_SHEET_NAME, 'Pemeriksaan Data']);
    // Every roster cell is the original's, but the fixed ones, which hold the fix's value.
    const [was, now] = [before.sheets[0].cells, after.sheets[0].cells];
    expect(now.rows.length).toBe(was.rows.length);
    let changed = 0;
    was.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const a1 = `${String.fromCharCode(65 + c)}${r + was.firstRow + 1}`;
        const got = now.rows[r][c] ?? null;
        if (fixedHere.has(a1)) {
          expect([a1, cellText(got)]).toEqual([a1, fixedHere.get(a1)]);
          changed++;
        } else expect([a1, got]).toEqual([a1, cell]);
      }),
    );
    expect(changed).toBe(fixedHere.size);

    // The summary sheet's figures are what `jamsostek summary --json` finds in the same file.
    const run = (() => {
      try {
        return execFileSync(process.execPath, [BIN, 'summary', copy, '--json'], { encoding: 'utf8' });
      } catch (e) {
        return (e as { stdout: string }).stdout; // exit 1: the roster still has data errors
      }
    })();
    const json = JSON.parse(run) as SummaryJson;
    const sheet = after.sheets[1].cells;
    const valueOf = (label: string) => sheet.rows.find((r) => r[0] === label)?.[1];
    expect(valueOf('Sasaran')).toBe(json.totals.eligible);
    expect(valueOf('Terlindungi')).toBe(json.totals.covered);
    expect(valueOf('Baris daftar')).toBe(json.totals.rows);
  }, 240_000);

  test("the pane's help link opens the help built into the page", async () => {
    await page.click('a[href="help.html"]');
    await expect(page.locator('#help').isVisible()).resolves.toBe(true);
    await expect(page.locator('#help').textContent()).resolves.toContain('JAMSOSTEK.COVERAGE');
    await page.click('#help-close');
    await expect(page.locator('#help').isVisible()).resolves.toBe(false);
  });

  test('switches language, keeping only settings in storage', async () => {
    await page.selectOption('#lang', 'en');
    await expect(page.locator('#files h2').textContent()).resolves.toBe('Files');
    await expect(page.getByRole('button', { name: 'Check roster', exact: true }).count()).resolves.toBe(1);
    const stored: Record<string, string> = await page.evaluate(() => ({ ...localStorage }));
    expect(Object.keys(stored)).toEqual(['cakupan-jamsostek:settings']);
    expect(Object.keys(JSON.parse(stored['cakupan-jamsostek:settings']) as object).sort()).toEqual(expect.arrayContaining(['lang']));
    expect(JSON.stringify(stored)).not.toMatch(/\d{16}/);
    await page.screenshot({ path: path.join(OUT, 'offline-page-en.png') });
  });

  test('no request left the page, no policy violation, no page error', () => {
    const pageUrl = `file://${PAGE}`;
    expect(requests.filter((u) => u !== pageUrl && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(csp).toEqual([]);
    expect(errors).toEqual([]);
  });
});
