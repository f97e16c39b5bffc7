// Rosters as offices keep them (issue 9), summarised by the command line (`summary -o`) and recalculated by
// LibreOffice: every headline, per-kab/kota and per-category cell equals `summary --json`, with coverage given
// as ticks or YA/TIDAK, the kab/kota only in the title or sheet name, the category from job titles or the
// sheet name, and group titles, JUMLAH rows and the signature block left out, by the formulas too.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { summaryJson } from '../../src/core/summary/model';
import { UNKNOWN_LABEL } from '../../src/core/summary/model';
import { buildSummarySheet, SUMMARY_SHEET_NAME } from '../../src/core/summary/sheet';
import { computeSummary } from '../../src/core/summary/model';
import { loadRosters } from '../../src/cli/rosters';
import { addGeneratedSheets } from '../../src/hosts/xlsx/inject';
import { runCli } from '../cli/run-cli';
import { formulaMismatches, recalculateInLibreOffice, readSheetValues } from '../support/libreoffice';
import { kabupatenNakesSheet, kaderSheet, nakesWorkers, writeOfficeWorkbook, yesNoSheet } from '../support/office-rosters';
import { expectValidXlsx } from '../support/ooxml';
import { requireTool } from '../support/system-tools';

type SummaryJson = ReturnType<typeof summaryJson>;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-real-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const FILE = 'dinkes-sanggau.xlsx';

beforeAll(async () => {
  requireTool('soffice');
  // nine groups: eight JUMLAH rows inside the table, left out by a LOOKUP (the kader sheet's one by a comparison)
  const nakes = kabupatenNakesSheet([
    { title: 'I. RSUD M.TH. DJAMAN SANGGAU', workers: nakesWorkers(14, 1) },
    { title: 'II. PUSKESMAS ENTIKONG', workers: nakesWorkers(9, 2) },
    { title: 'PUSKESMAS SEKAYAM', workers: nakesWorkers(11, 3) },
    ...['BALAI KARANGAN', 'KEMBAYAN', 'BONTI', 'TAYAN HILIR', 'MELIAU', 'KAPUAS'].map((p, i) => ({
      title: `PUSKESMAS ${p}`,
      workers: nakesWorkers(3 + (i % 3), 4 + i),
    })),
  ]);
  await writeOfficeWorkbook([nakes, yesNoSheet(), kaderSheet()], path.join(dir, FILE));
});

const json = async (...flags: string[]): Promise<SummaryJson> => {
  const run = await runCli(['summary', FILE, '--json', ...flags], {}, dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as SummaryJson;
};

/** The recalculated sheet's tables: headline values by label, and each coverage table's rows by name. */
function readTables(values: Map<string, unknown>) {
  const at = (ref: string) => values.get(ref);
  const rowsWith = (label: string): number[] => {
    const out: number[] = [];
    for (const [ref, v] of values) if (v === label && /^A\d+$/.test(ref)) out.push(Number(ref.slice(1)));
    return out.sort((a, b) => a - b);
  };
  const table = (headerLabel: string) => {
    const header = rowsWith(headerLabel)[0];
    const rows = new Map<string, { eligible: unknown; covered: unknown; coverage: unknown }>();
    for (let r = header + 1; at(`A${r}`) !== undefined && at(`A${r}`) !== ''; r++) {
      rows.set(String(at(`A${r}`)), { eligible: at(`B${r}`), covered: at(`C${r}`), coverage: at(`D${r}`) });
    }
    return rows;
  };
  const headline = (label: string) => at(`B${rowsWith(label)[0]}`);
  return { headline, regency: table('Kabupaten/Kota'), category: table('Kategori Pekerja') };
}

async function summariseAndRecalculate(flags: string[], out: string) {
  const expected = await json(...flags);
  const run = await runCli(['summary', FILE, '-o', out, ...flags], {}, dir);
  expect([run.code, run.stderr]).toEqual([0, '']);
  await expectValidXlsx(path.join(dir, out));
  const values = await readSheetValues(recalculateInLibreOffice(path.join(dir, out)), SUMMARY_SHEET_NAME);
  return { expected, tables: readTables(values) };
}

function expectSameFigures(expected: SummaryJson, tables: ReturnType<typeof readTables>) {
  expect({
    rows: tables.headline('Baris daftar'),
    eligible: tables.headline('Sasaran'),
    covered: tables.headline('Terlindungi'),
    gap: tables.headline('Kekurangan'),
  }).toEqual({
    rows: expected.totals.rows,
    eligible: expected.totals.eligible,
    covered: expected.totals.covered,
    gap: expected.totals.gap,
  });
  for (const [name, rows] of [
    ['byRegency', expected.byRegency],
    ['byCategory', expected.byCategory],
  ] as const) {
    const sheet = name === 'byRegency' ? tables.regency : tables.category;
    for (const r of rows) {
      const got = sheet.get(r.name);
      expect([name, r.name, got?.eligible, got?.covered]).toEqual([name, r.name, r.eligible, r.covered]);
    }
  }
}

describe('a kabupaten workbook summarised with summary -o, recalculated by LibreOffice', () => {
  test('every headline, kab/kota and category cell equals summary --json; no worker in Tidak diketahui', async () => {
    const { expected, tables } = await summariseAndRecalculate([], 'ringkasan.xlsx');
    // the shapes counted as the core counts them
    expect(expected.scope.map((s) => [s.sheet, s.counted])).toEqual([
      ['Nakes', true],
      ['Kota Singkawang', true],
      ['KADER KESEHATAN', true],
    ]);
    expect(expected.totals.rows).toBe(34 + 24 + 36 + 24);
    expect(expected.totals.covered).toBeGreaterThan(20);
    const unknown = (rows: SummaryJson['byCategory']) => rows.find((r) => r.name === UNKNOWN_LABEL)!.eligible;
    expect(unknown(expected.byRegency)).toBe(0);
    expect(unknown(expected.byCategory)).toBe(0);
    const named = (rows: SummaryJson['byCategory']) =>
      Object.fromEntries(rows.filter((r) => r.eligible > 0).map((r) => [r.name, r.eligible]));
    expect(Object.keys(named(expected.byRegency))).toEqual([
      'Kabupaten Sanggau',
      'Kabupaten Landak',
      'Kabupaten Kubu Raya',
      'Kota Pontianak',
      'Kota Singkawang',
    ]);
    expect(Object.keys(named(expected.byCategory))).toEqual([
      'Tenaga Medis',
      'Tenaga Kesehatan',
      'Tenaga Penunjang Kesehatan',
      'Kader Kesehatan',
    ]);
    expectSameFigures(expected, tables);
  }, 300_000);

  test('--kpj-aktif: a KPJ without status counts as Aktif in the formulas too', async () => {
    const off = await json();
    const { expected, tables } = await summariseAndRecalculate(['--kpj-aktif'], 'ringkasan-kpj.xlsx');
    expect(expected.totals.covered).toBeGreaterThan(off.totals.covered);
    expectSameFigures(expected, tables);
  }, 300_000);

  test('every formula cell of the sheet, recalculated with no cached values, is the core number; nothing counted differently', async () => {
    const file = path.join(dir, FILE);
    const { result } = await loadRosters([file], { province: '61' });
    const spec = buildSummarySheet(computeSummary(result), result);
    // rows that are not workers are listed for the formulas, none is left "counted differently"
    const texts = spec.rows.flatMap((r) => r.map((c) => (typeof c?.value === 'string' ? c.value : '')));
    expect(texts.some((t) => t.startsWith('Baris bukan pekerja'))).toBe(true);
    expect(texts.some((t) => t.includes('dihitung rumus berbeda'))).toBe(false);
    const out = path.join(dir, 'nocache.xlsx');
    const { bytes, results } = await addGeneratedSheets(fs.readFileSync(file), [spec], { cachedValues: false });
    fs.writeFileSync(out, bytes);
    const { checked, mismatches } = await formulaMismatches(recalculateInLibreOffice(out), results[0].name, spec);
    expect(checked).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  }, 300_000);
});
