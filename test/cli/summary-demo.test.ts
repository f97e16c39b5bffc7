// `jamsostek demo` and `jamsostek summary`, run in-process on real .xlsx files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEMO_HEALTH_COVERED, DEMO_HEALTH_ELIGIBLE } from '../../src/core/demo/demo';
import { HEALTH_WORKER_CATEGORIES, type summaryJson } from '../../src/core/summary/model';
import { openPackage, generatedSheetOf } from '../../src/hosts/xlsx/inject';
import { expectOneLineFailure, runCli } from './run-cli';
import { expectValidXlsx } from '../support/ooxml';

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
    const run = await runCli(['summary', 'demo.xlsx', '--json'], {}, dir);
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
    const run = await runCli(['summary', 'demo.xlsx', '-o', 'rakor.xlsx', '--target', '60.80%'], { LANG: 'C' }, dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Ringkasan Rakor/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const pkg = await openPackage(fs.readFileSync(path.join(dir, 'rakor.xlsx')));
    expect(pkg.sheets.map((s) => s.name)).toEqual(['Nakes Non-ASN', 'Kader Kesehatan', 'Draf Perangkat Desa', 'Ringkasan Rakor']);
    expect((await generatedSheetOf(pkg, 'summary'))?.name).toBe('Ringkasan Rakor');

    const again = await runCli(['summary', 'rakor.xlsx', '-o', 'rakor2.xlsx'], { LANG: 'C' }, dir);
    expect(again.stderr).toBe('');
    const pkg2 = await openPackage(fs.readFileSync(path.join(dir, 'rakor2.xlsx')));
    expect(pkg2.sheets.map((s) => s.name)).toEqual(['Nakes Non-ASN', 'Kader Kesehatan', 'Draf Perangkat Desa', 'Ringkasan Rakor']);
    expect(pkg2.workbookXml.match(/name="Target_UCJ"/g)).toHaveLength(1);
    // the summary sheet itself is never read as a roster: same numbers from the copy as from the demo
    const fromCopy = JSON.parse((await runCli(['summary', 'rakor.xlsx', '--json'], {}, dir)).stdout) as SummaryJson;
    const fromDemo = JSON.parse((await runCli(['summary', 'demo.xlsx', '--json'], {}, dir)).stdout) as SummaryJson;
    expect(fromCopy.totals).toEqual(fromDemo.totals);
  });

  it('regression: the text report is English throughout with --lang en, table headings included', async () => {
    const en = await runCli(['summary', 'demo.xlsx', '--lang', 'en'], {}, dir);
    expect(en.stdout).toMatch(/Regency\/City\s+Eligible\s+Covered\s+Coverage\s+Gap/);
    expect(en.stdout).not.toMatch(/Sasaran|Terlindungi|Kekurangan/);
    const id = await runCli(['summary', 'demo.xlsx', '--lang', 'id'], {}, dir);
    expect(id.stdout).toMatch(/Kabupaten\/Kota\s+Sasaran\s+Terlindungi\s+Cakupan\s+Kekurangan/);
  });

  it('refuses to write over its input, and a bad target, with one line', async () => {
    expect(expectOneLineFailure(await runCli(['summary', 'demo.xlsx', '-o', 'demo.xlsx'], {}, dir))).toMatch(
      /never written|tidak pernah ditulis/,
    );
    expect(expectOneLineFailure(await runCli(['summary', 'demo.xlsx', '--target', '150'], {}, dir))).toMatch(/--target/);
    expectOneLineFailure(await runCli(['summary', 'missing.xlsx'], {}, dir));
  });

  it("every file written here opens in Excel without repair: demo, summary, summary of a summary (Microsoft's Open XML SDK)", async () => {
    // Written by the tests above; made here when this test runs alone.
    for (const [file, from] of [
      ['rakor.xlsx', 'demo.xlsx'],
      ['rakor2.xlsx', 'rakor.xlsx'],
    ])
      if (!fs.existsSync(path.join(dir, file))) expect((await runCli(['summary', from, '-o', file], {}, dir)).stderr).toBe('');
    await Promise.all(['demo.xlsx', 'rakor.xlsx', 'rakor2.xlsx'].map((f) => expectValidXlsx(path.join(dir, f))));
  }, 300_000);
});
