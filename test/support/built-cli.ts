// The real `jamsostek` command (bin/jamsostek.js → dist/cli), rebuilt when missing or older than src/,
// so tests and benchmarks never run a stale bundle.
import { execFileSync } from 'node:child_process';
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
