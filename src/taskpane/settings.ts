// The pane's settings (province, year, UCJ target), each parsed once where it enters: the workbook's stored
// settings when the pane opens, a field when the user changes it. A value that cannot be used is never dropped:
// its field keeps the text with the parser's message beside it, and the summary waits until it is put right.
import type { Localized } from '../core/i18n/lang';
import { DEFAULT_PROVINCE } from '../core/reference/regions';
import { DEFAULT_TARGET_YEAR, defaultTarget, publishedTarget } from '../core/reference/ucj-targets';
import { parseProvince } from '../core/settings/province';
import { parseRegency } from '../core/settings/regency';
import { SettingError, type SettingName } from '../core/settings/setting-error';
import { fractionAsPercent, parseTarget, type Target, targetFromFraction } from '../core/settings/target';
import { parseYear } from '../core/settings/year';
import type { CheckedOptions } from '../core/roster/types';
import type { WorkbookSettings } from '../hosts/port';

export interface PaneSettings {
  /** 2-digit province code. */
  readonly province: string;
  readonly year: number;
  /** null while the field has no usable target (see the problem beside it). */
  readonly target: Target | null;
  /** The rosters' kab/kota (4-digit code) for rows without their own, or null to infer it (roster-context.ts). */
  readonly regency: string | null;
  /** Count a row with a KPJ but no status as Aktif (CheckOptions.kpjMeansActive). */
  readonly kpjMeansActive: boolean;
}

/** A setting that could not be used: the text its field keeps, and why. */
export interface FieldProblem {
  readonly text: string;
  readonly error: Localized;
}

export type FieldProblems = Readonly<Partial<Record<SettingName, FieldProblem>>>;

/** The parser's verdict on one field: the value, or the problem to show beside it. */
export type Parsed<T> = { readonly value: T } | { readonly problem: FieldProblem };

function parsed<T>(text: string, parse: () => T): Parsed<T> {
  try {
    return { value: parse() };
  } catch (error) {
    if (error instanceof SettingError) return { problem: { text, error: error.text } };
    throw error;
  }
}

export const readProvince = (text: string): Parsed<string> => parsed(text, () => parseProvince(text).code);
export const readYear = (text: string): Parsed<number> => parsed(text, () => parseYear(text));
export const readTarget = (text: string): Parsed<Target> => parsed(text, () => parseTarget(text));
/** The roster's kab/kota field: empty means infer it; else a code or name through the one kab/kota parser. */
export const readRegency = (text: string, province: string): Parsed<string | null> =>
  parsed(text, () => (text.trim() === '' ? null : parseRegency(text, province).code));

/** The target a province and year start with: the published one, or the problem asking for one. */
export const startingTarget = (province: string, year: number): Parsed<Target> => parsed('', () => defaultTarget(province, year));

/** The workbook's stored settings, read when the pane opens (an older or hand-edited workbook may hold anything). */
export function settingsFromStore(stored: WorkbookSettings): { settings: PaneSettings; problems: FieldProblems } {
  const problems: Partial<Record<SettingName, FieldProblem>> = {};
  const take = <T>(name: SettingName, p: Parsed<T>, fallback: T): T => {
    if ('value' in p) return p.value;
    problems[name] = p.problem;
    return fallback;
  };
  const province =
    stored.province === undefined ? DEFAULT_PROVINCE : take('province', readProvince(String(stored.province)), DEFAULT_PROVINCE);
  const year = stored.year === undefined ? DEFAULT_TARGET_YEAR : take('year', readYear(String(stored.year)), DEFAULT_TARGET_YEAR);
  const target =
    stored.target === undefined
      ? take('target', startingTarget(province, year), null)
      : take(
          'target',
          parsed(fractionAsPercent(stored.target), () => targetFromFraction(stored.target!)),
          null,
        );
  // The roster settings are the pane's own for this session: not stored in the workbook.
  return { settings: { province, year, target, regency: null, kpjMeansActive: false }, problems };
}

/**
 * The target after the year (or province) changes: the published one for the new year when the current
 * target is the published one of the old year, or there is none yet (a planner's own figure is never replaced).
 */
export function targetAfterChange(
  current: Target | null,
  from: { province: string; year: number },
  to: { province: string; year: number },
): Target | null {
  const was = publishedTarget(from.province, from.year);
  const next = publishedTarget(to.province, to.year);
  return next !== undefined && (current === null || current === was) ? next : current;
}

/** Whether a check result was made with other settings than the pane's current ones (its summary would mix them). */
export const checkedWithOther = (checked: CheckedOptions, settings: PaneSettings): boolean =>
  checked.province !== settings.province || checked.year !== settings.year || checked.kpjMeansActive !== settings.kpjMeansActive;
