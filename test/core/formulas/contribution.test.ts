import fc from 'fast-check';
import { errorCell } from '../../../src/core/cells';
import {
  BPU_MINIMUM,
  BPU_MINIMUM_MONTHLY,
  bpuBudget,
  contribution,
  JP_WAGE_CAPS,
  jpWageCap,
  LATEST_CAP_YEAR,
  WAGE_EARNER_RATES,
} from '../../../src/core/formulas/contribution';
import { FormulaError } from '../../../src/core/formulas/errors';

// The figures of the issue, written out independently of the table so that a typo in either shows.
const SPEC_JKK = { 1: 0.0024, 2: 0.0054, 3: 0.0089, 4: 0.0127, 5: 0.0174 } as const;
const SPEC_CAPS = { 2024: 10_042_300, 2025: 10_547_400, 2026: 11_086_300 } as const;

// Monthly wages met in Kalimantan Barat: UMP 2025, a nurse in Pontianak, a doctor above the JP cap.
const UMP_KALBAR_2025 = 2_878_286;
const WAGES = [UMP_KALBAR_2025, 3_250_000, 4_875_500, 12_000_000, 25_000_000];
const at2025 = { currentYear: 2025 };

function expectError(r: unknown, code: string, ...parts: string[]): FormulaError {
  expect(r).toBeInstanceOf(FormulaError);
  const e = r as FormulaError;
  expect(e.code).toBe(code);
  for (const p of parts) expect(`${e.message.id} | ${e.message.en}`).toContain(p);
  return e;
}

describe('the rates table', () => {
  test('holds exactly the rates of the issue, each with its legal source', () => {
    for (const cls of [1, 2, 3, 4, 5] as const) {
      const row = WAGE_EARNER_RATES.find((r) => r.program === 'JKK' && r.riskClass === cls)!;
      expect(row.employerBp / 10_000).toBeCloseTo(SPEC_JKK[cls], 10);
      expect(row.workerBp).toBe(0);
      expect(row.source.id).toContain('PP 44/2015');
    }
    const by = (p: string) => WAGE_EARNER_RATES.filter((r) => r.program === p);
    expect(by('JKM')).toEqual([expect.objectContaining({ employerBp: 30, workerBp: 0 })]);
    expect(by('JHT')).toEqual([expect.objectContaining({ employerBp: 370, workerBp: 200 })]);
    expect(by('JP')).toEqual([expect.objectContaining({ employerBp: 200, workerBp: 100 })]);
    expect(by('JHT')[0].source.id).toContain('PP 46/2015');
    expect(by('JP')[0].source.id).toContain('PP 45/2015');
    expect(WAGE_EARNER_RATES.every((r) => r.source.id && r.source.en)).toBe(true);
  });

  test('JP wage caps: one per year from Rp7,000,000 in 2015, with the 2024–2026 letters of the issue', () => {
    for (const [year, cap] of Object.entries(SPEC_CAPS)) expect(jpWageCap(Number(year)).cap).toBe(cap);
    const years = JP_WAGE_CAPS.map((c) => c.year);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => years[0] + i));
    expect(JP_WAGE_CAPS[0]).toMatchObject({ year: 2015, cap: 7_000_000 });
    expect(JP_WAGE_CAPS.every((c) => c.source.id.includes('PP 45/2015'))).toBe(true);
  });

  test('each JP cap is the previous one moved by a GDP-sized step; only 2021 (after the 2020 contraction) is lower', () => {
    for (let i = 1; i < JP_WAGE_CAPS.length; i++) {
      const step = JP_WAGE_CAPS[i].cap / JP_WAGE_CAPS[i - 1].cap - 1;
      expect(Math.abs(step)).toBeLessThan(0.06);
      if (JP_WAGE_CAPS[i].year === 2021)
        expect(step).toBeCloseTo(-0.0207, 3); // GDP 2020: -2.07 %
      else expect(step).toBeGreaterThan(0.01);
    }
    expect(jpWageCap(LATEST_CAP_YEAR + 5).cap).toBe(JP_WAGE_CAPS[JP_WAGE_CAPS.length - 1].cap);
  });

  test('BPU minimum: JKK Rp10,000 + JKM Rp6,800 = Rp16,800', () => {
    expect(BPU_MINIMUM.jkk).toBe(10_000);
    expect(BPU_MINIMUM.jkm).toBe(6_800);
    expect(BPU_MINIMUM_MONTHLY).toBe(16_800);
    expect(BPU_MINIMUM.source.id).toContain('PP 44/2015');
  });
});

describe('CONTRIBUTION', () => {
  test.each([1, 2, 3, 4, 5] as const)('JKK risk class %i is paid by the employer only', (cls) => {
    for (const wage of WAGES) {
      const expected = Math.round(wage * SPEC_JKK[cls]);
      expect(contribution(wage, 'JKK', cls, 'total', 2025)).toBe(expected);
      expect(contribution(wage, 'JKK', cls, 'employer', 2025)).toBe(expected);
      expect(contribution(wage, 'JKK', cls, 'worker', 2025)).toBe(0);
    }
  });

  test('JKK without a risk class uses class 1', () => {
    expect(contribution(UMP_KALBAR_2025, 'JKK', undefined, undefined, undefined, at2025)).toBe(6_908);
    expect(contribution(UMP_KALBAR_2025, 'JKK', null, null, null, at2025)).toBe(6_908);
  });

  test('JKM is 0.30 % from the employer', () => {
    expect(contribution(UMP_KALBAR_2025, 'JKM', 1, 'total', 2025)).toBe(8_635);
    expect(contribution(UMP_KALBAR_2025, 'JKM', 1, 'worker', 2025)).toBe(0);
  });

  test('JHT is 5.7 %: 3.7 employer + 2 worker, uncapped', () => {
    expect(contribution(UMP_KALBAR_2025, 'JHT', 1, 'employer', 2025)).toBe(106_497);
    expect(contribution(UMP_KALBAR_2025, 'JHT', 1, 'worker', 2025)).toBe(57_566);
    expect(contribution(UMP_KALBAR_2025, 'JHT', 1, 'total', 2025)).toBe(106_497 + 57_566);
    expect(contribution(25_000_000, 'JHT', 1, 'total', 2025)).toBe(1_425_000);
  });

  test.each(Object.entries(SPEC_CAPS))('JP in %s is 3 % (2 + 1) of the wage up to Rp%s', (year, cap) => {
    const y = Number(year);
    expect(contribution(UMP_KALBAR_2025, 'JP', 1, 'employer', y)).toBe(Math.round(UMP_KALBAR_2025 * 0.02));
    expect(contribution(UMP_KALBAR_2025, 'JP', 1, 'worker', y)).toBe(Math.round(UMP_KALBAR_2025 * 0.01));
    expect(contribution(25_000_000, 'JP', 1, 'total', y)).toBe(Math.round(cap * 0.02) + Math.round(cap * 0.01));
    expect(contribution(cap + 1, 'JP', 1, 'worker', y)).toBe(Math.round(cap * 0.01));
  });

  test('year defaults to the current year; later years use the latest known cap', () => {
    expect(contribution(12_000_000, 'JP', null, null, null, { currentYear: 2024 })).toBe(
      Math.round(10_042_300 * 0.02) + Math.round(10_042_300 * 0.01),
    );
    expect(contribution(12_000_000, 'JP', null, null, null, { currentYear: 2031 })).toBe(
      contribution(12_000_000, 'JP', null, null, LATEST_CAP_YEAR),
    );
    expect(contribution(12_000_000, 'JP', null, null, 2030)).toBe(contribution(12_000_000, 'JP', null, null, LATEST_CAP_YEAR));
    expect(contribution(12_000_000, 'JP', null, null, '2025')).toBe(316_422);
  });

  test('ALL is the sum of the four programs, and employer + worker = total for any wage', () => {
    expect(contribution(UMP_KALBAR_2025, 'ALL', 1, 'total', 2025)).toBe(6_908 + 8_635 + 164_063 + 86_349);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000_000 }),
        fc.constantFrom(1, 2, 3, 4, 5),
        fc.integer({ min: 2015, max: 2030 }),
        (wage, cls, year) => {
          const parts = ['JKK', 'JKM', 'JHT', 'JP'].map((p) => contribution(wage, p, cls, 'total', year) as number);
          const all = contribution(wage, 'ALL', cls, 'total', year) as number;
          const employer = contribution(wage, 'ALL', cls, 'employer', year) as number;
          const worker = contribution(wage, 'ALL', cls, 'worker', year) as number;
          return all === parts.reduce((a, b) => a + b, 0) && employer + worker === all;
        },
      ),
      { numRuns: 500 },
    );
  });

  test('names are read case- and space-insensitively, with Indonesian words', () => {
    expect(contribution(UMP_KALBAR_2025, ' jht ', 1, 'PEKERJA', 2025)).toBe(57_566);
    expect(contribution(UMP_KALBAR_2025, 'semua', '1', 'pemberi  kerja', 2025)).toBe(
      contribution(UMP_KALBAR_2025, 'ALL', 1, 'employer', 2025),
    );
    expect(contribution('2878286', 'JKM', 1, 'Total', 2025)).toBe(8_635);
  });

  test('unknown program, risk class or payer: #VALUE! listing the valid values', () => {
    expectError(contribution(UMP_KALBAR_2025, 'JKN', 1), '#VALUE!', '"JKN"', 'JKK, JKM, JHT, JP, ALL');
    expectError(contribution(UMP_KALBAR_2025, 'JKP', 1), '#VALUE!', 'JKK, JKM, JHT, JP, ALL');
    expectError(contribution(UMP_KALBAR_2025, 42, 1), '#VALUE!', '"42"');
    expectError(contribution(UMP_KALBAR_2025, 'JKK', 6), '#VALUE!', '1, 2, 3, 4', '5');
    expectError(contribution(UMP_KALBAR_2025, 'JKK', 2.5), '#VALUE!', '"2.5"');
    expectError(contribution(UMP_KALBAR_2025, 'JKK', 'tinggi'), '#VALUE!', '"tinggi"');
    expectError(contribution(UMP_KALBAR_2025, 'JHT', 1, 'pemerintah'), '#VALUE!', '"pemerintah"', 'total, employer', 'worker');
  });

  test('negative wage gives #NUM!; empty or text wage gives #VALUE!', () => {
    expectError(contribution(-1, 'JKK', 1), '#NUM!');
    expectError(contribution(null, 'JKK', 1), '#VALUE!', 'Upah kosong', 'Wage is empty');
    expectError(contribution('tiga juta', 'JKK', 1), '#VALUE!', '"tiga juta"');
  });

  test('years before the 2015 regulations, or not whole, give #VALUE!', () => {
    expectError(contribution(UMP_KALBAR_2025, 'JP', 1, 'total', 2014), '#VALUE!', '2015');
    expectError(contribution(UMP_KALBAR_2025, 'JP', 1, 'total', 2025.5), '#VALUE!', '2025.5');
    expectError(contribution(UMP_KALBAR_2025, 'JP', 1, 'total', 'tahun ini'), '#VALUE!');
  });

  test('errors in argument cells are passed on', () => {
    expectError(contribution(errorCell('#N/A'), 'JKK'), '#N/A');
    expectError(contribution(1_000_000, errorCell('#REF!')), '#REF!');
    expectError(contribution(1_000_000, 'JKK', errorCell('#DIV/0!')), '#DIV/0!');
  });
});

describe('BPUBUDGET', () => {
  test('Kalimantan Barat gap of 2,428 workers for 12 months at the minimum Rp16,800', () => {
    expect(bpuBudget(2_428, 12)).toBe(489_484_800);
    expect(bpuBudget(2_428, 12, null)).toBe(489_484_800);
  });

  test('with a given monthly contribution', () => {
    expect(bpuBudget(2_428, 12, 20_000)).toBe(582_720_000);
    expect(bpuBudget(18_000, 6, 16_800)).toBe(18_000 * 6 * 16_800);
    expect(bpuBudget(0, 12)).toBe(0);
  });

  test('negative numbers give #NUM!; fractions of workers or months give #NUM!', () => {
    expectError(bpuBudget(-5, 12), '#NUM!');
    expectError(bpuBudget(5, -12), '#NUM!');
    expectError(bpuBudget(5, 12, -16_800), '#NUM!', '16.800', '16,800');
    expectError(bpuBudget(10.5, 12), '#NUM!', '10.5');
    expectError(bpuBudget(10, 1.5), '#NUM!');
  });

  test('text gives #VALUE!; errors are passed on', () => {
    expectError(bpuBudget('banyak', 12), '#VALUE!', '"banyak"');
    expectError(bpuBudget(10, errorCell('#N/A')), '#N/A');
  });
});
