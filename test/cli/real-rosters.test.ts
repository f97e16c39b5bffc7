// A workbook made the way a kabupaten health office makes one (issue 9), written to .xlsx in code: `summary
// --json` puts every worker under the kab/kota of the title and the category of the job title or sheet,
// `check --json` reports rosters[].context and rosters[].skipped, and --regency / --kpj-aktif are read.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { JsonCheckReport } from '../../src/cli/reports/check-report';
import type { Cell } from '../../src/core/cells';
import type { summaryJson } from '../../src/core/summary/model';
import { makeNik } from '../support/roster-rows';
import { writeGridXlsx } from '../support/xlsx-fixtures';
import { expectOneLineFailure, runCli } from './run-cli';

type SummaryJson = ReturnType<typeof summaryJson>;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jamsostek-real-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const nik = (n: number): string => makeNik('6103', 1988, 5, 12, n % 2 ? 'L' : 'P', n);

beforeAll(async () => {
  const nakes: Cell[][] = [
    ['DINAS KESEHATAN KABUPATEN SANGGAU'],
    ['DATA TENAGA KESEHATAN NON ASN 2025'],
    ['NO', 'NAMA', 'NIK', 'JABATAN', 'KEPESERTAAN BPJS KETENAGAKERJAAN', null, 'NO. KPJ'],
    [null, null, null, null, 'SUDAH', 'BELUM', null],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
    ['A. PUSKESMAS SANGGAU', null, null, null, null, null, null],
    [1, 'dr. Andi', nik(1), 'Dokter Umum', '√', null, '11111111101'],
    [2, 'Sri', nik(2), 'Perawat', '√', null, '11111111102'],
    [3, 'Budi', nik(3), 'Sopir Ambulans', null, '√', null],
    [null, 'JUMLAH', null, null, 2, 1, null],
    [],
    [null, null, null, null, 'Mengetahui,', null, null],
    [null, null, null, null, 'Kepala Dinas', null, null],
    [null, null, null, null, 'NIP. 19720315 200212 1 004', null, null],
  ];
  const kader: Cell[][] = [
    ['DAFTAR KADER POSYANDU KABUPATEN SANGGAU'],
    ['No', 'Nama', 'NIK', 'Terdaftar BPJSTK', 'No KPJ'],
    [1, 'Siti', nik(4), 'YA', '11111111104'],
    [2, 'Rina', nik(5), 'TIDAK', null],
    [3, 'Dewi', nik(6), null, '11111111106'],
  ];
  await writeGridXlsx(
    [
      { sheet: 'Nakes', origin: { row: 0, col: 0 }, rows: nakes },
      { sheet: 'Kader', origin: { row: 0, col: 0 }, rows: kader },
    ],
    path.join(dir, 'dinkes.xlsx'),
  );
});

const json = async <T>(...args: string[]): Promise<T> => {
  const run = await runCli([...args, '--json'], {}, dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as T;
};

describe('a Dinas Kesehatan workbook', () => {
  it('summary --json: every worker under Kabupaten Sanggau and the right category', async () => {
    const s = await json<SummaryJson>('summary', 'dinkes.xlsx');
    expect(s.totals.rows).toBe(6);
    expect(s.totals.covered).toBe(3);
    expect(s.kpjMeansActive).toBe(false);
    expect(s.byRegency.filter((r) => r.eligible > 0).map((r) => [r.code, r.eligible, r.covered])).toEqual([['6103', 6, 3]]);
    const byCategory = Object.fromEntries(s.byCategory.filter((r) => r.eligible > 0).map((r) => [r.name, r.eligible]));
    expect(byCategory).toEqual({ 'Tenaga Medis': 1, 'Tenaga Kesehatan': 1, 'Tenaga Penunjang Kesehatan': 1, 'Kader Kesehatan': 3 });
  });

  it('summary --kpj-aktif counts the kader with a KPJ and no answer as Aktif', async () => {
    const s = await json<SummaryJson>('summary', 'dinkes.xlsx', '--kpj-aktif');
    expect(s.totals.covered).toBe(4);
    expect(s.kpjMeansActive).toBe(true);
  });

  it('check --json: rosters[].context and rosters[].skipped; no error or warning on the clean rows', async () => {
    const run = await runCli(['check', 'dinkes.xlsx', '--json'], {}, dir);
    const report = JSON.parse(run.stdout) as JsonCheckReport;
    expect(report.rosters.map((r) => r.context)).toEqual([
      { regency: { code: '6103', name: 'Kabupaten Sanggau', from: 'title', cell: 'A1' }, coverage: { form: 'ticks', columns: ['E', 'F'] } },
      {
        regency: { code: '6103', name: 'Kabupaten Sanggau', from: 'title', cell: 'A1' },
        category: { value: 'Kader Kesehatan', from: 'title', cell: 'A1' },
        coverage: { form: 'yes-no', columns: ['D'] },
      },
    ]);
    expect(report.rosters[0].skipped).toEqual([
      { row: 5, reason: 'column-numbers' },
      { row: 6, reason: 'group-title' },
      { row: 10, reason: 'subtotal' },
      { row: 11, reason: 'blank' },
      { row: 12, reason: 'signature' },
      { row: 13, reason: 'signature' },
      { row: 14, reason: 'signature' },
    ]);
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(report.issues.map((i) => `${i.rule} ${i.sheet}!${i.cell}`)).toEqual(['kpj-without-status Kader!E5']);
    expect(run.code).toBe(0);
  });

  it('--regency overrides the title; an unknown one is one line naming the flag', async () => {
    const s = await json<SummaryJson>('summary', 'dinkes.xlsx', '--regency', '6171');
    expect(s.byRegency.filter((r) => r.eligible > 0).map((r) => r.code)).toEqual(['6171']);
    const line = expectOneLineFailure(await runCli(['check', 'dinkes.xlsx', '--regency', '9999'], {}, dir));
    expect(line).toContain('--regency: Kabupaten/kota "9999" tidak dikenal');
  });

  it('the human report names the inferred kab/kota and the rows skipped', async () => {
    const run = await runCli(['check', 'dinkes.xlsx'], {}, dir);
    expect(run.stdout).toContain('Kab/kota roster: Kabupaten Sanggau (judul, A1)');
    expect(run.stdout).toContain(
      'Baris bukan pekerja (dilewati): 1 baris nomor kolom, 1 judul kelompok, 1 baris jumlah/subtotal, 1 baris kosong, 3 baris tanda tangan',
    );
  });
});
