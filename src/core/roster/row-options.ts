// The check's options resolved once: province, "today" and the birth serials that bound working age,
// so the rules compare numbers instead of computing ages row by row.
import { ageInYears, ymdFromSerial } from '../dates';
import { DEFAULT_PROVINCE } from '../reference/regions';
import { parseProvince } from '../settings/province';
import { fastSerial } from './date-cells';
import type { CheckOptions } from './types';

/** Working age, in whole years on the day of the check. */
export const MIN_AGE = 15;
export const MAX_AGE = 75;

export interface ResolvedOptions {
  readonly province: string;
  readonly today: number;
  readonly currentYear: number;
  readonly showFullNik: boolean;
  /** A row with a KPJ but no status counts as Aktif, on rosters without their own setting (CheckOptions.rosterSettings). */
  readonly kpjMeansActive: boolean;
  /** Born after this serial: younger than 15 today. */
  readonly youngestBirth: number;
  /** Born on or before this serial: 76 or older today (older than 75). */
  readonly oldestBirth: number;
}

/** The latest birth serial at which a person is at least `age` whole years old on `today`. */
function latestBirthForAge(age: number, today: number): number {
  const t = ymdFromSerial(today);
  const d = Math.min(t.day, 28);
  let s = fastSerial(t.year - age, t.month, d) + (t.day - d);
  while (ageInYears(s, today) < age) s--;
  while (ageInYears(s + 1, today) >= age) s++;
  return s;
}

export function resolveOptions(options: CheckOptions = {}, now: () => number): ResolvedOptions {
  const today = options.today ?? now();
  // An unknown code raises SettingError: checking against a province nobody chose would be silently wrong.
  const province = parseProvince(options.province ?? DEFAULT_PROVINCE).code;
  return {
    province,
    today,
    currentYear: ymdFromSerial(today).year,
    showFullNik: options.showFullNik === true,
    kpjMeansActive: options.kpjMeansActive === true,
    youngestBirth: latestBirthForAge(MIN_AGE, today),
    oldestBirth: latestBirthForAge(MAX_AGE + 1, today),
  };
}
