// `jamsostek demo` and `jamsostek summary`, run in-process on real .xlsx files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEMO_HEALTH_COVERED, DEMO_HEALTH_ELIGIBLE } from '../../src/core/demo/demo';
import { HEALTH_WORKER_CATEGORIES, type summaryJson } from '../../src/core/summary/model';
import { openPackage, generatedSheetOf } from '../../src/hosts/xlsx/inject';
import { expectOneLineFailure, runCli } from './run-cli';
import { expectValidXlsx } from '../support/ooxml';
import { regenciesOf } from '../../src/core/reference/regions';

const REGENCY_CODES = regenciesOf('61').map((r) => r.code);

type SummaryJson = ReturnType<typeof summaryJson>;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jamsostek-summary-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('jamsostek demo', () => {
  it('writes the demo workbook and refuses to overwrite it without --force', async () => {
    const first = await runCli(['demo', '-o', 'demo.xlsx', '--seed', '3'], { LANG: 'C' }, dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Nakes Non-ASN: 10[.,]000/);
    const again = await runCli(['demo', '-o', 'demo.xlsx'], { LANG: 'C' }, dir);
    expect(expectOneLineFailure(again)).toMatch(/--force/);
    expect((await runCli(['demo', '-o', 'demo.xlsx', '--force'], { LANG: 'C' }, dir)).code).toBe(0);
  });

  it('rejects a seed that is not a whole number', async () => {
    expect(expectOneLineFailure(await runCli(['demo', '-o', 'x.xlsx', '--seed', 'abc'], {}, dir))).toMatch(/--seed/);
  });
});

describe('jamsostek summary', () => {
  beforeAll(async () => {
    if (!fs.existsSync(path.join(dir, 'demo.xlsx'))) await runCli(['demo', '-o', 'demo.xlsx', '--seed', '3'], {}, dir);
  });

  it('--json on the demo gives exactly 9,350 eligible and 3,141 covered health workers; exit 1 (planted errors)', async () => {
    const run = await runCli(['summary', 'demo.xlsx', '--year', '2025', '--json'], {}, dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as SummaryJson;
    expect(json.province).toEqual({ code: '61', name: 'Kalimantan Barat' });
    expect(json.target).toBe(0.5956);
    const health = json.byCategory.filter((r: { code: string | null }) => r.code !== null && HEALTH_WORKER_CATEGORIES.includes(r.code));
    expect(health.reduce((n: number, r: { eligible: number }) => n + r.eligible, 0)).toBe(DEMO_HEALTH_ELIGIBLE);
    expect(health.reduce((n: number, r: { covered: number }) => n + r.covered, 0)).toBe(DEMO_HEALTH_COVERED);
    expect(json.byRegency).toHaveLength(15);
    expect(json.byRegency[14]).toMatchObject({ code: null, name: 'Tidak diketahui' });
    const sum = (k: 'eligible' | 'covered') => json.byRegency.reduce((n, r) => n + r[k], 0);
    expect(sum('eligible')).toBe(json.totals.eligible);
    expect(sum('covered')).toBe(json.totals.covered);
    expect(Object.keys(json.totals).sort()).toEqual(['coverage', 'covered', 'eligible', 'gap', 'rows', 'rowsWithErrors']);
  });

  it('-o writes a copy with the summary sheet; the input file is untouched; running again replaces only its own sheet', async () => {
    const input = path.join(dir, 'demo.xlsx');
    const before = fs.readFileSync(input);
    const run = await runCli(['summary', 'demo.xlsx', '--year', '2025', '-o', 'rakor.xlsx', '--target', '60.80%'], { LANG: 'C' }, dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Ringkasan Rakor/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const pkg = await openPackage(fs.readFileSync(path.join(dir, 'rakor.xlsx')));
    expect(pkg.sheets.map((s) => s.name)).toEqual(['Nakes Non-ASN', 'Kader Kesehatan', 'Draf Perangkat Desa', 'Ringkasan Rakor']);
    expect((await generatedSheetOf(pkg, 'summary'))?.name).toBe('Ringkasan Rakor');

    const again = await runCli(['summary', 'rakor.xlsx', '--year', '2025', '-o', 'rakor2.xlsx'], { LANG: 'C' }, dir);
    expect(again.stderr).toBe('');
    const pkg2 = await openPackage(fs.readFileSync(path.join(dir, 'rakor2.xlsx')));
    expect(pkg2.sheets.map((s) => s.name)).toEqual(['Nakes Non-ASN', 'Kader Kesehatan', 'Draf Perangkat Desa', 'Ringkasan Rakor']);
    expect(pkg2.workbookXml.match(/name="Target_UCJ"/g)).toHaveLength(1);
    // the summary sheet itself is never read as a roster: same numbers from the copy as from the demo
    const fromCopy = JSON.parse((await runCli(['summary', 'rakor.xlsx', '--year', '2025', '--json'], {}, dir)).stdout) as SummaryJson;
    const fromDemo = JSON.parse((await runCli(['summary', 'demo.xlsx', '--year', '2025', '--json'], {}, dir)).stdout) as SummaryJson;
    expect(fromCopy.totals).toEqual(fromDemo.totals);
  });

  it('regression: the text report is English throughout with --lang en, table headings included', async () => {
    const en = await runCli(['summary', 'demo.xlsx', '--year', '2025', '--lang', 'en'], {}, dir);
    expect(en.stdout).toMatch(/Regency\/City\s+Eligible\s+Covered\s+Coverage\s+Gap/);
    expect(en.stdout).not.toMatch(/Sasaran|Terlindungi|Kekurangan/);
    const id = await runCli(['summary', 'demo.xlsx', '--year', '2025', '--lang', 'id'], {}, dir);
    expect(id.stdout).toMatch(/Kabupaten\/Kota\s+Sasaran\s+Terlindungi\s+Cakupan\s+Kekurangan/);
  });

  it('refuses to write over its input, and a bad target, with one line', async () => {
    expect(expectOneLineFailure(await runCli(['summary', 'demo.xlsx', '--year', '2025', '-o', 'demo.xlsx'], {}, dir))).toMatch(
      /never written|tidak pernah ditulis/,
    );
    expect(expectOneLineFailure(await runCli(['summary', 'demo.xlsx', '--year', '2025', '--target', '150'], {}, dir))).toMatch(/--target/);
    expectOneLineFailure(await runCli(['summary', 'missing.xlsx', '--year', '2025'], {}, dir));
  });

  it("every file written here opens in Excel without repair: demo, summary, summary of a summary (Microsoft's Open XML SDK)", async () => {
    // Written by the tests above; made here when this test runs alone.
    for (const [file, from] of [
      ['rakor.xlsx', 'demo.xlsx'],
      ['rakor2.xlsx', 'rakor.xlsx'],
    ])
      if (!fs.existsSync(path.join(dir, file)))
        expect((await runCli(['summary', from, '--year', '2025', '-o', file], {}, dir)).stderr).toBe('');
    await Promise.all(['demo.xlsx', 'rakor.xlsx', 'rakor2.xlsx'].map((f) => expectValidXlsx(path.join(dir, f))));
  }, 300_000);
  it('--targets and --ucj: own kab/kota targets and the official UCJ inputs, in --json and on the sheet', async () => {
    fs.writeFileSync(path.join(dir, 'targets.csv'), 'kode;target\n6171;45\n6172;0,7\n');
    fs.writeFileSync(
      path.join(dir, 'ucj.csv'),
      'kode,penduduk bekerja,peserta aktif\n' +
        REGENCY_CODES.map((c, i) => `${c},${100000 + i * 1000},${i === 0 ? 80000 : 30000}`).join('\n'),
    );
    const run = await runCli(['summary', 'demo.xlsx', '--year', '2025', '--targets', 'targets.csv', '--ucj', 'ucj.csv', '--json'], {}, dir);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as SummaryJson;
    const pontianak = json.byRegency.find((r) => r.code === '6171')!;
    expect(pontianak).toMatchObject({ targetRate: 0.45, ownTarget: true, target: Math.ceil(0.45 * pontianak.eligible) });
    expect(json.byRegency.find((r) => r.code === '6101')).toMatchObject({ targetRate: json.target, ownTarget: false });
    const sambas = json.regionalUcj.find((r) => r.code === '6101')!;
    expect(sambas).toMatchObject({ working: 100000, active: 80000, ucj: 0.8, status: 'reached', gap: 0 });
    const province = json.regionalUcj.find((r) => r.code === null)!;
    expect(province.working).toBe(REGENCY_CODES.reduce((n, _, i) => n + 100000 + i * 1000, 0));

    const written = await runCli(
      ['summary', 'demo.xlsx', '--targets', 'targets.csv', '--ucj', 'ucj.csv', '-o', 'own-targets.xlsx'],
      {},
      dir,
    );
    expect(written.stderr).toBe('');
    await expectValidXlsx(path.join(dir, 'own-targets.xlsx'));

    // a code of another province is refused with one line naming the flag and the line
    fs.writeFileSync(path.join(dir, 'bad.csv'), '6171,45\n3171,50\n');
    expect(expectOneLineFailure(await runCli(['summary', 'demo.xlsx', '--year', '2025', '--targets', 'bad.csv'], {}, dir))).toMatch(
      /--targets: baris 2: "3171" bukan kode kab\/kota/,
    );
    expect(expectOneLineFailure(await runCli(['summary', 'demo.xlsx', '--year', '2025', '--ucj', 'missing.csv'], {}, dir))).toMatch(
      /--ucj: berkas "missing.csv"/,
    );
  }, 300_000);
});
