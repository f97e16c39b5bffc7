/**
 * End-to-end: the roster check runs in a Web Worker (check-worker.js, served beside the pane under the preview's
 * Content-Security-Policy), the pane stays answerable while a large roster is checked, progress counts rows done
 * of total, Cancel stops it, and a page whose worker cannot load checks on its own thread instead. The worker
 * bundle also runs from a blob: URL in a file:// page, as the offline single-file page will start it.
 * Speed is not asserted here (npm run bench prints it).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { demoGrids, generateDemo } from '../../src/core/demo/demo';
import { checkGrids } from '../../src/core/roster/check';
import { unpackCheckResult, type PackedCheckResult } from '../../src/core/roster/packed-result';
import { generateRoster } from '../support/roster-fixture';
import { OUT, openPreview, type Preview } from './harness';

/** Rows of the large roster the pane checks (the demo's health roster, repeated; its few non-data rows are skipped). */
const LARGE_ROWS = 120_000;

describe('the check worker in Chromium', () => {
  let preview: Preview;
  let page: Page;

  beforeAll(async () => {
    preview = await openPreview({ dist: 'worker-dist', query: '?lang=en' });
    page = preview.page;
  }, 180_000);

  afterAll(async () => {
    await preview?.close();
  });

  const status = () => page.textContent('#status');
  const number = (text: string) => Number(text.replace(/,/g, ''));
  /** The data rows the progress said it checks, to compare with the finished check. */
  let progressTotal = 0;

  test('the demo roster is checked in the worker: its script is fetched from this server, no policy violation', async () => {
    const demo = generateDemo(1);
    const expected = checkGrids(
      demoGrids(demo).filter((g) => g.sheet === demo.sheets[0].name),
      { province: '61' },
    );
    await page.click('#check');
    await page.waitForSelector('#checked-summary');
    expect(preview.requests.some((u) => new URL(u).pathname === '/check-worker.js')).toBe(true);
    const count = async (sev: string) =>
      Number((await page.locator(`.count[data-severity=${sev}] strong`).textContent())!.replace(/,/g, ''));
    expect(await count('error')).toBe(expected.counts.error);
    expect(await count('warning')).toBe(expected.counts.warning);
    expect(await count('info')).toBe(expected.counts.info);
    expect(preview.cspViolations).toEqual([]);
    expect(preview.pageErrors).toEqual([]);
    expect(preview.pagePolicy).toContain("worker-src 'self'");
  });

  test('a large roster: progress in rows done of total, the page answers meanwhile, Cancel keeps the last results', async () => {
    const before = await page.textContent('#checked-summary');
    await page.evaluate(async (rows) => {
      const wb = window.cjWorkbook!;
      const source = wb.sheet(wb.sheetNames()[0])!.cells;
      const data = source.slice(1).filter((r) => r.length > 0);
      const big = [source[0]];
      for (let i = 0; big.length <= rows; i++) big.push(data[i % data.length]);
      await wb.insertRosterSheet({ name: 'Besar', rows: big, headerRow: 0 });
      wb.setActive('Besar');
    }, LARGE_ROWS);
    await page.click('#check');
    // The worker reports as it goes: "Checking 15,000 of 120,000 rows…".
    await page.waitForFunction(
      () => {
        const m = /Checking ([\d,]+) of ([\d,]+) rows/.exec(document.getElementById('status')?.textContent ?? '');
        return m !== null && Number(m[1].replace(/,/g, '')) > 0;
      },
      null,
      { polling: 10, timeout: 120_000 },
    );
    const shown = /Checking ([\d,]+) of ([\d,]+) rows/.exec((await status())!)!;
    progressTotal = number(shown[2]);
    expect(progressTotal).toBeGreaterThan(LARGE_ROWS * 0.99);
    expect(progressTotal).toBeLessThanOrEqual(LARGE_ROWS);
    expect(number(shown[1])).toBeLessThan(progressTotal);
    // The page's own thread is free: it runs this at once, while the check goes on.
    expect(await page.evaluate(() => document.getElementById('cancel')?.hidden)).toBe(false);
    await page.click('#cancel');
    await page.waitForFunction(() => /cancelled/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.locator('#check').isEnabled()).toBe(true);
    expect(await page.locator('#cancel').isHidden()).toBe(true);
    expect(await page.textContent('#checked-summary')).toBe(before);
  });

  test('the large roster checked to the end, in a new worker after the cancelled one', async () => {
    const workersBefore = preview.requests.filter((u) => new URL(u).pathname === '/check-worker.js').length;
    await page.evaluate(() => document.getElementById('checked-summary')?.remove());
    await page.click('#check');
    await page.waitForSelector('#checked-summary', { timeout: 120_000 });
    expect(await page.textContent('#checked-summary')).toContain(`(${progressTotal.toLocaleString('en-US')} rows)`);
    expect(preview.requests.filter((u) => new URL(u).pathname === '/check-worker.js').length).toBe(workersBefore + 1);
    expect(preview.pageErrors).toEqual([]);
  });

  test('a worker that cannot load (its script missing): the page checks on its own thread, same counts', async () => {
    const other = await preview.context.newPage();
    await other.route('**/check-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
    await other.goto(`${preview.url}?lang=en`);
    await other.waitForSelector('body[data-ready=true]');
    await other.click('#check');
    await other.waitForSelector('#checked-summary');
    const counts = async (p: Page) => p.locator('.count strong').allTextContents();
    expect(await counts(other)).toEqual(
      await (async () => {
        const demo = generateDemo(1);
        const r = checkGrids(
          demoGrids(demo).filter((g) => g.sheet === demo.sheets[0].name),
          { province: '61' },
        );
        return [r.counts.error, r.counts.warning, r.counts.info].map((n) => n.toLocaleString('en-US'));
      })(),
    );
    await other.close();
  });

  test('the worker bundle runs from a blob: URL in a file:// page (how the offline single-file page will start it)', async () => {
    const script = fs.readFileSync(path.join(OUT, 'worker-dist', 'check-worker.js'), 'utf8');
    const file = path.join(OUT, 'worker-dist', 'blank-file-page.html');
    fs.writeFileSync(file, '<!doctype html><title>file page</title>');
    // A context of its own: the harness's one refuses every request not addressed to the preview server.
    const context = await preview.browser.newContext();
    const other = await context.newPage();
    await other.goto(`file://${file}`);
    const fixture = generateRoster({ rows: 1_500, seed: 4, titleRows: 2, plant: 'all', oddSpellings: 0.05 });
    const grids = [fixture.grid];
    // Typed arrays cross as {type, values} (JSON, where NaN becomes null), rebuilt on this side.
    const json = await other.evaluate(
      ({ source, gridsJson }) =>
        new Promise<string>((resolve, reject) => {
          const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
          worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
          worker.onmessage = (e: MessageEvent<{ type: string; packed?: unknown; message?: string }>) => {
            if (e.data.type === 'failed') reject(new Error(e.data.message));
            if (e.data.type !== 'result') return;
            resolve(
              JSON.stringify(e.data.packed, (_k, v: unknown) =>
                ArrayBuffer.isView(v) ? { type: v.constructor.name, values: Array.from(v as unknown as ArrayLike<number>) } : v,
              ),
            );
          };
          (JSON.parse(gridsJson) as { rows: unknown[] }[]).forEach((g, index) => {
            const { rows, ...grid } = g;
            worker.postMessage({ type: 'grid', job: 1, index, grid });
            worker.postMessage({ type: 'rows', job: 1, index, rows });
          });
          worker.postMessage({ type: 'check', job: 1, options: { province: '61', today: 46037 } });
        }),
      { source: script, gridsJson: JSON.stringify(grids) },
    );
    await context.close();
    const arrays: Record<string, new (values: number[]) => ArrayBufferView> = { Uint32Array, Uint8Array, Float64Array };
    const packed = JSON.parse(json, (_k, v: unknown) => {
      const t = v as { type?: string; values?: (number | null)[] } | null;
      return t && typeof t === 'object' && t.type && t.values && arrays[t.type] ? new arrays[t.type](t.values.map((x) => x ?? NaN)) : v;
    }) as PackedCheckResult;
    const back = unpackCheckResult(packed, grids);
    while (!back.step(10_000));
    const expected = checkGrids(grids, { province: '61', today: 46037 });
    expect(back.result().issues).toStrictEqual(expected.issues);
    expect(back.result().parsed[0].records).toStrictEqual(expected.parsed[0].records);
  });
});
