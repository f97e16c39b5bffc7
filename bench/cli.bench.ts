// Command-line end to end on a deterministic 100,000-row roster .xlsx: `jamsostek check` against
// ExcelJS's streaming read of the same file alone (goal ≤ 1.3×), and peak memory (goal < 500 MB).
// Each figure is the median of several child processes; peak memory is the child's maxRSS.
// Runs from `npm run bench` or standalone: `node scripts/bench.js cli`.
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell } from '../src/core/cells';
import { ymdFromSerial } from '../src/core/dates';
import { BIN, ensureBuiltCli } from '../test/support/built-cli';
import { generateRoster } from '../test/support/roster-fixture';

const ROWS = Number(process.env.BENCH_ROWS || 100_000);
const RUNS = Number(process.env.BENCH_RUNS || 3);
const SEED = 7;
const root = path.join(__dirname, '..');
const cacheDir = path.join(os.tmpdir(), 'jamsostek-bench');

function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== 'object') return cell;
  if (cell.kind === 'error') return { error: cell.code } as ExcelJS.CellErrorValue;
  const { year, month, day } = ymdFromSerial(cell.serial);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Writes the roster once with ExcelJS's streaming writer (shared strings and styles, as Excel saves). */
async function rosterFile(): Promise<string> {
  // Keyed by the generator's source, so a changed generator never meets a stale file.
  const generator = crypto
    .createHash('sha1')
    .update(fs.readFileSync(path.join(root, 'test', 'support', 'roster-fixture.ts')))
    .digest('hex')
    .slice(0, 10);
  const file = path.join(cacheDir, `roster-${ROWS}-seed${SEED}-${generator}.xlsx`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const old of fs.readdirSync(cacheDir))
    if (old.startsWith(`roster-${ROWS}-seed${SEED}-`)) fs.rmSync(path.join(cacheDir, old), { force: true });
  const fixture = generateRoster({ rows: ROWS, seed: SEED, titleRows: 2, dates: 'mixed', oddSpellings: 0.02, plant: 'all', blankRows: 10 });
  const partial = `${file}.${process.pid}.tmp`;
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet(fixture.grid.sheet);
  for (let r = 0; r < fixture.grid.origin.row; r++) sheet.addRow([]).commit();
  for (const cells of fixture.grid.rows) {
    const row = sheet.addRow(cells.map(excelValue));
    cells.forEach((c, i) => {
      if (c !== null && typeof c === 'object' && c.kind === 'date') row.getCell(i + 1).numFmt = 'dd-mm-yyyy';
    });
    row.commit();
  }
  await writer.commit();
  fs.renameSync(partial, file);
  return file;
}

const BASELINE = `
const ExcelJS = require(${JSON.stringify(path.join(root, 'node_modules', 'exceljs'))});
(async () => {
  let rows = 0;
  for await (const ws of new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {})) for await (const row of ws) rows++;
  if (rows === 0) process.exit(3);
})();
`;

/** Records the child's peak memory when it exits, without touching the command itself. */
const PRELOAD = `
process.on('exit', () => {
  require('fs').writeFileSync(process.env.JAMSOSTEK_BENCH_USAGE, String(process.resourceUsage().maxRSS));
});
`;

interface Measure {
  readonly seconds: number;
  readonly peakMb: number;
}

function measure(args: readonly string[], expectStatus: readonly number[]): Measure {
  const usage = path.join(cacheDir, `usage-${process.pid}.txt`);
  const t0 = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', path.join(cacheDir, 'preload.js'), ...args], {
    env: { ...process.env, JAMSOSTEK_BENCH_USAGE: usage, LANG: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (result.status === null || !expectStatus.includes(result.status)) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  const peakMb = Number(fs.readFileSync(usage, 'utf8')) / 1024;
  return { seconds, peakMb };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run() {
  ensureBuiltCli('production');
  const file = await rosterFile();
  fs.writeFileSync(path.join(cacheDir, 'preload.js'), PRELOAD);
  const baselineScript = path.join(cacheDir, 'exceljs-read.js');
  fs.writeFileSync(baselineScript, BASELINE);
  const bin = BIN;
  const series: Record<'read' | 'check' | 'json', Measure[]> = { read: [], check: [], json: [] };
  // Interleaved, so a busy machine slows every series alike.
  for (let i = 0; i < RUNS; i++) {
    series.read.push(measure([baselineScript, file], [0]));
    series.check.push(measure([bin, 'check', file], [0, 1]));
    series.json.push(measure([bin, 'check', file, '--json'], [0, 1]));
  }
  const pick = (s: Measure[]) => ({ seconds: median(s.map((m) => m.seconds)), peakMb: Math.max(...s.map((m) => m.peakMb)) });
  const read = pick(series.read);
  const check = pick(series.check);
  const json = pick(series.json);
  const sizeMb = fs.statSync(file).size / 1e6;
  const line = (label: string, m: Measure) => {
    const ratio = m.seconds / read.seconds;
    return {
      name: label,
      summary:
        `${label}: ${m.seconds.toFixed(2)} s = ${ratio.toFixed(2)}× the read alone (goal ≤ 1.3×: ${ratio <= 1.3 ? 'met' : 'NOT met'}), ` +
        `peak ${m.peakMb.toFixed(0)} MB (goal < 500 MB: ${m.peakMb < 500 ? 'met' : 'NOT met'})`,
    };
  };
  return [
    {
      name: 'file',
      summary: `roster .xlsx: ${ROWS.toLocaleString('en-US')} rows, ${sizeMb.toFixed(1)} MB (${file}); median of ${RUNS} runs, each a fresh process`,
    },
    { name: 'exceljs read', summary: `ExcelJS streaming read alone: ${read.seconds.toFixed(2)} s, peak ${read.peakMb.toFixed(0)} MB` },
    line('jamsostek check (text report)', check),
    line('jamsostek check --json', json),
  ];
}
