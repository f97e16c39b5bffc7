// The "Pemeriksaan Data" sheet: every issue of a check with a link to its cell, as a SheetSpec.
// Messages already carry masked NIKs; roster text is written as text (hosts never parse it).
import { quoteSheetName } from '../address';
import { type Lang, pick } from '../i18n/lang';
import { FIELD_BY_ID } from '../roster/fields';
import { type CheckReport, type Issue, SEVERITY_RANK, type Severity } from '../roster/types';
import { GENERATED_SHEET_MARKER, type SheetSpec, type SpecCell } from '../sheet-spec';

export const ISSUE_SHEET_NAME = 'Pemeriksaan Data';
export const ISSUE_SHEET_KIND = 'issues';
/** Enough for any real roster; beyond it the sheet says how many were left out (Excel stays responsive). */
export const MAX_ISSUE_ROWS = 50_000;

const SEVERITY: Record<Severity, { id: string; en: string }> = {
  error: { id: 'Galat', en: 'Error' },
  warning: { id: 'Peringatan', en: 'Warning' },
  info: { id: 'Info', en: 'Info' },
};

const HEADERS = {
  id: ['No', 'Tingkat', 'Aturan', 'Lembar', 'Sel', 'Baris', 'Kolom', 'Pesan', 'Saran perbaikan'],
  en: ['No', 'Severity', 'Rule', 'Sheet', 'Cell', 'Row', 'Field', 'Message', 'Suggested fix'],
} as const;

export interface IssueSheetOptions {
  readonly lang?: Lang;
  /** Title date text, e.g. "24-11-2026". */
  readonly dateText?: string;
}

/** Issues sorted as a reader works through them: errors first, then by sheet and row. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.sheet.localeCompare(b.sheet) ||
      a.row - b.row ||
      a.cell.localeCompare(b.cell),
  );
}

export function buildIssueSheet(report: CheckReport, options: IssueSheetOptions = {}): SheetSpec {
  const lang = options.lang ?? 'id';
  const t = (id: string, en: string) => (lang === 'en' ? en : id);
  const text = (value: string, extra: Partial<SpecCell> = {}): SpecCell => ({ value, ...extra });
  const issues = sortIssues(report.issues);
  const shown = issues.slice(0, MAX_ISSUE_ROWS);
  const rows: (SpecCell | null)[][] = [];
  rows.push([
    text(t('Pemeriksaan Data Roster', 'Roster data check') + (options.dateText ? ` · ${options.dateText}` : ''), { style: 'title' }),
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    text(`${GENERATED_SHEET_MARKER}:${ISSUE_SHEET_KIND}`, { style: 'marker' }),
  ]);
  rows.push([
    text(
      t(
        `${report.counts.error} galat, ${report.counts.warning} peringatan, ${report.counts.info} info pada ${report.rosters.length} roster. NIK disamarkan (6 digit awal dan 4 digit akhir).`,
        `${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.info} info in ${report.rosters.length} rosters. NIKs are masked (first 6 and last 4 digits).`,
      ),
      { style: 'subtitle' },
    ),
  ]);
  if (shown.length < issues.length) {
    rows.push([
      text(
        t(
          `Hanya ${shown.length} masalah pertama yang ditulis dari ${issues.length}.`,
          `Only the first ${shown.length} of ${issues.length} issues are listed.`,
        ),
        { style: 'note' },
      ),
    ]);
  }
  const headerRow = rows.length;
  rows.push(HEADERS[lang].map((h) => text(h, { style: 'header' })));
  shown.forEach((issue, i) => {
    const target = `${quoteSheetName(issue.sheet)}!${issue.cell}`;
    rows.push([
      { value: i + 1, numberFormat: '0' },
      text(pick(SEVERITY[issue.severity], lang)),
      text(issue.rule),
      text(issue.sheet),
      text(issue.cell, { link: target }),
      { value: issue.row, numberFormat: '0' },
      text(issue.field ? pick(FIELD_BY_ID[issue.field].label, lang) : ''),
      text(pick(issue.message, lang)),
      text(issue.fix ? issue.fix.value : ''),
    ]);
  });
  const last = headerRow + Math.max(1, shown.length);
  if (shown.length === 0) rows.push([null, text(t('Tidak ada masalah.', 'No issues.'))]);
  return {
    name: ISSUE_SHEET_NAME,
    kind: ISSUE_SHEET_KIND,
    rows,
    columnWidths: [6, 11, 22, 20, 8, 8, 20, 70, 28],
    tables: [{ name: 'Pemeriksaan_Data', range: `A${headerRow + 1}:I${last + 1}` }],
    freezeRows: headerRow + 1,
    print: { landscape: true, fitToWidth: true, titleRows: `$${headerRow + 1}:$${headerRow + 1}` },
  };
}
