// `jamsostek demo --bentuk kabupaten` writes a workbook in a kabupaten office's shape that Excel opens without
// repair, and that `check` and `summary` read as the office meant it: no error or warning, every worker under
// Kabupaten Sanggau, covered as ticked. The standard demo stays the default.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonCheckReport } from '../../src/cli/reports/check-report';
import { generateKabupatenDemo } from '../../src/core/demo/kabupaten';
import type { summaryJson } from '../../src/core/summary/model';
import { expectValidXlsx } from '../support/ooxml';
import { expectOneLineFailure, runCli } from './run-cli';

type SummaryJson = ReturnType<typeof summaryJson>;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jamsostek-demo-kab-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const json = async <T>(...args: string[]): Promise<T> => {
  const run = await runCli([...args, '--json'], {}, dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as T;
};

describe('jamsostek demo --bentuk kabupaten', () => {
  const demo = generateKabupatenDemo(5);

  beforeAll(async () => {
    const run = await runCli(['demo', '-o', 'kab.xlsx', '--bentuk', 'kabupaten', '--seed', '5'], { LANG: 'C' }, dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`NAKES NON ASN: ${demo.sheets[0].workers} pekerja`);
  });

  it('opens in Excel without repair, its coverage header merged over SUDAH / BELUM', async () => {
    await expectValidXlsx(path.join(dir, 'kab.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'kab.xlsx'));
    const ws = wb.getWorksheet('NAKES NON ASN')!;
    expect(ws.getCell('H5').value).toBe('KEPESERTAAN BPJS KETENAGAKERJAAN');
    expect(ws.getCell('I5').isMerged).toBe(true);
    expect([ws.getCell('H6').value, ws.getCell('I6').value]).toEqual(['SUDAH', 'BELUM']);
    expect(ws.getCell('C9').numFmt).toBe('@');
  });

  it('check: no error or warning; context and skipped rows as the office meant them', async () => {
    const report = await json<JsonCheckReport>('check', 'kab.xlsx');
    expect(report.counts).toMatchObject({ error: 0, warning: 0 });
    expect(report.rosters.map((r) => r.rows)).toEqual(demo.sheets.map((s) => s.workers));
    expect(report.rosters.map((r) => r.context?.regency?.code)).toEqual(['6103', '6103']);
    expect(report.rosters[0].context?.coverage).toEqual({ form: 'ticks', columns: ['H', 'I'] });
    expect(new Set(report.rosters[0].skipped!.map((k) => k.reason))).toEqual(
      new Set(['column-numbers', 'group-title', 'subtotal', 'blank', 'signature']),
    );
  });

  it('summary: every worker under Kabupaten Sanggau and a category, covered as ticked or YA', async () => {
    const s = await json<SummaryJson>('summary', 'kab.xlsx');
    expect(s.totals.rows).toBe(demo.sheets[0].workers + demo.sheets[1].workers);
    expect(s.totals.covered).toBe(demo.sheets[0].covered + demo.sheets[1].covered);
    expect(s.byRegency.filter((r) => r.eligible > 0).map((r) => r.code)).toEqual(['6103']);
    expect(s.byCategory.filter((r) => r.code === null).map((r) => r.eligible)).toEqual([0]);
  });

  it('--shape is the English name; an unknown or contradictory shape is refused with one line', async () => {
    const run = await runCli(['demo', '-o', 'kab-en.xlsx', '--shape', 'kabupaten', '--seed', '5'], { LANG: 'C' }, dir);
    expect(run.code).toBe(0);
    const a = await json<JsonCheckReport>('check', 'kab.xlsx');
    const b = await json<JsonCheckReport>('check', 'kab-en.xlsx');
    expect(b.rosters).toEqual(a.rosters);
    expect(expectOneLineFailure(await runCli(['demo', '-o', 'x.xlsx', '--bentuk', 'kecamatan'], {}, dir))).toMatch(/--bentuk/);
    expect(expectOneLineFailure(await runCli(['demo', '-o', 'x.xlsx', '--bentuk', 'kabupaten', '--shape', 'standard'], {}, dir))).toMatch(
      /--bentuk/,
    );
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});
