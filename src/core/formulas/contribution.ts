// CONTRIBUTION and BPUBUDGET, and the one table of BPJS Ketenagakerjaan contribution rates with the
// regulation each figure comes from.
// Rates are in hundredths of a percent (basis points): 24 = 0.24 %. Amounts are Rupiah per month.
import type { Cell } from '../cells';
import type { Localized } from '../i18n/lang';
import { FormulaError, FormulaResult, numberEn, numError, passOnCellError, rupiahId, valueError } from './errors';
import { singleNumber } from './numbers';

export type Program = 'JKK' | 'JKM' | 'JHT' | 'JP' | 'JKP';
export const PROGRAMS: readonly Program[] = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];
/**
 * What "ALL" sums: what the employer and the worker pay, JKK + JKM + JHT + JP. JKP is left out: it costs
 * them nothing more (the government pays 0.22 %, the other 0.14 % is part of the employer's JKK), and
 * adding its total would count that 0.14 % twice.
 */
export const ALL_PROGRAMS: readonly Program[] = ['JKK', 'JKM', 'JHT', 'JP'];
export type RiskClass = 1 | 2 | 3 | 4 | 5;
export const RISK_CLASSES: readonly RiskClass[] = [1, 2, 3, 4, 5];

export interface WageEarnerRate {
  readonly program: Program;
  /** Only for JKK: the employer's risk group (kelompok tingkat risiko). */
  readonly riskClass?: RiskClass;
  /** First year the row applies (rows of one program replace each other); absent: since the 2015 regulations. */
  readonly fromYear?: number;
  readonly employerBp: number;
  readonly workerBp: number;
  /** Paid by the central government (JKP only). */
  readonly governmentBp?: number;
  /** Taken from the employer's JKK (and until 2024 JKM) contribution, not paid on top of it (JKP only). */
  readonly recomposedBp?: number;
  /** JKK of a JKP participant: the part of the employer's rate that funds JKP (the employer's total is unchanged). */
  readonly toJkpBp?: number;
  /** Contributions are computed on the wage up to this many Rupiah (JKP); JP's cap is yearly, see JP_WAGE_CAPS. */
  readonly wageCap?: number;
  readonly source: Localized;
}

/** PP 49/2023 Pasal 16A: of a JKP participant's JKK, 0.14 % of the wage goes to JKP (PP 6/2025 keeps it). */
export const JKK_TO_JKP_BP = 14;

const PP44_JKK: Localized = {
  id: 'PP 44/2015 tentang JKK dan JKM, Pasal 16 ayat (1) dan Lampiran I, diubah dengan PP 82/2019 dan terakhir dengan PP 49/2023 (Pasal 16A: bagi peserta JKP, 0,14 % dari upah direkomposisi untuk iuran JKP; jumlah yang dibayar pemberi kerja tetap)',
  en: 'Government Regulation (PP) 44/2015 on JKK and JKM, Article 16(1) and Annex I, amended by PP 82/2019 and last by PP 49/2023 (Article 16A: for JKP participants 0.14 % of the wage is recomposed to fund JKP; the employer pays the same total)',
};
const PP44_JKM: Localized = {
  id: 'PP 44/2015 tentang JKK dan JKM, Pasal 18 ayat (1), diubah dengan PP 82/2019 dan terakhir dengan PP 49/2023 (Pasal 18A merekomposisi 0,10 % untuk JKP; sejak PP 6/2025 iuran JKP tidak lagi memakai JKM; apakah Pasal 18A dicabut belum dicek di sini)',
  en: 'Government Regulation (PP) 44/2015 on JKK and JKM, Article 18(1), amended by PP 82/2019 and last by PP 49/2023 (its Article 18A recomposed 0.10 % to JKP; since PP 6/2025 JKP no longer draws on JKM; whether Article 18A was repealed is not checked here)',
};
const PP46: Localized = { id: 'PP 46/2015 tentang JHT, Pasal 16 ayat (1)', en: 'Government Regulation (PP) 46/2015 on JHT, Article 16(1)' };
const PP45: Localized = {
  id: 'PP 45/2015 tentang Jaminan Pensiun, Pasal 28 ayat (3)',
  en: 'Government Regulation (PP) 45/2015 on pensions (JP), Article 28(3)',
};
/** Not confirmed against the regulation's text here: which article sets the Rp5,000,000 cap for contributions. */
const JKP_CAP_NOTE: Localized = {
  id: 'batas atas upah Rp5.000.000 menurut PP 37/2021 (pasal yang menetapkannya untuk iuran belum dicek di sini)',
  en: 'wage cap Rp5,000,000 under PP 37/2021 (the article setting it for contributions not checked here)',
};
const PP37_JKP: Localized = {
  id: `PP 37/2021 tentang JKP, Pasal 11: 0,46 % dari upah, yaitu 0,22 % dibayar Pemerintah Pusat dan 0,24 % rekomposisi (0,14 % JKK + 0,10 % JKM); ${JKP_CAP_NOTE.id}`,
  en: `Government Regulation (PP) 37/2021 on JKP, Article 11: 0.46 % of the wage, 0.22 % paid by the central government and 0.24 % recomposed (0.14 % JKK + 0.10 % JKM); ${JKP_CAP_NOTE.en}`,
};
const PP6_JKP: Localized = {
  id: `PP 6/2025 (mengubah PP 37/2021 tentang JKP), Pasal 11 ayat (2), berlaku 7 Februari 2025: 0,36 % dari upah, yaitu 0,22 % dibayar Pemerintah Pusat dan 0,14 % rekomposisi iuran JKK; pekerja dan pemberi kerja tidak membayar tambahan; ${JKP_CAP_NOTE.id}`,
  en: `Government Regulation (PP) 6/2025 (amending PP 37/2021 on JKP), Article 11(2), in force 7 February 2025: 0.36 % of the wage, 0.22 % paid by the central government and 0.14 % recomposed from JKK; the worker and the employer pay nothing more; ${JKP_CAP_NOTE.en}`,
};

/** JKP's wage base is capped (Rp5,000,000 since PP 37/2021). */
export const JKP_WAGE_CAP = 5_000_000;

/** Wage earners (Penerima Upah): share paid by the employer and by the worker (and, for JKP, by whom else). */
export const WAGE_EARNER_RATES: readonly WageEarnerRate[] = [
  { program: 'JKK', riskClass: 1, employerBp: 24, workerBp: 0, toJkpBp: JKK_TO_JKP_BP, source: PP44_JKK },
  { program: 'JKK', riskClass: 2, employerBp: 54, workerBp: 0, toJkpBp: JKK_TO_JKP_BP, source: PP44_JKK },
  { program: 'JKK', riskClass: 3, employerBp: 89, workerBp: 0, toJkpBp: JKK_TO_JKP_BP, source: PP44_JKK },
  { program: 'JKK', riskClass: 4, employerBp: 127, workerBp: 0, toJkpBp: JKK_TO_JKP_BP, source: PP44_JKK },
  { program: 'JKK', riskClass: 5, employerBp: 174, workerBp: 0, toJkpBp: JKK_TO_JKP_BP, source: PP44_JKK },
  { program: 'JKM', employerBp: 30, workerBp: 0, source: PP44_JKM },
  { program: 'JHT', employerBp: 370, workerBp: 200, source: PP46 },
  { program: 'JP', employerBp: 200, workerBp: 100, source: PP45 },
  {
    program: 'JKP',
    fromYear: 2021,
    employerBp: 0,
    workerBp: 0,
    governmentBp: 22,
    recomposedBp: JKK_TO_JKP_BP + 10,
    wageCap: JKP_WAGE_CAP,
    source: PP37_JKP,
  },
  {
    program: 'JKP',
    fromYear: 2025,
    employerBp: 0,
    workerBp: 0,
    governmentBp: 22,
    recomposedBp: JKK_TO_JKP_BP,
    wageCap: JKP_WAGE_CAP,
    source: PP6_JKP,
  },
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

/**
 * Informal workers (Bukan Penerima Upah): the lowest monthly contributions, on the lowest declared income
 * of PP 44/2015 Annex II (Rp1,000,000): JKK 1 % of it, JKM a flat Rp6,800, and JHT (optional) 2 % of it.
 */
export const BPU_MINIMUM = {
  /** The lowest declared income (nilai nominal penghasilan) of PP 44/2015 Annex II. */
  income: 1_000_000,
  /** JKK: 1 % of the declared income. */
  jkk: 10_000,
  jkm: 6_800,
  /** JHT: 2 % of the declared income. */
  jht: 20_000,
  source: {
    id: 'JKK dan JKM: PP 44/2015 tentang JKK dan JKM (iuran peserta Bukan Penerima Upah, Lampiran II), diubah dengan PP 82/2019 dan terakhir dengan PP 49/2023. JHT: 2 % dari penghasilan yang dilaporkan (PP 46/2015; pasalnya belum dicek di sini), terendah Rp20.000 pada penghasilan Rp1.000.000',
    en: 'JKK and JKM: PP 44/2015 on JKK and JKM (contributions of informal workers, Annex II), amended by PP 82/2019 and last by PP 49/2023. JHT: 2 % of declared income (PP 46/2015; the article not checked here), lowest Rp20,000 on an income of Rp1,000,000',
  } as Localized,
} as const;

/** The JKK + JKM minimum (Rp16,800): the budget default, also the summary's. */
export const BPU_MINIMUM_MONTHLY = BPU_MINIMUM.jkk + BPU_MINIMUM.jkm;
/** With JHT (Rp36,800). */
export const BPU_MINIMUM_WITH_JHT = BPU_MINIMUM_MONTHLY + BPU_MINIMUM.jht;

/** What BPUBUDGET budgets for: BPU members join JKK and JKM; JHT may be added. JP and JKP are not open to them. */
export type BpuPackage = 'JKK+JKM' | 'JKK+JKM+JHT';
export const BPU_PACKAGE_MINIMUM: Readonly<Record<BpuPackage, number>> = {
  'JKK+JKM': BPU_MINIMUM_MONTHLY,
  'JKK+JKM+JHT': BPU_MINIMUM_WITH_JHT,
};

/**
 * PP 50/2025: for a limited period, self-paying BPU members pay 50 % of their JKK and JKM contributions
 * (benefits unchanged). Members whose JKK and JKM are paid from the APBN or an APBD are excluded, so a
 * local government's budget (BPUBUDGET, the summary's estimate) stays at the full rate.
 */
export const BPU_RELAXATION = {
  /** Share of JKK + JKM a self-paying member pays during the relaxation. */
  shareBp: 5_000,
  source: {
    id: 'PP 50/2025 tentang Penyesuaian Iuran JKK dan JKM bagi Peserta Bukan Penerima Upah (diundangkan 22 Desember 2025), Pasal 4 ayat (1): 50 % dari iuran JKK dan JKM; peserta yang iurannya dibayar melalui APBN atau APBD dikecualikan. Masa berlaku menurut pemberitaan (belum dicek pada teks peraturan): sektor transportasi iuran Januari 2026–Maret 2027, sektor lain iuran April–Desember 2026',
    en: 'PP 50/2025 on adjusting JKK and JKM contributions of informal (BPU) members (promulgated 22 December 2025), Article 4(1): 50 % of the JKK and JKM contribution; members whose contributions are paid from the APBN or an APBD are excluded. Periods as reported in the press (not checked against the regulation text): transport sector January 2026–March 2027 contributions, other sectors April–December 2026',
  } as Localized,
} as const;

/** The first year a program's contributions exist (JKP: PP 37/2021), else the 2015 regulations'. */
export const firstYearOf = (program: Program): number =>
  Math.min(...WAGE_EARNER_RATES.filter((r) => r.program === program).map((r) => r.fromYear ?? FIRST_RATE_YEAR));

/** The row of a program (and JKK risk class) in force in a year: the latest that started by then. */
export function rateFor(program: Program, riskClass: RiskClass, year: number): WageEarnerRate {
  const rows = WAGE_EARNER_RATES.filter(
    (r) => r.program === program && (r.riskClass === undefined || r.riskClass === riskClass) && (r.fromYear ?? 0) <= year,
  );
  const row = rows[rows.length - 1];
  if (!row) throw new Error(`no rate for ${program} in ${year}`); // callers check firstYearOf
  return row;
}

/** The JP wage cap of a year; later years than the table use the latest known cap. */
export function jpWageCap(year: number): JpWageCap {
  const exact = JP_WAGE_CAPS.find((c) => c.year === year);
  if (exact) return exact;
  return year > LATEST_CAP_YEAR ? JP_WAGE_CAPS[JP_WAGE_CAPS.length - 1] : JP_WAGE_CAPS[0];
}

/**
 * Who pays: employer and worker for every program; for JKP the central government and the part recomposed
 * from JKK. "total" is the sum of all four, so the parts always add up to it.
 */
export type Payer = 'total' | 'employer' | 'worker' | 'government' | 'recomposition';

const PROGRAM_WORDS: Readonly<Record<string, Program | 'ALL'>> = {
  JKK: 'JKK',
  JKM: 'JKM',
  JHT: 'JHT',
  JP: 'JP',
  JKP: 'JKP',
  ALL: 'ALL',
  SEMUA: 'ALL',
};
const PAYER_WORDS: Readonly<Record<string, Payer>> = {
  TOTAL: 'total',
  JUMLAH: 'total',
  EMPLOYER: 'employer',
  'PEMBERI KERJA': 'employer',
  PERUSAHAAN: 'employer',
  WORKER: 'worker',
  PEKERJA: 'worker',
  GOVERNMENT: 'government',
  PEMERINTAH: 'government',
  RECOMPOSITION: 'recomposition',
  REKOMPOSISI: 'recomposition',
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
    `Program tidak dikenal: "${shown(c)}". Pilih salah satu: JKK, JKM, JHT, JP, JKP, ALL (SEMUA).`,
    `Unknown program: "${shown(c)}". Use one of: JKK, JKM, JHT, JP, JKP, ALL.`,
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
    `Pembayar tidak dikenal: "${shown(c)}". Pilih total, employer (pemberi kerja), worker (pekerja), government (pemerintah) atau recomposition (rekomposisi).`,
    `Unknown payer: "${shown(c)}". Use total, employer, worker, government or recomposition.`,
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

const share = (base: number, bp: number | undefined): number => Math.round((base * (bp ?? 0)) / 10_000);

/**
 * Rupiah per month for one program and payer. Each party's share is rounded to whole Rupiah on its own
 * and the total is their sum, so the parts always add up to the total.
 */
function programAmount(wage: number, program: Program, riskClass: RiskClass, payer: Payer, year: number): number {
  const rate = rateFor(program, riskClass, year);
  const cap = program === 'JP' ? jpWageCap(year).cap : rate.wageCap;
  const base = cap === undefined ? wage : Math.min(wage, cap);
  const parts: Record<Exclude<Payer, 'total'>, number> = {
    employer: share(base, rate.employerBp),
    worker: share(base, rate.workerBp),
    government: share(base, rate.governmentBp),
    recomposition: share(base, rate.recomposedBp),
  };
  return payer === 'total' ? parts.employer + parts.worker + parts.government + parts.recomposition : parts[payer];
}

/**
 * Monthly contribution of a wage earner (Penerima Upah) in Rupiah: program JKK, JKM, JHT, JP, JKP or ALL;
 * JKK risk class 1–5 (default 1); payer total (default), employer, worker, government or recomposition;
 * JP on the wage up to the year's cap and JKP up to Rp5,000,000 (year default the current year; later years
 * use the latest known cap). JKP: 0.36 % since 2025 (0.46 % in 2021–2024), paid by the government and
 * recomposed from JKK; employer and worker 0. ALL is JKK + JKM + JHT + JP, what the employer and the worker
 * pay; JKP is not in it (its 0.14 % is already inside JKK), and ALL refuses the government and
 * recomposition payers rather than answer 0 for money that does flow through JKP.
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
  if (p === 'ALL' && (who === 'government' || who === 'recomposition')) {
    return valueError(
      'ALL menjumlahkan yang dibayar pemberi kerja dan pekerja (JKK, JKM, JHT, JP). Bagian pemerintah dan rekomposisi hanya ada pada JKP: pilih program "JKP".',
      'ALL adds up what the employer and the worker pay (JKK, JKM, JHT, JP). The government and recomposition shares exist only in JKP: choose program "JKP".',
    );
  }
  if (p !== 'ALL' && y < firstYearOf(p)) {
    return valueError(
      `${p} dimulai tahun ${firstYearOf(p)} (PP 37/2021); tahun ${y} tidak tercakup.`,
      `${p} started in ${firstYearOf(p)} (PP 37/2021); the year ${y} is not covered.`,
    );
  }
  const programs = p === 'ALL' ? ALL_PROGRAMS : [p];
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
 * BPUBUDGET's program argument: JKK and JKM, optionally with JHT, written any way ("JKK+JKM+JHT", "jkk, jkm,
 * jht", "ALL"/"SEMUA" for all three). JHT alone, JP or JKP are refused: BPU members join JKK and JKM first,
 * and JP and JKP are for wage earners.
 */
function readBpuPackage(c: Cell | undefined): FormulaResult<BpuPackage> {
  if (isBlank(c)) return 'JKK+JKM';
  if (typeof c === 'object' && c !== null && c.kind === 'error') return passOnCellError(c.code);
  const word = keyword(c) ?? '';
  if (word === 'ALL' || word === 'SEMUA') return 'JKK+JKM+JHT';
  const parts = new Set(word.split(/[^A-Z]+/).filter(Boolean));
  const known = ['JKK', 'JKM', 'JHT'];
  if (parts.has('JKK') && parts.has('JKM') && [...parts].every((x) => known.includes(x))) {
    return parts.has('JHT') ? 'JKK+JKM+JHT' : 'JKK+JKM';
  }
  return valueError(
    `Program BPU tidak dikenal: "${shown(c)}". Pilih "JKK+JKM" (bawaan) atau "JKK+JKM+JHT"; peserta BPU ikut JKK dan JKM lebih dulu, JHT boleh ditambahkan, JP dan JKP bukan untuk BPU.`,
    `Unknown BPU programme: "${shown(c)}". Use "JKK+JKM" (default) or "JKK+JKM+JHT"; BPU members join JKK and JKM first, JHT may be added, JP and JKP are not open to them.`,
  );
}

/**
 * Rupiah a local government needs to enrol informal workers (Bukan Penerima Upah): workers × months ×
 * monthly contribution. Program "JKK+JKM" (default; lowest Rp16,800 = JKK Rp10,000 + JKM Rp6,800) or
 * "JKK+JKM+JHT" (lowest Rp36,800, JHT being 2 % of the declared income). The contribution defaults to the
 * program's lowest and may not be below it: members paid from an APBD are excluded from the PP 50/2025
 * 50 % relaxation, so a local government pays the full rate.
 */
export function bpuBudget(workers: Cell, months: Cell, monthlyContribution?: Cell, program?: Cell): FormulaResult<number> {
  const n = wholeCount(workers, { id: 'Jumlah pekerja', en: 'Workers' }, 0);
  if (n instanceof FormulaError) return n;
  const m = wholeCount(months, { id: 'Jumlah bulan', en: 'Months' }, 0);
  if (m instanceof FormulaError) return m;
  const c = singleNumber(monthlyContribution ?? null, { id: 'Iuran per bulan', en: 'Monthly contribution' });
  if (c instanceof FormulaError) return c;
  const pkg = readBpuPackage(program);
  if (pkg instanceof FormulaError) return pkg;
  const lowest = BPU_PACKAGE_MINIMUM[pkg];
  const perMonth = c ?? lowest;
  if (perMonth < 0 || !Number.isFinite(perMonth)) {
    return numError(
      `Iuran per bulan tidak boleh negatif (Rp${rupiahId(perMonth)}).`,
      `The monthly contribution cannot be negative (Rp${numberEn(perMonth)}).`,
    );
  }
  if (perMonth < lowest) {
    return numError(
      `Iuran per bulan Rp${rupiahId(perMonth)} di bawah iuran terendah ${pkg} (Rp${rupiahId(lowest)}). Keringanan 50 % PP 50/2025 tidak berlaku bagi peserta yang dibayar APBN/APBD.`,
      `The monthly contribution Rp${numberEn(perMonth)} is below the lowest ${pkg} contribution (Rp${numberEn(lowest)}). The PP 50/2025 50 % relaxation does not apply to members paid from the APBN/APBD.`,
    );
  }
  return n * m * perMonth;
}
