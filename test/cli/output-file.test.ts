// Regressions: `summary in/r.xlsx -o link/r.xlsx` (link a symlink to in) overwrote the input roster, and
// `summary r.xlsx -o existing-folder.xlsx` said "unexpected error: EISDIR…" and left a full copy of the
// roster beside it as out.xlsx.<pid>.tmp. Every way of naming the input as -o is refused, one line, before
// anything is read; the input keeps its bytes and modification time; nothing is left in TMPDIR or beside
// the output. The real command runs as a child process with its own TMPDIR.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../../src/cli/command';
import { pendingLeftovers } from '../../src/cli/leftovers';
import { outputFileOf, writeOutput } from '../../src/cli/output-file';
import { ensureBuiltCli } from '../support/built-cli';
import { expectOneLine, fileState, type IsolatedRun, listTree, runIsolated, startIsolated } from '../support/isolated-cli';
import { tempDir, writeCleanRoster } from '../support/xlsx-fixtures';

const root = tempDir('jamsostek-output-');
const work = path.join(root, 'work');
const input = path.join(work, 'in', 'r.xlsx');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  ensureBuiltCli();
  fs.mkdirSync(path.join(work, 'in'), { recursive: true });
  await writeCleanRoster(input, 30);
  fs.symlinkSync('in', path.join(work, 'link'));
  fs.symlinkSync(path.join('in', 'r.xlsx'), path.join(work, 'alias.xlsx'));
  fs.linkSync(input, path.join(work, 'hard.xlsx'));
  fs.mkdirSync(path.join(work, 'folder.xlsx'));
  // An old modification time, so that any write would show.
  fs.utimesSync(input, new Date('2024-03-01T08:00:00Z'), new Date('2024-03-01T08:00:00Z'));
}, 200_000);

const run = (...args: string[]): IsolatedRun => runIsolated(args, work, root);

/** Nothing a run may leave: temp files beside the output, anything in its TMPDIR. */
function expectNoLeftovers(r: IsolatedRun): void {
  expect(r.tempLeft).toEqual([]);
  expect(listTree(work).filter((f) => /\.tmp/.test(f))).toEqual([]);
}

describe('-o naming the input by another path is refused before reading', () => {
  const ways: readonly [string, string, string][] = [
    ['regression: a symlinked folder (link → in)', 'in/r.xlsx', 'link/r.xlsx'],
    ['a symlink to the input file', 'in/r.xlsx', 'alias.xlsx'],
    ['a hard link to the input (same device and inode)', 'in/r.xlsx', 'hard.xlsx'],
    ['the input read through a symlink, -o its real path', 'alias.xlsx', 'in/r.xlsx'],
    ['a path through ../', 'in/r.xlsx', 'in/../link/./r.xlsx'],
    ['an absolute path', 'in/r.xlsx', input],
  ];
  // Every command that reads a workbook and writes a copy of it.
  const cases = ['summary', 'check'].flatMap((command) =>
    ways.map(([what, from, to]): [string, string[]] => [`${command}: ${what}`, [command, from, '-o', to]]),
  );
  it.each(cases)('%s', (_, args) => {
    const before = fileState(input);
    const r = run(...args);
    expect(expectOneLine(r)).toMatch(/^jamsostek: -o menunjuk berkas masukan .*\(-o is the input file/);
    expect(r.stdout).toBe('');
    expect(fileState(input)).toEqual(before);
    expectNoLeftovers(r);
  });

  it('a case-changed name: refused where the file system ignores case, a separate file where it does not', () => {
    const before = fileState(input);
    const upper = path.join(work, 'in', 'R.XLSX');
    const caseInsensitiveHere = fs.existsSync(upper);
    const r = run('summary', 'in/r.xlsx', '-o', 'in/R.XLSX');
    if (caseInsensitiveHere) {
      expect(expectOneLine(r)).toMatch(/-o is the input file/);
    } else {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(fs.readdirSync(path.join(work, 'in')).sort()).toEqual(['R.XLSX', 'r.xlsx']);
      fs.rmSync(upper);
    }
    expect(fileState(input)).toEqual(before);
    expectNoLeftovers(r);
  });
});

describe('-o onto a folder, or into a missing one', () => {
  it.each([
    ['summary', ['summary', 'in/r.xlsx', '-o', 'folder.xlsx']],
    ['check', ['check', 'in/r.xlsx', '-o', 'folder.xlsx']],
    ['demo --force', ['demo', '-o', 'folder.xlsx', '--force']],
  ])('regression: %s -o folder.xlsx is one line, and no copy of the roster is left', (_, args) => {
    const before = fileState(input);
    const r = run(...args);
    expect(expectOneLine(r)).toMatch(/-o folder\.xlsx adalah folder.*\(-o folder\.xlsx is a folder; name an \.xlsx file\)/);
    expect(fs.readdirSync(path.join(work, 'folder.xlsx'))).toEqual([]);
    expect(fileState(input)).toEqual(before);
    expectNoLeftovers(r);
  });

  it('a folder that does not exist', () => {
    const r = run('summary', 'in/r.xlsx', '-o', 'tidak-ada/out.xlsx');
    expect(expectOneLine(r)).toMatch(/the folder for -o does not exist: tidak-ada/);
    expectNoLeftovers(r);
  });
});

describe('a write that succeeds, and one that is stopped', () => {
  it.each([
    ['summary', 'ringkasan.xlsx'],
    ['check', 'masalah.xlsx'],
  ])('%s -o writes the copy; the input, TMPDIR and the folder keep nothing else', (command, out) => {
    const before = fileState(input);
    const r = run(command, 'in/r.xlsx', '-o', out, ...(command === 'summary' ? ['--year', '2025'] : []));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.statSync(path.join(work, out)).size).toBeGreaterThan(before.size);
    expect(fileState(input)).toEqual(before);
    expectNoLeftovers(r);
  });

  it('Ctrl+C during demo -o: exit 2, one line, the temp copy removed, no output', async () => {
    const out = path.join(work, 'berhenti.xlsx');
    const { child, finish } = startIsolated(['demo', '-o', 'berhenti.xlsx'], work, root);
    // Wait for the temp file: the run is then writing.
    const started = Date.now();
    while (!fs.readdirSync(work).some((f) => f.startsWith('.berhenti.xlsx.') && f.endsWith('.tmp'))) {
      if (Date.now() - started > 60_000 || child.exitCode !== null) throw new Error('the demo never started writing');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGINT');
    const r = await finish();
    expect(expectOneLine(r)).toMatch(/dihentikan \(SIGINT\).*\(stopped \(SIGINT\)/);
    expect(fs.existsSync(out)).toBe(false);
    expectNoLeftovers(r);
  }, 120_000);
});

describe('outputFileOf and writeOutput', () => {
  it('compares names ignoring case and Unicode normalisation where the system does (Windows, macOS)', () => {
    const options = { cwd: work, inputs: ['in/r.xlsx'], overwrite: true };
    expect(() => outputFileOf('IN/R.XLSX', { ...options, caseInsensitive: true })).toThrow(UsageError);
    expect(() => outputFileOf('in/R.xlsx', { ...options, caseInsensitive: false })).not.toThrow();
    const nfd = 'Sa\u0301nggau.xlsx';
    expect(() => outputFileOf(nfd, { cwd: work, inputs: ['Sánggau.xlsx'], overwrite: true, caseInsensitive: true })).toThrow(UsageError);
  });

  it('refuses an existing file unless told to overwrite it, with the message given', () => {
    expect(() => outputFileOf('ringkasan.xlsx', { cwd: work, inputs: [], overwrite: { id: 'pakai --force', en: 'use --force' } })).toThrow(
      'use --force',
    );
    expect(() => outputFileOf('x.csv', { cwd: work, inputs: [], overwrite: true })).toThrow('-o must end in .xlsx');
  });

  it('removes the temp file when the write fails, and lets the error through', async () => {
    const out = outputFileOf('gagal.xlsx', { cwd: work, inputs: [], overwrite: true });
    let temp = '';
    await expect(
      writeOutput(out, (t) => {
        temp = t;
        fs.writeFileSync(t, 'separuh');
        throw new Error('gagal di tengah');
      }),
    ).rejects.toThrow('gagal di tengah');
    expect(path.dirname(temp)).toBe(work);
    expect(fs.existsSync(temp)).toBe(false);
    expect(fs.existsSync(path.join(work, 'gagal.xlsx'))).toBe(false);
    expect(pendingLeftovers()).toEqual([]);
  });

  it('a file-system failure becomes one line naming the file', async () => {
    const out = outputFileOf('penuh.xlsx', { cwd: work, inputs: [], overwrite: true });
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    await expect(
      writeOutput(out, () => {
        throw full;
      }),
    ).rejects.toThrow(
      new UsageError({ id: 'tidak dapat menulis penuh.xlsx: disk penuh', en: 'cannot write penuh.xlsx: the disk is full' }),
    );
  });
});
