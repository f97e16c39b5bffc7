// `jamsostek check FILE -o issues.xlsx`: the issue list written into a copy of the workbook, the way
// `summary -o` adds its sheet: the input untouched, the user's parts byte-identical, the copy valid for
// Excel (Open XML SDK) and its links followed by LibreOffice.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { issueListWritten, type JsonCheckReport } from '../../src/cli/reports/check-report';
import { ruleName, SEVERITY_LABEL, sortIssues } from '../../src/core/report/issue-sheet';
import { FIELD_BY_ID } from '../../src/core/roster/fields';
import type { Issue } from '../../src/core/roster/types';
import { generatedSheetOf, openPackage } from '../../src/hosts/xlsx/inject';
import { withCalcChain } from '../support/excel-saved';
import { addRosterSheet, type RosterRow, tempDir, validRows, writeWorkbook } from '../support/xlsx-fixtures';
import { expectValidXlsx } from '../support/ooxml';
import { readSheetValues, recalculateInLibreOffice } from '../support/libreoffice';
import { requireTool } from '../support/system-tools';
import { expectOneLineFailure, runCli } from './run-cli';

const dir = tempDir('jamsostek-check-o-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A roster with problems of every severity, beside a sheet of notes and a second roster. */
function plantedRows(): RosterRow[] {
  const rows = validRows(40);
  rows[2].nik = '61120345089'; // error: 11 digits
  rows[6].nik = rows[0].nik; // error: duplicate
  rows[8].regency = 'Kubu Raia'; // error, with a suggested fix
  rows[12].status = 'aktif '; // info: recognised, not standard
  rows[13].regency = 'Kab. Kubu Raya'; // info
  rows[14].birthCell = '31-02-1990'; // impossible date
  rows[18].employment = 'PNS'; // ASN in the roster
  rows[20].status = 'Aktif';
  rows[20].kpj = ''; // warning: active without KPJ
  return rows;
}

let input: string;
let before: Buffer;
let beforeMtime: number;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Petunjuk').getCell('A1').value = 'Isi satu baris per pekerja.';
  addRosterSheet(wb, 'Roster Nakes', plantedRows());
  addRosterSheet(wb, '2025 Kader', validRows(12, 41));
  input = await writeWorkbook(wb, path.join(dir, 'roster.xlsx'));
  before = fs.readFileSync(input);
  beforeMtime = fs.statSync(input).mtimeMs;
});

const json = async (...extra: string[]): Promise<JsonCheckReport> =>
  JSON.parse((await runCli(['check', 'roster.xlsx', '--json', ...extra], {}, dir)).stdout) as JsonCheckReport;

async function parts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, string>();
  for (const p of Object.keys(zip.files)) if (!zip.files[p].dir) out.set(p, await zip.file(p)!.async('string'));
  return out;
}

/** The written sheet's cells, row by row from the header down, read from the package (empty cells as ''). */
async function issueRows(file: string, sheet: string): Promise<{ title: string; line: string; header: unknown[]; rows: unknown[][] }> {
  const cells = await readSheetValues(file, sheet);
  const height = [...cells.keys()].reduce((h, a) => Math.max(h, Number(/\d+$/.exec(a)![0])), 0);
  const all = Array.from({ length: height }, (_, r) => Array.from({ length: 9 }, (_, c) => cells.get(`${'ABCDEFGHI'[c]}${r + 1}`) ?? ''));
  const at = all.findIndex((r) => r[0] === 'No');
  return { title: all[0][0] as string, line: all[1][0] as string, header: all[at], rows: all.slice(at + 1) };
}

const asIssue = (i: JsonCheckReport['issues'][number]): Issue => ({ ...i, field: i.field ?? undefined }) as Issue;

describe('jamsostek check -o', () => {
  it('writes errors and warnings into a copy; the input and the user parts stay byte-identical; the copy validates', async () => {
    const run = await runCli(['check', 'roster.xlsx', '-o', 'issues.xlsx'], {}, dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // the data has errors, as without -o
    const report = await json();
    const listed = report.issues.filter((i) => i.severity !== 'info');
    expect(report.counts.info).toBeGreaterThan(0);
    expect(report.counts.warning).toBeGreaterThan(0);
    expect(run.stdout).toContain(
      `Daftar masalah ditulis ke issues.xlsx → "Pemeriksaan Data": ${listed.length} masalah (kesalahan dan peringatan; --all menambahkan info).`,
    );

    const out = path.join(dir, 'issues.xlsx');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.statSync(input).mtimeMs).toBe(beforeMtime);
    await expectValidXlsx(out);
    const [was, now] = [await parts(input), await parts(out)];
    for (const [p, text] of was) if (/^xl\/(worksheets\/sheet\d+\.xml|tables\/|sharedStrings)/.test(p)) expect(now.get(p)).toBe(text);
    const pkg = await openPackage(fs.readFileSync(out));
    expect(pkg.sheets.map((s) => s.name)).toEqual(['Petunjuk', 'Roster Nakes', '2025 Kader', 'Pemeriksaan Data']);
    expect((await generatedSheetOf(pkg, 'issues'))?.name).toBe('Pemeriksaan Data');

    // Read back: one row per error and warning, in reading order, as the check reported them.
    const sheet = await issueRows(out, 'Pemeriksaan Data');
    expect(sheet.header).toEqual(['No', 'Tingkat', 'Aturan', 'Lembar', 'Sel', 'Baris', 'Kolom', 'Pesan', 'Saran perbaikan']);
    expect(sheet.line).toBe(
      `${report.counts.error} kesalahan, ${report.counts.warning} peringatan dan ${report.counts.info} info pada 2 roster. ` +
        `Tidak dicantumkan: ${report.counts.info} info. NIK disamarkan (6 digit awal dan 4 digit akhir).`,
    );
    expect(sheet.rows).toEqual(
      sortIssues(listed.map(asIssue)).map((i, n) => [
        n + 1,
        SEVERITY_LABEL[i.severity].id,
        ruleName(i.rule, 'id'),
        i.sheet,
        i.cell,
        i.row,
        i.field ? FIELD_BY_ID[i.field].label.id : '',
        i.message.id,
        i.fix?.value ?? '',
      ]),
    );
    expect(sheet.rows.map((r) => r[2])).toContain(ruleName('region-unknown', 'id'));
    expect(sheet.rows.find((r) => String(r[7]).includes('Kubu Raia'))?.[8]).toBe('Kabupaten Kubu Raya');
    expect(JSON.stringify(sheet.rows)).not.toMatch(/\d{16}/);

    // Each row's cell links to the roster cell; messages wrap; the header row carries filter buttons.
    const xml = now.get(pkg.sheets[3].part)!;
    const links = [...xml.matchAll(/<hyperlink ref="E(\d+)" location="([^"]*)"/g)].map((m) => m[2].replace(/&apos;/g, "'"));
    expect(links).toEqual(sortIssues(listed.map(asIssue)).map((i) => `'${i.sheet}'!${i.cell}`));
    const table = [...now.entries()].find(([p, x]) => p.startsWith('xl/tables/') && x.includes('Pemeriksaan_Data'))![1];
    expect(table).toContain(`<autoFilter ref="A3:I${3 + listed.length}"/>`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Pemeriksaan Data')!.getCell('H4').alignment).toMatchObject({ wrapText: true });
  }, 120_000);

  it('--all adds info; --lang en writes "Data check" with English names and numbers', async () => {
    const run = await runCli(['check', 'roster.xlsx', '-o', 'issues-en.xlsx', '--all', '--lang', 'en'], {}, dir);
    expect(run.stderr).toBe('');
    const report = await json();
    expect(run.stdout).toContain(`Issue list written to issues-en.xlsx → "Data check": ${report.issues.length} issues (every severity).`);
    const out = path.join(dir, 'issues-en.xlsx');
    await expectValidXlsx(out);
    const sheet = await issueRows(out, 'Data check');
    expect(sheet.title).toMatch(/^Roster data check · \d\d-\d\d-\d{4}$/);
    expect(sheet.header).toEqual(['No', 'Severity', 'Rule', 'Sheet', 'Cell', 'Row', 'Field', 'Message', 'Suggested fix']);
    const { error, warning, info } = report.counts;
    expect(sheet.line).toBe(
      `${error} errors, ${warning} warning${warning === 1 ? '' : 's'} and ${info} info item${info === 1 ? '' : 's'} in 2 rosters. NIKs are masked (first 6 and last 4 digits).`,
    );
    expect(sheet.rows).toHaveLength(report.issues.length);
    expect(sheet.rows.filter((r) => r[1] === 'Info')).toHaveLength(info);
    expect(sheet.rows.map((r) => r[2])).toEqual(sortIssues(report.issues.map(asIssue)).map((i) => ruleName(i.rule, 'en')));
  }, 120_000);

  it('running again on the copy replaces its own list in place; the list is never read as a roster', async () => {
    const again = await runCli(['check', 'issues.xlsx', '-o', 'issues-2.xlsx', '--all'], {}, dir);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('Roster ditemukan: 2');
    const pkg = await openPackage(fs.readFileSync(path.join(dir, 'issues-2.xlsx')));
    expect(pkg.sheets.map((s) => s.name)).toEqual(['Petunjuk', 'Roster Nakes', '2025 Kader', 'Pemeriksaan Data']);
    await expectValidXlsx(path.join(dir, 'issues-2.xlsx'));
    const fromCopy = JSON.parse((await runCli(['check', 'issues.xlsx', '--json'], {}, dir)).stdout) as JsonCheckReport;
    expect(fromCopy.counts).toEqual((await json()).counts);
  }, 120_000);

  it('--full-nik writes NIKs in full and says so on the sheet', async () => {
    const run = await runCli(['check', 'roster.xlsx', '-o', 'full.xlsx', '--full-nik'], {}, dir);
    expect(run.stderr).toBe('');
    const sheet = await issueRows(path.join(dir, 'full.xlsx'), 'Pemeriksaan Data');
    expect(JSON.stringify(sheet.rows)).toContain(String(plantedRows()[0].nik));
    expect(sheet.line).toContain('NIK ditampilkan lengkap');
  }, 120_000);

  it("the closing line says when the sheet's row limit cut the list", () => {
    const w = { file: 'x.xlsx', sheet: 'Data check', listed: 50_000, matching: 61_234, severities: ['error', 'warning'] as const };
    expect(issueListWritten(w, 'en')).toBe(
      'Issue list written to x.xlsx → "Data check": the first 50,000 of 61,234 issues (errors and warnings; --all adds info).\n',
    );
    expect(issueListWritten({ ...w, sheet: 'Pemeriksaan Data' }, 'id')).toBe(
      'Daftar masalah ditulis ke x.xlsx → "Pemeriksaan Data": 50.000 pertama dari 61.234 masalah (kesalahan dan peringatan; --all menambahkan info).\n',
    );
  });

  it('refusals: several files, --all without -o, -o onto the input or a folder; one line, nothing written', async () => {
    fs.copyFileSync(input, path.join(dir, 'other.xlsx'));
    const several = expectOneLineFailure(await runCli(['check', 'roster.xlsx', 'other.xlsx', '-o', 'both.xlsx'], {}, dir));
    expect(several).toMatch(/-o menulis salinan satu buku kerja.*\(diberikan 2\)/);
    expect(fs.existsSync(path.join(dir, 'both.xlsx'))).toBe(false);
    expect(expectOneLineFailure(await runCli(['check', 'roster.xlsx', '--all'], {}, dir))).toMatch(/--all berlaku untuk daftar masalah -o/);
    expect(expectOneLineFailure(await runCli(['check', 'roster.xlsx', '-o', './roster.xlsx'], {}, dir))).toMatch(/berkas masukan/);
    fs.mkdirSync(path.join(dir, 'folder.xlsx'), { recursive: true });
    expect(expectOneLineFailure(await runCli(['check', 'roster.xlsx', '-o', 'folder.xlsx'], {}, dir))).toMatch(/folder/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the demo in English: thousands grouped as English writes them, three rosters counted, the copy validates', async () => {
    expect((await runCli(['demo', '-o', 'demo.xlsx', '--seed', '3'], {}, dir)).code).toBe(0);
    const run = await runCli(['check', 'demo.xlsx', '-o', 'demo-issues.xlsx', '--lang', 'en', '--all'], {}, dir);
    expect(run.stderr).toBe('');
    const report = JSON.parse((await runCli(['check', 'demo.xlsx', '--json'], {}, dir)).stdout) as JsonCheckReport;
    // Issue 9 gathers value-nonstandard and asn-in-roster into one item per spelling and per roster, so the
    // demo's counts stay under 1,000: the line is compared with the counts as English writes them.
    expect(report.counts.info).toBeGreaterThan(0);
    const en = (n: number) => n.toLocaleString('en-US');
    const out = path.join(dir, 'demo-issues.xlsx');
    await expectValidXlsx(out);
    const sheet = await issueRows(out, 'Data check');
    expect(sheet.line).toBe(
      `${en(report.counts.error)} errors, ${en(report.counts.warning)} warnings and ${en(report.counts.info)} info items in ${report.rosters.length} rosters. ` +
        'NIKs are masked (first 6 and last 4 digits).',
    );
    expect(sheet.rows).toHaveLength(report.issues.length);
    expect(JSON.stringify(sheet.rows)).not.toMatch(/\d{16}/);
  }, 300_000);

  it('from workbooks other programs saved (an Excel calculation chain, sheet names Excel quotes, a LibreOffice re-save): links quoted, every copy validates', async () => {
    const wb = new ExcelJS.Workbook();
    addRosterSheet(wb, 'R1C1', plantedRows());
    addRosterSheet(wb, "Kader'24", validRows(12, 41));
    wb.addWorksheet('Catatan').getCell('A1').value = { formula: "COUNTA('R1C1'!B:B)", result: 41 };
    await writeWorkbook(wb, path.join(dir, 'quoted.xlsx'));
    expect(await withCalcChain(path.join(dir, 'quoted.xlsx'), path.join(dir, 'quoted-saved.xlsx'))).toBe(1);

    const run = await runCli(['check', 'quoted-saved.xlsx', '-o', 'quoted-issues.xlsx'], {}, dir);
    expect(run.stderr).toBe('');
    const out = path.join(dir, 'quoted-issues.xlsx');
    await expectValidXlsx(out);
    const copy = await parts(out);
    expect(copy.has('xl/calcChain.xml')).toBe(false);
    const pkg = await openPackage(fs.readFileSync(out));
    const list = pkg.sheets.find((s) => s.name === 'Pemeriksaan Data')!;
    // "R1C1!C7" would read as a reference in R1C1 mode, "Kader'24!C7" not at all: Excel quotes both.
    const locations = [...copy.get(list.part)!.matchAll(/<hyperlink [^>]*location="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    const report = JSON.parse((await runCli(['check', 'quoted-saved.xlsx', '--json'], {}, dir)).stdout) as JsonCheckReport;
    const listed = sortIssues(report.issues.filter((i) => i.severity !== 'info').map(asIssue));
    expect(listed.filter((i) => i.sheet === 'R1C1').length).toBeGreaterThan(5);
    expect(locations).toEqual(listed.map((i) => `${i.sheet === 'R1C1' ? "'R1C1'" : "'Kader''24'"}!${i.cell}`));

    // LibreOffice re-saves the copy; a second check -o replaces its list in place and still validates.
    fs.copyFileSync(recalculateInLibreOffice(out), path.join(dir, 'quoted-lo.xlsx'));
    const again = await runCli(['check', 'quoted-lo.xlsx', '-o', 'quoted-lo-issues.xlsx'], {}, dir);
    expect(again.stderr).toBe('');
    await expectValidXlsx(path.join(dir, 'quoted-lo-issues.xlsx'));
    const second = await openPackage(fs.readFileSync(path.join(dir, 'quoted-lo-issues.xlsx')));
    expect(second.sheets.map((s) => s.name)).toEqual(['R1C1', "Kader'24", 'Catatan', 'Pemeriksaan Data']);
  }, 300_000);

  it('LibreOffice reads every link as a jump to its roster cell', async () => {
    const soffice = requireTool('soffice');
    const profile = fs.mkdtempSync(path.join(dir, 'lo-profile-'));
    const odsDir = path.join(dir, 'ods');
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'ods',
        '--outdir',
        odsDir,
        path.join(dir, 'issues.xlsx'),
      ],
      { stdio: 'pipe', timeout: 300_000 },
    );
    const content = await (await JSZip.loadAsync(fs.readFileSync(path.join(odsDir, 'issues.ods')))).file('content.xml')!.async('string');
    const hrefs = [...content.matchAll(/<text:a xlink:href="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    const listed = sortIssues((await json()).issues.filter((i) => i.severity !== 'info').map(asIssue));
    expect(hrefs).toHaveLength(listed.length);
    // LibreOffice rewrites a link into its own "#Sheet.C7" unless the reference also reads as R1C1 (C7 = column 7),
    // which it keeps as "#Sheet!C7": its jump handler tries Excel A1 before R1C1 (sc/source/ui/view/tabvwsh3.cxx,
    // lcl_ParseRangeOrAddress), so both forms land on the cell.
    hrefs.forEach((href, n) => {
      const cell = listed[n].cell;
      expect(href).toBe(`#'${listed[n].sheet}'${/^C\d+$/.test(cell) ? '!' : '.'}${cell}`);
    });
    expect(hrefs.filter((h) => h.includes("'.")).length).toBeGreaterThan(0);
  }, 300_000);
});
