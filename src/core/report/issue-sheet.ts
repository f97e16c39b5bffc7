// The issue list ("Pemeriksaan Data" / "Data check"): every issue of a check with a link to its cell, as a
// SheetSpec. The task pane and `jamsostek check -o` build it here, in the user's language.
// Messages already carry masked NIKs (unless the check was asked for full ones); roster text is written as
// text (hosts never parse it).
import { columnLetter, quoteSheetName } from '../address';
import { formatCount, type Lang, type Localized, pick } from '../i18n/lang';
import { FIELD_BY_ID } from '../roster/fields';
import { RULE_BY_ID } from '../roster/rules';
import { type CheckReport, type Issue, type RuleId, SEVERITIES, SEVERITY_NAMES, SEVERITY_RANK, type Severity } from '../roster/types';
import { GENERATED_SHEET_MARKER, type SheetSpec, type SpecCell } from '../sheet-spec';

/** The sheet's name in each language; one kind, so a list written in the other language is replaced. */
export const ISSUE_SHEET_NAMES: Readonly<Record<Lang, string>> = { id: 'Pemeriksaan Data', en: 'Data check' };
export const ISSUE_SHEET_NAME = ISSUE_SHEET_NAMES.id;
export const ISSUE_SHEET_KIND = 'issues';
const TABLE_NAMES: Readonly<Record<Lang, string>> = { id: 'Pemeriksaan_Data', en: 'Data_check' };
/**
 * Enough for any real roster; beyond it the sheet says how many were left out (Excel stays responsive).
 * Also below Excel's limit of 65,530 hyperlinks per worksheet.
 */
export const MAX_ISSUE_ROWS = 50_000;

/** Severity as written on the sheet ("Kesalahan" rather than the jargon "Galat"): the core's words for one issue. */
export const SEVERITY_LABEL: Readonly<Record<Severity, Localized>> = {
  error: SEVERITY_NAMES.error.one,
  warning: SEVERITY_NAMES.warning.one,
  info: SEVERITY_NAMES.info.one,
};

/** What a count of each severity is called: "3 kesalahan" / "1 error", "11.275 info" / "11,275 info items". */
const COUNT_NOUN: Readonly<Record<Severity, { readonly id: string; readonly en: readonly [string, string] }>> = {
  error: { id: 'kesalahan', en: ['error', 'errors'] },
  warning: { id: 'peringatan', en: ['warning', 'warnings'] },
  info: { id: 'info', en: ['info item', 'info items'] },
};

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  id: ['No', 'Tingkat', 'Aturan', 'Lembar', 'Sel', 'Baris', 'Kolom', 'Pesan', 'Saran perbaikan'],
  en: ['No', 'Severity', 'Rule', 'Sheet', 'Cell', 'Row', 'Field', 'Message', 'Suggested fix'],
};
const MESSAGE_COLUMN = 7;

export interface IssueSheetOptions {
  readonly lang?: Lang;
  /** Title date text, e.g. "24-11-2026". */
  readonly dateText?: string;
  /** Severities listed (default all); the counts line still counts every issue and says what was left out. */
  readonly severities?: readonly Severity[];
  /** The check showed NIKs in full (`--full-nik`): the sheet must not claim they are masked. */
  readonly fullNik?: boolean;
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

/** A rule's name for people, from the rule registry (never its id). */
export const ruleName = (rule: RuleId, lang: Lang): string => pick(RULE_BY_ID[rule].title, lang);

const countOf = (severity: Severity, n: number, lang: Lang): string =>
  `${formatCount(n, lang)} ${lang === 'en' ? COUNT_NOUN[severity].en[n === 1 ? 0 : 1] : COUNT_NOUN[severity].id}`;

/** "a, b dan c" / "a, b and c". */
const listOf = (parts: readonly string[], lang: Lang): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'dan'} ${parts[parts.length - 1]}`;

/**
 * The line under the title: "3 kesalahan, 12 peringatan dan 11.275 info pada 1 roster." /
 * "11,275 info items in 1 roster." Only severities that occur are named.
 */
export function issueCountsLine(report: CheckReport, lang: Lang): string {
  const rosters = report.rosters.length;
  const where =
    lang === 'en' ? `in ${formatCount(rosters, lang)} roster${rosters === 1 ? '' : 's'}` : `pada ${formatCount(rosters, lang)} roster`;
  const parts = SEVERITIES.filter((s) => report.counts[s] > 0).map((s) => countOf(s, report.counts[s], lang));
  if (parts.length === 0) return lang === 'en' ? `No issues ${where}.` : `Tidak ada masalah ${where}.`;
  return `${listOf(parts, lang)} ${where}.`;
}

export function buildIssueSheet(report: CheckReport, options: IssueSheetOptions = {}): SheetSpec {
  const lang = options.lang ?? 'id';
  const t = (id: string, en: string) => (lang === 'en' ? en : id);
  const n = (x: number) => formatCount(x, lang);
  const text = (value: string, extra: Partial<SpecCell> = {}): SpecCell => ({ value, ...extra });
  const listed = new Set(options.severities ?? SEVERITIES);
  const issues = sortIssues(report.issues.filter((i) => listed.has(i.severity)));
  const shown = issues.slice(0, MAX_ISSUE_ROWS);
  const headers = HEADERS[lang];
  const rows: (SpecCell | null)[][] = [];
  const titleRow: (SpecCell | null)[] = Array.from({ length: headers.length + 2 }, () => null);
  titleRow[0] = text(t('Pemeriksaan Data Roster', 'Roster data check') + (options.dateText ? ` · ${options.dateText}` : ''), {
    style: 'title',
  });
  titleRow[headers.length + 1] = text(`${GENERATED_SHEET_MARKER}:${ISSUE_SHEET_KIND}`, { style: 'marker' });
  rows.push(titleRow);

  const notes: string[] = [issueCountsLine(report, lang)];
  const left = SEVERITIES.filter((s) => !listed.has(s) && report.counts[s] > 0);
  if (left.length) {
    const what = listOf(
      left.map((s) => countOf(s, report.counts[s], lang)),
      lang,
    );
    notes.push(t(`Tidak dicantumkan: ${what}.`, `Not listed: ${what}.`));
  }
  notes.push(
    options.fullNik
      ? t('NIK ditampilkan lengkap: jangan sebarkan lembar ini.', 'NIKs are shown in full: do not share this sheet.')
      : t('NIK disamarkan (6 digit awal dan 4 digit akhir).', 'NIKs are masked (first 6 and last 4 digits).'),
  );
  rows.push([text(notes.join(' '), { style: 'subtitle' })]);
  if (shown.length < issues.length) {
    rows.push([
      text(
        t(
          `Hanya ${n(shown.length)} masalah pertama yang ditulis dari ${n(issues.length)}.`,
          `Only the first ${n(shown.length)} of ${n(issues.length)} issues are listed.`,
        ),
        { style: 'note' },
      ),
    ]);
  }
  const headerRow = rows.length;
  rows.push(headers.map((h) => text(h, { style: 'header' })));
  shown.forEach((issue, i) => {
    const row: (SpecCell | null)[] = [
      { value: i + 1, numberFormat: '0' },
      text(pick(SEVERITY_LABEL[issue.severity], lang)),
      text(ruleName(issue.rule, lang)),
      text(issue.sheet),
      text(issue.cell, { link: `${quoteSheetName(issue.sheet)}!${issue.cell}` }),
      { value: issue.row, numberFormat: '0' },
      issue.field ? text(pick(FIELD_BY_ID[issue.field].label, lang)) : null,
      text(pick(issue.message, lang)),
      issue.fix ? text(issue.fix.value) : null,
    ];
    row[MESSAGE_COLUMN] = { ...row[MESSAGE_COLUMN]!, wrap: true };
    rows.push(row);
  });
  const last = headerRow + Math.max(1, shown.length);
  if (shown.length === 0) rows.push([null, text(t('Tidak ada masalah.', 'No issues.'))]);
  const lastColumn = columnLetter(headers.length - 1);
  return {
    name: ISSUE_SHEET_NAMES[lang],
    kind: ISSUE_SHEET_KIND,
    rows,
    columnWidths: [6, 11, 34, 20, 8, 8, 20, 60, 28],
    tables: [{ name: TABLE_NAMES[lang], range: `A${headerRow + 1}:${lastColumn}${last + 1}`, filter: true }],
    freezeRows: headerRow + 1,
    print: { landscape: true, fitToWidth: true, titleRows: `$${headerRow + 1}:$${headerRow + 1}` },
  };
}
