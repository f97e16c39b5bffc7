import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  addRosterSheet,
  compoundFile,
  type RosterRow,
  tempDir,
  validRows,
  writeCleanRoster,
  writeWorkbook,
} from '../support/xlsx-fixtures';
import type { JsonCheckReport } from '../../src/cli/reports/check-report';
import { SheetCellsParser } from '../../src/hosts/xlsx/read/sheet-cells';
import { RULE_BY_ID } from '../../src/core/roster/rules';
import { expectOneLineFailure, runCli } from './run-cli';

const dir = tempDir('jamsostek-cli-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Data starts on sheet row 5, so rows[i] sits on row 5 + i. */
const sheetRow = (i: number): number => 5 + i;

/** A realistic roster with one planted problem per kind a coordinator must act on. */
function plantedRows(): RosterRow[] {
  const rows = validRows(40);
  rows[2].nik = '61120345089'; // 11 digits
  rows[4].nik = 6112035708900005; // typed as a number
  rows[6].nik = rows[0].nik; // duplicate of row 5
  rows[8].regency = 'Kubu Raia'; // typo
  rows[12].status = 'aktif '; // recognised, not standard
  rows[14].birthCell = '31-02-1990'; // impossible text date
  rows[16].birthCell = { error: '#N/A' };
  rows[18].employment = 'PNS'; // ASN
  rows[20].status = 'Aktif';
  rows[20].kpj = '';
  return rows;
}

let planted: string;
let clean: string;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Petunjuk').getCell('A1').value = 'Isi satu baris per pekerja.';
  addRosterSheet(wb, 'Roster Nakes', plantedRows());
  planted = await writeWorkbook(wb, path.join(dir, 'roster-nakes.xlsx'));
  clean = await writeCleanRoster(path.join(dir, 'roster-bersih.xlsx'), 30);
});

describe('jamsostek check: exit codes', () => {
  it('exits 0 on a roster without errors', async () => {
    const run = await runCli(['check', clean]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Roster ditemukan: 1');
    expect(run.stdout).toContain('Tidak ada kesalahan');
  });

  it('regression: an empty roster template says there are no rows to check, not that the roster is ready', async () => {
    const wb = new ExcelJS.Workbook();
    addRosterSheet(wb, 'Roster Baru', []);
    const empty = await writeWorkbook(wb, path.join(dir, 'templat-kosong.xlsx'));
    const run = await runCli(['check', empty]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/• Roster Baru: judul kolom baris \d+, 0 baris/);
    expect(run.stdout).toContain('Tidak ada baris untuk diperiksa: roster hanya berisi judul kolom.');
    expect(run.stdout).not.toContain('siap dipakai');
    const en = await runCli(['check', empty, '--lang', 'en']);
    expect(en.stdout).toContain('No rows to check: the rosters hold only their column headers.');
    expect(en.stdout).not.toContain('ready to use');
  });

  it('exits 1 when the roster has errors', async () => {
    const run = await runCli(['check', planted]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });
});

describe('jamsostek check: the report a coordinator acts on', () => {
  it('lists the roster, then issues grouped by rule with counts and first cells', async () => {
    const { stdout } = await runCli(['check', planted]);
    expect(stdout).toMatch(/• Roster Nakes: judul kolom baris 4, data baris 5–44, 40 baris terisi/);
    expect(stdout).toMatch(/^KESALAHAN$/m);
    expect(stdout).toContain(`\n  nik-format — ${RULE_BY_ID['nik-format'].title.id}: 1 sel\n`);
    expect(stdout).toMatch(new RegExp(`^ {4}'Roster Nakes'!C${sheetRow(2)} +NIK harus 16 digit`, 'm'));
    expect(stdout).toMatch(new RegExp(`'Roster Nakes'!C${sheetRow(4)} .*NIK tersimpan sebagai angka`));
    expect(stdout).toMatch(new RegExp(`'Roster Nakes'!F${sheetRow(8)} .*Kubu Raia.*→ saran: Kabupaten Kubu Raya`));
    expect(stdout).toMatch(new RegExp(`'Roster Nakes'!E${sheetRow(16)} .*#N/A`));
    // Errors come before warnings and info.
    expect(stdout.indexOf('KESALAHAN')).toBeLessThan(stdout.indexOf('INFO'));
    expect(stdout).toMatch(new RegExp(`'Roster Nakes'!I${sheetRow(18)} .*PNS`));
  });

  it('masks NIKs unless --full-nik is given', async () => {
    const nik = String(validRows(1)[0].nik);
    const masked = `${nik.slice(0, 6)}******${nik.slice(-4)}`;
    for (const args of [
      ['check', planted],
      ['check', planted, '--json'],
    ]) {
      const { stdout } = await runCli(args);
      expect(stdout).not.toContain(nik);
      expect(stdout).toContain(masked);
    }
    expect((await runCli(['check', planted, '--full-nik'])).stdout).toContain(nik);
  });

  it('shows only the first cells per rule, and all with --limit 0', async () => {
    const rows = validRows(12).map((r) => ({ ...r, regency: 'Kota Antah Berantah' }));
    const wb = new ExcelJS.Workbook();
    addRosterSheet(wb, 'Roster', rows);
    const file = await writeWorkbook(wb, path.join(dir, 'wilayah.xlsx'));
    const short = (await runCli(['check', file])).stdout;
    expect(short).toMatch(/region-unknown .*: 12 sel/);
    expect(short.match(/ Roster!F\d+/g)).toHaveLength(5);
    expect(short).toContain('… dan 7 lainnya');
    expect((await runCli(['check', file, '--limit', '0'])).stdout.match(/ Roster!F\d+/g)).toHaveLength(12);
  });

  it('speaks English with --lang en or an English LANG', async () => {
    const flag = await runCli(['check', planted, '--lang', 'en']);
    expect(flag.stdout).toContain('Rosters found: 1');
    expect(flag.stdout).toMatch(/^ERRORS$/m);
    expect(flag.stdout).toContain('NIK must be 16 digits');
    const env = await runCli(['check', planted], { LANG: 'en_US.UTF-8' });
    expect(env.stdout).toContain('Rosters found: 1');
    const forced = await runCli(['check', planted, '--lang', 'id'], { LANG: 'en_US.UTF-8' });
    expect(forced.stdout).toContain('Roster ditemukan: 1');
  });
});

describe('jamsostek check --json', () => {
  it('prints exactly the documented schema', async () => {
    const run = await runCli(['check', planted, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonCheckReport;
    expect(Object.keys(report)).toEqual(['rosters', 'issues', 'counts']);
    expect(report.rosters).toHaveLength(1);
    const roster = report.rosters[0];
    expect(Object.keys(roster)).toEqual(['sheet', 'headerRow', 'firstDataRow', 'lastDataRow', 'rows', 'columns', 'unmappedHeaders']);
    expect(roster).toMatchObject({ sheet: 'Roster Nakes', headerRow: 4, firstDataRow: 5, lastDataRow: 44, rows: 40 });
    expect(roster.columns).toMatchObject({
      name: 'B',
      nik: 'C',
      sex: 'D',
      birthDate: 'E',
      regency: 'F',
      membershipStatus: 'K',
      kpj: 'L',
      wage: 'N',
      membershipStart: 'O',
    });
    expect(roster.unmappedHeaders).toEqual([]);
    for (const issue of report.issues) {
      const keys = Object.keys(issue);
      expect(keys.slice(0, 7)).toEqual(['rule', 'severity', 'sheet', 'cell', 'row', 'field', 'message']);
      // Then `fix` when a safe replacement exists, and `cells` when the issue stands for many cells.
      expect(['', 'fix', 'cells', 'fix,cells']).toContain(keys.slice(7).join(','));
      if (issue.cells) expect(issue.cells[0]).toBe(issue.cell);
      expect(['error', 'warning', 'info']).toContain(issue.severity);
      expect(Object.keys(issue.message)).toEqual(['id', 'en']);
      expect(issue.cell).toMatch(/^[A-Z]+\d+$/);
      expect(Number(issue.cell.replace(/^[A-Z]+/, ''))).toBe(issue.row);
    }
    const find = (rule: string) => report.issues.filter((i: { rule: string }) => i.rule === rule);
    expect(find('nik-format')).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'Roster Nakes', cell: `C${sheetRow(2)}`, row: sheetRow(2), field: 'nik' }),
    ]);
    expect(find('nik-precision-lost')[0]).toMatchObject({ cell: `C${sheetRow(4)}`, severity: 'error' });
    expect(find('nik-duplicate').map((i: { cell: string }) => i.cell)).toContain(`C${sheetRow(6)}`);
    expect(find('region-unknown')[0]).toMatchObject({ cell: `F${sheetRow(8)}`, fix: { value: 'Kabupaten Kubu Raya' } });
    expect(find('date-invalid')[0]).toMatchObject({ cell: `E${sheetRow(14)}`, field: 'birthDate' });
    expect(find('cell-error')[0]).toMatchObject({ cell: `E${sheetRow(16)}` });
    expect(find('asn-in-roster')[0]).toMatchObject({ cell: `I${sheetRow(18)}`, severity: 'info' });
    expect(find('kpj-missing')[0]).toMatchObject({ row: sheetRow(20) });
    const tally = { error: 0, warning: 0, info: 0 } as Record<string, number>;
    for (const i of report.issues) tally[i.severity]++;
    expect(report.counts).toEqual(tally);
    expect(report.counts.error).toBeGreaterThanOrEqual(5);
  });

  it('gives a clean roster zero errors', async () => {
    const report = JSON.parse((await runCli(['check', clean, '--json'])).stdout) as JsonCheckReport;
    expect(report.counts.error).toBe(0);
    expect(report.rosters[0].rows).toBe(30);
  });
});

describe('several files are checked together', () => {
  it('finds a NIK repeated across files and names sheets [file]Sheet', async () => {
    const a = validRows(5, 1);
    const b = validRows(5, 100);
    b[3].nik = a[1].nik;
    const wa = new ExcelJS.Workbook();
    addRosterSheet(wa, 'Roster', a);
    const wbB = new ExcelJS.Workbook();
    addRosterSheet(wbB, 'Roster', b);
    const fa = await writeWorkbook(wa, path.join(dir, 'sambas.xlsx'));
    const fb = await writeWorkbook(wbB, path.join(dir, 'sanggau.xlsx'));
    const run = await runCli(['check', fa, fb, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonCheckReport;
    expect(report.rosters.map((r: { sheet: string }) => r.sheet)).toEqual(['[sambas.xlsx]Roster', '[sanggau.xlsx]Roster']);
    const dup = report.issues.filter((i: { rule: string }) => i.rule === 'nik-duplicate');
    expect(dup.map((i: { sheet: string; cell: string }) => `${i.sheet}!${i.cell}`)).toContain(`[sanggau.xlsx]Roster!C${sheetRow(3)}`);
  });
});

describe('unusable input: exit 2 with one line on stderr', () => {
  it('missing file', async () => {
    expect(expectOneLineFailure(await runCli(['check', path.join(dir, 'hilang.xlsx')]))).toContain(
      'berkas tidak ditemukan (file not found)',
    );
  });

  it('a CSV with an .xlsx name', async () => {
    const file = path.join(dir, 'data.xlsx');
    fs.writeFileSync(file, 'Nama;NIK\nDewi;6112034508900001\n');
    expect(expectOneLineFailure(await runCli(['check', file]))).toContain('bukan berkas Excel .xlsx');
  });

  it('a password-protected workbook', async () => {
    const file = path.join(dir, 'terkunci.xlsx');
    fs.writeFileSync(file, compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    expect(expectOneLineFailure(await runCli(['check', file, '--lang', 'en']))).toContain('password-protected');
  });

  it('a corrupt (truncated) workbook', async () => {
    const bytes = fs.readFileSync(clean);
    const file = path.join(dir, 'potong.xlsx');
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 300));
    expect(expectOneLineFailure(await runCli(['check', file]))).toContain('rusak');
  });

  it('a workbook without a roster', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Anggaran').addRows([
      ['Uraian', 'Jumlah'],
      ['Iuran BPU', 16800],
    ]);
    const file = await writeWorkbook(wb, path.join(dir, 'anggaran.xlsx'));
    expect(expectOneLineFailure(await runCli(['check', file]))).toContain('tidak ada roster pekerja');
  });

  it('one good file and one without a roster', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Kosong');
    const file = await writeWorkbook(wb, path.join(dir, 'kosong.xlsx'));
    expect(expectOneLineFailure(await runCli(['check', clean, file]))).toContain('kosong.xlsx');
  });

  it.each([
    [['check'], 'sebutkan berkas'],
    [['periksa', 'x.xlsx'], 'perintah tidak dikenal'],
    [['check', 'x.xlsx', '--province', '99'], '--province'],
    [['check', 'x.xlsx', '--lang', 'fr'], '--lang'],
    [['check', 'x.xlsx', '--bogus'], 'pilihan tidak dikenal --bogus'],
    [['check', 'x.xlsx', '--limit', '-1'], '--limit'],
    [['check', 'x.xlsx', '--max-size', 'banyak'], '--max-size harus ukuran seperti 800MB atau 2GB'],
    [['check', 'x.xlsx', '--max-size', '0.5MB'], '--max-size'],
    [[], 'perintah belum disebut'],
  ])('usage mistake %j', async (argv, text) => {
    expect(expectOneLineFailure(await runCli(argv))).toContain(text);
  });
});

describe('--max-size: the most data to unpack from one file', () => {
  it('refuses a file that unpacks to more, names the limit and the option; a larger limit reads it', async () => {
    const file = await writeCleanRoster(path.join(dir, 'lima-ribu.xlsx'), 5_000);
    const line = expectOneLineFailure(await runCli(['check', file, '--max-size', '1MB', '--lang', 'en']));
    expect(line).toContain(
      'the file exceeds a reading limit (it unpacks to more than 1 MB; if the file is genuine, raise the limit with --max-size)',
    );
    const run = await runCli(['check', file, '--max-size', '1,5GB']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('a file too large for the machine', () => {
  it('ends as one line when an allocation fails while reading, not as a crash', async () => {
    const failing = jest.spyOn(SheetCellsParser.prototype, 'write').mockImplementation(() => {
      // A real allocation failure, as V8 raises it for an array or string larger than it allows.
      void new Array(2 ** 32);
    });
    try {
      const line = expectOneLineFailure(await runCli(['check', clean]));
      expect(line).toBe(`jamsostek: ${clean}: berkas terlalu besar untuk komputer ini (file too large for this machine)\n`);
    } finally {
      failing.mockRestore();
    }
  });
});

describe('reading never modifies the file', () => {
  it('keeps bytes and modification time after check', async () => {
    const past = new Date(Date.UTC(2025, 5, 1, 8, 0, 0));
    fs.utimesSync(planted, past, past);
    const before = fs.readFileSync(planted);
    await runCli(['check', planted, '--json']);
    expect(fs.statSync(planted).mtime.getTime()).toBe(past.getTime());
    expect(fs.readFileSync(planted).equals(before)).toBe(true);
  });
});

describe('help and version', () => {
  it('prints help and exits 0', async () => {
    const general = await runCli(['--help']);
    expect(general.code).toBe(0);
    expect(general.stdout).toContain('jamsostek check <file.xlsx>...');
    const check = await runCli(['check', '--help', '--lang', 'en']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('--full-nik');
    expect(check.stdout).toContain('Exit codes: 0');
  });

  it('prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(
      (JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version,
    );
  });
});
