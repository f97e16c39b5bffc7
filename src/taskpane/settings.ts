// The pane's settings (province, year, UCJ target, own targets per kab/kota, the roster settings), each parsed
// once where it enters: the workbook's stored settings when the pane opens, a field when the user changes it. A
// value that cannot be used is never dropped: its field keeps the text with the parser's message beside it, and
// the summary waits until it is put right.
import { todaySerial } from '../core/dates';
import type { Localized } from '../core/i18n/lang';
import { DEFAULT_PROVINCE, regenciesOf } from '../core/reference/regions';
import { defaultTarget, publishedTarget } from '../core/reference/ucj-targets';
import { parseProvince } from '../core/settings/province';
import { parseRegency } from '../core/settings/regency';
import { SettingError, type SettingName } from '../core/settings/setting-error';
import { fractionAsPercent, parseTarget, type Target, targetFromFraction } from '../core/settings/target';
import { figuresYear, parseYear } from '../core/settings/year';
import type { CheckResult, GridRosterSettings, SheetGrid } from '../core/roster/types';
import type { StoredRosterSettings, WorkbookSettings } from '../hosts/port';

export interface PaneSettings {
  /** 2-digit province code. */
  readonly province: string;
  /** The year chosen (stored), else the year of today: figuresYear, the check's own rule. */
  readonly year: number;
  /** null while the field has no usable target (see the problem beside it). */
  readonly target: Target | null;
  /** The rosters' kab/kota (4-digit code) for rows without their own, or null to infer it (roster-context.ts). */
  readonly regency: string | null;
  /** Count a row with a KPJ but no status as Aktif (CheckOptions.kpjMeansActive). */
  readonly kpjMeansActive: boolean;
  /** The planner's own targets per kab/kota (4-digit code → target), of any province; the summary takes the province's. */
  readonly regencyTargets: Readonly<Record<string, Target>>;
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

/** Problems of the per-kab/kota target fields, by kab/kota code. */
export type TargetProblems = Readonly<Record<string, FieldProblem>>;

/** A kab/kota's target field: empty gives the kab/kota back the published (or province) target. */
export const readRegencyTarget = (text: string): Parsed<Target | null> =>
  parsed(text, () => (text.trim() === '' ? null : parseTarget(text)));

/** The own targets of the province's kab/kota: what the summary takes (computeSummary's regencyTargets, as --targets). */
export function regencyTargetsOf(settings: Pick<PaneSettings, 'province' | 'regencyTargets'>): Record<string, Target> {
  const out: Record<string, Target> = {};
  for (const r of regenciesOf(settings.province))
    if (settings.regencyTargets[r.code] !== undefined) out[r.code] = settings.regencyTargets[r.code];
  return out;
}

/** The roster settings stored for a sheet (codes and booleans only), read through the one kab/kota parser. */
export function rosterSettingsFromStore(
  stored: StoredRosterSettings | undefined,
  province: string,
): { regency: string | null; kpjMeansActive: boolean; problem?: FieldProblem } {
  const kpjMeansActive = stored?.kpjMeansActive === true;
  if (stored?.regency === undefined) return { regency: null, kpjMeansActive };
  const read = readRegency(stored.regency, province);
  return 'value' in read ? { regency: read.value, kpjMeansActive } : { regency: null, kpjMeansActive, problem: read.problem };
}

/**
 * Each grid's own roster settings, stored under its sheet's name (`nameOf`: the name they are stored under, when
 * the grid carries another), for CheckOptions.rosterSettings: a sheet's kab/kota and KPJ flag reach its grid
 * only. A sheet without stored settings (or whose kab/kota no longer reads) gets none.
 */
export function gridRosterSettings(
  grids: readonly SheetGrid[],
  rosters: Readonly<Record<string, StoredRosterSettings>>,
  province: string,
  nameOf: (grid: SheetGrid, index: number) => string = (grid) => grid.sheet,
): (GridRosterSettings | undefined)[] {
  return grids.map((grid, i) => {
    const stored = rosters[nameOf(grid, i)];
    if (stored === undefined) return undefined;
    const { regency, kpjMeansActive } = rosterSettingsFromStore(stored, province);
    return { ...(regency !== null ? { regency } : {}), kpjMeansActive };
  });
}

/**
 * The workbook's stored settings, read when the pane opens (an older or hand-edited workbook may hold anything).
 * Without a stored year the pane takes the year of `today`, by the check's own rule; the target then is that
 * year's published one.
 */
export function settingsFromStore(
  stored: WorkbookSettings,
  today: number = todaySerial(),
): { settings: PaneSettings; problems: FieldProblems; targetProblems: TargetProblems } {
  const problems: Partial<Record<SettingName, FieldProblem>> = {};
  const take = <T>(name: SettingName, p: Parsed<T>, fallback: T): T => {
    if ('value' in p) return p.value;
    problems[name] = p.problem;
    return fallback;
  };
  const province =
    stored.province === undefined ? DEFAULT_PROVINCE : take('province', readProvince(String(stored.province)), DEFAULT_PROVINCE);
  const chosen = stored.year === undefined ? undefined : take('year', readYear(String(stored.year)), undefined);
  const year = figuresYear(chosen, today);
  const target =
    stored.target === undefined || stored.target === null
      ? take('target', startingTarget(province, year), null)
      : take(
          'target',
          parsed(fractionAsPercent(stored.target), () => targetFromFraction(stored.target!)),
          null,
        );
  const regencyTargets: Record<string, Target> = {};
  const targetProblems: Record<string, FieldProblem> = {};
  for (const [code, fraction] of Object.entries(stored.regencyTargets ?? {})) {
    const read = parsed(fractionAsPercent(fraction), () => targetFromFraction(fraction));
    if ('value' in read) regencyTargets[code] = read.value;
    else targetProblems[code] = read.problem;
  }
  // The roster settings are read per sheet (rosterSettingsFromStore), once the pane knows the sheet.
  return {
    settings: {
      province,
      year,
      target,
      regency: null,
      kpjMeansActive: false,
      regencyTargets,
    },
    problems,
    targetProblems,
  };
}

/** The target to store: none while it is the published one of the province and year (it then follows the year). */
export const targetToStore = (settings: Pick<PaneSettings, 'province' | 'year' | 'target'>): number | null =>
  settings.target === null || settings.target === publishedTarget(settings.province, settings.year) ? null : settings.target;

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

/**
 * Whether a check result was made with other settings than the pane's current ones (its summary would mix them):
 * the province or year, or a checked roster's own kab/kota or KPJ flag as stored now for its sheet.
 */
export function checkedWithOther(
  checked: Pick<CheckResult, 'options' | 'rosters'>,
  settings: Pick<PaneSettings, 'province' | 'year'>,
  rosters: Readonly<Record<string, StoredRosterSettings>>,
): boolean {
  if (checked.options.province !== settings.province || checked.options.year !== settings.year) return true;
  return checked.rosters.some((r) => {
    const now = rosterSettingsFromStore(rosters[r.sheet], settings.province);
    const regency = r.context?.regency?.from === 'setting' ? r.context.regency.code : null;
    return regency !== now.regency || (r.context?.kpjMeansActive === true) !== now.kpjMeansActive;
  });
}
