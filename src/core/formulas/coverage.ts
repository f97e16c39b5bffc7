// COVERAGE and GAPTOTARGET: share of workers enrolled, and how many are still to enrol to reach a target.
import type { Cell } from '../cells';
import type { Localized } from '../i18n/lang';
import { CellArg, div0Error, FormulaError, FormulaResult, numError, passOnCellError, valueError } from './errors';
import { numberFromText, sumNonNegative } from './numbers';

const ENROLLED: Localized = { id: 'Terdaftar (enrolled)', en: 'Enrolled' };
const ELIGIBLE: Localized = { id: 'Sasaran (eligible)', en: 'Eligible' };

/** enrolled ÷ eligible as a fraction (format the cell as %). Ranges are summed; blank cells ignored. */
export function coverage(enrolled: CellArg, eligible: CellArg): FormulaResult<number> {
  const e = sumNonNegative(enrolled, ENROLLED);
  if (e instanceof FormulaError) return e;
  const total = sumNonNegative(eligible, ELIGIBLE);
  if (total instanceof FormulaError) return total;
  if (total === 0)
    return div0Error('Sasaran (eligible) bernilai 0: cakupan tidak dapat dihitung.', 'Eligible is 0: coverage cannot be computed.');
  return e / total;
}

/**
 * ⌈x⌉ that ignores floating-point noise: 0.07 × 100 is 7.000000000000001 in binary floating point
 * and must give 7, not 8. Real fractions of a worker are far larger than 1e-12 relative.
 */
export function ceilWorkers(x: number): number {
  return Math.ceil(x - Math.abs(x) * 1e-12);
}

/** A target as a fraction in (0, 1]: 59.56% is 0.5956. */
export function readTarget(target: Cell): FormulaResult<number> {
  let t: number | undefined;
  if (typeof target === 'number') t = target;
  else if (typeof target === 'string') {
    // "59,56%" is how the target is written in Indonesian; a target never needs thousands separators.
    const s = target.trim().replace(/^(\d+),(\d+)(%?)$/, '$1.$2$3');
    const percent = /%$/.test(s);
    const n = numberFromText(percent ? s.slice(0, -1) : s);
    t = n === undefined ? undefined : percent ? n / 100 : n;
  }
  if (t === undefined || !Number.isFinite(t)) {
    if (target !== null && typeof target === 'object' && target.kind === 'error') return passOnCellError(target.code);
    return valueError('Target harus berupa persen, misalnya 59,56%.', 'The target must be a percentage, e.g. 59.56%.');
  }
  if (t > 1) {
    const shown = String(t);
    const comma = (x: string) => x.replace('.', ','); // Indonesian decimal comma
    return valueError(
      `Target ${comma(shown)} lebih dari 100%. Tulis ${comma(shown)}% (dengan tanda persen) atau ${comma(String(t / 100))}.`,
      `Target ${shown} is more than 100%. Write ${shown}% (with the percent sign) or ${String(t / 100)}.`,
    );
  }
  if (t <= 0) return numError(`Target harus lebih dari 0% (diberikan ${t}).`, `The target must be more than 0% (got ${t}).`);
  return t;
}

/** Workers still to enrol: max(0, ⌈target × eligible⌉ − enrolled). Ranges summed as in coverage(). */
export function gapToTarget(enrolled: CellArg, eligible: CellArg, target: Cell): FormulaResult<number> {
  const e = sumNonNegative(enrolled, ENROLLED);
  if (e instanceof FormulaError) return e;
  const total = sumNonNegative(eligible, ELIGIBLE);
  if (total instanceof FormulaError) return total;
  const t = readTarget(target);
  if (t instanceof FormulaError) return t;
  return Math.max(0, ceilWorkers(t * total) - e);
}
