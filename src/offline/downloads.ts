// What the offline page offers to download, built without the DOM (tested in node):
// - a copy of each opened file with the fixes written into its roster cells (nothing else in them changes),
//   optionally with the "Ringkasan Rakor" and "Pemeriksaan Data" sheets added by the same injector as
//   `jamsostek summary -o`, so every other part of the file stays byte for byte as it was;
// - one new workbook summarising every opened file: their rosters copied in (the summary's formulas count
//   them), the summary and the issue list;
// - the demo workbook and the empty roster template for trainers.
import { formatYmd, todaySerial, ymdFromSerial } from '../core/dates';
import type { Cell } from '../core/cells';
import type { Lang } from '../core/i18n/lang';
import { generateDemo } from '../core/demo/demo';
import { buildIssueSheet } from '../core/report/issue-sheet';
import { checkGrids } from '../core/roster/check';
import type { CheckResult, SheetGrid } from '../core/roster/types';
import type { Target } from '../core/settings/target';
import { computeSummary, type SummaryModel } from '../core/summary/model';
import { summarySheetRequest } from '../core/summary/sheet';
import { type FilesWorkbook, type OpenedFile, shownSheetName } from '../hosts/memory/files-workbook';
import type { RosterSheetInput, StoredRosterSettings, WorkbookSettings } from '../hosts/port';
import { findRosterGrids } from '../hosts/roster-grids';
import { uniqueSheetName } from '../hosts/sheet-names';
import { injectSheet, openPackage, type PackageModel, savePackage } from '../hosts/xlsx/inject';
import { newWorkbook } from '../hosts/xlsx/new-workbook';
import { patchCells } from '../hosts/xlsx/patch-cells';
import { gridRosterSettings, regencyTargetsOf, settingsFromStore } from '../taskpane/settings';
import { rosterTemplate } from '../taskpane/workflow';

export interface Download {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface SheetChoice {
  /** Add "Ringkasan Rakor" (needs a target). */
  readonly summary: boolean;
  /** Add "Pemeriksaan Data". */
  readonly issues: boolean;
}

export interface CheckSettings {
  readonly province: string;
  readonly year: number;
  /** null: no usable target (the summary cannot be written). */
  readonly target: Target | null;
  /** The planner's own targets per kab/kota (code → target; codes of other provinces are left aside), as the pane's. */
  readonly regencyTargets?: Readonly<Record<string, Target>>;
  readonly lang: Lang;
  /** "Today" as an Excel serial (tests pin it). */
  readonly today?: number;
  /**
   * The roster settings stored per sheet, by the sheet's name on the page ("[file.xlsx]Sheet"): each sheet's
   * kab/kota and KPJ flag reach its rosters, as in the page's own check, so a copy's summary is what the page showed.
   */
  readonly rosters?: Readonly<Record<string, StoredRosterSettings>>;
}

/** What the downloads check with: the page's stored settings, read as the pane reads them (roster settings by shown sheet name). */
export function downloadSettings(stored: WorkbookSettings, lang: Lang, today?: number): CheckSettings {
  const { settings } = settingsFromStore(stored, today);
  return { ...settings, lang, rosters: stored.rosters ?? {}, ...(today !== undefined ? { today } : {}) };
}

export interface FileCopy extends Download {
  /** Roster cells written with their fixed values. */
  readonly fixed: number;
  /** Cells left as they were (a formula there now), as "Sheet!A1". */
  readonly skipped: readonly string[];
  /** The summary written, when asked for. */
  readonly summary?: SummaryModel;
}

export class NoTargetError extends Error {
  constructor() {
    super('No usable UCJ target for the summary');
    this.name = 'NoTargetError';
  }
}

const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export { MIME_XLSX };

/** "kab-sambas.xlsx" → "kab-sambas (diperiksa).xlsx": the download never carries the original's name. */
export function copyName(file: string, lang: Lang): string {
  const stem = file.replace(/\.xlsx$/i, '');
  return `${stem} (${lang === 'en' ? 'checked' : 'diperiksa'}).xlsx`;
}

/** Checks the grids as the page did; `shown[i]` is the name grid i has on the page (its roster settings' key). */
function check(grids: readonly SheetGrid[], shown: readonly string[], settings: CheckSettings): CheckResult {
  return checkGrids(grids, {
    province: settings.province,
    year: settings.year,
    ...(settings.today !== undefined ? { today: settings.today } : {}),
    rosterSettings: gridRosterSettings(grids, settings.rosters ?? {}, settings.province, (_, i) => shown[i]),
  });
}

/** The name a grid of `file`'s own sheets (named as in the file) has on the page. */
const shownName = (file: OpenedFile, grid: SheetGrid): string =>
  file.sheets.find((s) => s.original === grid.sheet)?.shown ?? shownSheetName(file.name, grid.sheet);

/** Adds the chosen generated sheets for `result` to the package; returns the summary written. */
async function addSheets(
  pkg: PackageModel,
  result: CheckResult,
  choice: SheetChoice,
  settings: CheckSettings,
): Promise<SummaryModel | undefined> {
  let model: SummaryModel | undefined;
  if (choice.summary && result.rosters.length > 0) {
    if (settings.target === null) throw new NoTargetError();
    model = computeSummary(result, {
      target: settings.target,
      regencyTargets: regencyTargetsOf({ province: result.options.province, regencyTargets: settings.regencyTargets ?? {} }),
    });
    await injectSheet(pkg, summarySheetRequest(model, result));
  }
  if (choice.issues) {
    const dateText = formatYmd(ymdFromSerial(settings.today ?? todaySerial()));
    await injectSheet(pkg, buildIssueSheet(result, { lang: settings.lang, dateText }));
  }
  return model;
}

/** A copy of one opened file: its fixed cells written, and the chosen sheets added for its own rosters. */
export async function fileCopy(wb: FilesWorkbook, file: OpenedFile, choice: SheetChoice, settings: CheckSettings): Promise<FileCopy> {
  const pkg = await openPackage(await file.bytes());
  const { patched, skipped } = await patchCells(pkg, wb.changedCells(file));
  let summary: SummaryModel | undefined;
  if (choice.summary || choice.issues) {
    // The file's rosters as they are now, named as in the file: what `jamsostek summary` reads in the copy.
    const grids = await findRosterGrids(wb.fileSource(file));
    const result = check(
      grids,
      grids.map((g) => shownName(file, g)),
      settings,
    );
    summary = await addSheets(pkg, result, choice, settings);
  }
  return {
    name: copyName(file.name, settings.lang),
    bytes: await savePackage(pkg),
    fixed: patched,
    skipped,
    ...(summary ? { summary } : {}),
  };
}

/** A grid as a plain sheet, its cells where they were on their own sheet (so issue addresses still point at them). */
function gridSheet(grid: SheetGrid, name: string): RosterSheetInput {
  const rows: Cell[][] = Array.from({ length: grid.origin.row }, () => []);
  const pad: null[] = Array.from({ length: grid.origin.col }, () => null);
  for (const r of grid.rows) rows.push(grid.origin.col ? [...pad, ...r] : [...r]);
  return { name, rows };
}

/** One new workbook with every opened file's rosters, the summary across them and the issue list. */
export async function combinedWorkbook(
  wb: FilesWorkbook,
  choice: SheetChoice,
  settings: CheckSettings,
): Promise<Download & { summary?: SummaryModel }> {
  const grids: SheetGrid[] = [];
  const shown: string[] = [];
  const sheets: RosterSheetInput[] = [];
  const taken: string[] = [];
  for (const file of wb.files()) {
    const stem = file.name.replace(/\.xlsx$/i, '');
    for (const grid of await findRosterGrids(wb.fileSource(file))) {
      const name = uniqueSheetName(`${stem} ${grid.table ?? grid.sheet}`, taken);
      taken.push(name);
      grids.push({ ...grid, sheet: name, table: undefined });
      shown.push(shownName(file, grid));
      sheets.push(gridSheet(grid, name));
    }
  }
  const pkg = newWorkbook(sheets);
  const summary = await addSheets(pkg, check(grids, shown, settings), choice, settings);
  const name = settings.lang === 'en' ? 'Coverage summary (all files).xlsx' : 'Ringkasan cakupan (semua berkas).xlsx';
  return { name, bytes: await savePackage(pkg), ...(summary ? { summary } : {}) };
}

/** The demo workbook (the same generator as the task pane's "Sisipkan data demo" and `jamsostek demo`). */
export async function demoWorkbook(seed = 1): Promise<Download> {
  const pkg = newWorkbook(generateDemo(seed).sheets);
  return { name: 'demo-cakupan-jamsostek.xlsx', bytes: await savePackage(pkg) };
}

/** The empty roster template for a province (the task pane's "Sisipkan templat roster"). */
export async function templateWorkbook(province: string, sheetName: string, lang: Lang): Promise<Download> {
  const pkg = newWorkbook([rosterTemplate(province, sheetName)]);
  return { name: lang === 'en' ? 'roster-template.xlsx' : 'templat-roster.xlsx', bytes: await savePackage(pkg) };
}
