// The real `jamsostek` command (bin/jamsostek.js → dist/cli), rebuilt when missing or older than src/,
// so tests and benchmarks never run a stale bundle.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'jamsostek.js');
const BUILT = path.join(ROOT, 'dist', 'cli', 'jamsostek.js');

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureBuiltCli(mode: 'development' | 'production' = 'development'): void {
  if (fs.existsSync(BUILT) && fs.statSync(BUILT).mtimeMs >= newestSource(path.join(ROOT, 'src'))) return;
  const webpack = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
  execFileSync(process.execPath, [webpack, '--mode', mode, '--config-name', 'cli'], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
}

export interface MeasuredRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory of the command's process (maxRSS), in MB. */
  readonly peakMb: number;
}

/** Records the child's peak memory when it exits, without touching the command itself. */
const PEAK_PRELOAD = `process.on('exit', () => require('fs').writeFileSync(process.env.JAMSOSTEK_TEST_PEAK, String(process.resourceUsage().maxRSS)));`;

/**
 * Runs the built command in a child process with its own TMPDIR and reports its peak memory. `tmpdir`
 * must exist; the caller checks that it is still empty afterwards.
 */
export function runBuiltCliMeasured(args: readonly string[], options: { cwd: string; tmpdir: string; timeoutMs?: number }): MeasuredRun {
  const preload = path.join(options.tmpdir, '..', `peak-preload-${process.pid}.js`);
  const peakFile = path.join(options.tmpdir, '..', `peak-${process.pid}-${Date.now()}.txt`);
  fs.writeFileSync(preload, PEAK_PRELOAD);
  const result = spawnSync(process.execPath, ['--require', preload, BIN, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    env: { ...process.env, LANG: 'C', TMPDIR: options.tmpdir, TMP: options.tmpdir, TEMP: options.tmpdir, JAMSOSTEK_TEST_PEAK: peakFile },
  });
  const peakKb = fs.existsSync(peakFile) ? Number(fs.readFileSync(peakFile, 'utf8')) : NaN;
  fs.rmSync(peakFile, { force: true });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, peakMb: peakKb / 1024 };
}
