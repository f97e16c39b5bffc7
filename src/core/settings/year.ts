// The year setting: the year the figures are for, which picks the published UCJ target (2025, 2026...).
import { ymdFromSerial } from '../dates';
import { SettingError, shownValue } from './setting-error';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** "2026", " 2026 " or 2026 → 2026; anything but a whole year from 2000 to 2100 raises SettingError. */
export function parseYear(raw: string | number): number {
  const text = String(raw).trim();
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    const shown = shownValue(raw);
    throw new SettingError('year', {
      id: `Tahun "${shown}" tidak dapat dipakai. Tulis tahun 4 digit dari ${MIN_YEAR} sampai ${MAX_YEAR}, misalnya 2025.`,
      en: `Year "${shown}" cannot be used. Write a 4-digit year from ${MIN_YEAR} to ${MAX_YEAR}, e.g. 2025.`,
    });
  }
  return year;
}

/**
 * The year the figures are for: the one chosen, else the year of the as-of date (a check in 2026 is measured
 * against 2026's target). The one rule for the check (and so the CLI) and the task pane's starting year.
 */
export const figuresYear = (chosen: number | undefined, asOf: number): number => chosen ?? ymdFromSerial(asOf).year;
