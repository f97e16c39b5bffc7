import fc from 'fast-check';
import { errorCell } from '../../../src/core/cells';
import {
  ALL_PROGRAMS,
  BPU_MINIMUM,
  BPU_MINIMUM_MONTHLY,
  BPU_MINIMUM_WITH_JHT,
  BPU_RELAXATION,
  bpuBudget,
  contribution,
  JKK_TO_JKP_BP,
  JKP_WAGE_CAP,
  JP_WAGE_CAPS,
  jpWageCap,
  LATEST_CAP_YEAR,
  PROGRAMS,
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
      // last amended by PP 49/2023, which recomposes 0.14 % of it to JKP for JKP participants
      expect(row.source.id).toMatch(/terakhir dengan PP 49\/2023.*0,14 %/);
      expect(row.source.en).toMatch(/last by PP 49\/2023.*0\.14 %/);
      expect(row.toJkpBp).toBe(14);
    }
    const by = (p: string) => WAGE_EARNER_RATES.filter((r) => r.program === p);
    expect(by('JKM')).toEqual([expect.objectContaining({ employerBp: 30, workerBp: 0 })]);
    expect(by('JKM')[0].source.id).toContain('PP 49/2023');
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

  test('JKP: 0.36 % since PP 6/2025 (government 0.22 % + 0.14 % recomposed from JKK), 0.46 % under PP 37/2021; nothing from employer or worker', () => {
    const [from2021, from2025] = WAGE_EARNER_RATES.filter((r) => r.program === 'JKP');
    expect(from2025).toMatchObject({ fromYear: 2025, employerBp: 0, workerBp: 0, governmentBp: 22, recomposedBp: 14, wageCap: 5_000_000 });
    expect(from2021).toMatchObject({ fromYear: 2021, employerBp: 0, workerBp: 0, governmentBp: 22, recomposedBp: 24, wageCap: 5_000_000 });
    expect(from2025.source.id).toContain('PP 6/2025');
    expect(from2021.source.id).toContain('PP 37/2021');
    // the part recomposed from JKK is the part PP 49/2023 takes out of JKK: one figure
    expect(from2025.recomposedBp).toBe(JKK_TO_JKP_BP);
    // where a figure could not be confirmed against the regulation's text, the table says so
    expect(from2025.source.en).toMatch(/not checked here/);
  });

  test('BPU minimum: JKK Rp10,000 + JKM Rp6,800 = Rp16,800; with JHT (2 % of Rp1,000,000) Rp36,800', () => {
    expect(BPU_MINIMUM.jkk).toBe(10_000);
    expect(BPU_MINIMUM.jkm).toBe(6_800);
    expect(BPU_MINIMUM.jkk).toBe(BPU_MINIMUM.income * 0.01);
    expect(BPU_MINIMUM.jht).toBe(BPU_MINIMUM.income * 0.02);
    expect(BPU_MINIMUM_MONTHLY).toBe(16_800);
    expect(BPU_MINIMUM_WITH_JHT).toBe(36_800);
    expect(BPU_MINIMUM.source.id).toContain('PP 44/2015');
    expect(BPU_MINIMUM.source.id).toContain('PP 49/2023');
    expect(BPU_MINIMUM.source.id).toContain('PP 46/2015');
  });

  test('PP 50/2025: 50 % JKK/JKM relaxation for self-paying BPU members, APBN/APBD-paid members excluded', () => {
    expect(BPU_RELAXATION.shareBp).toBe(5_000);
    expect(BPU_RELAXATION.source.id).toMatch(/PP 50\/2025.*Pasal 4 ayat \(1\).*APBN atau APBD dikecualikan/);
    expect(BPU_RELAXATION.source.en).toMatch(/PP 50\/2025.*APBN or an APBD are excluded/);
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

  test('JKP: 0.36 % of the wage up to Rp5,000,000 in total, from government (0.22 %) and JKK recomposition (0.14 %); employer and worker 0', () => {
    const w = UMP_KALBAR_2025;
    expect(contribution(w, 'JKP', null, 'employer', 2025)).toBe(0);
    expect(contribution(w, 'JKP', null, 'worker', 2025)).toBe(0);
    expect(contribution(w, 'JKP', null, 'government', 2025)).toBe(Math.round(w * 0.0022));
    expect(contribution(w, 'JKP', null, 'recomposition', 2025)).toBe(Math.round(w * 0.0014));
    expect(contribution(w, 'JKP', null, 'total', 2025)).toBe(Math.round(w * 0.0022) + Math.round(w * 0.0014));
    expect(contribution(w, 'jkp', 4, 'pemerintah', 2026)).toBe(6_332);
    // above the cap: 0.36 % of Rp5,000,000
    expect(contribution(12_000_000, 'JKP', null, 'total', 2025)).toBe(18_000);
    expect(contribution(JKP_WAGE_CAP, 'JKP', null, 'total', 2026)).toBe(contribution(25_000_000, 'JKP', null, 'total', 2026));
    // before PP 6/2025: 0.46 % (0.22 % + 0.24 % recomposed from JKK and JKM)
    expect(contribution(12_000_000, 'JKP', null, 'total', 2024)).toBe(23_000);
    expect(contribution(12_000_000, 'JKP', null, 'recomposition', 2021)).toBe(12_000);
    expectError(contribution(w, 'JKP', null, 'total', 2020), '#VALUE!', '2021', 'PP 37/2021');
  });

  test("JKK is what the employer pays in full, JKP participant or not; its recomposed 0.14 % is JKP's, not an extra", () => {
    for (const cls of [1, 2, 3, 4, 5] as const) {
      expect(contribution(UMP_KALBAR_2025, 'JKK', cls, 'employer', 2025)).toBe(Math.round(UMP_KALBAR_2025 * SPEC_JKK[cls]));
      expect(contribution(UMP_KALBAR_2025, 'JKK', cls, 'government', 2025)).toBe(0);
      expect(contribution(UMP_KALBAR_2025, 'JKK', cls, 'recomposition', 2025)).toBe(0);
    }
  });

  test('ALL is JKK + JKM + JHT + JP (what employer and worker pay): JKP changes none of it; government and recomposition are refused', () => {
    expect(ALL_PROGRAMS).toEqual(PROGRAMS.filter((p) => p !== 'JKP'));
    expect(contribution(UMP_KALBAR_2025, 'ALL', 1, 'total', 2025)).toBe(265_955);
    expectError(contribution(UMP_KALBAR_2025, 'ALL', 1, 'government', 2025), '#VALUE!', 'JKP');
    expectError(contribution(UMP_KALBAR_2025, 'semua', 1, 'rekomposisi', 2025), '#VALUE!', 'JKP');
  });

  test('every program: the parts add up to the total for any wage and year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000_000 }),
        fc.constantFrom(...PROGRAMS),
        fc.constantFrom(1, 2, 3, 4, 5),
        fc.integer({ min: 2021, max: 2030 }),
        (wage, program, cls, year) => {
          const part = (payer: string) => contribution(wage, program, cls, payer, year) as number;
          return part('employer') + part('worker') + part('government') + part('recomposition') === part('total');
        },
      ),
      { numRuns: 500 },
    );
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
    expectError(contribution(UMP_KALBAR_2025, 'JKN', 1), '#VALUE!', '"JKN"', 'JKK, JKM, JHT, JP, JKP, ALL');
    expectError(contribution(UMP_KALBAR_2025, 42, 1), '#VALUE!', '"42"');
    expectError(contribution(UMP_KALBAR_2025, 'JKK', 6), '#VALUE!', '1, 2, 3, 4', '5');
    expectError(contribution(UMP_KALBAR_2025, 'JKK', 2.5), '#VALUE!', '"2.5"');
    expectError(contribution(UMP_KALBAR_2025, 'JKK', 'tinggi'), '#VALUE!', '"tinggi"');
    expectError(contribution(UMP_KALBAR_2025, 'JHT', 1, 'negara'), '#VALUE!', '"negara"', 'total, employer', 'worker', 'government');
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

  test('program: JKK+JKM by default, or with JHT from Rp36,800, written any way', () => {
    expect(bpuBudget(2_428, 12, null, 'JKK+JKM')).toBe(489_484_800);
    expect(bpuBudget(2_428, 12, null, 'JKK+JKM+JHT')).toBe(2_428 * 12 * 36_800);
    expect(bpuBudget(2_428, 12, undefined, 'jkk, jkm, jht')).toBe(2_428 * 12 * 36_800);
    expect(bpuBudget(2_428, 12, null, 'semua')).toBe(2_428 * 12 * 36_800);
    expect(bpuBudget(100, 12, 56_800, 'JKK + JKM + JHT')).toBe(100 * 12 * 56_800);
  });

  test('the Pemda budget stays at the full rate: a contribution below the programme minimum is refused (no PP 50/2025 relaxation for APBD-paid members)', () => {
    expectError(bpuBudget(100, 12, 8_400), '#NUM!', '16.800', '16,800', 'PP 50/2025', 'APBN/APBD');
    expectError(bpuBudget(100, 12, 16_800, 'JKK+JKM+JHT'), '#NUM!', '36.800', '36,800');
  });

  test('JHT alone, JP, JKP or an unknown programme give #VALUE! naming the two choices', () => {
    for (const p of ['JHT', 'JKK', 'JKK+JKM+JP', 'JKP', 'BPJS']) expectError(bpuBudget(10, 12, null, p), '#VALUE!', 'JKK+JKM+JHT');
    expectError(bpuBudget(10, 12, null, errorCell('#REF!')), '#REF!');
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
