// The offline page (issue 13), built for production and opened from file:// in headless Chromium:
// - its size and gzipped size (goals < 1.5 MB, < 500 KB);
// - open and check the 100,000-row roster (goal < 3 s, < 1 GB of browser memory);
// - download it with the summary (goal < 3 s);
// - open and check 14 files of 5,000 rows each (goal < 3 s).
// Times run from handing the files to the file input to the results (or the download) in the page.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { savePackage } from '../src/hosts/xlsx/inject';
import { newWorkbook } from '../src/hosts/xlsx/new-workbook';
import { CHROMIUM_FLAGS } from '../test/e2e/harness';
import { generateRoster } from '../test/support/roster-fixture';
import { rosterFile } from './cli.bench';

const ROOT = path.join(__dirname, '..');
const ROWS = Number(process.env.BENCH_ROWS || 100_000);

async function fresh(browser: Browser, page: string): Promise<Page> {
  const p = await (await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } })).newPage();
  await p.goto(`file://${page}`);
  await p.waitForSelector('body[data-ready=true]');
  return p;
}

async function openAndCheck(p: Page, files: string[]): Promise<number> {
  const t0 = Date.now();
  await p.setInputFiles('#file-input', files);
  await p.waitForSelector('#checked-summary', { timeout: 600_000 });
  return Date.now() - t0;
}

/** The browser's memory after the work: the page's JS heap plus every Chromium process's resident memory. */
async function browserMb(p: Page): Promise<number> {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Math.round((metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0) / 1e6);
}

export async function run() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-bench-offline-'));
  const reports: object[] = [];
  let browser: Browser | undefined;
  try {
    execFileSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--config-name', 'offline', '--output-path', out],
      { cwd: ROOT, stdio: 'pipe' },
    );
    const page = path.join(out, 'cakupan-jamsostek.html');
    const bytes = fs.readFileSync(page);
    const kb = bytes.length / 1024;
    const gz = zlib.gzipSync(bytes, { level: 9 }).length / 1024;
    reports.push({
      name: 'offline page size',
      KB: Math.round(kb),
      gzippedKB: Math.round(gz),
      goal: '< 1,536 KB and < 500 KB gzipped',
      met: kb < 1536 && gz < 500,
    });

    const big = await rosterFile(ROWS);
    const smallDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-bench-kab-'));
    const small: string[] = [];
    for (let i = 0; i < 14; i++) {
      const f = generateRoster({ rows: 5_000, seed: 100 + i, titleRows: 2, oddSpellings: 0.02, nikSerialOffset: i * 10_000 });
      const rows = [...Array.from({ length: f.grid.origin.row }, () => []), ...f.grid.rows.map((r) => [...r])];
      const file = path.join(smallDir, `kab-${String(i + 1).padStart(2, '0')}.xlsx`);
      fs.writeFileSync(file, await savePackage(newWorkbook([{ name: f.grid.sheet, rows }])));
      small.push(file);
    }

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    let p = await fresh(browser, page);
    const checkMs = await openAndCheck(p, [big]);
    const mb = await browserMb(p);
    reports.push({
      name: `open + check ${ROWS.toLocaleString('en-US')} rows (${(fs.statSync(big).size / 1e6).toFixed(1)} MB)`,
      ms: checkMs,
      jsHeapMB: mb,
      goal: '< 3,000 ms, < 1 GB',
      met: checkMs < 3000 && mb < 1000,
    });

    await p.uncheck('#with-issues');
    const t0 = Date.now();
    const [d] = await Promise.all([p.waitForEvent('download', { timeout: 600_000 }), p.click('#download-0')]);
    await d.path();
    const downloadMs = Date.now() - t0;
    reports.push({ name: 'download it with the summary', ms: downloadMs, goal: '< 3,000 ms', met: downloadMs < 3000 });
    await p.context().close();

    p = await fresh(browser, page);
    const manyMs = await openAndCheck(p, small);
    reports.push({ name: 'open + check 14 files × 5,000 rows', ms: manyMs, goal: '< 3,000 ms', met: manyMs < 3000 });
    fs.rmSync(smallDir, { recursive: true, force: true });
  } finally {
    await browser?.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
  return reports;
}
