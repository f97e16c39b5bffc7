// CONTRIBUTION and BPUBUDGET, and the one table of BPJS Ketenagakerjaan contribution rates with the
// regulation each figure comes from.
// Rates are in hundredths of a percent (basis points): 24 = 0.24 %. Amounts are Rupiah per month.
import type { Cell } from '../cells';
import type { Localized } from '../i18n/lang';
import { FormulaError, FormulaResult, numberEn, numError, passOnCellError, rupiahId, valueError } from './errors';
import { singleNumber } from './numbers';

export type Program = 'JKK' | 'JKM' | 'JHT' | 'JP';
export const PROGRAMS: readonly Program[] = ['JKK', 'JKM', 'JHT', 'JP'];
export type RiskClass = 1 | 2 | 3 | 4 | 5;
export const RISK_CLASSES: readonly RiskClass[] = [1, 2, 3, 4, 5];

export interface WageEarnerRate {
  readonly program: Program;
  /** Only for JKK: the employer's risk group (kelompok tingkat risiko). */
  readonly riskClass?: RiskClass;
  readonly employerBp: number;
  readonly workerBp: number;
  readonly source: Localized;
}

const PP44_JKK: Localized = {
  id: 'PP 44/2015 tentang JKK dan JKM, Pasal 16 ayat (1) dan Lampiran I, diubah dengan PP 82/2019',
  en: 'Government Regulation (PP) 44/2015 on JKK and JKM, Article 16(1) and Annex I, amended by PP 82/2019',
};
const PP44_JKM: Localized = {
  id: 'PP 44/2015 tentang JKK dan JKM, Pasal 18 ayat (1), diubah dengan PP 82/2019',
  en: 'Government Regulation (PP) 44/2015 on JKK and JKM, Article 18(1), amended by PP 82/2019',
};
const PP46: Localized = { id: 'PP 46/2015 tentang JHT, Pasal 16 ayat (1)', en: 'Government Regulation (PP) 46/2015 on JHT, Article 16(1)' };
const PP45: Localized = {
  id: 'PP 45/2015 tentang Jaminan Pensiun, Pasal 28 ayat (3)',
  en: 'Government Regulation (PP) 45/2015 on pensions (JP), Article 28(3)',
};

/** Wage earners (Penerima Upah): share paid by the employer and by the worker. */
export const WAGE_EARNER_RATES: readonly WageEarnerRate[] = [
  { program: 'JKK', riskClass: 1, employerBp: 24, workerBp: 0, source: PP44_JKK },
  { program: 'JKK', riskClass: 2, employerBp: 54, workerBp: 0, source: PP44_JKK },
  { program: 'JKK', riskClass: 3, employerBp: 89, workerBp: 0, source: PP44_JKK },
  { program: 'JKK', riskClass: 4, employerBp: 127, workerBp: 0, source: PP44_JKK },
  { program: 'JKK', riskClass: 5, employerBp: 174, workerBp: 0, source: PP44_JKK },
  { program: 'JKM', employerBp: 30, workerBp: 0, source: PP44_JKM },
  { program: 'JHT', employerBp: 370, workerBp: 200, source: PP46 },
  { program: 'JP', employerBp: 200, workerBp: 100, source: PP45 },
];

export interface JpWageCap {
  readonly year: number;
  readonly cap: number;
  readonly source: Localized;
}

const capLetter = (year: number, letter?: string): Localized => ({
  id: `Surat BPJS Ketenagakerjaan${letter ? ` ${letter}` : ''} tentang batas upah tertinggi Jaminan Pensiun tahun ${year}, berlaku mulai iuran Maret (PP 45/2015 Pasal 29 ayat (3))`,
  en: `BPJS Ketenagakerjaan letter${letter ? ` ${letter}` : ''} on the ${year} pension (JP) wage cap, applying from the March contribution (PP 45/2015 Article 29(3))`,
});

/**
 * JP contributions are computed on the wage up to this cap: Rp7,000,000 in 2015 (PP 45/2015 Art. 29(2)),
 * then adjusted every March by the previous year's GDP growth (Art. 29(3)), which is why 2021 is lower
 * than 2020. A year's cap applies from its March contribution to the February after.
 */
export const JP_WAGE_CAPS: readonly JpWageCap[] = [
  { year: 2015, cap: 7_000_000, source: { id: 'PP 45/2015 Pasal 29 ayat (2)', en: 'PP 45/2015 Article 29(2)' } },
  { year: 2016, cap: 7_335_300, source: capLetter(2016) },
  { year: 2017, cap: 7_703_500, source: capLetter(2017) },
  { year: 2018, cap: 8_094_000, source: capLetter(2018) },
  { year: 2019, cap: 8_512_400, source: capLetter(2019) },
  { year: 2020, cap: 8_939_700, source: capLetter(2020) },
  { year: 2021, cap: 8_754_600, source: capLetter(2021) },
  { year: 2022, cap: 9_077_600, source: capLetter(2022) },
  { year: 2023, cap: 9_559_600, source: capLetter(2023, 'B/77/022023') },
  { year: 2024, cap: 10_042_300, source: capLetter(2024, 'B/1387/022024') },
  { year: 2025, cap: 10_547_400, source: capLetter(2025, 'B/726/022025') },
  { year: 2026, cap: 11_086_300, source: capLetter(2026, 'B/1226/022026') },
];

export const FIRST_RATE_YEAR = JP_WAGE_CAPS[0].year;
export const LATEST_CAP_YEAR = JP_WAGE_CAPS[JP_WAGE_CAPS.length - 1].year;

/** Informal workers (Bukan Penerima Upah): the lowest monthly JKK and JKM contributions a sponsor pays. */
export const BPU_MINIMUM = {
  /** JKK: 1 % of the lowest declared income bracket (Rp1,000,000). */
  jkk: 10_000,
  jkm: 6_800,
  source: {
    id: 'PP 44/2015 tentang JKK dan JKM (iuran peserta Bukan Penerima Upah), diubah dengan PP 82/2019',
    en: 'PP 44/2015 on JKK and JKM (contributions of informal workers), amended by PP 82/2019',
  } as Localized,
} as const;

export const BPU_MINIMUM_MONTHLY = BPU_MINIMUM.jkk + BPU_MINIMUM.jkm;

export function rateFor(program: Program, riskClass: RiskClass): WageEarnerRate {
  const row = WAGE_EARNER_RATES.find((r) => r.program === program && (r.riskClass === undefined || r.riskClass === riskClass));
  if (!row) throw new Error(`no rate for ${program}`); // the table covers every program and class
  return row;
}

/** The JP wage cap of a year; later years than the table use the latest known cap. */
export function jpWageCap(year: number): JpWageCap {
  const exact = JP_WAGE_CAPS.find((c) => c.year === year);
  if (exact) return exact;
  return year > LATEST_CAP_YEAR ? JP_WAGE_CAPS[JP_WAGE_CAPS.length - 1] : JP_WAGE_CAPS[0];
}

export type Payer = 'total' | 'employer' | 'worker';

const PROGRAM_WORDS: Readonly<Record<string, Program | 'ALL'>> = { JKK: 'JKK', JKM: 'JKM', JHT: 'JHT', JP: 'JP', ALL: 'ALL', SEMUA: 'ALL' };
const PAYER_WORDS: Readonly<Record<string, Payer>> = {
  TOTAL: 'total',
  JUMLAH: 'total',
  EMPLOYER: 'employer',
  'PEMBERI KERJA': 'employer',
  PERUSAHAAN: 'employer',
  WORKER: 'worker',
  PEKERJA: 'worker',
};

/** Upper-case text with single spaces, or undefined for anything that is not text. */
const keyword = (c: Cell | undefined): string | undefined =>
  typeof c === 'string' ? c.trim().replace(/\s+/g, ' ').toUpperCase() : undefined;
const shown = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : typeof c === 'object' ? (c.kind === 'error' ? c.code : String(c.serial)) : String(c);
const isBlank = (c: Cell | undefined): boolean => c === undefined || c === null || c === '';

function readProgram(c: Cell): FormulaResult<Program | 'ALL'> {
  if (typeof c === 'object' && c !== null && c.kind === 'error') return passOnCellError(c.code);
  const p = PROGRAM_WORDS[keyword(c) ?? ''];
  if (p) return p;
  return valueError(
    `Program tidak dikenal: "${shown(c)}". Pilih salah satu: JKK, JKM, JHT, JP, ALL (SEMUA).`,
    `Unknown program: "${shown(c)}". Use one of: JKK, JKM, JHT, JP, ALL.`,
  );
}

function readRiskClass(c: Cell | undefined): FormulaResult<RiskClass> {
  if (isBlank(c)) return 1;
  if (typeof c === 'object' && c !== null && c.kind === 'error') return passOnCellError(c.code);
  const n = typeof c === 'number' ? c : typeof c === 'string' ? Number(c.trim()) : NaN;
  if ((RISK_CLASSES as readonly number[]).includes(n)) return n as RiskClass;
  return valueError(
    `Kelompok risiko JKK tidak dikenal: "${shown(c)}". Pilih 1, 2, 3, 4 atau 5 (0,24%, 0,54%, 0,89%, 1,27%, 1,74%).`,
    `Unknown JKK risk class: "${shown(c)}". Use 1, 2, 3, 4 or 5 (0.24%, 0.54%, 0.89%, 1.27%, 1.74%).`,
  );
}

function readPayer(c: Cell | undefined): FormulaResult<Payer> {
  if (isBlank(c)) return 'total';
  if (typeof c === 'object' && c !== null && c.kind === 'error') return passOnCellError(c.code);
  const p = PAYER_WORDS[keyword(c) ?? ''];
  if (p) return p;
  return valueError(
    `Pembayar tidak dikenal: "${shown(c)}". Pilih total, employer (pemberi kerja) atau worker (pekerja).`,
    `Unknown payer: "${shown(c)}". Use total, employer or worker.`,
  );
}

function readYear(c: Cell | undefined, currentYear: number): FormulaResult<number> {
  if (isBlank(c)) return currentYear;
  if (typeof c === 'object' && c !== null && c.kind === 'error') return passOnCellError(c.code);
  const n = typeof c === 'number' ? c : typeof c === 'string' ? Number(c.trim()) : NaN;
  if (!Number.isInteger(n)) {
    return valueError(
      `Tahun tidak valid: "${shown(c)}". Tulis tahun empat digit, misalnya 2025.`,
      `Invalid year: "${shown(c)}". Write a four-digit year, e.g. 2025.`,
    );
  }
  if (n < FIRST_RATE_YEAR) {
    return valueError(
      `Tarif ini berlaku sejak 1 Juli ${FIRST_RATE_YEAR} (PP 44, 45, 46/2015); tahun ${n} tidak tercakup.`,
      `These rates apply from 1 July ${FIRST_RATE_YEAR} (PP 44, 45, 46/2015); the year ${n} is not covered.`,
    );
  }
  return n;
}

export interface ContributionOptions {
  /** The year used when none is given; defaults to the current calendar year. */
  readonly currentYear?: number;
}

/**
 * Rupiah per month for one program and payer. Each party's share is rounded to whole Rupiah on its own
 * and the total is their sum, so employer + worker always equals total.
 */
function programAmount(wage: number, program: Program, riskClass: RiskClass, payer: Payer, year: number): number {
  const rate = rateFor(program, riskClass);
  const base = program === 'JP' ? Math.min(wage, jpWageCap(year).cap) : wage;
  const employer = Math.round((base * rate.employerBp) / 10_000);
  const worker = Math.round((base * rate.workerBp) / 10_000);
  return payer === 'employer' ? employer : payer === 'worker' ? worker : employer + worker;
}

/**
 * Monthly contribution of a wage earner (Penerima Upah) in Rupiah: program JKK, JKM, JHT, JP or ALL;
 * JKK risk class 1–5 (default 1); payer total (default), employer or worker; JP on the wage up to the
 * year's cap (default the current year; later years use the latest known cap).
 */
export function contribution(
  wage: Cell,
  program: Cell,
  riskClass?: Cell,
  payer?: Cell,
  year?: Cell,
  options: ContributionOptions = {},
): FormulaResult<number> {
  const w = singleNumber(wage, { id: 'Upah', en: 'Wage' });
  if (w instanceof FormulaError) return w;
  if (w === undefined) return valueError('Upah kosong: isi upah sebulan dalam Rupiah.', 'Wage is empty: enter the monthly wage in Rupiah.');
  if (w < 0 || !Number.isFinite(w)) return numError(`Upah tidak boleh negatif (${w}).`, `The wage cannot be negative (${w}).`);
  const p = readProgram(program);
  if (p instanceof FormulaError) return p;
  const k = readRiskClass(riskClass);
  if (k instanceof FormulaError) return k;
  const who = readPayer(payer);
  if (who instanceof FormulaError) return who;
  const y = readYear(year, options.currentYear ?? new Date().getFullYear());
  if (y instanceof FormulaError) return y;
  const programs = p === 'ALL' ? PROGRAMS : [p];
  let total = 0;
  for (const one of programs) total += programAmount(w, one, k, who, y);
  return total;
}

function wholeCount(c: Cell | undefined, what: Localized, fallback: number): FormulaResult<number> {
  const n = singleNumber(c ?? null, what);
  if (n instanceof FormulaError) return n;
  if (n === undefined) return fallback;
  if (n < 0 || !Number.isFinite(n)) return numError(`${what.id} tidak boleh negatif (${n}).`, `${what.en} cannot be negative (${n}).`);
  if (!Number.isInteger(n)) return numError(`${what.id} harus bilangan bulat (${n}).`, `${what.en} must be a whole number (${n}).`);
  return n;
}

/**
 * Rupiah a local government needs to enrol informal workers (Bukan Penerima Upah) in JKK + JKM:
 * workers × months × monthly contribution (default the minimum Rp16,800 = JKK Rp10,000 + JKM Rp6,800).
 */
export function bpuBudget(workers: Cell, months: Cell, monthlyContribution?: Cell): FormulaResult<number> {
  const n = wholeCount(workers, { id: 'Jumlah pekerja', en: 'Workers' }, 0);
  if (n instanceof FormulaError) return n;
  const m = wholeCount(months, { id: 'Jumlah bulan', en: 'Months' }, 0);
  if (m instanceof FormulaError) return m;
  const c = singleNumber(monthlyContribution ?? null, { id: 'Iuran per bulan', en: 'Monthly contribution' });
  if (c instanceof FormulaError) return c;
  const perMonth = c ?? BPU_MINIMUM_MONTHLY;
  if (perMonth < 0 || !Number.isFinite(perMonth)) {
    return numError(
      `Iuran per bulan tidak boleh negatif (Rp${rupiahId(perMonth)}).`,
      `The monthly contribution cannot be negative (Rp${numberEn(perMonth)}).`,
    );
  }
  return n * m * perMonth;
}
