// The summary numbers on small rosters whose answers are worked out by hand: odd spellings, ASN rows,
// blank rows, unknown and out-of-province kab/kota, several rosters, and the rounding guard.
import type { Cell } from '../../../src/core/cells';
import { serialFromYmd } from '../../../src/core/dates';
import { checkGrids } from '../../../src/core/roster/check';
import type { SheetGrid } from '../../../src/core/roster/types';
import { regenciesOf } from '../../../src/core/reference/regions';
import { SettingError } from '../../../src/core/settings/setting-error';
import { parseTarget } from '../../../src/core/settings/target';
import { computeSummary, hasMembershipStatus, summaryJson, UNKNOWN_LABEL } from '../../../src/core/summary/model';

const TODAY = 46_000;
const HEADER = [
  'No',
  'Nama',
  'NIK',
  'Kabupaten/Kota',
  'Kategori Pekerja',
  'Status Kepegawaian',
  'Segmen',
  'Status Kepesertaan',
  'Nomor KPJ',
  'Program',
];

/** A structurally valid NIK for kab/kota `reg` (born 15-03-1990), serial n. */
const nik = (reg: string, n: number): string => `${reg}01150390${String(n).padStart(4, '0')}`;
const kpj = (n: number): string => String(20_000_000_000 + n);

// name, kab/kota, category, employment, segment, status, program  (answers worked out in the tests)
const PEOPLE: (readonly Cell[])[] = [
  ['Ani', nik('6112', 1), 'Kab. Kubu Raya', 'Tenaga Kesehatan', 'Honorer', 'PU', 'Aktif', kpj(1), 'JKK, JKM'],
  ['Budi', nik('6112', 2), 'KAB KUBU RAYA', 'Nakes', 'Non-ASN', 'BPU', 'aktif ', kpj(2), 'JKK+JKM'],
  ['Citra', nik('6171', 3), 'Kota Pontianak', 'Tenaga Medis', 'PNS', 'PU', 'Aktif', kpj(3), 'JKK, JKM, JHT, JP'],
  ['Dodi', nik('6171', 4), 'Kota Pontianak', 'Tenaga Medis', 'pns', 'PU', 'Belum Terdaftar', null, null],
  [],
  ['Eka', nik('6112', 5), 'Kubu Raya', 'Tenaga Penunjang', 'Kontrak', 'PU', 'Tidak Aktif', kpj(5), 'JKK, JKM'],
  ['Fajar', nik('6112', 6), 'Kab. Antah Berantah', 'Tenaga Kesehatan', 'Honorer', 'BPU', 'Aktif', kpj(6), null],
  ['Gita', nik('6271', 7), 'Kota Palangkaraya', 'Tenaga Kesehatan', 'Honorer', 'BPU', 'Belum Terdaftar', null, null],
  ['Hadi', nik('6101', 8), 'Sambas', 'Kader', 'Relawan', 'BPU', 'AKTIF', kpj(8), 'JKK, JKM'],
  [],
  ['Indah', nik('6101', 9), null, 'Lainnya', 'Honorer', 'PU', 'Aktif', kpj(9), null],
  ['Joko', '123', 'Kabupaten Sambas', 'Tenaga Kesehatan', 'Honorer', 'Jakon', 'Aktif', kpj(10), 'JKK, JKM, JHT'],
];

function grid(sheet: string, people: readonly (readonly Cell[])[]): SheetGrid {
  let n = 0;
  return {
    sheet,
    origin: { row: 0, col: 0 },
    rows: [['DAFTAR TENAGA KESEHATAN'], [], HEADER, ...people.map((p) => (p.length ? [++n, ...p] : []))],
  };
}

const summaryOf = (grids: SheetGrid[], target?: string) =>
  computeSummary(checkGrids(grids, { today: TODAY }), target === undefined ? {} : { target: parseTarget(target) });
const byKey = <T extends { key: string | null }>(rows: readonly T[]) => new Map(rows.map((r) => [r.key, r]));

describe('computeSummary on a hand-checked roster', () => {
  const m = summaryOf([grid('Roster', PEOPLE)]);

  it('counts rows, leaves ASN out of Sasaran, counts Aktif in any spelling', () => {
    expect(m.totals).toMatchObject({ rows: 10, asn: 2, eligible: 8, covered: 6 });
    expect(m.totals.coverage).toBeCloseTo(6 / 8, 12);
    // ⌈0.5956 × 8⌉ = 5 ≤ 6 covered
    expect(m.totals.targetWorkers).toBe(5);
    expect(m.totals.gap).toBe(0);
  });

  it('per kab/kota: all 14 of Kalimantan Barat in code order, zero rows included, then Tidak diketahui', () => {
    expect(m.byRegency.rows.map((r) => r.key)).toEqual([
      '6101',
      '6102',
      '6103',
      '6104',
      '6105',
      '6106',
      '6107',
      '6108',
      '6109',
      '6110',
      '6111',
      '6112',
      '6171',
      '6172',
      null,
    ]);
    const r = byKey(m.byRegency.rows);
    expect(r.get('6112')).toMatchObject({ name: 'Kabupaten Kubu Raya', eligible: 3, covered: 2 });
    expect(r.get('6101')).toMatchObject({ eligible: 2, covered: 2 });
    expect(r.get('6171')).toMatchObject({ eligible: 0, covered: 0, coverage: null, gap: 0 });
    // unknown name, another province's kota and an empty cell
    expect(r.get(null)).toMatchObject({ name: UNKNOWN_LABEL, eligible: 3, covered: 2 });
    expect(m.byRegency.total).toMatchObject({ eligible: 8, covered: 6 });
  });

  it('per category, segment and program', () => {
    const c = byKey(m.byCategory.rows);
    expect(c.get('Tenaga Kesehatan')).toMatchObject({ eligible: 5, covered: 4 });
    expect(c.get('Tenaga Medis')).toMatchObject({ eligible: 0, covered: 0 });
    expect(c.get('Tenaga Penunjang Kesehatan')).toMatchObject({ eligible: 1, covered: 0 });
    expect(c.get('Kader Kesehatan')).toMatchObject({ eligible: 1, covered: 1 });
    expect(c.get('Lainnya')).toMatchObject({ eligible: 1, covered: 1 });
    expect(c.get(null)).toMatchObject({ eligible: 0, covered: 0 });
    const s = byKey(m.bySegment.rows);
    expect([s.get('PU')!.eligible, s.get('BPU')!.eligible, s.get('Jakon')!.eligible, s.get('PMI')!.eligible]).toEqual([3, 4, 1, 0]);
    expect([s.get('PU')!.covered, s.get('BPU')!.covered, s.get('Jakon')!.covered]).toEqual([2, 3, 1]);
    expect(Object.fromEntries(m.byProgram.map((p) => [p.code, p.participants]))).toEqual({ JKK: 4, JKM: 4, JHT: 1, JP: 0, JKP: 0 });
  });

  it('data problems do not change the counts but show in the quality figures', () => {
    expect(m.totals.rowsWithErrors).toBeGreaterThanOrEqual(1); // Joko's NIK
    const rules = m.quality.byRule.map((q) => q.rule);
    expect(rules).toEqual(expect.arrayContaining(['nik-format', 'region-unknown', 'region-outside-province', 'asn-in-roster']));
    expect(m.quality.byRule.find((q) => q.rule === 'asn-in-roster')).toMatchObject({ severity: 'info', count: 2 });
  });

  it('regression: the data-quality table counts every issue, value-nonstandard included', () => {
    const result = checkGrids([grid('Roster', PEOPLE)], { today: TODAY });
    const listed = m.quality.byRule.reduce((n, q) => n + q.count, 0);
    // Cells, not items: an item standing for many cells (Issue.cells) counts each.
    expect(listed).toBe(result.issues.reduce((n, i) => n + (i.cells?.length ?? 1), 0));
    expect(result.issues.some((i) => i.rule === 'value-nonstandard')).toBe(true);
  });

  it('budget estimate = gap × Rp16,800 × 12', () => {
    const strict = summaryOf([grid('Roster', PEOPLE)], '90 %');
    // ⌈0.9 × 8⌉ = 8, 8 − 6 = 2
    expect(strict.totals.gap).toBe(2);
    expect(strict.budget).toEqual({ gap: 2, monthlyContribution: 16_800, months: 12, amount: 2 * 16_800 * 12 });
  });

  it('--json shape: code null for Tidak diketahui', () => {
    const json = summaryJson(m);
    expect(json.province).toEqual({ code: '61', name: 'Kalimantan Barat' });
    expect(json.totals).toEqual({ rows: 10, eligible: 8, covered: 6, coverage: 0.75, gap: 0, rowsWithErrors: m.totals.rowsWithErrors });
    expect(json.byRegency[14]).toEqual({
      code: null,
      name: 'Tidak diketahui',
      eligible: 3,
      covered: 2,
      coverage: 2 / 3,
      target: 2,
      gap: 0,
      targetRate: 0.5956,
      ownTarget: false,
    });
    expect(json.scope).toEqual([{ sheet: 'Roster', rows: 10, counted: true }]);
    expect(json.year).toBe(2025);
  });
});

describe('computeSummary across rosters and targets', () => {
  it('two rosters count as the sum of each', () => {
    const a = grid('Nakes', PEOPLE.slice(0, 6));
    const b = grid('Kader', PEOPLE.slice(6));
    const both = summaryOf([a, b]);
    const one = summaryOf([a]);
    const two = summaryOf([b]);
    expect(both.totals.rows).toBe(one.totals.rows + two.totals.rows);
    both.byRegency.rows.forEach((r, i) => {
      expect(r.eligible).toBe(one.byRegency.rows[i].eligible + two.byRegency.rows[i].eligible);
      expect(r.covered).toBe(one.byRegency.rows[i].covered + two.byRegency.rows[i].covered);
    });
    expect(both.scope).toEqual([
      { sheet: 'Nakes', rows: 5, counted: true },
      { sheet: 'Kader', rows: 5, counted: true },
    ]);
  });

  it('rounding guard: 7% of 100 eligible is 7 workers, not 8', () => {
    const people = Array.from({ length: 100 }, (_, i) => [
      'Nama',
      nik('6171', i + 1),
      'Kota Pontianak',
      'Tenaga Kesehatan',
      'Honorer',
      'PU',
      'Belum Terdaftar',
      null,
      null,
    ]);
    const m = summaryOf([grid('R', people)], '7 %');
    expect(m.totals.targetWorkers).toBe(7);
    expect(m.totals.gap).toBe(7);
  });

  it('takes the province, year and as-of date from the check it summarises', () => {
    const result = checkGrids([grid('R', PEOPLE)], { today: TODAY, province: '62', year: 2026 });
    const m = computeSummary(result, { target: parseTarget('45') });
    expect(m.province).toEqual({ code: '62', name: 'Kalimantan Tengah' });
    expect([m.year, m.date, m.target]).toEqual([2026, TODAY, 0.45]);
    // Checked for Kalimantan Tengah: its kab/kota are the rows; Gita of Kota Palangkaraya is counted there, and
    // the Kalimantan Barat rows go to "Tidak diketahui".
    expect(m.byRegency.rows.map((r) => r.key)).toEqual([...regenciesOf('62').map((r) => r.code), null]);
    expect(m.byRegency.rows.find((r) => r.key === '6271')).toMatchObject({ eligible: 1, covered: 0 });
    expect(m.byRegency.rows.at(-1)!.eligible).toBe(m.totals.eligible - 1);
  });

  it("defaults to the published target of the check's province and year", () => {
    expect(computeSummary(checkGrids([grid('R', PEOPLE)], { today: TODAY })).target).toBe(0.5956);
    expect(computeSummary(checkGrids([grid('R', PEOPLE)], { today: TODAY, year: 2026 })).target).toBe(0.608);
  });

  it("the year defaults to the as-of date's: a check in November 2026 is measured against 2026's 60.80 %", () => {
    const result = checkGrids([grid('R', PEOPLE)], { today: serialFromYmd(2026, 11, 26) });
    expect(result.options.year).toBe(2026);
    expect(computeSummary(result).target).toBe(0.608);
  });

  it("borrows no other province's target: without a published one it asks for a target (SettingError)", () => {
    const result = checkGrids([grid('R', PEOPLE)], { today: TODAY, province: '62' });
    expect(() => computeSummary(result)).toThrow(SettingError);
    expect(() => computeSummary(result)).toThrow(/no built-in UCJ target for Kalimantan Tengah \(62\) in 2025/);
  });
});

describe('scope: which rosters a summary counts', () => {
  // A draft roster without Status Kepesertaan: its workers cannot be counted as covered or not.
  const draft: SheetGrid = {
    sheet: 'Draf Perangkat Desa',
    origin: { row: 0, col: 0 },
    rows: [
      ['No', 'Nama', 'NIK', 'Kabupaten/Kota', 'Kategori Pekerja'],
      ...Array.from({ length: 60 }, (_, i) => [i + 1, `Perangkat ${i}`, nik('6101', 100 + i), 'Kabupaten Sambas', 'Perangkat Desa']),
    ],
  };

  it('a roster without a membership status is left out with its reason, not counted as 0 % covered', () => {
    const result = checkGrids([grid('Nakes', PEOPLE), draft], { today: TODAY });
    expect(result.parsed.map(hasMembershipStatus)).toEqual([true, false]);
    const m = computeSummary(result);
    expect(m.scope).toEqual([
      { sheet: 'Nakes', rows: 10, counted: true },
      { sheet: 'Draf Perangkat Desa', rows: 60, counted: false, reason: 'no-membership-status' },
    ]);
    // the same figures as the Nakes roster alone: the draft's 60 rows are neither eligible nor uncovered
    const alone = summaryOf([grid('Nakes', PEOPLE)]);
    expect(m.totals).toMatchObject({ rows: alone.totals.rows, eligible: alone.totals.eligible, covered: alone.totals.covered });
    expect(m.byCategory.rows.find((r) => r.key === 'Perangkat Desa')!.eligible).toBe(0);
    // the draft's missing column is still reported as a data problem
    expect(m.quality.byRule.find((q) => q.rule === 'header-missing')).toMatchObject({ count: 1 });
  });

  it('rosters not chosen for the summary are listed as not selected', () => {
    const result = checkGrids([grid('Nakes', PEOPLE)], { today: TODAY });
    const m = computeSummary(result, { notSelected: [{ sheet: 'Kader', rows: 18_000 }] });
    expect(summaryJson(m).scope).toEqual([
      { sheet: 'Nakes', rows: 10, counted: true },
      { sheet: 'Kader', rows: 18_000, counted: false, reason: 'not-selected' },
    ]);
  });

  it('with nothing counted, every figure is zero and coverage is empty', () => {
    const m = computeSummary(checkGrids([draft], { today: TODAY }));
    expect(m.totals).toMatchObject({ rows: 0, eligible: 0, covered: 0, coverage: null, gap: 0 });
    expect(m.scope.map((s) => s.counted)).toEqual([false]);
  });
});

describe('targets per kab/kota', () => {
  const people = (reg: string, name: string, n: number, covered: number, from: number) =>
    Array.from({ length: n }, (_, i) => [
      `Nama ${from + i}`,
      nik(reg, from + i),
      name,
      'Tenaga Kesehatan',
      'Honorer',
      'PU',
      i < covered ? 'Aktif' : 'Belum Terdaftar',
      null,
      null,
    ]);
  // Kota Pontianak: 100 listed, 50 covered; Kabupaten Sambas: 100 listed, 50 covered.
  const roster = grid('R', [...people('6171', 'Kota Pontianak', 100, 50, 1), ...people('6101', 'Kabupaten Sambas', 100, 50, 101)]);

  it("a kab/kota's own target sets its Target, gap and status; the others and the total keep the province's", () => {
    const m = computeSummary(checkGrids([roster], { today: TODAY }), { regencyTargets: { '6171': parseTarget('45') } });
    const r = byKey(m.byRegency.rows);
    // Pontianak at 45 %: ⌈45⌉ = 45 ≤ 50 covered: reached
    expect(r.get('6171')).toMatchObject({ target: 0.45, ownTarget: true, targetWorkers: 45, gap: 0 });
    // Sambas at 59.56 %: ⌈59.56⌉ = 60, 10 short
    expect(r.get('6101')).toMatchObject({ target: 0.5956, ownTarget: false, targetWorkers: 60, gap: 10 });
    expect(r.get(null)).toMatchObject({ target: 0.5956, ownTarget: false });
    // the province's figures use the province's target: ⌈0.5956 × 200⌉ = 120
    expect(m.byRegency.total).toMatchObject({ target: 0.5956, targetWorkers: 120, gap: 20 });
    expect(m.totals).toMatchObject({ targetWorkers: 120, gap: 20 });
    expect(summaryJson(m).byRegency.find((x) => x.code === '6171')).toMatchObject({ targetRate: 0.45, ownTarget: true, target: 45 });
  });

  it("a kab/kota's published target is its default (Kota Pontianak 2026: 45 %); a target given goes over it", () => {
    const in2026 = checkGrids([roster], { today: TODAY, year: 2026 });
    const r = byKey(computeSummary(in2026).byRegency.rows);
    expect(r.get('6171')).toMatchObject({ target: 0.45, ownTarget: true, gap: 0 });
    expect(r.get('6101')).toMatchObject({ target: 0.608, ownTarget: false });
    const given = byKey(computeSummary(in2026, { regencyTargets: { '6171': parseTarget('50') } }).byRegency.rows);
    expect(given.get('6171')).toMatchObject({ target: 0.5, ownTarget: true });
    // no published kab/kota target for 2025: Pontianak follows the province
    expect(byKey(computeSummary(checkGrids([roster], { today: TODAY, year: 2025 })).byRegency.rows).get('6171')).toMatchObject({
      target: 0.5956,
      ownTarget: false,
    });
  });

  it('refuses a code that is not a kab/kota of the province (a caller bug, never silently dropped)', () => {
    const result = checkGrids([roster], { today: TODAY });
    expect(() => computeSummary(result, { regencyTargets: { '6271': parseTarget('45') } })).toThrow(/6271/);
    expect(() => computeSummary(result, { regionalUcj: { '9999': { working: 1, active: 1 } } })).toThrow(/9999/);
  });
});

describe('Capaian UCJ wilayah (regional UCJ)', () => {
  const result = checkGrids([grid('R', PEOPLE)], { today: TODAY });

  it('is empty until the planner gives the BPS and BPJS figures', () => {
    const m = computeSummary(result);
    expect(m.regional.rows.map((r) => r.key)).toEqual(regenciesOf('61').map((r) => r.code));
    expect(m.regional.rows[0]).toMatchObject({ working: null, active: null, ucj: null, gap: null, status: null, target: 0.5956 });
    expect(m.regional.total).toMatchObject({ key: null, name: 'Provinsi Kalimantan Barat', working: null, ucj: null });
  });

  it('UCJ = active ÷ working; gap as GAPTOTARGET with the kab/kota target; the province row once every kab/kota is in', () => {
    const all = Object.fromEntries(regenciesOf('61').map((r, i) => [r.code, { working: 100_000 + i * 1000, active: 50_000 + i * 1000 }]));
    const m = computeSummary(result, {
      regencyTargets: { '6171': parseTarget('45') },
      regionalUcj: { ...all, '6171': { working: 400_000, active: 200_000 }, '6101': { working: 300_000, active: 200_000 } },
    });
    const pontianak = m.regional.rows.find((r) => r.key === '6171')!;
    expect(pontianak).toMatchObject({ working: 400_000, active: 200_000, ucj: 0.5, target: 0.45, gap: 0, status: 'reached' });
    const sambas = m.regional.rows.find((r) => r.key === '6101')!;
    // ⌈0.5956 × 300,000⌉ = 178,680 ≤ 200,000
    expect(sambas).toMatchObject({ ucj: 2 / 3, gap: 0, status: 'reached' });
    const mempawah = m.regional.rows.find((r) => r.key === '6102')!;
    // ⌈0.5956 × 101,000⌉ = 60,156 − 51,000
    expect(mempawah).toMatchObject({ working: 101_000, active: 51_000, gap: 9_156, status: 'not-reached' });
    const working = m.regional.rows.reduce((n, r) => n + r.working!, 0);
    const active = m.regional.rows.reduce((n, r) => n + r.active!, 0);
    expect(m.regional.total).toMatchObject({ working, active, ucj: active / working, target: 0.5956 });
    expect(m.regional.total.gap).toBe(Math.max(0, Math.ceil(0.5956 * working - 1e-12 * working) - active));
  });

  it('one missing figure leaves that row and the province row open, never counted as zero', () => {
    const m = computeSummary(result, { regionalUcj: { '6171': { working: 400_000 } } });
    expect(m.regional.rows.find((r) => r.key === '6171')).toMatchObject({
      working: 400_000,
      active: null,
      ucj: null,
      gap: null,
      status: null,
    });
    expect(m.regional.total).toMatchObject({ working: null, active: null, status: null });
    const zero = computeSummary(result, { regionalUcj: { '6171': { working: 0, active: 0 } } });
    expect(zero.regional.rows.find((r) => r.key === '6171')).toMatchObject({ ucj: null, gap: 0, status: null });
  });
});
