// THE end-to-end proof of the summary sheet: the formulas written into the workbook, recalculated by
// LibreOffice (a spreadsheet that knows nothing of this add-in), give exactly the core's numbers.
// Cached values are left out of the written sheet, so every number read back was computed by LibreOffice.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateDemo, DEMO_HEALTH_COVERED, DEMO_HEALTH_ELIGIBLE } from '../../src/core/demo/demo';
import { HEALTH_WORKER_CATEGORIES, computeSummary } from '../../src/core/summary/model';
import { parseTarget } from '../../src/core/settings/target';
import { buildSummarySheet, SUMMARY_SHEET_NAME } from '../../src/core/summary/sheet';
import { loadRosters } from '../../src/cli/rosters';
import { addGeneratedSheets } from '../../src/hosts/xlsx/inject';
import { writeRosterWorkbook } from '../../src/hosts/xlsx/write-rosters';
import { formulaMismatches, recalculateInLibreOffice, readSheetValues } from '../support/libreoffice';
import { requireTool } from '../support/system-tools';
import { columnLetter } from '../../src/core/address';
import { regenciesOf } from '../../src/core/reference/regions';
import { generateRoster } from '../support/roster-fixture';
import { expectValidXlsx } from '../support/ooxml';
import { makeNik } from '../support/roster-rows';
import { perangkatDesaSheet } from '../support/village-roster';

const TODAY = 46_000; // 2025-12-09

async function summarise(file: string, out: string) {
  const { result } = await loadRosters([file], { province: '61', today: TODAY });
  const model = computeSummary(result);
  const spec = buildSummarySheet(model, result);
  const { bytes, results } = await addGeneratedSheets(fs.readFileSync(file), [spec], { cachedValues: false });
  fs.writeFileSync(out, bytes);
  return { model, spec, name: results[0].name };
}

describe('summary sheet recalculated by LibreOffice', () => {
  beforeAll(() => {
    requireTool('soffice');
  });

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
    // LibreOffice recalculating 10,000+ rows takes about a minute on the 2-core build machine under load.
  }, 300_000);

  test('fixture with unknown kab/kota, ASN rows, blank rows, odd spellings and a second roster', async () => {
    const a = generateRoster({
      rows: 1500,
      seed: 11,
      sheet: 'Daftar Nakes',
      titleRows: 2,
      headers: 'variant',
      shuffleColumns: true,
      extraHeaders: ['Keterangan'],
      oddSpellings: 0.2,
      asnShare: 0.1,
      activeShare: 0.4,
      plant: 'all',
      blankRows: 12,
      today: TODAY,
    });
    const b = generateRoster({
      rows: 900,
      seed: 12,
      sheet: "Kader '25",
      categories: 'kader',
      oddSpellings: 0.3,
      activeShare: 0.1,
      plant: ['region-unknown', 'region-outside-province', 'value-unknown', 'cell-error', 'required-missing'],
      blankRows: 5,
      nikSerialOffset: 5000,
      today: TODAY,
    });
    // text that looks like a formula or a number, and wildcard characters, in the counted columns
    const bRows = b.grid.rows.map((r) => [...r]);
    const firstData = b.headerRow;
    bRows[firstData][b.columnIndex.category!] = '=Kader';
    bRows[firstData + 1][b.columnIndex.regency!] = '6112';
    bRows[firstData + 2][b.columnIndex.regency!] = 'Kab. Landak*';
    bRows[firstData + 3][b.columnIndex.membershipStatus!] = 'Aktif?';
    const file = path.join(dir, 'fixture.xlsx');
    const sheetInput = (g: typeof a, rows = g.grid.rows) => ({ name: g.grid.sheet, rows, headerRow: g.headerRow - 1 });
    await writeRosterWorkbook(file, [sheetInput(a), sheetInput(b, bRows)]);
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
    const at90 = buildSummarySheet(computeSummary(result, { target: parseTarget('90 %') }), result);
    const edited = { ...spec, rows: spec.rows.map((row, r) => (r === 3 ? row.map((c, i) => (i === 1 ? { ...c, value: 0.9 } : c)) : row)) };
    expect(spec.rows[3][1]?.value).toBe(0.5956);
    const editedFile = path.join(dir, 'fixture-target90.xlsx');
    fs.writeFileSync(editedFile, (await addGeneratedSheets(fs.readFileSync(file), [edited], { cachedValues: false })).bytes);
    const again = await formulaMismatches(recalculateInLibreOffice(editedFile), name, at90);
    expect(again.mismatches).toEqual([]);
    expect(at90.rows.some((row, r) => row.some((c, i) => c?.formula && c.expected !== spec.rows[r][i]?.expected))).toBe(true);
  });

  test('own kab/kota targets, regional UCJ inputs and the headline sentence: LibreOffice agrees with the core', async () => {
    const f = generateRoster({ rows: 800, seed: 23, sheet: 'Roster', titleRows: 1, asnShare: 0.1, activeShare: 0.45, today: TODAY });
    const file = path.join(dir, 'targets.xlsx');
    await writeRosterWorkbook(file, [{ name: 'Roster', rows: f.grid.rows, headerRow: f.headerRow - 1 }]);
    const { result } = await loadRosters([file], { province: '61', today: TODAY });
    const regencies = regenciesOf('61');
    // Kota Pontianak aims at 45 % for 2026; a second kab/kota sets a target the roster already meets
    const regencyTargets = { '6171': parseTarget('45'), [regencies[0].code]: parseTarget('0,2') };
    // BPS working population and BPJS active participants for every kab/kota; one reaches its target
    const regionalUcj = Object.fromEntries(
      regencies.map((r, i) => [r.code, { working: 100_000 + i * 7_919, active: i === 3 ? 90_000 : 30_000 + i * 1_201 }]),
    );
    const model = computeSummary(result, { regencyTargets, regionalUcj });
    expect(model.byRegency.rows.find((r) => r.key === '6171')).toMatchObject({ target: 0.45, ownTarget: true });
    expect(model.regional.total.ucj).not.toBeNull();
    expect(model.regional.rows.map((r) => r.status)).toContain('reached');
    const spec = buildSummarySheet(model, result);
    const out = path.join(dir, 'targets-summary.xlsx');
    const { bytes, results } = await addGeneratedSheets(fs.readFileSync(file), [spec], { cachedValues: false });
    fs.writeFileSync(out, bytes);
    const { checked, mismatches } = await formulaMismatches(recalculateInLibreOffice(out), results[0].name, spec);
    expect(checked).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
    // the sentence is among the cells checked
    expect(spec.rows[2][0]?.expected).toMatch(/^Cakupan \d+,\d % dari [\d.]+ sasaran; /);
  }, 300_000);

  test('village view: the per-desa counts and the per-kecamatan block recalculate to the core’s numbers', async () => {
    // The perangkat desa sheet of the roster tests (with a Status Kepesertaan column: the summary's formulas do
    // not read SUDAH/BELUM ticks yet), and a kader roster without a Kecamatan column whose desa
    // are written in several ways (and one in another kab/kota's kecamatan, left as written).
    const perangkat = perangkatDesaSheet('status');
    const kaderRows = [
      ['DAFTAR KADER POSYANDU KABUPATEN KUBU RAYA'],
      ['No', 'Nama Kader', 'NIK', 'Desa', 'Posyandu', 'Status Kepesertaan', 'Status Kepegawaian'],
      ...['Kapur', 'KAPUR', 'Desa Kapur', 'Limbung', 'Ds. Limbung', 'Arang Limbung', 'Sungai Raya Dalam', 'Durian', 'Kapur*'].map(
        (desa, i) => [
          i + 1,
          `Kader ${i + 1}`,
          makeNik('6112', 1980 + i, 2, 3, 'P', 100 + i),
          desa,
          `Posyandu ${i % 3}`,
          i % 3 === 0 ? 'Aktif' : 'Belum Terdaftar',
          i === 4 ? 'PNS' : 'Relawan',
        ],
      ),
    ];
    const file = path.join(dir, 'villages.xlsx');
    await writeRosterWorkbook(file, [
      { name: perangkat.sheet, rows: perangkat.rows, headerRow: 3 },
      { name: 'Kader Posyandu', rows: kaderRows, headerRow: 1 },
    ]);
    const { model, spec, name } = await summarise(file, path.join(dir, 'villages-summary.xlsx'));
    // Excel opens it without repair (Microsoft's Open XML SDK validator).
    await expectValidXlsx(path.join(dir, 'villages-summary.xlsx'));
    const view = model.villages!;
    expect(view.rows.length).toBeGreaterThanOrEqual(3);
    expect(view.total.villagesUncovered).toBeGreaterThan(0);
    const recalculated = recalculateInLibreOffice(path.join(dir, 'villages-summary.xlsx'));
    const { checked, mismatches } = await formulaMismatches(recalculated, name, spec);
    expect(checked).toBeGreaterThan(50);
    // Every formula cell agrees, the category table too (its category comes from the sheet's title).
    expect(mismatches).toEqual([]);
    // The village view's rows: its printed block and its detail list below the alias table.
    const starts = (prefix: string) => spec.rows.findIndex((r) => typeof r[0]?.value === 'string' && r[0].value.startsWith(prefix));
    const block = starts('Desa per kecamatan');
    const blockEnd = spec.rows.findIndex((r, i) => i > block && r[0]?.value === 'Total');
    const detail = starts('Rincian desa');
    expect([block > 0, blockEnd > block, detail > blockEnd]).toEqual([true, true, true]);
    const inView = (cell: string): boolean => {
      const r = Number(cell.replace(/^[A-Z]+/, '')) - 1;
      return (r >= block && r <= blockEnd) || r > detail;
    };
    const viewCells = spec.rows.flatMap((row, r) => row.flatMap((c, i) => (c?.formula && inView(`${columnLetter(i)}${r + 1}`) ? [c] : [])));
    expect(viewCells.length).toBeGreaterThan(40);
    expect(mismatches.filter((m) => inView(m.cell))).toEqual([]);
    // Each kecamatan row, read back from LibreOffice, equals the model.
    const values = await readSheetValues(recalculated, name);
    for (const d of view.rows) {
      const at = spec.rows.findIndex((r) => r[0]?.value === d.name && r[2]?.formula?.startsWith('=COUNTIF(')) + 1;
      expect([d.name, ...['B', 'C', 'E', 'F'].map((c) => values.get(`${c}${at}`))]).toEqual([
        d.name,
        d.villagesUncovered,
        d.villagesListed,
        d.eligible,
        d.covered,
      ]);
    }
  }, 300_000);

  test('live: the sheet follows later edits of the roster (known spellings) and rows typed below it', async () => {
    const f = generateRoster({
      rows: 600,
      seed: 21,
      sheet: 'Roster',
      titleRows: 1,
      asnShare: 0.1,
      activeShare: 0.3,
      blankRows: 3,
      today: TODAY,
    });
    const file = path.join(dir, 'live.xlsx');
    const input = (rows: typeof f.grid.rows) => [{ name: 'Roster', rows, headerRow: f.headerRow - 1 }];
    await writeRosterWorkbook(file, input(f.grid.rows));
    const { result } = await loadRosters([file], { province: '61', today: TODAY });
    const spec = buildSummarySheet(computeSummary(result), result);

    // the roster after the meeting prep: statuses change, a worker moves, two rows are typed below
    const ci = f.columnIndex;
    const rows = f.grid.rows.map((r) => [...r]);
    const data = rows.map((r, i) => i).filter((i) => i >= f.headerRow && rows[i].some((c) => c !== null && c !== ''));
    let changed = 0;
    for (const i of data) {
      if (changed < 25 && rows[i][ci.membershipStatus!] === 'Belum Terdaftar') {
        rows[i][ci.membershipStatus!] = 'Aktif';
        changed++;
      }
    }
    rows[data[5]][ci.regency!] = 'Kota Singkawang';
    const template = rows[data[0]];
    for (let k = 0; k < 2; k++) {
      const extra = [...template];
      extra[ci.name!] = `Pekerja Baru ${k}`;
      extra[ci.nik!] = `61720115039${String(9900 + k).padStart(5, '0')}`;
      extra[ci.regency!] = 'Kota Singkawang';
      extra[ci.membershipStatus!] = 'Aktif';
      rows.push(extra);
    }
    const editedRoster = path.join(dir, 'live-edited.xlsx');
    await writeRosterWorkbook(editedRoster, input(rows));
    const after = computeSummary((await loadRosters([editedRoster], { province: '61', today: TODAY })).result);
    expect(changed).toBe(25);

    // the sheet generated BEFORE the edits, placed in the edited workbook
    const out = path.join(dir, 'live-summary.xlsx');
    fs.writeFileSync(out, (await addGeneratedSheets(fs.readFileSync(editedRoster), [spec], { cachedValues: false })).bytes);
    const values = await readSheetValues(recalculateInLibreOffice(out), SUMMARY_SHEET_NAME);
    const rowOf = (label: string, from = 0) => spec.rows.findIndex((r, i) => i >= from && r[0]?.value === label) + 1;
    expect(values.get(`B${rowOf('Sasaran')}`)).toBe(after.totals.eligible);
    expect(values.get(`B${rowOf('Terlindungi')}`)).toBe(after.totals.covered);
    expect(values.get(`B${rowOf('Kekurangan')}`)).toBe(after.totals.gap);
    const regencyHeader = spec.rows.findIndex((r) => r[0]?.value === 'Kabupaten/Kota' && r[0]?.style === 'header');
    for (const r of after.byRegency.rows) {
      const at = rowOf(r.name, regencyHeader);
      expect([r.name, values.get(`B${at}`), values.get(`C${at}`)]).toEqual([r.name, r.eligible, r.covered]);
    }
    expect(after.totals.covered).toBeGreaterThan(computeSummary(result).totals.covered);
  });
});
