// How responsive the task pane stays while it checks a large roster in the browser preview (headless
// Chromium): the longest main-thread task during a check, from the browser's long-task timings
// (PerformanceObserver 'longtask', which reports tasks of 50 ms and more), and how long Cancel takes to stop:
// from the click's own timestamp (the moment the browser received it, so time spent waiting for a busy main
// thread counts) to the status line saying the check was cancelled.
// A trace of each check gives the CPU time of its tasks beside their wall time, and the report prints the
// machine's load average: on a busy machine a task's wall time stretches while the thread waits for a core.
// Used by taskpane.bench.js (BENCH_RESPONSIVE_ROWS, default 300,000; BENCH_CANCEL_ROWS, default 600,000).
/* global window, document, MutationObserver, Element */
'use strict';
const os = require('os');

const ROWS_PER_TRANSFER = 20_000;

/** Puts a generated roster on a new sheet of the preview's in-memory workbook and makes it the active sheet. */
async function insertRoster(page, name, grid) {
  await page.evaluate(() => (window.cjBenchRows = []));
  for (let i = 0; i < grid.rows.length; i += ROWS_PER_TRANSFER) {
    // As JSON text: Playwright's own serialisation of 20,000 nested rows takes seconds.
    await page.evaluate((json) => window.cjBenchRows.push(...JSON.parse(json)), JSON.stringify(grid.rows.slice(i, i + ROWS_PER_TRANSFER)));
  }
  await page.evaluate(async (sheet) => {
    const rows = window.cjBenchRows;
    delete window.cjBenchRows;
    await window.cjWorkbook.insertRosterSheet({ name: sheet, rows, headerRow: 2 });
    window.cjWorkbook.setActive(sheet);
  }, name);
}

/** Starts recording the page's long tasks. */
function startWatching(page) {
  return page.evaluate(() => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    observer.observe({ type: 'longtask' });
    window.cjBenchWatch = () => {
      observer.takeRecords().forEach((e) => longTasks.push(e.duration));
      observer.disconnect();
      return longTasks;
    };
  });
}

/**
 * The most CPU time one task of the page's main thread took, from a Chromium trace. On a machine shared with
 * other work a task's wall time (what long-task timings measure) stretches while the thread waits for a core;
 * its CPU time does not, so the two together tell a slow task from a busy machine.
 */
function mostCpuInOneTask(trace) {
  const events = JSON.parse(trace.toString('utf8')).traceEvents ?? [];
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  let most = 0;
  for (const e of events)
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`)) most = Math.max(most, (e.tdur ?? e.dur) / 1000);
  return most;
}

/**
 * Clicks Check and waits for the results; returns the longest long task (0: none of 50 ms or more), their
 * number, the time taken, and from a trace of the same run the most CPU time one task took.
 */
async function measureCheck(page) {
  await page.evaluate(() => document.getElementById('checked-summary')?.remove());
  await startWatching(page);
  const browser = page.context().browser();
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  const t0 = await page.evaluate(() => performance.now());
  await page.click('#check');
  await page.waitForSelector('#checked-summary', { timeout: 300_000 });
  const ms = (await page.evaluate(() => performance.now())) - t0;
  // Let the long-task observer deliver the last entries.
  await page.waitForTimeout(200);
  const longTasks = await page.evaluate(() => window.cjBenchWatch());
  const mostCpu = mostCpuInOneTask(await browser.stopTracing());
  return { longest: longTasks.length ? Math.max(...longTasks) : 0, count: longTasks.length, ms, mostCpu };
}

/**
 * Starts a check, waits until the status line matches `when` (or `delayMs` passed), clicks Cancel with a
 * real input event and returns the milliseconds from that click to the status "cancelled" (ms null when the
 * check finished before the click took effect), with the status line the click met.
 */
async function measureCancel(page, { when, delayMs = 0 }) {
  await page.evaluate(() => {
    window.cjBenchCancel = { clickedAt: null, stoppedAt: null, statusAtClick: '' };
    document.addEventListener(
      'click',
      (e) => {
        if (e.target instanceof Element && e.target.id === 'cancel' && window.cjBenchCancel.clickedAt === null) {
          window.cjBenchCancel.clickedAt = e.timeStamp;
          window.cjBenchCancel.statusAtClick = document.getElementById('status')?.textContent ?? '';
        }
      },
      { capture: true, once: false },
    );
    // The pane's root stays; what is inside it may be redrawn.
    const observer = new MutationObserver(() => {
      const s = document.getElementById('status');
      if (window.cjBenchCancel.stoppedAt === null && s && /dibatalkan|cancelled/i.test(s.textContent ?? '')) {
        window.cjBenchCancel.stoppedAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true });
  });
  await page.click('#check');
  await page.waitForSelector('#cancel:not([hidden])', { timeout: 30_000 });
  const box = await page.locator('#cancel').boundingBox();
  if (when) await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('status')?.textContent ?? ''), when.source);
  if (delayMs) await page.waitForTimeout(delayMs);
  // A raw input event: it waits for the page's main thread like a person's click, without Playwright's own checks.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  // Stopped, or the check finished before the click landed (Cancel never took effect).
  await page.waitForFunction(() => window.cjBenchCancel.stoppedAt !== null || !document.getElementById('check')?.disabled, null, {
    timeout: 300_000,
    polling: 20,
  });
  const r = await page.evaluate(() => window.cjBenchCancel);
  // Ready for the next run: the pane is idle again.
  await page.waitForSelector('#check:not([disabled])');
  return r.stoppedAt === null ? { ms: null, during: r.statusAtClick } : { ms: r.stoppedAt - r.clickedAt, during: r.statusAtClick };
}

const ROSTER = { seed: 7, titleRows: 2, dates: 'mixed', oddSpellings: 0.02, plant: 'all', blankRows: 10 };
/** When Cancel is clicked: while rows are read, while they go to the worker, while the worker checks. */
const MOMENTS = [
  { label: 'reading', delayMs: 50 },
  { label: 'sending', when: /Memeriksa 0 dari/ },
  { label: 'checking', when: /Memeriksa [1-9][\d.]* dari/ },
];

const round = (x) => (x === null ? null : Math.round(x));
const fmt = (n) => n.toLocaleString('en-US');

/**
 * The reports: the longest long task of each of `runs` checks of a `rows`-row roster (the first one starts
 * the worker), and Cancel at each moment on it and on a `cancelRows`-row roster.
 */
async function measureResponsiveness(context, url, generateRoster, { rows, cancelRows, runs = 3 }) {
  const reports = [];
  const open = async (n) => {
    const page = await context.newPage();
    await page.goto(`${url}?lang=id`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    await insertRoster(page, `Roster ${n}`, generateRoster({ ...ROSTER, rows: n }).grid);
    return page;
  };
  const page = await open(rows);
  const checks = [];
  for (let i = 0; i < runs; i++) checks.push(await measureCheck(page));
  const longest = Math.max(...checks.map((c) => c.longest));
  reports.push({
    name: `preview check of ${fmt(rows)} rows, main thread`,
    'longest task ms': round(longest),
    'per run (longest/long tasks/total ms)': checks.map((c) => `${round(c.longest)}/${c.count}/${round(c.ms)}`).join(', '),
    // From a trace of the same runs: what the machine's load cannot stretch.
    'most CPU in one task ms': round(Math.max(...checks.map((c) => c.mostCpu))),
    'load average': os.loadavg()[0].toFixed(1),
    goal: 'longest task < 100 ms',
    met: longest < 100,
  });
  const cancels = [];
  for (const m of MOMENTS) cancels.push({ rows, label: m.label, ...(await measureCancel(page, m)) });
  await page.close();
  if (cancelRows) {
    const big = await open(cancelRows);
    for (const m of MOMENTS.filter((x) => x.label !== 'sending'))
      cancels.push({ rows: cancelRows, label: m.label, ...(await measureCancel(big, m)) });
    await big.close();
  }
  const stopped = cancels.filter((c) => c.ms !== null);
  const slowest = stopped.length ? Math.max(...stopped.map((c) => c.ms)) : null;
  reports.push({
    name: 'Cancel until the check stopped',
    'slowest ms': round(slowest),
    runs: cancels
      .map((c) => `${fmt(c.rows)} rows while ${c.label}: ${c.ms === null ? 'did not stop (finished first)' : `${round(c.ms)} ms`}`)
      .join('; '),
    goal: '< 200 ms',
    met: stopped.length === cancels.length && slowest < 200,
  });
  return reports;
}

module.exports = { insertRoster, measureCheck, measureCancel, measureResponsiveness };
