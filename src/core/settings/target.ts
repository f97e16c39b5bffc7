// The UCJ target setting. One parser serves the task pane's field, the CLI's --target, a stored workbook
// setting and a target given to GAPTOTARGET as text; the result is carried as a Target from there on.
//   "59,56", "59.56", "59,56 %", "59.56%"  → 59.56 %   (a number above 1 is a percentage)
//   "0,5956", "0.5956"                     → 59.56 %   (a number of 1 or below is a fraction)
//   "0,5 %"                                → 0.5 %     (with the percent sign it is always a percentage)
// Refused: 0, negatives, anything over 100 %, text that is not one number.
import type { Lang } from '../i18n/lang';
import { SettingError, shownValue } from './setting-error';

declare const TARGET: unique symbol;
/** A UCJ target as a fraction in (0, 1] (59.56 % is 0.5956), made only by the functions of this file. */
export type Target = number & { readonly [TARGET]: true };

/** One number with an optional decimal comma or point, then an optional percent sign. No thousands separators: a target is at most 100. */
const TARGET_TEXT = /^(\d+)(?:[.,](\d+))?\s*(%?)$/;

function targetError(shown: string): SettingError {
  return new SettingError('target', {
    id: `Target "${shown}" tidak dapat dipakai. Tulis persen di atas 0 sampai 100, misalnya 59,56 atau 59,56 %, atau pecahan seperti 0,5956.`,
    en: `Target "${shown}" cannot be used. Write a percentage above 0 up to 100, e.g. 59.56 or 59.56 %, or a fraction such as 0.5956.`,
  });
}

/** Reads a target as people type it (see the forms above); raises SettingError with the forms accepted. */
export function parseTarget(raw: string): Target {
  const m = TARGET_TEXT.exec(raw.trim());
  if (!m) throw targetError(shownValue(raw.trim()));
  const [, whole, decimals = '0', percentSign] = m;
  const number = `${whole}.${decimals}`;
  // "59.56e-2" is read as the closest double to 0.5956, exactly as the literal 0.5956 (no 0.5956000000000001).
  const fraction = percentSign === '%' || Number(number) > 1 ? Number(`${number}e-2`) : Number(number);
  if (!(fraction > 0 && fraction <= 1)) throw targetError(shownValue(raw.trim()));
  return fraction as Target;
}

/** A target already held as a fraction (a stored workbook setting, the reference table); raises SettingError outside (0, 1]. */
export function targetFromFraction(fraction: number): Target {
  if (!(Number.isFinite(fraction) && fraction > 0 && fraction <= 1)) throw targetError(fractionAsPercent(fraction));
  return fraction as Target;
}

/** A fraction written as the percentage it means, as plain as possible: 59.56 → "5956 %", 0.5956 → "59.56 %". */
export const fractionAsPercent = (fraction: number): string => `${shownValue(Number((fraction * 100).toPrecision(12)))} %`;

/** "59,56 %" in Indonesian, "59.56 %" in English: at least two decimals, up to four when the target has them. parseTarget reads it back. */
export function formatTarget(target: Target, lang: Lang): string {
  const [whole, decimals] = (target * 100).toFixed(4).split('.');
  return `${whole}${lang === 'id' ? ',' : '.'}${decimals.replace(/0+$/, '').padEnd(2, '0')} %`;
}
