// COVERAGE and GAPTOTARGET: share of workers enrolled, and how many are still to enrol to reach a target.
import type { Cell } from '../cells';
import type { Localized } from '../i18n/lang';
import { CellArg, div0Error, FormulaError, FormulaResult, numError, passOnCellError, valueError } from './errors';
import { sumNonNegative } from './numbers';
import { SettingError } from '../settings/setting-error';
import { parseTarget } from '../settings/target';

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

/**
 * GAPTOTARGET's target as a fraction in (0, 1]. A number is Excel's: 59.56% is the number 0.5956, and the
 * number 59.56 (5956 %) is refused with a hint. Text goes through the one target parser the task pane and the
 * CLI use, so "59,56", "59,56 %" and "0,5956" mean 59.56 % here too.
 */
export function readTarget(target: Cell): FormulaResult<number> {
  if (typeof target === 'string') {
    try {
      return parseTarget(target);
    } catch (error) {
      if (error instanceof SettingError) return valueError(error.text.id, error.text.en);
      throw error;
    }
  }
  if (typeof target !== 'number' || !Number.isFinite(target)) {
    if (target !== null && typeof target === 'object' && target.kind === 'error') return passOnCellError(target.code);
    return valueError('Target harus berupa persen, misalnya 59,56%.', 'The target must be a percentage, e.g. 59.56%.');
  }
  if (target > 1) {
    const shown = String(target);
    const comma = (x: string) => x.replace('.', ','); // Indonesian decimal comma
    return valueError(
      `Target ${comma(shown)} lebih dari 100%. Tulis ${comma(shown)}% (dengan tanda persen) atau ${comma(String(target / 100))}.`,
      `Target ${shown} is more than 100%. Write ${shown}% (with the percent sign) or ${String(target / 100)}.`,
    );
  }
  if (target <= 0) return numError(`Target harus lebih dari 0% (diberikan ${target}).`, `The target must be more than 0% (got ${target}).`);
  return target;
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
