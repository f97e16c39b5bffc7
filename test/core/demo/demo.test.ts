// The demo workbook: the Kalimantan Barat figures exactly, the same workbook for the same seed,
// synthetic but structurally valid NIKs, and every rule's problem planted for the checker to find.
import { isDateCell } from '../../../src/core/cells';
import {
  DEMO_HEALTH_ASN,
  DEMO_HEALTH_COVERED,
  DEMO_HEALTH_ELIGIBLE,
  DEMO_KADER_COVERED,
  DEMO_KADER_ROWS,
  DEMO_SHEET_NAMES,
  demoGrids,
  generateDemo,
  HOSTILE_NAMES,
} from '../../../src/core/demo/demo';
import { analyzeNik } from '../../../src/core/nik';
import { checkGrids } from '../../../src/core/roster/check';
import type { RuleId } from '../../../src/core/roster/types';
import { computeSummary, HEALTH_WORKER_CATEGORIES } from '../../../src/core/summary/model';

const TODAY = 46_000;

describe('generateDemo', () => {
  const demo = generateDemo(1);
  const result = checkGrids(demoGrids(demo), { today: TODAY });
  const model = computeSummary(result);

  it('reproduces the figures: 9,350 non-ASN health workers, 3,141 Aktif (33.6 %, 2,428 short of 59.56 %)', () => {
    const health = model.byCategory.rows.filter((r) => r.key !== null && HEALTH_WORKER_CATEGORIES.includes(r.key));
    const eligible = health.reduce((n, r) => n + r.eligible, 0);
    const covered = health.reduce((n, r) => n + r.covered, 0);
    expect([eligible, covered]).toEqual([DEMO_HEALTH_ELIGIBLE, DEMO_HEALTH_COVERED]);
    expect([eligible, covered]).toEqual([9_350, 3_141]);
    expect(Math.round((covered / eligible) * 1000) / 10).toBe(33.6);
    expect(Math.ceil(0.5956 * eligible) - covered).toBe(2_428);
  });

  it('health roster: 10,000 rows of which 650 ASN, spread over all 14 kab/kota; kader roster: 18,000, few enrolled', () => {
    const nakes = result.parsed.find((p) => p.roster.sheet === DEMO_SHEET_NAMES.health)!;
    expect(nakes.records).toHaveLength(DEMO_HEALTH_ELIGIBLE + DEMO_HEALTH_ASN);
    expect(nakes.records.filter((r) => r.isAsn)).toHaveLength(DEMO_HEALTH_ASN);
    const regencies = new Set(nakes.records.map((r) => r.regencyCode).filter((c) => c?.startsWith('61')));
    expect(regencies.size).toBe(14);
    const kader = result.parsed.find((p) => p.roster.sheet === DEMO_SHEET_NAMES.kader)!;
    expect(kader.records).toHaveLength(DEMO_KADER_ROWS);
    expect(kader.records.filter((r) => r.membershipStatus === 'Aktif')).toHaveLength(DEMO_KADER_COVERED);
  });

  it('plants problems of every rule, about 1 % of rows', () => {
    const fired = new Set(result.issues.map((i) => i.rule));
    const every: RuleId[] = [
      'header-missing',
      'required-missing',
      'nik-format',
      'nik-precision-lost',
      'nik-region-unknown',
      'nik-birthdate-invalid',
      'nik-birthdate-mismatch',
      'nik-sex-mismatch',
      'nik-duplicate',
      'kpj-format',
      'kpj-missing',
      'kpj-duplicate',
      'region-unknown',
      'region-outside-province',
      'value-unknown',
      'date-invalid',
      'date-future',
      'age-out-of-range',
      'wage-invalid',
      'cell-error',
      'asn-in-roster',
    ];
    for (const rule of every) expect(fired).toContain(rule);
    const share = model.totals.rowsWithErrors / model.totals.rows;
    expect(share).toBeGreaterThan(0.002);
    expect(share).toBeLessThan(0.02);
  });

  it('NIKs are structurally valid and synthetic (serials 9001–9999); NIK and KPJ columns are text, dates are dates', () => {
    const sheet = demo.sheets[0];
    const header = sheet.rows[sheet.headerRow] as string[];
    const nikCol = header.indexOf('NIK');
    expect(sheet.textColumns).toEqual([nikCol, header.indexOf('Nomor KPJ')]);
    expect(sheet.dateColumns).toEqual([header.indexOf('Tanggal Lahir'), header.indexOf('Tanggal Mulai Kepesertaan')]);
    const niks = sheet.rows
      .slice(sheet.headerRow + 1)
      .map((r) => r[nikCol])
      .filter((v): v is string => typeof v === 'string' && v.length === 16);
    expect(niks.length).toBeGreaterThan(9_900);
    const valid = niks.filter((n) => analyzeNik(n, { currentYear: 2025 }).ok);
    expect(valid.length / niks.length).toBeGreaterThan(0.99);
    for (const n of niks) expect(Number(n.slice(12))).toBeGreaterThanOrEqual(9001);
    const birthCol = header.indexOf('Tanggal Lahir');
    expect(
      sheet.rows
        .slice(sheet.headerRow + 1)
        .filter((r) => r.length)
        .every((r) => isDateCell(r[birthCol])),
    ).toBe(true);
  });

  it('carries hostile names (for the security tests) as plain text', () => {
    const names = demo.sheets.flatMap((s) => s.rows.map((r) => r[1]));
    for (const h of HOSTILE_NAMES) expect(names).toContain(h);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateDemo(1))).toBe(JSON.stringify(demo));
    const other = generateDemo(2);
    expect(JSON.stringify(other.sheets[0].rows.slice(4, 50))).not.toBe(JSON.stringify(demo.sheets[0].rows.slice(4, 50)));
    // the figures hold for any seed
    const m2 = computeSummary(checkGrids(demoGrids(other), { today: TODAY }));
    const health = m2.byCategory.rows.filter((r) => r.key !== null && HEALTH_WORKER_CATEGORIES.includes(r.key));
    expect(health.reduce((n, r) => n + r.covered, 0)).toBe(DEMO_HEALTH_COVERED);
    expect(health.reduce((n, r) => n + r.eligible, 0)).toBe(DEMO_HEALTH_ELIGIBLE);
  });
});
