// JAMSOSTEK custom functions: thin wrappers over src/core/formulas. Nothing here touches the DOM or
// Office at load time; custom-functions-metadata-plugin builds functions.json from these comments and
// appends CustomFunctions.associate to the bundle.
import { type Cell, errorCell } from '../core/cells';
import { coverage as coverageCore, gapToTarget } from '../core/formulas/coverage';
import { bpuBudget, contribution as contributionCore } from '../core/formulas/contribution';
import { FormulaError, type FormulaResult, type CellArg } from '../core/formulas/errors';
import { nikCheck as nikCheckCore, nikInfo as nikInfoCore } from '../core/formulas/nik-functions';
import { type Lang, langFromLocale, pick } from '../core/i18n/lang';

/** Office's display language when the runtime knows it, else Indonesian. Read at call time. */
export function displayLang(): Lang {
  try {
    return typeof Office !== 'undefined' && Office.context ? langFromLocale(Office.context.displayLanguage) : 'id';
  } catch {
    return 'id';
  }
}

/** Excel shows a custom message only with #VALUE! and #N/A; #REF! and #NAME? cannot be returned. */
export function toExcelError(e: FormulaError, lang: Lang = displayLang()): CustomFunctions.Error {
  const Codes = CustomFunctions.ErrorCode;
  switch (e.code) {
    case '#DIV/0!':
      return new CustomFunctions.Error(Codes.divisionByZero);
    case '#NUM!':
      return new CustomFunctions.Error(Codes.invalidNumber);
    case '#NULL!':
      return new CustomFunctions.Error(Codes.nullReference);
    case '#N/A':
      return new CustomFunctions.Error(Codes.notAvailable, pick(e.message, lang));
    default:
      return new CustomFunctions.Error(Codes.invalidValue, pick(e.message, lang));
  }
}

function unwrap<T>(r: FormulaResult<T>): T {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- CustomFunctions.Error is typed as a plain class, yet it is what Excel wants a custom function to throw
  if (r instanceof FormulaError) throw toExcelError(r);
  return r;
}

/** An error Excel hands in (a CustomFunctions.Error, {code: "#N/A"}) becomes an error cell; blanks become null. */
function toCell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && typeof (v as { code?: unknown }).code === 'string') return errorCell((v as { code: string }).code);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an untyped value from Excel that is neither a primitive nor an error object keeps its own text conversion
  return String(v);
}

/**
 * Ranges go to the core as they come: it reads numbers, text, booleans and blanks itself and treats any
 * object with an error code (CustomFunctions.Error) as that error, so a million rows are read only once.
 */
function toCells(block: unknown): CellArg {
  return Array.isArray(block) ? (block as Cell[][]) : toCell(block);
}

const optional = (v: unknown): Cell | undefined => (v === undefined || v === null ? undefined : toCell(v));

/**
 * Coverage: workers enrolled divided by workers eligible, as a fraction (format the cell as %). Ranges are summed and blank cells ignored.
 * @customfunction COVERAGE
 * @helpurl https://localhost:3000/help.html#COVERAGE
 * @param enrolled Workers enrolled (active BPJS Ketenagakerjaan members): a number or a range to sum.
 * @param eligible Workers eligible (the target population): a number or a range to sum.
 * @returns Coverage as a fraction, e.g. 0.336 for 33.6%.
 */
export function coverage(enrolled: unknown[][], eligible: unknown[][]): number {
  return unwrap(coverageCore(toCells(enrolled), toCells(eligible)));
}

/**
 * Workers still to enrol to reach a target: max(0, ceiling(target × eligible) − enrolled). Ranges are summed and blank cells ignored.
 * @customfunction GAPTOTARGET
 * @helpurl https://localhost:3000/help.html#GAPTOTARGET
 * @param enrolled Workers enrolled: a number or a range to sum.
 * @param eligible Workers eligible: a number or a range to sum.
 * @param target Coverage target in (0%, 100%]: a percentage such as 59.56% (the number 59.56 is refused), or text as the task pane reads it: "59.56", "59,56 %" or "0.5956".
 * @returns Number of workers still to enrol (0 when the target is met).
 */
export function gaptotarget(enrolled: unknown[][], eligible: unknown[][], target: unknown): number {
  return unwrap(gapToTarget(toCells(enrolled), toCells(eligible), toCell(target)));
}

/**
 * Rupiah a local government needs to enrol informal workers (Bukan Penerima Upah): workers × months × monthly contribution, at the full rate (members paid from the APBD are excluded from the PP 50/2025 relaxation).
 * @customfunction BPUBUDGET
 * @helpurl https://localhost:3000/help.html#BPUBUDGET
 * @param workers Number of informal workers to enrol (whole number).
 * @param months Number of months to pay for, e.g. 12.
 * @param [monthlyContribution] Contribution per worker per month in Rupiah; default and lowest the programme's minimum: 16800 for JKK+JKM, 36800 with JHT.
 * @param [program] "JKK+JKM" (default: JKK Rp10,000 + JKM Rp6,800) or "JKK+JKM+JHT" (adds JHT, 2% of the declared income: Rp20,000).
 * @returns Budget in Rupiah.
 */
export function bpubudget(workers: number, months: number, monthlyContribution?: number, program?: string): number {
  return unwrap(bpuBudget(toCell(workers), toCell(months), optional(monthlyContribution), optional(program)));
}

/**
 * Monthly BPJS Ketenagakerjaan contribution in Rupiah for a wage earner (Penerima Upah), rounded to whole Rupiah.
 * @customfunction CONTRIBUTION
 * @helpurl https://localhost:3000/help.html#CONTRIBUTION
 * @param wage Monthly wage in Rupiah.
 * @param program Program: "JKK", "JKM", "JHT", "JP", "JKP" or "ALL" (JKK+JKM+JHT+JP, what employer and worker pay; JKP costs them nothing more).
 * @param [riskClass] JKK risk class 1 to 5 (0.24%, 0.54%, 0.89%, 1.27%, 1.74%); default 1.
 * @param [payer] Who pays: "total" (default), "employer", "worker", or for JKP "government" (0.22%) and "recomposition" (0.14% taken from JKK).
 * @param [year] Year of the JP wage cap (from that year's March contribution) and of the JKP rate; default the current year.
 * @returns Contribution per month in Rupiah.
 */
export function contribution(wage: number, program: string, riskClass?: number, payer?: string, year?: number): number {
  return unwrap(contributionCore(toCell(wage), toCell(program), optional(riskClass), optional(payer), optional(year)));
}

/**
 * Checks the structure of a NIK (Indonesian identity number): "OK", or a short reason why it cannot be right.
 * @customfunction NIKCHECK
 * @helpurl https://localhost:3000/help.html#NIKCHECK
 * @param nik The NIK, best stored as text (16 digits).
 * @returns "OK" or the reason the NIK is not valid.
 */
export function nikcheck(nik: unknown): string {
  return pick(unwrap(nikCheckCore(toCell(nik))), displayLang());
}

/**
 * Reads what a NIK's digits say: province, regency (kabupaten/kota), birth date, sex or age.
 * @customfunction NIKINFO
 * @helpurl https://localhost:3000/help.html#NIKINFO
 * @param nik The NIK, best stored as text (16 digits).
 * @param field "province", "regency", "birthdate" (a date serial: format as date), "sex" ("L"/"P") or "age" (whole years).
 * @param [asOf] Day the age is counted on; default today. Pass TODAY() to have ages update daily.
 * @returns The requested field.
 */
export function nikinfo(nik: unknown, field: string, asOf?: number): string | number {
  return unwrap(nikInfoCore(toCell(nik), toCell(field), optional(asOf)));
}
