/**
 * End-to-end: the offline page (one file, built for production) opened from file:// in headless Chromium.
 * A trainer downloads the demo workbook from the page and opens it with two kabupaten-style rosters (the
 * province's health office: title lines, synonym headers, a column-number row; a kabupaten's: the kab/kota
 * only in the title, SUDAH/BELUM ticks under a merged header, group and JUMLAH rows, a signature block with
 * an NIP) and a file that is not a workbook through the file input. The page checks in its worker, applies
 * one chosen fix group, undoes it, applies it again, downloads copies with the summary and issue sheets, and
 * switches language. The copies are read back with the project's reader and `jamsostek summary --json`. No
 * request may leave the page and no Content-Security-Policy violation may happen.
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
import type { FilesWorkbook } from '../../src/hosts/memory/files-workbook';
import { savePackage } from '../../src/hosts/xlsx/inject';
import { newWorkbook } from '../../src/hosts/xlsx/new-workbook';
import { fixCandidates, type FixCandidate, type FixGroupKey } from '../../src/taskpane/fixes';
import { BIN, ensureBuiltCli } from '../support/built-cli';
import { expectValidXlsx } from '../support/ooxml';
import { readXlsx, rosterGridsOf } from '../support/read-xlsx';
import { makeNik } from '../support/roster-rows';
import { requireTool } from '../support/system-tools';
import { CHROMIUM_FLAGS, OUT, ROOT } from './harness';

type SummaryJson = ReturnType<typeof summaryJson>;

const fixedCount = (fixes: readonly FixCandidate[]): number => fixes.filter((f) => f.group === CHOSEN).length;

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

const sanggauNik = (n: number): string => makeNik('6103', 1988, 5, 12, n % 2 ? 'L' : 'P', n);

/**
 * A Dinas Kesehatan Kabupaten Sanggau roster as offices send it: the kab/kota only in the title, SUDAH/BELUM
 * ticks under a merged header, a column-number row, group titles and JUMLAH rows, a signature block with an
 * NIP. Its status column has list values spelt loosely ("kontrak", "HONORER") and one with stray spaces.
 */
async function sanggauFile(): Promise<string> {
  const rows: Cell[][] = [
    ['PEMERINTAH KABUPATEN SANGGAU'],
    ['DINAS KESEHATAN KABUPATEN SANGGAU'],
    ['DATA TENAGA KESEHATAN NON ASN TAHUN 2025'],
    [],
    ['NO', 'NAMA', 'NIK', 'JABATAN', 'STATUS PEGAWAI', 'KEPESERTAAN BPJS KETENAGAKERJAAN', null, 'NO. KPJ'],
    [null, null, null, null, null, 'SUDAH', 'BELUM', null],
    ['1', '2', '3', '4', '5', '6', '7', '8'],
    ['I. RSUD M.TH. DJAMAN SANGGAU', null, null, null, null, null, null, null],
    [1, 'dr. Andi Wijaya', sanggauNik(1), 'Dokter Umum', 'kontrak', '√', null, '11111111101'],
    [2, 'Sri Wahyuni, Amd.Kep', sanggauNik(2), 'Perawat', 'Honorer', '√', null, '11111111102'],
    [3, 'Budi', sanggauNik(3), 'Sopir Ambulans', 'honorer', null, '√', null],
    [null, 'JUMLAH', null, null, null, 2, 1, null],
    ['II. PUSKESMAS ENTIKONG', null, null, null, null, null, null, null],
    [4, 'Maria Goretti', sanggauNik(4), 'Bidan', ' Honorer  ', '√', null, '11111111104'],
    [5, 'Yusuf', sanggauNik(5), 'Cleaning Service', 'HONORER', null, 'x', null],
    [null, 'JUMLAH', null, null, null, 1, 1, null],
    [null, 'JUMLAH TOTAL', null, null, null, 3, 2, null],
    [],
    [null, null, null, null, null, 'Sanggau, 30 Juni 2025', null, null],
    [null, null, null, null, null, 'KEPALA DINAS KESEHATAN', null, null],
    [null, null, null, null, null, 'KABUPATEN SANGGAU', null, null],
    [],
    [null, null, null, null, null, 'dr. H. ANDREAS, M.Kes', null, null],
    [null, null, null, null, null, 'Pembina Utama Muda', null, null],
    [null, null, null, null, null, 'NIP. 19720315 200212 1 004', null, null],
  ];
  const file = path.join(FILES, 'dinkes-sanggau.xlsx');
  fs.writeFileSync(file, await savePackage(newWorkbook([{ name: 'Nakes', rows }])));
  return file;
}

/** The fixes the pane offers for a file's cells, worked out here by the same core. */
async function fixesOf(file: string): Promise<FixCandidate[]> {
  const grids = await rosterGridsOf(file);
  return fixCandidates(checkGrids(grids, { province: '61' }), grids);
}

/** The group the user chooses: list values written as the list has them. */
const CHOSEN: FixGroupKey = 'listValue';

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
  let sanggau: string;

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
    sanggau = await sanggauFile();
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
    await page.setInputFiles('#file-input', [demoFile, kabFile, notes, sanggau]);
    await page.waitForSelector('#checked-summary', { timeout: 120_000 });
    const listed = await page.locator('#file-list li').allTextContents();
    // Read at once, listed in the order given.
    expect(await page.locator('#file-list li.opened .file-name').allTextContents()).toEqual([
      'demo.xlsx',
      'dinkes-kalbar.xlsx',
      'dinkes-sanggau.xlsx',
    ]);
    // The command line's one-line reason, in the page's language.
    expect(listed.find((l) => l.includes('catatan.xlsx'))).toMatch(/bukan berkas Excel \.xlsx/);
    const tabs = await page.locator('.sheet-tab').allTextContents();
    expect(tabs).toContain('[dinkes-kalbar.xlsx]Nakes Non-ASN');
    expect(tabs).toContain('[dinkes-sanggau.xlsx]Nakes');
    expect(Number((await page.locator('.count[data-severity=error] strong').textContent())!.replace(/\./g, ''))).toBeGreaterThan(0);
    // The check ran in a worker started from a blob: URL, as in the task pane: it is still there (one that
    // failed to start would have been stopped, and the check run on the page instead).
    expect(workers.map((w) => [w.url.slice(0, 5), w.closed])).toEqual([['blob:', false]]);
  }, 240_000);

  test('selecting an issue shows its cell in the grid', async () => {
    const group = page.locator('details.group').first();
    await group.locator('summary').click();
    const issue = group.locator('button.issue').first();
    const cell = (await issue.getAttribute('data-cell'))!;
    await issue.click();
    await expect(page.locator('td.selected').getAttribute('data-cell')).resolves.toBe(cell);
  });

  /** A cell of an opened file as the page holds it now. */
  const pageCell = (file: string, sheet: string, cell: string): Promise<unknown> =>
    page.evaluate(({ name, a1 }) => (window as unknown as { cjFiles: FilesWorkbook }).cjFiles.cell(name, a1), {
      name: `[${file}]${sheet}`,
      a1: cell,
    });
  const waitStatus = (re: RegExp) =>
    page.waitForFunction((source) => new RegExp(source).test(document.getElementById('status')?.textContent ?? ''), re.source);

  /** Opens the Fix preview and applies the chosen group alone. */
  async function applyChosenGroup(): Promise<void> {
    await page.click('#fix');
    await page.waitForSelector('#fix-preview:not([hidden])');
    const groups = await page.locator('.fix-group').evaluateAll((els) => els.map((el) => el.getAttribute('data-group')));
    expect(groups).toEqual(expect.arrayContaining([CHOSEN, 'spaces']));
    for (const key of groups) if (key !== CHOSEN) await page.locator(`.fix-group[data-group="${key}"] input[type=checkbox]`).uncheck();
    const count = Number((await page.textContent(`.fix-group[data-group="${CHOSEN}"] .badge`))!.replace(/\./g, ''));
    expect(await page.textContent('#fix-apply')).toBe(`Terapkan ${count.toLocaleString('id-ID')} perbaikan`);
    await page.click('#fix-apply');
    await waitStatus(/sel diperbaiki/);
    await page.waitForSelector('#checked-summary');
  }

  test('applies one chosen fix group; Undo puts the cells back; it applies again', async () => {
    const fixes = await fixesOf(sanggau);
    const chosen = fixes.filter((f) => f.group === CHOSEN);
    const other = fixes.filter((f) => f.group !== CHOSEN);
    expect(chosen.map((f) => [f.cell, f.expectedOld, f.fix.value])).toEqual([
      ['E9', 'kontrak', 'Kontrak'],
      ['E11', 'honorer', 'Honorer'],
      ['E15', 'HONORER', 'Honorer'],
    ]);
    expect(other.map((f) => [f.group, f.cell])).toEqual([['spaces', 'E14']]);
    const valuesNow = () => Promise.all(fixes.map((f) => pageCell('dinkes-sanggau.xlsx', 'Nakes', f.cell)));
    const original = fixes.map((f) => f.expectedOld);
    expect(await valuesNow()).toEqual(original);

    await applyChosenGroup();
    const applied = fixes.map((f) => (f.group === CHOSEN ? f.fix.value : f.expectedOld));
    expect(await valuesNow()).toEqual(applied);

    await page.click('#undo-fix');
    await waitStatus(/sel dikembalikan/);
    expect(await valuesNow()).toEqual(original);

    await applyChosenGroup();
    expect(await valuesNow()).toEqual(applied);
    await page.screenshot({ path: path.join(OUT, 'offline-page.png') });
  }, 240_000);

  /** Downloads the copy of an opened file (with the summary and issue sheets) and checks it against the original. */
  async function downloadAndReadBack(file: string, copyName: string): Promise<void> {
    const name = path.basename(file);
    const fixedHere = new Map((await fixesOf(file)).filter((f) => f.group === CHOSEN).map((f) => [f.cell, f.fix.value]));
    const index = (await page.locator('#file-list li.opened .file-name').allTextContents()).indexOf(name);
    const copy = await download(`#download-${index}`, copyName);
    await expectValidXlsx(copy);

    const before = await readXlsx(file);
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
    const summaryOf = (input: string): SummaryJson => {
      try {
        return JSON.parse(execFileSync(process.execPath, [BIN, 'summary', input, '--json'], { encoding: 'utf8' })) as SummaryJson;
      } catch (e) {
        return JSON.parse((e as { stdout: string }).stdout) as SummaryJson; // exit 1: the roster still has data errors
      }
    };
    const json = summaryOf(copy);
    const sheet = after.sheets[1].cells;
    const valueOf = (label: string) => sheet.rows.find((r) => r[0] === label)?.[1];
    expect(valueOf('Sasaran')).toBe(json.totals.eligible);
    expect(valueOf('Terlindungi')).toBe(json.totals.covered);
    expect(valueOf('Baris daftar')).toBe(json.totals.rows);
    // Spelling list values the list's way changes no count: the original file gives the same figures.
    expect(summaryOf(file).totals).toEqual(json.totals);
  }

  test("downloads the kabupaten's copy with summary and issue sheet; it reads back right", async () => {
    await downloadAndReadBack(sanggau, 'dinkes-sanggau-diperiksa.xlsx');
  }, 240_000);

  test("downloads the provincial office's copy likewise", async () => {
    expect(fixedCount(await fixesOf(kabFile))).toBeGreaterThan(0);
    await downloadAndReadBack(kabFile, 'dinkes-kalbar-diperiksa.xlsx');
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
