// THE end-to-end proof of the summary sheet: the formulas written into the workbook, recalculated by
// LibreOffice (a spreadsheet that knows nothing of this add-in), give exactly the core's numbers.
// Cached values are left out of the written sheet, so every number read back was computed by LibreOffice.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { demoGrids, generateDemo, DEMO_HEALTH_COVERED, DEMO_HEALTH_ELIGIBLE } from '../../src/core/demo/demo';
import { HEALTH_WORKER_CATEGORIES, computeSummary } from '../../src/core/summary/model';
import { buildSummarySheet } from '../../src/core/summary/sheet';
import type { SheetSpec } from '../../src/core/sheet-spec';
import { loadRosters } from '../../src/cli/rosters';
import { addGeneratedSheets } from '../../src/hosts/xlsx/inject';
import { writeRosterWorkbook } from '../../src/hosts/xlsx/write-rosters';
import { recalculateInLibreOffice, readSheetValues, sofficePath } from '../support/libreoffice';
import { columnLetter } from '../../src/core/address';
import { generateRoster } from '../support/roster-fixture';

const TODAY = 46_000; // 2025-12-09
const soffice = sofficePath();
if (!soffice) console.warn('LibreOffice (soffice) not found: skipping the summary recalculation tests. Install libreoffice-calc-nogui.');
const describeLo = soffice ? describe : describe.skip;

interface Mismatch {
  cell: string;
  formula: string;
  expected: unknown;
  actual: unknown;
}

async function formulaMismatches(file: string, sheetName: string, spec: SheetSpec): Promise<{ checked: number; mismatches: Mismatch[] }> {
  const values = await readSheetValues(file, sheetName);
  const mismatches: Mismatch[] = [];
  let checked = 0;
  spec.rows.forEach((row, r) => {
    row.forEach((c, col) => {
      if (!c?.formula) return;
      checked++;
      const cell = `${columnLetter(col)}${r + 1}`;
      const actual = values.get(cell);
      const expected = c.expected;
      const same =
        typeof expected === 'number' && typeof actual === 'number'
          ? Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
          : expected === '' ? actual === '' || actual === undefined : actual === expected;
      if (!same) mismatches.push({ cell, formula: c.formula.slice(0, 200), expected, actual });
    });
  });
  return { checked, mismatches };
}

async function summarise(file: string, out: string) {
  const { result } = await loadRosters([file], { province: '61', today: TODAY });
  const model = computeSummary(result, { date: TODAY });
  const spec = buildSummarySheet(model, result);
  const { bytes, results } = await addGeneratedSheets(fs.readFileSync(file), [spec], { cachedValues: false });
  fs.writeFileSync(out, bytes);
  return { model, spec, name: results[0].name };
}

describeLo('summary sheet recalculated by LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-lo-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('demo workbook: every formula cell equals the core, and the health workers are 9,350 / 3,141', async () => {
    const demo = generateDemo(1);
    const file = path.join(dir, 'demo.xlsx');
    await writeRosterWorkbook(file, demo.sheets);
    const { model, spec, name } = await summarise(file, path.join(dir, 'demo-summary.xlsx'));

    const health = model.byCategory.rows.filter((r) => r.key !== null && HEALTH_WORKER_CATEGORIES.includes(r.key));
    expect(health.reduce((n, r) => n + r.eligible, 0)).toBe(DEMO_HEALTH_ELIGIBLE);
    expect(health.reduce((n, r) => n + r.covered, 0)).toBe(DEMO_HEALTH_COVERED);

    const recalculated = recalculateInLibreOffice(path.join(dir, 'demo-summary.xlsx'));
    const { checked, mismatches } = await formulaMismatches(recalculated, name, spec);
    expect(checked).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });

  test('fixture with unknown kab/kota, ASN rows, blank rows, odd spellings and a second roster', async () => {
    const a = generateRoster({ rows: 1500, seed: 11, sheet: 'Daftar Nakes', titleRows: 2, headers: 'variant', shuffleColumns: true, extraHeaders: ['Keterangan'], oddSpellings: 0.2, asnShare: 0.1, activeShare: 0.4, plant: 'all', blankRows: 12, today: TODAY });
    const b = generateRoster({ rows: 900, seed: 12, sheet: "Kader '25", categories: 'kader', oddSpellings: 0.3, activeShare: 0.1, plant: ['region-unknown', 'region-outside-province', 'value-unknown', 'cell-error', 'required-missing'], blankRows: 5, nikSerialOffset: 5000, today: TODAY });
    const file = path.join(dir, 'fixture.xlsx');
    const sheetInput = (g: typeof a) => ({ name: g.grid.sheet, rows: g.grid.rows, headerRow: g.headerRow - 1 });
    await writeRosterWorkbook(file, [sheetInput(a), sheetInput(b)]);
    const { model, spec, name } = await summarise(file, path.join(dir, 'fixture-summary.xlsx'));

    const unknown = model.byRegency.rows.find((r) => r.key === null)!;
    expect(unknown.eligible).toBeGreaterThan(0);
    expect(model.totals.asn).toBeGreaterThan(0);
    expect(model.totals.rows).toBe(model.byRegency.rows.reduce((n, r) => n + r.eligible, 0) + model.totals.asn);

    const recalculated = recalculateInLibreOffice(path.join(dir, 'fixture-summary.xlsx'));
    const { checked, mismatches } = await formulaMismatches(recalculated, name, spec);
    expect(checked).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);

    // The planner changes the one target cell: every formula follows it to the core's numbers for that target.
    const { result } = await loadRosters([file], { province: '61', today: TODAY });
    const at90 = buildSummarySheet(computeSummary(result, { date: TODAY, target: 0.9 }), result);
    const edited = { ...spec, rows: spec.rows.map((row, r) => (r === 3 ? row.map((c, i) => (i === 1 ? { ...c, value: 0.9 } : c)) : row)) };
    expect(spec.rows[3][1]?.value).toBe(0.5956);
    const editedFile = path.join(dir, 'fixture-target90.xlsx');
    fs.writeFileSync(editedFile, (await addGeneratedSheets(fs.readFileSync(file), [edited], { cachedValues: false })).bytes);
    const again = await formulaMismatches(recalculateInLibreOffice(editedFile), name, at90);
    expect(again.mismatches).toEqual([]);
    expect(at90.rows.some((row, r) => row.some((c, i) => c?.formula && c.expected !== spec.rows[r][i]?.expected))).toBe(true);
  });
});
