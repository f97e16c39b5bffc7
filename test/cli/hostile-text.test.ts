// Regression: an Excel table whose name held ESC ] 8 (a terminal hyperlink), ESC [2J or BEL was printed
// raw by the human report, and --json let U+009B (8-bit CSI) and U+202E (right-to-left override) through.
// Each kind of character goes through each output field: sheet, table, header, value, message, fix,
// file name and the stderr line; none may reach the output raw.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { JsonCheckReport } from '../../src/cli/reports/check-report';
import { oneLine, terminalSafe } from '../../src/cli/terminal-text';
import { tempDir, validRows } from '../support/xlsx-fixtures';
import { expectOneLineFailure, runCli } from './run-cli';

const dir = tempDir('jamsostek-hostile-text-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const KINDS: Readonly<Record<string, string>> = {
  'ESC ] 8 hyperlink': '\u001b]8;;https://contoh.invalid/\u0007klik\u001b]8;;\u0007',
  'ESC [2J clear screen': '\u001b[2J\u001b[H',
  BEL: '\u0007\u0007',
  'carriage return': 'aman\rpalsu',
  DEL: 'a\u007fb',
  'C1 CSI (U+009B)': '\u009b31m',
  'C1 NEL (U+0085)': 'a\u0085b',
  'right-to-left override': '\u202exslx.exe',
  'left-to-right embedding': '\u202aab\u202c',
  'isolates (U+2066–U+2069)': '\u2066a\u2067b\u2068c\u2069',
  'right-to-left mark': 'a\u200fb',
  'line separator': 'a\u2028b',
};

// eslint-disable-next-line no-control-regex -- what must never be written raw
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * XML 1.0 cannot hold C0 controls: text gets Excel's own _xHHHH_ escape, the table's attributes a character
 * reference (our package reader decodes it; ExcelJS's strict parser of workbook.xml refuses the file, so a
 * sheet name keeps the _xHHHH_ text, which is what Excel shows for it).
 */
const inAttribute = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u001f]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
const inText = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u001f]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);

/** A roster in an Excel table whose sheet name, table name, one header and one kab/kota value carry `hostile`. */
async function hostileWorkbook(file: string, hostile: string): Promise<{ sheet: string; table: string; header: string; value: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('SHEETX');
  const rows = validRows(6);
  ws.addTable({
    name: 'TABLEX',
    ref: 'A1',
    columns: ['Nama', 'NIK', 'Kabupaten/Kota', 'Status Kepesertaan', 'HEADX'].map((name) => ({ name })),
    rows: rows.map((r, i) => [r.name, r.nik, i === 2 ? 'Kota VALX' : r.regency, r.status, 'catatan']),
  });
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  for (const [name, bytes] of Object.entries(parts)) {
    if (!name.endsWith('.xml')) continue;
    const xml = Buffer.from(bytes).toString('utf8');
    const text = name.startsWith('xl/tables/') ? inAttribute(hostile) : inText(hostile);
    parts[name] = Buffer.from(
      xml.replace(/SHEETX|TABLEX|HEADX|VALX/g, (token) => `${token.slice(0, 1)}${text}`),
      'utf8',
    );
  }
  fs.writeFileSync(file, zipSync(parts));
  return { sheet: `S${inText(hostile)}`, table: `T${hostile}`, header: `H${hostile}`, value: `Kota V${hostile}` };
}

describe('terminalSafe and oneLine', () => {
  it.each(Object.entries(KINDS))('escapes %s as visible \\uXXXX text', (_, hostile) => {
    expect(terminalSafe(hostile)).not.toMatch(RAW);
    expect(oneLine(hostile)).not.toMatch(RAW);
    // JSON reads the escapes back as the very characters of the file.
    expect(JSON.parse(terminalSafe(JSON.stringify(hostile)))).toBe(hostile);
  });

  it('keeps our own newlines, puts a field on one line, and leaves Indonesian text alone', () => {
    expect(terminalSafe('baris 1\nbaris 2\n')).toBe('baris 1\nbaris 2\n');
    expect(oneLine('Tanggal\r\nLahir')).toBe('Tanggal Lahir');
    expect(oneLine('Kab. Kubu Raya · 33,6 % — Pontianak “Kota”')).toBe('Kab. Kubu Raya · 33,6 % — Pontianak “Kota”');
    expect(terminalSafe('\u001b[2J')).toBe('\\u001B[2J');
  });
});

describe.each(Object.entries(KINDS))('regression: %s in a sheet, table, header and value', (kind, hostile) => {
  const file = path.join(dir, `${kind.replace(/\W+/g, '-')}.xlsx`);
  let planted: Awaited<ReturnType<typeof hostileWorkbook>>;
  beforeAll(async () => {
    planted = await hostileWorkbook(file, hostile);
  });

  it('check: the human report shows no raw control character, in either language', async () => {
    for (const lang of ['id', 'en']) {
      const run = await runCli(['check', file, '--lang', lang, '--limit', '0']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(RAW);
      // Every field is there, escaped.
      for (const field of [planted.sheet, planted.table, planted.header, planted.value]) expect(run.stdout).toContain(oneLine(field));
    }
  });

  it('check --json: escaped as \\uXXXX, and parses back to the text of the file', async () => {
    const run = await runCli(['check', file, '--json']);
    expect(run.stdout).not.toMatch(RAW);
    const json = JSON.parse(run.stdout) as JsonCheckReport;
    expect(json.rosters[0].sheet).toBe(planted.sheet);
    expect(json.rosters[0].unmappedHeaders).toContain(planted.header);
    const issue = json.issues.find((i) => i.rule === 'region-unknown');
    expect(issue?.message.id).toContain(planted.value);
    expect(issue?.sheet).toBe(planted.sheet);
  });

  it('summary, with and without --json, and -o', async () => {
    for (const args of [[], ['--json'], ['-o', path.join(dir, 'ringkasan.xlsx')]]) {
      const run = await runCli(['summary', file, '--year', '2025', ...args]);
      expect(run.stderr).toBe('');
      expect(run.stdout).not.toMatch(RAW);
    }
  });

  it('the one stderr line naming a file', async () => {
    const run = await runCli(['check', path.join(dir, `hilang${hostile}.xlsx`)]);
    expect(expectOneLineFailure(run)).not.toMatch(RAW);
  });
});
