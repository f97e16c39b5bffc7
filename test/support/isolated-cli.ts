// The built `jamsostek` command run as a child process with its own empty TMPDIR, so that a test can
// assert that a run left nothing behind; plus the file state (bytes and modification time) a run must
// not change.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BIN } from './built-cli';

export interface IsolatedRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** What the run left in its own TMPDIR (should be nothing). */
  readonly tempLeft: readonly string[];
}

/** A fresh TMPDIR under `root` for one run. */
export const freshTmp = (root: string): string => fs.mkdtempSync(path.join(root, 'tmpdir-'));

const envFor = (tmp: string): NodeJS.ProcessEnv => ({ ...process.env, LANG: 'C', TMPDIR: tmp, TMP: tmp, TEMP: tmp });

/** Everything under `dir`, recursively, as paths relative to it. */
export function listTree(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map(String).sort();
}

export function runIsolated(args: readonly string[], cwd: string, tmpRoot: string): IsolatedRun {
  const tmp = freshTmp(tmpRoot);
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: envFor(tmp) });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, tempLeft: listTree(tmp) };
}

/** Records the child's peak memory when it exits, without touching the command itself. */
const PEAK_PRELOAD = `process.on('exit', () => require('fs').writeFileSync(process.env.JAMSOSTEK_TEST_PEAK, String(process.resourceUsage().maxRSS)));`;

/** As runIsolated, plus the command's peak resident memory (its maxRSS), in MB. */
export function runIsolatedMeasured(args: readonly string[], cwd: string, tmpRoot: string): IsolatedRun & { readonly peakMb: number } {
  const tmp = freshTmp(tmpRoot);
  // The preload and the figure sit beside the TMPDIR, not in it: the run must leave that empty.
  const preload = path.join(tmpRoot, 'peak-preload.js');
  const peakFile = `${tmp}.peak`;
  fs.writeFileSync(preload, PEAK_PRELOAD);
  const r = spawnSync(process.execPath, ['--require', preload, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...envFor(tmp), JAMSOSTEK_TEST_PEAK: peakFile },
  });
  const peakKb = fs.existsSync(peakFile) ? Number(fs.readFileSync(peakFile, 'utf8')) : NaN;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, tempLeft: listTree(tmp), peakMb: peakKb / 1024 };
}

/** Starts the command; `finish()` waits for it and reports like runIsolated. */
export function startIsolated(
  args: readonly string[],
  cwd: string,
  tmpRoot: string,
): { child: ChildProcess; finish: () => Promise<IsolatedRun> } {
  const tmp = freshTmp(tmpRoot);
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: envFor(tmp), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const finish = () =>
    new Promise<IsolatedRun>((resolve) =>
      child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, tempLeft: listTree(tmp) })),
    );
  return { child, finish };
}

/** Exit 2 with exactly one line on stderr and no stack trace; returns the line. */
export function expectOneLine(run: IsolatedRun): string {
  expect(run.signal).toBeNull();
  expect(run.status).toBe(2);
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(run.stderr).toMatch(/^jamsostek: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  return lines[0];
}

export interface FileState {
  readonly sha256: string;
  readonly mtimeNs: bigint;
  readonly size: number;
}

export function fileState(file: string): FileState {
  const stat = fs.statSync(file, { bigint: true });
  return { sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'), mtimeNs: stat.mtimeNs, size: Number(stat.size) };
}
