// Core checking speed: rows/s of checkGrids on a deterministic 100,000-row roster (goal ≥ 1,000,000
// rows/s on one core), timed only while the host runs at full speed (host-speed.js). Runs standalone (`node bench/check-core.bench.js`) or from scripts/bench.js.
'use strict';
const path = require('path');
const fs = require('fs');
const Module = require('module');

// Load the TypeScript sources through @swc/core (already a dev dependency) when no hook is installed.
if (!require.extensions['.ts']) {
  const swc = require('@swc/core');
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { code } = swc.transformSync(source, {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
}
void Module;

const root = path.join(__dirname, '..');
const { generateRoster } = require(path.join(root, 'test/support/roster-fixture.ts'));
const { checkGrids } = require(path.join(root, 'src/core/roster/check.ts'));

const ROWS = Number(process.env.BENCH_ROWS || 100_000);
const RUNS = Number(process.env.BENCH_RUNS || 11);

const { timeRuns, atFullSpeed, describe, median } = require('./host-speed');

/** Runs counted: at least this many at full host speed, else every run (the line says the host was slow). */
const MIN_FULL = Math.min(5, RUNS);

function run() {
  // First, the same work on a 2,000-row roster checked 50 times: cells stay in the CPU cache and the records
  // die young, so this shows the engine's own speed apart from memory traffic and garbage collection.
  const small = generateRoster({ rows: 2000, seed: 7, titleRows: 2, dates: 'mixed', oddSpellings: 0.02, plant: 'all', blankRows: 2 });
  for (let i = 0; i < 2; i++) checkGrids([small.grid], { today: small.today });
  const inCacheRuns = timeRuns(() => {
    for (let k = 0; k < 50; k++) checkGrids([small.grid], { today: small.today });
  }, RUNS);

  const fixture = generateRoster({ rows: ROWS, seed: 7, titleRows: 2, dates: 'mixed', oddSpellings: 0.02, plant: 'all', blankRows: 10 });
  // Checking alone (what `jamsostek check` asks for) carries the goal; checking that also keeps a record
  // per row for the summary model (the task pane, `jamsostek summary`) is printed beside it.
  const checkRuns = measure(fixture, { today: fixture.today, records: false });
  const recordRuns = measure(fixture, { today: fixture.today });
  // Judged once every series ran, against the fastest the host ran in all of them.
  const check = figures(checkRuns);
  const withRecords = figures(recordRuns);
  const inCache = atFullSpeed(inCacheRuns, MIN_FULL);
  const inCacheRowsPerSecond = Math.round((100_000 / median(inCache.counted.map((r) => r.cpuMs))) * 1000);
  const report = {
    name: 'core check',
    rows: ROWS,
    medianMs: check.cpuMs,
    rowsPerSecond: check.rowsPerSecond,
    goal: '>= 1,000,000 rows/s',
    met: check.rowsPerSecond >= 1_000_000,
    issues: checkRuns.issues,
    check,
    withRecords,
    inCacheRowsPerSecond,
  };
  const line = (m) =>
    `${m.cpuMs} ms CPU (${m.how}; best ${m.bestCpuMs} ms) = ${m.rowsPerSecond.toLocaleString('en-US')} rows/s; ` +
    `wall ${m.wallMs} ms = ${m.wallRowsPerSecond.toLocaleString('en-US')} rows/s`;
  report.summary =
    `core check, ${ROWS.toLocaleString('en-US')} rows, ${checkRuns.issues.toLocaleString('en-US')} issues: ${line(check)} ` +
    `(goal >= 1,000,000 rows/s: ${report.met ? 'met' : 'NOT met'})\n` +
    `core check keeping records for the summary: ${line(withRecords)}\n` +
    `2,000-row roster x50 (in cache, with records): ${inCacheRowsPerSecond.toLocaleString('en-US')} rows/s (${describe(inCache)})`;
  return report;
}

/**
 * Runs of checkGrids after two warm-up runs (JIT), until RUNS of them ran at full host speed
 * (host-speed.js). CPU time of this process: other work on a shared machine does not count, but the
 * garbage collector's helper threads do (their work is part of checking). The previous result stays
 * alive while the next check runs, as a caller keeping its report would, so its records' garbage-collection
 * cost is not dropped.
 */
function measure(fixture, options) {
  checkGrids([fixture.grid], options);
  let result = checkGrids([fixture.grid], options);
  const runs = timeRuns(() => {
    result = checkGrids([fixture.grid], options);
  }, RUNS);
  runs.issues = result.issues.length;
  return runs;
}

/** Median CPU and wall time of the runs at full host speed. */
function figures(runs) {
  const judged = atFullSpeed(runs, MIN_FULL);
  const cpu = median(judged.counted.map((r) => r.cpuMs));
  const wall = median(judged.counted.map((r) => r.wallMs));
  if (process.env.BENCH_VERBOSE)
    console.log(runs.map((r) => `${r.before.toFixed(1)}/${r.cpuMs.toFixed(0)}/${r.after.toFixed(1)}`).join(' '));
  return {
    cpuMs: Number(cpu.toFixed(1)),
    bestCpuMs: Number(Math.min(...runs.map((r) => r.cpuMs)).toFixed(1)),
    rowsPerSecond: Math.round((ROWS / cpu) * 1000),
    wallMs: Number(wall.toFixed(1)),
    wallRowsPerSecond: Math.round((ROWS / wall) * 1000),
    how: describe(judged),
  };
}

module.exports = { run };

if (require.main === module) console.log(run().summary);
