// A province planner's summary over the files of 14 kabupaten/kota (each a Dinas Kesehatan file as `demo --bentuk
// kabupaten` writes it: SUDAH/BELUM ticks under a merged header, group and JUMLAH rows, a signature block, the
// kab/kota only in the title, and a kader sheet answering YA/TIDAK), in one workbook of 28 rosters: too many for
// one formula per count, so the counts go per roster to a list off paper and the printed cells sum it.
// LibreOffice recalculates the sheet with no cached values: every formula cell is the core's number.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadRosters } from '../../src/cli/rosters';
import { checkGrids } from '../../src/core/roster/check';
import { generateKabupatenDemo } from '../../src/core/demo/kabupaten';
import { findRegency } from '../../src/core/reference/regions';
import { computeSummary } from '../../src/core/summary/model';
import { buildSummarySheet, MAX_FORMULA_LENGTH } from '../../src/core/summary/sheet';
import { addGeneratedSheets } from '../../src/hosts/xlsx/inject';
import { formulaMismatches, recalculateInLibreOffice } from '../support/libreoffice';
import { type OfficeSheet, writeOfficeWorkbook } from '../support/office-rosters';
import { expectValidXlsx } from '../support/ooxml';
import { requireTool } from '../support/system-tools';

/** The 14 kab/kota of Kalimantan Barat. */
const KALBAR = ['6101', '6102', '6103', '6104', '6105', '6106', '6107', '6108', '6109', '6110', '6111', '6112', '6171', '6172'];

/**
 * The kabupaten demo's two sheets for kab/kota `code`: its name in the titles and signature, the code in the sheet
 * names; on every third registered row the coverage is left blank though the KPJ is written (kpj-without-status),
 * so that "KPJ means Aktif" changes the counts.
 */
function kabupatenFile(code: string, seed: number): OfficeSheet[] {
  const name = findRegency(code)!.name.toUpperCase();
  return generateKabupatenDemo(seed).sheets.map((s) => {
    const header = s.rows.find((r) => r.includes('NO. KPJ') || r.includes('No KPJ')) ?? [];
    const kpj = header.findIndex((c) => c === 'NO. KPJ' || c === 'No KPJ');
    // the SUDAH tick (the first coverage column) or the YA/TIDAK answer
    const coverage = header.findIndex((c) => c === 'KEPESERTAAN BPJS KETENAGAKERJAAN' || c === 'Terdaftar BPJSTK');
    let registered = 0;
    const rows = s.rows.map((r) => {
      const row = r.map((c) => (typeof c === 'string' ? c.replace('KABUPATEN SANGGAU', name) : c));
      if (typeof row[kpj] === 'string' && /^\d{11}$/.test(row[kpj]) && registered++ % 3 === 0) row[coverage] = null;
      return row;
    });
    return { name: `${s.name} ${code}`, rows, merges: s.merges };
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-province-'));
const FILE = path.join(dir, 'kalbar-14-kabupaten.xlsx');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  requireTool('soffice');
  await writeOfficeWorkbook(
    KALBAR.flatMap((code, i) => kabupatenFile(code, i + 1)),
    FILE,
  );
});

describe('summary over 14 kabupaten files (28 tick and YA/TIDAK rosters)', () => {
  test.each([
    ['KPJ alone not Aktif', false],
    ['KPJ means Aktif', true],
    // the pane's setting kept per sheet: on the kader sheets only (every other roster), off on the nakes sheets
    ['KPJ means Aktif on some sheets', 'some'],
  ] as const)(
    '%s: every formula cell recalculates in LibreOffice to the core number; the file opens without repair',
    async (label, kpjMeansActive) => {
      const { result: read } = await loadRosters([FILE], { province: '61', kpjMeansActive: kpjMeansActive === true });
      const grids = read.parsed.map((p) => p.grid);
      const result =
        kpjMeansActive === 'some'
          ? checkGrids(grids, {
              province: '61',
              today: read.options.asOf,
              rosterSettings: grids.map((_, i) => ({ kpjMeansActive: i % 2 === 1 })),
            })
          : read;
      expect(result.parsed).toHaveLength(28);
      if (kpjMeansActive === 'some')
        expect(result.rosters.map((r) => r.context?.kpjMeansActive === true)).toEqual(grids.map((_, i) => i % 2 === 1));
      const model = computeSummary(result);
      if (kpjMeansActive === 'some') {
        // both kinds of sheet have rows a KPJ alone makes Aktif: the mix counts between "none" and "all"
        const covered = (on: boolean) =>
          computeSummary(checkGrids(grids, { province: '61', today: read.options.asOf, kpjMeansActive: on })).totals.covered;
        expect(model.totals.covered).toBeGreaterThan(covered(false));
        expect(model.totals.covered).toBeLessThan(covered(true));
      }
      // every kab/kota read from its file's titles
      expect(model.byRegency.rows.filter((r) => r.key !== null && r.eligible > 0).map((r) => r.key)).toEqual(KALBAR);
      expect(model.byRegency.rows.find((r) => r.key === null)!.eligible).toBe(0);
      const spec = buildSummarySheet(model, result);
      const formulas = spec.rows.flatMap((r) => r.filter((c) => c?.formula)).map((c) => c!.formula!);
      expect(Math.max(...formulas.map((f) => f.length))).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
      expect(spec.rows.some((r) => typeof r[0]?.value === 'string' && r[0].value.startsWith('Hitungan per daftar'))).toBe(true);
      expect((spec.tables ?? []).map((t) => t.name)).toContain('Rakor_PerDaftar');

      const out = path.join(dir, `ringkasan-${kpjMeansActive === 'some' ? 'some' : kpjMeansActive ? 'kpj' : 'plain'}.xlsx`);
      const { bytes, results } = await addGeneratedSheets(fs.readFileSync(FILE), [spec], { cachedValues: false });
      fs.writeFileSync(out, bytes);
      await expectValidXlsx(out);
      const { checked, mismatches } = await formulaMismatches(recalculateInLibreOffice(out), results[0].name, spec);
      expect(checked).toBeGreaterThan(28 * 20);
      expect([label, mismatches]).toEqual([label, []]);
    },
    600_000,
  );
});
