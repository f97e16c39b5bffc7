// Command-line end to end on deterministic roster .xlsx files:
// - 100,000 rows: `jamsostek check` against the floor "inflate every part with node's zlib and find each
//   `<c ` tag" (goal ≤ 2.5×, issue 13) and against ExcelJS's streaming read of the same file alone
//   (goal ≤ 1.3×, issue 8); peak memory (goal < 500 MB).
// - `check -o` (the issue list added to a copy; errors and warnings, and with --all every severity) on the same
//   file: time and peak memory beside plain `check`.
// - 1,048,576 rows (a sheet filled to Excel's last row): time and peak memory (goals < 15 s, < 1 GB, issue 11).
// Each figure is the median of several child processes run while the host ran at full speed (host-speed.js:
// each child sits between two reference loops, and a child timed in a slow stretch is run again); peak
// memory is the child's maxRSS.
// Runs from `npm run bench` or standalone: `node scripts/bench.js cli`. BENCH_BIG_ROWS=0 skips the large file.
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
import { atFullSpeed, bracket, type Bracketed, isFull, type Judged, median } from './host-speed';

const ROWS = Number(process.env.BENCH_ROWS || 100_000);
/** The roster takes 4 title and header rows and 10 blank rows more than its data rows: this fills Excel's 1,048,576 rows. */
const BIG_ROWS = Number(process.env.BENCH_BIG_ROWS ?? 1_048_576 - 14);
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
export async function rosterFile(rows: number): Promise<string> {
  // Keyed by the generator's source, so a changed generator never meets a stale file.
  const generator = crypto
    .createHash('sha1')
    .update(fs.readFileSync(path.join(root, 'test', 'support', 'roster-fixture.ts')))
    .digest('hex')
    .slice(0, 10);
  const file = path.join(cacheDir, `roster-${rows}-seed${SEED}-${generator}.xlsx`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const old of fs.readdirSync(cacheDir))
    if (old.startsWith(`roster-${rows}-seed${SEED}-`)) fs.rmSync(path.join(cacheDir, old), { force: true });
  const fixture = generateRoster({ rows, seed: SEED, titleRows: 2, dates: 'mixed', oddSpellings: 0.02, plant: 'all', blankRows: 10 });
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

/** The floor: every part inflated with node's zlib (in one call each) and each `<c ` tag found; no parsing at all. */
const FLOOR = `
const fs = require('fs');
const zlib = require('zlib');
const buf = fs.readFileSync(process.argv[2]);
const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
let p = buf.readUInt32LE(eocd + 16);
let cells = 0;
for (let i = buf.readUInt16LE(eocd + 10); i > 0; i--) {
  const header = buf.readUInt32LE(p + 42);
  const start = header + 30 + buf.readUInt16LE(header + 26) + buf.readUInt16LE(header + 28);
  const data = buf.subarray(start, start + buf.readUInt32LE(p + 20));
  const xml = buf.readUInt16LE(p + 10) === 8 ? zlib.inflateRawSync(data) : data;
  for (let at = xml.indexOf('<c '); at >= 0; at = xml.indexOf('<c ', at + 3)) cells++;
  p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
}
if (cells === 0) process.exit(3);
`;

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

export async function run() {
  ensureBuiltCli('production');
  const file = await rosterFile(ROWS);
  fs.writeFileSync(path.join(cacheDir, 'preload.js'), PRELOAD);
  const baselineScript = path.join(cacheDir, 'exceljs-read.js');
  fs.writeFileSync(baselineScript, BASELINE);
  const floorScript = path.join(cacheDir, 'zlib-floor.js');
  fs.writeFileSync(floorScript, FLOOR);
  const bin = BIN;
  const issueList = path.join(cacheDir, `issues-${process.pid}.xlsx`);
  const commands = {
    floor: { args: [floorScript, file], status: [0] },
    read: { args: [baselineScript, file], status: [0] },
    check: { args: [bin, 'check', file], status: [0, 1] },
    json: { args: [bin, 'check', file, '--json'], status: [0, 1] },
    list: { args: [bin, 'check', file, '-o', issueList], status: [0, 1] },
    listAll: { args: [bin, 'check', file, '-o', issueList, '--all'], status: [0, 1] },
  };
  type Name = keyof typeof commands;
  const names = Object.keys(commands) as Name[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as Bracketed<Measure>[]])) as Record<Name, Bracketed<Measure>[]>;
  const wanted = (name: Name) => samples[name].filter(isFull).length < RUNS;
  // Round after round, interleaved, so a busy machine slows every series alike; a command already timed
  // RUNS times at full host speed sits out the next rounds.
  for (let round = 0; round < RUNS * 3 && names.some(wanted); round++)
    for (const name of names) if (wanted(name)) samples[name].push(bracket(() => measure(commands[name].args, commands[name].status)));
  const judged = Object.fromEntries(names.map((k) => [k, atFullSpeed(samples[k], Math.min(2, RUNS))])) as Record<
    Name,
    Judged<Bracketed<Measure>>
  >;
  const series = (name: Name): Measure[] => judged[name].counted.map((b) => b.value);
  const setAside = names.reduce((n, k) => n + judged[k].setAside.length, 0);
  const all = names.reduce((n, k) => n + samples[k].length, 0);
  fs.rmSync(issueList, { force: true });
  const pick = (s: Measure[]) => ({ seconds: median(s.map((m) => m.seconds)), peakMb: Math.max(...s.map((m) => m.peakMb)) });
  const floor = pick(series('floor'));
  const read = pick(series('read'));
  const check = pick(series('check'));
  const json = pick(series('json'));
  const list = pick(series('list'));
  const listAll = pick(series('listAll'));
  const sizeMb = fs.statSync(file).size / 1e6;
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const line = (label: string, m: Measure) => {
    const ratio = m.seconds / read.seconds;
    const overFloor = m.seconds / floor.seconds;
    return {
      name: label,
      summary:
        `${label}: ${m.seconds.toFixed(2)} s = ${overFloor.toFixed(2)}× the floor (goal ≤ 2.5×: ${verdict(overFloor <= 2.5)}), ` +
        `${ratio.toFixed(2)}× ExcelJS's read alone (goal ≤ 1.3×: ${verdict(ratio <= 1.3)}), ` +
        `peak ${m.peakMb.toFixed(0)} MB (goal < 500 MB: ${verdict(m.peakMb < 500)})`,
    };
  };
  const reports = [
    {
      name: 'file',
      summary:
        `roster .xlsx: ${ROWS.toLocaleString('en-US')} rows, ${sizeMb.toFixed(1)} MB (${file}); median of ${RUNS} runs at full host speed, each a fresh process ` +
        `(${setAside} of ${all} runs set aside, host slow)`,
    },
    {
      name: 'floor',
      summary: `floor (inflate every part with node's zlib, find each "<c " tag): ${floor.seconds.toFixed(2)} s, peak ${floor.peakMb.toFixed(0)} MB`,
    },
    { name: 'exceljs read', summary: `ExcelJS streaming read alone: ${read.seconds.toFixed(2)} s, peak ${read.peakMb.toFixed(0)} MB` },
    line('jamsostek check (text report)', check),
    line('jamsostek check --json', json),
    ...(
      [
        ['jamsostek check -o issues.xlsx', list],
        ['jamsostek check -o issues.xlsx --all', listAll],
      ] as const
    ).map(([label, m]) => ({
      name: label,
      summary: `${label}: ${m.seconds.toFixed(2)} s (${(m.seconds - check.seconds).toFixed(2)} s more than check), peak ${m.peakMb.toFixed(0)} MB (goal < 500 MB: ${verdict(m.peakMb < 500)})`,
    })),
  ];
  if (BIG_ROWS > 0) {
    const big = await rosterFile(BIG_ROWS);
    const lastRow = BIG_ROWS + 14;
    const m = measure([bin, 'check', big, '--json'], [0, 1]);
    reports.push({
      name: 'jamsostek check, full sheet',
      summary:
        `jamsostek check --json, ${BIG_ROWS.toLocaleString('en-US')} rows to sheet row ${lastRow.toLocaleString('en-US')} (${(fs.statSync(big).size / 1e6).toFixed(0)} MB): ` +
        `${m.seconds.toFixed(1)} s (goal < 15 s: ${verdict(m.seconds < 15)}), peak ${m.peakMb.toFixed(0)} MB (goal < 1 GB: ${verdict(m.peakMb < 1000)})`,
    });
  }
  return reports;
}
