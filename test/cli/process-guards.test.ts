// No crash is ever a stack trace: whatever ends the `jamsostek` process (an error nobody caught, a
// rejected promise nobody awaited, memory running out, `| head` closing the pipe, SIGTERM) ends in one
// line on stderr and exit 2, with the temp files removed. The built command, as a child process.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, ensureBuiltCli } from '../support/built-cli';
import { expectOneLine, freshTmp, listTree, runIsolated, startIsolated } from '../support/isolated-cli';
import { tempDir } from '../support/xlsx-fixtures';

const root = tempDir('jamsostek-guards-');
const work = path.join(root, 'work');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  ensureBuiltCli();
  fs.mkdirSync(work);
  // The demo workbook: its full check report (--limit 0) is far larger than a pipe's buffer.
  const r = runIsolated(['demo', '-o', 'demo.xlsx'], work, root);
  expect(r.status).toBe(0);
}, 200_000);

/**
 * runCommandLine (what bin/jamsostek.js calls) on a real check, with `fault` scheduled beside it: the
 * way a bug deep in a library would surface.
 */
function runWithFault(fault: string, args: readonly string[] = ['check', 'demo.xlsx']) {
  const tmp = freshTmp(root);
  const script = `require(${JSON.stringify(path.join(ROOT, 'dist', 'cli', 'jamsostek.js'))}).runCommandLine(${JSON.stringify(args)});\n${fault}`;
  const r = spawnSync(process.execPath, ['-e', script], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LANG: 'C', TMPDIR: tmp },
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, tempLeft: listTree(tmp) };
}

describe('the process guards', () => {
  it('an uncaught exception: one line with its first line, exit 2', () => {
    const r = runWithFault(`setImmediate(() => { throw new TypeError('rusak di pustaka\\n    at Object.<anonymous> (/x.js:1:1)'); });`);
    expect(expectOneLine(r)).toBe('jamsostek: kesalahan tak terduga: rusak di pustaka (unexpected error: rusak di pustaka)');
    expect(r.tempLeft).toEqual([]);
  });

  it('an unhandled rejection: one line, exit 2, in the language asked for', () => {
    const r = runWithFault(`Promise.reject(new Error('janji ditolak'));`, ['check', 'demo.xlsx', '--lang', 'en']);
    expect(expectOneLine(r)).toBe('jamsostek: unexpected error: janji ditolak (kesalahan tak terduga: janji ditolak)');
  });

  it('memory running out where Node lets us see it: "file too large for this machine"', () => {
    const r = runWithFault(`setImmediate(() => { throw new RangeError('Array buffer allocation failed'); });`);
    expect(expectOneLine(r)).toMatch(/berkas terlalu besar untuk komputer ini .*\(file too large for this machine/);
  });

  it('`| head` closing the pipe: exit 2 and one line saying the report was cut short', async () => {
    // --json: the demo's text report now fits in the pipe's buffer (one item per spelling, issue 9); its JSON, listing
    // every cell, does not, so the command is still writing when the pipe closes.
    const { child, finish } = startIsolated(['check', 'demo.xlsx', '--json'], work, root);
    // Read the first chunk, then close our end as head does.
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    child.stdout!.destroy();
    const r = await finish();
    expect(expectOneLine(r)).toMatch(/\(output closed before the report was complete\)$/);
    expect(r.tempLeft).toEqual([]);
  }, 120_000);

  it('SIGTERM while reading: exit 2, one line', async () => {
    const { child, finish } = startIsolated(['summary', 'demo.xlsx', '--json'], work, root);
    // Linux: wait until the process has the workbook open, i.e. it is reading.
    const opened = (): boolean => {
      try {
        return fs.readdirSync(`/proc/${child.pid}/fd`).some((fd) => fs.readlinkSync(`/proc/${child.pid}/fd/${fd}`).endsWith('demo.xlsx'));
      } catch {
        return false;
      }
    };
    const started = Date.now();
    while (!opened()) {
      if (Date.now() - started > 60_000 || child.exitCode !== null) throw new Error('summary never opened the workbook');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGTERM');
    const r = await finish();
    expect(expectOneLine(r)).toMatch(/dihentikan \(SIGTERM\)/);
    expect(r.stdout).toBe('');
    expect(r.tempLeft).toEqual([]);
  }, 120_000);
});
