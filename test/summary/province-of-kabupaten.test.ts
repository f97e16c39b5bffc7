// A province planner's summary over the files of 14 kabupaten/kota (each a Dinas Kesehatan file as `demo --bentuk
// kabupaten` writes it: SUDAH/BELUM ticks under a merged header, group and JUMLAH rows, a signature block, the
// kab/kota only in the title, and a kader sheet answering YA/TIDAK), in one workbook of 28 rosters: too many for
// one formula per count, so the counts go per roster to a list off paper and the printed cells sum it.
// LibreOffice recalculates the sheet with no cached values: every formula cell is the core's number.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadRosters } from '../../src/cli/rosters';
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

/** The kabupaten demo's two sheets for kab/kota `code`: its name in the titles and signature, the code in the sheet names. */
function kabupatenFile(code: string, seed: number): OfficeSheet[] {
  const name = findRegency(code)!.name.toUpperCase();
  return generateKabupatenDemo(seed).sheets.map((s) => ({
    name: `${s.name} ${code}`,
    rows: s.rows.map((r) => r.map((c) => (typeof c === 'string' ? c.replace('KABUPATEN SANGGAU', name) : c))),
    merges: s.merges,
  }));
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
  ])(
    '%s: every formula cell recalculates in LibreOffice to the core number; the file opens without repair',
    async (label, kpjMeansActive) => {
      const { result } = await loadRosters([FILE], { province: '61', kpjMeansActive });
      expect(result.parsed).toHaveLength(28);
      const model = computeSummary(result);
      // every kab/kota read from its file's titles
      expect(model.byRegency.rows.filter((r) => r.key !== null && r.eligible > 0).map((r) => r.key)).toEqual(KALBAR);
      expect(model.byRegency.rows.find((r) => r.key === null)!.eligible).toBe(0);
      const spec = buildSummarySheet(model, result);
      const formulas = spec.rows.flatMap((r) => r.filter((c) => c?.formula)).map((c) => c!.formula!);
      expect(Math.max(...formulas.map((f) => f.length))).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
      expect(spec.rows.some((r) => typeof r[0]?.value === 'string' && r[0].value.startsWith('Hitungan per daftar'))).toBe(true);
      expect((spec.tables ?? []).map((t) => t.name)).toContain('Rakor_PerDaftar');

      const out = path.join(dir, `ringkasan-${kpjMeansActive ? 'kpj' : 'plain'}.xlsx`);
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
