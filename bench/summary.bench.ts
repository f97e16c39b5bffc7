// Summary of the deterministic 100,000-row roster: the core (computeSummary + buildSummarySheet on a
// checked roster) in-process, and `jamsostek summary <file> -o out.xlsx` / `--json` end to end, each
// in a fresh process with its peak memory (maxRSS). Runs from `npm run bench` or `node scripts/bench.js summary`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkGrids } from '../src/core/roster/check';
import { computeSummary } from '../src/core/summary/model';
import { buildSummarySheet } from '../src/core/summary/sheet';
import { writeRosterWorkbook } from '../src/hosts/xlsx/write-rosters';
import { BIN, ensureBuiltCli } from '../test/support/built-cli';
import { generateRoster } from '../test/support/roster-fixture';

const ROWS = Number(process.env.BENCH_ROWS || 100_000);
const RUNS = Number(process.env.BENCH_RUNS || 3);
const cacheDir = path.join(os.tmpdir(), 'jamsostek-bench');

const fixture = () =>
  generateRoster({ rows: ROWS, seed: 7, titleRows: 2, oddSpellings: 0.02, asnShare: 0.05, plant: 'all', blankRows: 10 });

async function rosterFile(): Promise<string> {
  const file = path.join(cacheDir, `summary-roster-${ROWS}-seed7-v1.xlsx`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(cacheDir, { recursive: true });
  const f = fixture();
  const partial = `${file}.${process.pid}.tmp.xlsx`;
  await writeRosterWorkbook(partial, [{ name: f.grid.sheet, rows: f.grid.rows, headerRow: f.headerRow - 1 }]);
  fs.renameSync(partial, file);
  return file;
}

const PRELOAD = `
process.on('exit', () => {
  require('fs').writeFileSync(process.env.JAMSOSTEK_BENCH_USAGE, String(process.resourceUsage().maxRSS));
});
`;

function measure(args: readonly string[]): { seconds: number; peakMb: number } {
  const usage = path.join(cacheDir, `usage-summary-${process.pid}.txt`);
  const t0 = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', path.join(cacheDir, 'preload-summary.js'), ...args], {
    env: { ...process.env, JAMSOSTEK_BENCH_USAGE: usage, LANG: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { seconds, peakMb: Number(fs.readFileSync(usage, 'utf8')) / 1024 };
}

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

export async function run() {
  // core, in-process
  const f = fixture();
  const result = checkGrids([f.grid], { today: f.today });
  const t0 = process.hrtime.bigint();
  const model = computeSummary(result);
  const t1 = process.hrtime.bigint();
  const spec = buildSummarySheet(model, result);
  const t2 = process.hrtime.bigint();
  const formulas = spec.rows.reduce((n, r) => n + r.filter((c) => c?.formula).length, 0);

  ensureBuiltCli('production');
  const file = await rosterFile();
  fs.writeFileSync(path.join(cacheDir, 'preload-summary.js'), PRELOAD);
  const bin = BIN;
  const out = path.join(cacheDir, `summary-out-${process.pid}.xlsx`);
  const withSheet: { seconds: number; peakMb: number }[] = [];
  const json: { seconds: number; peakMb: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    withSheet.push(measure([bin, 'summary', file, '-o', out]));
    json.push(measure([bin, 'summary', file, '--json']));
  }
  const outMb = fs.statSync(out).size / 1e6;
  fs.rmSync(out, { force: true });
  const pick = (s: { seconds: number; peakMb: number }[]) => ({
    seconds: median(s.map((m) => m.seconds)),
    peakMb: Math.max(...s.map((m) => m.peakMb)),
  });
  const a = pick(withSheet);
  const b = pick(json);
  const ms = (x: bigint) => (Number(x) / 1e6).toFixed(1);
  return [
    {
      name: 'summary core',
      summary: `summary core on ${ROWS.toLocaleString('en-US')} checked rows: computeSummary ${ms(t1 - t0)} ms, buildSummarySheet ${ms(t2 - t1)} ms (${formulas} formula cells)`,
    },
    {
      name: 'summary -o',
      summary: `jamsostek summary -o (copy with Ringkasan Rakor, ${outMb.toFixed(1)} MB): ${a.seconds.toFixed(2)} s, peak ${a.peakMb.toFixed(0)} MB (median of ${RUNS})`,
    },
    {
      name: 'summary --json',
      summary: `jamsostek summary --json: ${b.seconds.toFixed(2)} s, peak ${b.peakMb.toFixed(0)} MB (median of ${RUNS})`,
    },
  ];
}
