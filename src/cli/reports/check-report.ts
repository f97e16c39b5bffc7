// The two faces of a check: --json for machines (the schema documented in README) and a text
// report for the coordinator: rosters found, then issues grouped by rule with counts and the first cells.
import { quoteSheetName } from '../../core/address';
import { formatCount, type Lang, type Localized } from '../../core/i18n/lang';
import { SKIP_REASON_LABELS, type SkipReason } from '../../core/roster/row-kinds';
import type { RosterContext } from '../../core/roster/roster-context';
import { maskNik } from '../../core/nik';
import { RULE_BY_ID, RULE_IDS } from '../../core/roster/rules';
import { type CheckReport, type Issue, type RuleId, SEVERITIES, SEVERITY_NAMES, type Severity } from '../../core/roster/types';
import { FIELD_BY_ID } from '../../core/roster/fields';
import { oneLine } from '../terminal-text';

export interface ReportOptions {
  readonly lang: Lang;
  readonly showFullNik: boolean;
  /** Cells listed per rule in the text report; 0 lists all. */
  readonly limit: number;
  /** The files checked, shown in the heading. */
  readonly files: readonly string[];
}

export interface JsonRoster {
  sheet: string;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  rows: number;
  columns: Record<string, string>;
  unmappedHeaders: string[];
  /** Roster-level kab/kota, category and tick/yes-no coverage columns (README: rosters[].context). */
  context?: RosterContext;
  /** Rows that are not workers, once each (README: rosters[].skipped). */
  skipped?: { row: number; reason: SkipReason }[];
}

export interface JsonIssue {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  row: number;
  field: string | null;
  message: Localized;
  fix?: { value: string };
  /** Every cell the issue stands for, when it reports many (see Issue.cells). */
  cells?: string[];
}

export interface JsonCheckReport {
  rosters: JsonRoster[];
  issues: JsonIssue[];
  counts: { error: number; warning: number; info: number };
}

/** A fix for a NIK cell would show the whole NIK: masked like the messages unless --full-nik. */
function shownFix(issue: Issue, showFullNik: boolean): { value: string } | undefined {
  if (!issue.fix) return undefined;
  if (issue.field === 'nik' && !showFullNik) return { value: issue.fix.value.replace(/\d{11,}/g, (d) => maskNik(d)) };
  return { value: issue.fix.value };
}

export function checkJson(report: CheckReport, showFullNik: boolean): JsonCheckReport {
  return {
    rosters: report.rosters.map((r) => ({
      sheet: r.sheet,
      headerRow: r.headerRow,
      firstDataRow: r.firstDataRow,
      lastDataRow: r.lastDataRow,
      rows: r.rows,
      columns: { ...r.columns },
      unmappedHeaders: [...r.unmappedHeaders],
      ...(r.context ? { context: r.context } : {}),
      ...(r.skipped ? { skipped: r.skipped.map((k) => ({ row: k.row, reason: k.reason })) } : {}),
    })),
    issues: report.issues.map((i) => {
      const fix = shownFix(i, showFullNik);
      return {
        rule: i.rule,
        severity: i.severity,
        sheet: i.sheet,
        cell: i.cell,
        row: i.row,
        field: i.field ?? null,
        message: { id: i.message.id, en: i.message.en },
        ...(fix ? { fix } : {}),
        ...(i.cells ? { cells: [...i.cells] } : {}),
      };
    }),
    counts: { ...report.counts },
  };
}

const T = {
  checked: { id: 'Diperiksa', en: 'Checked' },
  rostersFound: { id: 'Roster ditemukan', en: 'Rosters found' },
  header: { id: 'judul kolom baris', en: 'header row' },
  data: { id: 'data baris', en: 'data rows' },
  rows: { id: 'baris terisi', en: 'filled rows' },
  unmapped: { id: 'Judul kolom tidak dikenali', en: 'Headers not recognised' },
  skipped: { id: 'Baris bukan pekerja (dilewati)', en: 'Rows that are not workers (skipped)' },
  regency: { id: 'Kab/kota roster', en: "Roster's kab/kota" },
  category: { id: 'Kategori roster', en: "Roster's category" },
  coverage: { id: 'Kepesertaan dari', en: 'Coverage from' },
  from: {
    setting: { id: 'pengaturan', en: 'setting' },
    title: { id: 'judul', en: 'title' },
    sheet: { id: 'nama lembar', en: 'sheet name' },
    file: { id: 'nama berkas', en: 'file name' },
  },
  ticks: { id: 'centang di kolom', en: 'ticks in columns' },
  yesNo: { id: 'ya/tidak di kolom', en: 'yes/no in column' },
  issues: { id: 'Masalah', en: 'Issues' },
  none: { id: 'Tidak ada masalah ditemukan.', en: 'No issues found.' },
  cells: { id: 'sel', en: 'cells' },
  cell: { id: 'sel', en: 'cell' },
  more: { id: 'lainnya', en: 'more' },
  andMore: { id: 'dan', en: 'and' },
  useJson: { id: 'daftar lengkap: --json', en: 'full list: --json' },
  fix: { id: 'saran', en: 'suggestion' },
  verdictErrors: {
    id: 'Perbaiki kesalahan sebelum angka roster dipakai dalam rapat koordinasi.',
    en: 'Fix the errors before the roster figures are used in the coordination meeting.',
  },
  verdictClean: { id: 'Tidak ada kesalahan: roster siap dipakai.', en: 'No errors: the roster is ready to use.' },
  verdictNoRows: {
    id: 'Tidak ada baris untuk diperiksa: roster hanya berisi judul kolom.',
    en: 'No rows to check: the rosters hold only their column headers.',
  },
} as const;

/** A severity as a count's unit ("kesalahan", "errors") or a section heading ("KESALAHAN", "ERRORS"): the core's words. */
const severityWord = (severity: Severity, lang: Lang): string => SEVERITY_NAMES[severity].many[lang].toLowerCase();

/** "Kab/kota roster: Kabupaten Sanggau (judul, A2) · Kategori roster: Kader Kesehatan (nama lembar)". */
function contextLine(context: RosterContext | undefined, lang: ReportOptions['lang']): string {
  if (!context) return '';
  const where = (from: keyof typeof T.from, cell?: string): string => `(${T.from[from][lang]}${cell ? `, ${cell}` : ''})`;
  const parts: string[] = [];
  if (context.regency) parts.push(`${T.regency[lang]}: ${context.regency.name} ${where(context.regency.from, context.regency.cell)}`);
  if (context.category) parts.push(`${T.category[lang]}: ${context.category.value} ${where(context.category.from, context.category.cell)}`);
  if (context.coverage) {
    const form = context.coverage.form === 'ticks' ? T.ticks : T.yesNo;
    parts.push(`${T.coverage[lang]} ${form[lang]} ${context.coverage.columns.join(', ')}`);
  }
  return parts.join(' · ');
}

export function checkText(report: CheckReport, options: ReportOptions): string {
  const { lang } = options;
  const t = (text: Localized): string => text[lang];
  const n = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US');
  const lines: string[] = [];
  lines.push(`${t(T.checked)}: ${options.files.map(oneLine).join(', ')}`);
  lines.push('');
  lines.push(`${t(T.rostersFound)}: ${n.format(report.rosters.length)}`);
  for (const r of report.rosters) {
    const span = r.rows > 0 ? `${t(T.data)} ${n.format(r.firstDataRow)}–${n.format(r.lastDataRow)}, ` : '';
    lines.push(
      `  • ${oneLine(r.sheet)}${r.table ? ` (${oneLine(r.table)})` : ''}: ${t(T.header)} ${n.format(r.headerRow)}, ${span}${n.format(r.rows)} ${t(T.rows)}`,
    );
    const columns = Object.entries(r.columns).map(
      ([field, col]) => `${FIELD_BY_ID[field as keyof typeof FIELD_BY_ID]?.label[lang] ?? field} ${col}`,
    );
    if (columns.length) lines.push(`    ${columns.join(' · ')}`);
    if (r.unmappedHeaders.length) lines.push(`    ${t(T.unmapped)}: ${r.unmappedHeaders.map((h) => `"${oneLine(h)}"`).join(', ')}`);
    const context = contextLine(r.context, lang);
    if (context) lines.push(`    ${context}`);
    if (r.skipped?.length) {
      const byReason = new Map<SkipReason, number>();
      for (const k of r.skipped) byReason.set(k.reason, (byReason.get(k.reason) ?? 0) + 1);
      const parts = [...byReason].map(([reason, count]) => `${n.format(count)} ${SKIP_REASON_LABELS[reason][lang]}`);
      lines.push(`    ${t(T.skipped)}: ${parts.join(', ')}`);
    }
  }
  lines.push('');
  const { counts } = report;
  lines.push(`${t(T.issues)}: ${SEVERITIES.map((s) => `${n.format(counts[s])} ${severityWord(s, lang)}`).join(' · ')}`);
  if (report.issues.length === 0) lines.push(t(T.none));

  const byRule = new Map<RuleId, Issue[]>();
  for (const issue of report.issues) {
    const list = byRule.get(issue.rule);
    if (list) list.push(issue);
    else byRule.set(issue.rule, [issue]);
  }
  const ruleOrder = [...RULE_IDS];
  for (const id of byRule.keys()) if (!ruleOrder.includes(id)) ruleOrder.push(id);
  for (const severity of SEVERITIES) {
    const rules = ruleOrder.filter((id) => byRule.get(id)?.some((i) => i.severity === severity));
    if (rules.length === 0) continue;
    lines.push('');
    lines.push(severityWord(severity, lang).toUpperCase());
    for (const id of rules) {
      const issues = byRule.get(id)!.filter((i) => i.severity === severity);
      const title = RULE_BY_ID[id]?.title[lang];
      // An issue standing for many cells (one spelling written 5,210 times) counts each of them.
      let cells = 0;
      for (const i of issues) cells += i.cells?.length ?? 1;
      lines.push(`  ${id}${title ? ` — ${title}` : ''}: ${n.format(cells)} ${t(cells === 1 ? T.cell : T.cells)}`);
      const shown = options.limit > 0 ? issues.slice(0, options.limit) : issues;
      const width = Math.max(...shown.map((i) => address(i).length));
      for (const issue of shown) {
        const fix = shownFix(issue, options.showFullNik);
        const suggestion = fix ? `  → ${t(T.fix)}: ${oneLine(fix.value)}` : '';
        lines.push(`    ${address(issue).padEnd(width)}  ${oneLine(issue.message[lang])}${suggestion}`);
      }
      if (shown.length < issues.length) {
        lines.push(`    … ${t(T.andMore)} ${n.format(issues.length - shown.length)} ${t(T.more)} (${t(T.useJson)})`);
      }
    }
  }
  lines.push('');
  // An empty template is not "ready to use": nothing was checked (the task pane says the same).
  const noRows = report.rosters.length > 0 && report.rosters.every((r) => r.rows === 0);
  lines.push(counts.error > 0 ? t(T.verdictErrors) : noRows ? t(T.verdictNoRows) : t(T.verdictClean));
  return lines.join('\n') + '\n';
}

/** "'Roster Nakes'!C7": the form Excel's Name Box accepts to jump to the cell. */
const address = (issue: Issue): string => `${oneLine(quoteSheetName(issue.sheet))}!${issue.cell}`;

export interface IssueListWritten {
  /** -o as the user typed it. */
  readonly file: string;
  /** The sheet name used (another when the workbook has a sheet of its own by that name). */
  readonly sheet: string;
  /** Issues on the sheet. */
  readonly listed: number;
  /** Issues of the listed severities; more than `listed` when the sheet's row limit cut the list. */
  readonly matching: number;
  readonly severities: readonly Severity[];
}

/** The line after the report: where the issue list went and what it holds. */
export function issueListWritten(w: IssueListWritten, lang: Lang): string {
  const info = w.severities.includes('info');
  const what = info
    ? { id: 'semua tingkat', en: 'every severity' }
    : { id: 'kesalahan dan peringatan; --all menambahkan info', en: 'errors and warnings; --all adds info' };
  const n = (x: number) => formatCount(x, lang);
  const cut = w.matching > w.listed;
  return lang === 'en'
    ? `Issue list written to ${oneLine(w.file)} → "${oneLine(w.sheet)}": ${cut ? `the first ${n(w.listed)} of ${n(w.matching)}` : n(w.listed)} issue${w.matching === 1 ? '' : 's'} (${what.en}).\n`
    : `Daftar masalah ditulis ke ${oneLine(w.file)} → "${oneLine(w.sheet)}": ${cut ? `${n(w.listed)} pertama dari ${n(w.matching)}` : n(w.listed)} masalah (${what.id}).\n`;
}
