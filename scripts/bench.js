#!/usr/bin/env node
// `npm run bench`: runs every bench file in bench/ (*.bench.js or *.bench.ts), each in its own Node
// process so that timings and peak memory do not disturb each other, and prints their figures.
// Benchmarks print; they never fail the build.
//
// Adding a benchmark: drop bench/<name>.bench.ts (or .js) exporting `run()` (sync or async) that returns
// a report object or an array of them: { name, goal?, met?, summary?, ...figures }. A report with a
// `summary` string is printed as that line; otherwise as "name: key value, ...". TypeScript files (and
// the src/ and test/ modules they require) are compiled on the fly with @swc/core; no other file
// needs editing. `npm run bench -- formulas` runs only the files whose name contains "formulas".
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const BENCH_DIR = path.join(__dirname, '..', 'bench');
const PATTERN = /\.bench\.(js|ts)$/;

function registerTypeScript() {
  if (require.extensions['.ts']) return;
  const swc = require('@swc/core');
  require.extensions['.ts'] = (module, filename) => {
    const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
}

function format(report) {
  if (typeof report !== 'object' || report === null) return String(report);
  if (typeof report.summary === 'string') return report.summary;
  const { name, goal, met, ...figures } = report;
  const parts = Object.entries(figures).map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`);
  const verdict = goal ? ` (goal ${goal}: ${met === undefined ? '?' : met ? 'met' : 'NOT met'})` : '';
  return `${name ?? 'bench'}: ${parts.join(', ')}${verdict}`;
}

/** Child mode: run one bench file and print its reports. */
async function runOne(file) {
  registerTypeScript();
  const mod = require(file);
  const run = typeof mod.run === 'function' ? mod.run : typeof mod.default === 'function' ? mod.default : undefined;
  if (!run) return; // a file that prints on its own when required
  const result = await run();
  for (const r of Array.isArray(result) ? result : result === undefined ? [] : [result]) console.log(format(r));
}

function main() {
  const filter = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const files = fs.existsSync(BENCH_DIR)
    ? fs
        .readdirSync(BENCH_DIR)
        .filter((f) => PATTERN.test(f))
        .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
        .sort()
    : [];
  if (files.length === 0) {
    console.log('no bench files found in bench/');
    return;
  }
  let failed = 0;
  for (const f of files) {
    console.log(`\n== ${f}`);
    const r = spawnSync(process.execPath, ['--expose-gc', __filename, '--one', path.join(BENCH_DIR, f)], { stdio: 'inherit' });
    if (r.status !== 0) {
      failed++;
      console.log(`${f} stopped with exit code ${r.status}`);
    }
  }
  if (failed) process.exitCode = 1;
}

const one = process.argv.indexOf('--one');
if (one >= 0) {
  runOne(process.argv[one + 1]).catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exit(1);
  });
} else {
  main();
}
