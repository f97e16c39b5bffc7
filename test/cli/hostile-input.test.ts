// Crafted and broken .xlsx files against the real command (issue 11): each is built here, small on disk,
// and checked in a child process with its own TMPDIR. Whatever the file, the command ends with one line
// on stderr naming the limit it hit, stays under 1 GB, leaves the file exactly as it was (bytes and
// modification time) and leaves nothing in the temp folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuiltCli } from '../support/built-cli';
import { expectOneLine, fileState, type IsolatedRun, runIsolatedMeasured, startIsolated } from '../support/isolated-cli';
import { tempDir } from '../support/xlsx-fixtures';
import {
  part,
  repeatedPart,
  ROSTER_HEADER_ROW,
  SHEET_HEAD,
  SHEET_TAIL,
  SST_HEAD,
  SST_TAIL,
  workbookParts,
  type ZipPart,
  zipOf,
} from '../support/zip-bomb';

const dir = tempDir('jamsostek-hostile-');
beforeAll(() => ensureBuiltCli(), 200_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PAST = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
const GB = 1e9;

/** A roster row of four inline-string cells (no row number: each follows the last). */
const ROSTER_ROW =
  '<row>' +
  ['Dewi Lestari', '6112034508900001', 'Kabupaten Kubu Raya', 'Aktif'].map((v) => `<c t="inlineStr"><is><t>${v}</t></is></c>`).join('') +
  '</row>';

let n = 0;
/** Writes the package with an old modification time. */
function hostileFile(parts: readonly ZipPart[]): { name: string; file: string; bytes: number } {
  const name = `hostile-${++n}.xlsx`;
  const file = path.join(dir, name);
  const bytes = zipOf(parts);
  fs.writeFileSync(file, bytes);
  fs.utimesSync(file, PAST, PAST);
  return { name, file, bytes: bytes.length };
}

/** Runs `check` on the package and asserts what every run keeps: file untouched, TMPDIR empty, under 1 GB. */
function checkHostile(parts: readonly ZipPart[], extraArgs: readonly string[] = []): IsolatedRun & { bytes: number } {
  const { name, file, bytes } = hostileFile(parts);
  const before = fileState(file);
  const run = runIsolatedMeasured(['check', name, ...extraArgs], dir, dir);
  expect(run.tempLeft).toEqual([]);
  expect(fileState(file)).toEqual(before);
  expect(before.mtimeNs).toBe(BigInt(PAST.getTime()) * 1_000_000n);
  expect(run.peakMb).toBeLessThan(1000);
  return { ...run, bytes };
}

/** Exit 2, nothing on stdout, exactly one line on stderr (no stack trace); returns the line. */
function oneLine(run: IsolatedRun): string {
  expect(run.stdout).toBe('');
  return expectOneLine(run);
}

describe('zip bombs', () => {
  // Rows padded with indentation, as some writers pretty-print: about 1,000× smaller zipped than unzipped.
  const padded = ROSTER_ROW + ' '.repeat(4000);
  const sheetBomb = (row: string) =>
    repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD + ROSTER_HEADER_ROW, row, Math.ceil((3.5 * GB) / row.length), SHEET_TAIL);

  it('a worksheet inflating to 3.5 GB stops at 100 × the file size, and says how to raise it', () => {
    const run = checkHostile(workbookParts(sheetBomb(padded)), ['--lang', 'en']);
    expect(run.bytes).toBeLessThan(16_000_000);
    const limit = Math.round((100 * run.bytes) / 1e6).toLocaleString('en-US');
    expect(oneLine(run)).toContain(
      `(it unpacks to more than ${limit} MB, 100 × the file's size; if the file is genuine, raise the limit with --max-size)`,
    );
  });

  it('a worksheet of 3.5 GB of rows, with the size limit raised out of the way, stops at Excel’s last row, under 1 GB', () => {
    const bomb = workbookParts(sheetBomb(ROSTER_ROW));
    expect(oneLine(checkHostile(bomb, ['--max-size', '100GB', '--lang', 'en']))).toContain(
      "row 1,048,577 is past Excel's limit of 1,048,576 rows",
    );
  });

  const sstBomb = (item: string) => {
    const sst = repeatedPart('xl/sharedStrings.xml', SST_HEAD, item, Math.ceil((3.5 * GB) / item.length), SST_TAIL);
    const sheet = part('xl/worksheets/sheet1.xml', SHEET_HEAD + ROSTER_HEADER_ROW + '<row><c t="s"><v>0</v></c></row>' + SHEET_TAIL);
    return workbookParts(sheet, sst);
  };
  const item = '<si><t>Dewi Lestari, Puskesmas Rasau Jaya</t></si>';

  it('a shared-strings table inflating to 3.5 GB stops at the size limit', () => {
    expect(oneLine(checkHostile(sstBomb(item + ' '.repeat(4000)), ['--lang', 'en']))).toMatch(
      /it unpacks to more than [\d,]+ MB, 100 × the file's size; if the file is genuine, raise the limit with --max-size/,
    );
  });

  it('a shared-strings table of 3.5 GB of strings, with the size limit raised out of the way, stops at its own limit, under 1 GB', () => {
    const line = oneLine(checkHostile(sstBomb(item), ['--max-size', '100GB', '--lang', 'en']));
    expect(line).toContain('the shared-strings table (sharedStrings.xml) holds more than 134,217,728 characters');
  });
});

describe('lies and extremes', () => {
  it('an entry that declares 625 bytes but inflates to 2 GB stops at the part limit, not at its word', () => {
    const styles = repeatedPart(
      'xl/styles.xml',
      '<styleSheet>',
      '<numFmt numFmtId="164" formatCode="dd-mm-yyyy"/>',
      Math.ceil((2 * GB) / 47),
      '</styleSheet>',
    );
    const liar = { ...styles, declaredSize: 625 };
    const sheet = part('xl/worksheets/sheet1.xml', SHEET_HEAD + ROSTER_HEADER_ROW + ROSTER_ROW + SHEET_TAIL);
    const line = oneLine(checkHostile([...workbookParts(sheet), liar], ['--lang', 'en']));
    expect(line).toContain('part xl/styles.xml unpacks to more than 32 MB');
  });

  it('a tag-less text run of 200 MB inside a cell stops at Excel’s 32,767 characters', () => {
    const sheet = repeatedPart(
      'xl/worksheets/sheet1.xml',
      SHEET_HEAD + ROSTER_HEADER_ROW + '<row><c><v>',
      '7',
      200_000_000,
      '</v></c></row>' + SHEET_TAIL,
    );
    expect(oneLine(checkHostile(workbookParts(sheet), ['--lang', 'en']))).toContain(
      "a cell holds more than 32,767 characters, Excel's limit",
    );
  });

  it('a tag-less text run of 200 MB between rows is skipped in linear time, and the roster after it is read', () => {
    const sheet = repeatedPart(
      'xl/worksheets/sheet1.xml',
      SHEET_HEAD + ROSTER_HEADER_ROW,
      'x',
      200_000_000,
      ROSTER_ROW.repeat(3) + SHEET_TAIL,
    );
    // Within the default limit (100 × a file of a few hundred KB) the run is refused...
    expect(oneLine(checkHostile(workbookParts(sheet), ['--lang', 'en']))).toMatch(/it unpacks to more than [\d,]+ MB/);
    // ...and with the limit raised it is read through (the old scanner took 39 s per 100 MB here).
    const run = checkHostile(workbookParts(sheet), ['--max-size', '1GB', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1); // the three rows share one NIK
    expect((JSON.parse(run.stdout) as { rosters: { rows: number }[] }).rosters[0].rows).toBe(3);
  });

  it('a cell at column ZZZZZZZZ (2.4 KB file) is refused without padding the row', () => {
    const sheet = part(
      'xl/worksheets/sheet1.xml',
      SHEET_HEAD + ROSTER_HEADER_ROW + '<row r="2"><c r="ZZZZZZZZ2"><v>1</v></c></row>' + SHEET_TAIL,
    );
    const run = checkHostile(workbookParts(sheet), ['--lang', 'en']);
    expect(run.bytes).toBeLessThan(3000);
    expect(oneLine(run)).toContain("a cell lies past Excel's last column, XFD (16,384 columns)");
  });

  it('a row numbered 1,000,000,000 is refused without allocating rows', () => {
    const sheet = part(
      'xl/worksheets/sheet1.xml',
      SHEET_HEAD + ROSTER_HEADER_ROW + '<row r="1000000000"><c><v>1</v></c></row>' + SHEET_TAIL,
    );
    expect(oneLine(checkHostile(workbookParts(sheet), ['--lang', 'en']))).toContain(
      "row 1,000,000,000 is past Excel's limit of 1,048,576 rows",
    );
  });
});

describe('Ctrl+C during a check', () => {
  /** Whether the process holds `file` open (Linux); elsewhere, assume so. */
  const holdsOpen = (pid: number, file: string): boolean => {
    if (!fs.existsSync('/proc/self/fd')) return true;
    try {
      return fs.readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
        } catch {
          return false;
        }
      });
    } catch {
      return false;
    }
  };

  it('ends with one line, leaves no file in the temp folder and the roster untouched', async () => {
    // About 1,000,000 roster rows (230 MB of XML) in a file of about 1 MB: several seconds of reading.
    const { name, file } = hostileFile(
      workbookParts(repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD + ROSTER_HEADER_ROW, ROSTER_ROW, 1_000_000, SHEET_TAIL)),
    );
    const before = fileState(file);
    const { child, finish } = startIsolated(['check', name, '--max-size', '1GB'], dir, dir);
    const deadline = Date.now() + 30_000;
    while (!holdsOpen(child.pid!, file) && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 150));
    // Still reading when interrupted.
    expect(child.exitCode).toBeNull();
    child.kill('SIGINT');
    const run = await finish();
    expect(expectOneLine(run)).toContain('stopped (SIGINT)');
    expect(run.tempLeft).toEqual([]);
    expect(fileState(file)).toEqual(before);
  });
});
