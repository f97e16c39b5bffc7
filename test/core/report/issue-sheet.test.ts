import { type Cell } from '../../../src/core/cells';
import {
  buildIssueSheet,
  ISSUE_SHEET_KIND,
  issueCountsLine,
  MAX_ISSUE_ROWS,
  ruleName,
  SEVERITY_LABEL,
} from '../../../src/core/report/issue-sheet';
import { checkGrids } from '../../../src/core/roster/check';
import { FIELD_BY_ID } from '../../../src/core/roster/fields';
import { RULE_BY_ID, RULE_IDS } from '../../../src/core/roster/rules';
import type { CheckReport, Issue } from '../../../src/core/roster/types';
import { GENERATED_SHEET_MARKER, type SheetSpec } from '../../../src/core/sheet-spec';
import { officeRosterSheet } from '../../hosts/roster-fixture';

function reportWithProblems(showFullNik = false): CheckReport {
  const rows = officeRosterSheet(10).map((r) => r.map((v) => (v === '' ? null : (v as Cell))));
  rows[5][2] = rows[4][2]; // duplicate NIK: the message must not show it in full
  rows[6][5] = '=HYPERLINK("http://x","klik")'; // roster text that looks like a formula
  rows[7][10] = 'aktif';
  return checkGrids([{ sheet: 'Roster Nakes', origin: { row: 0, col: 0 }, rows }], { province: '61', showFullNik });
}

const headerIndex = (spec: SheetSpec): number => spec.rows.findIndex((r) => r[0]?.value === 'No');
const body = (spec: SheetSpec) => spec.rows.slice(headerIndex(spec) + 1);
const values = (spec: SheetSpec) => body(spec).map((r) => r.map((c) => c?.value));

describe('buildIssueSheet', () => {
  const report = reportWithProblems();

  test('one row per issue, errors first, a link to each cell, NIK masked, marker present', () => {
    const spec = buildIssueSheet(report, { lang: 'id', dateText: '24-11-2026' });
    expect(spec.name).toBe('Pemeriksaan Data');
    expect(spec.kind).toBe(ISSUE_SHEET_KIND);
    expect(body(spec)).toHaveLength(report.issues.length);
    const sev = body(spec).map((r) => r[1]?.value);
    expect(sev[0]).toBe('Kesalahan');
    expect(sev).not.toContain('Galat');
    const ranks = sev.map((s) => ['Kesalahan', 'Peringatan', 'Info'].indexOf(s as string));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const r of body(spec)) expect(r[4]?.link).toBe(`'Roster Nakes'!${r[4]?.value}`);
    const text = JSON.stringify(spec.rows);
    expect(text).not.toMatch(/\d{16}/);
    expect(text).toContain(`${GENERATED_SHEET_MARKER}:issues`);
    // Nothing in the sheet is a formula: roster text stays literal.
    expect(spec.rows.flat().some((c) => c && 'formula' in c)).toBe(false);
    expect(spec.tables).toEqual([
      { name: 'Pemeriksaan_Data', range: `A${headerIndex(spec) + 1}:I${headerIndex(spec) + 1 + report.issues.length}`, filter: true },
    ]);
  });

  test('rule names come from the registry in the chosen language; no raw rule id anywhere on the sheet', () => {
    for (const lang of ['id', 'en'] as const) {
      const spec = buildIssueSheet(report, { lang });
      const rules = body(spec).map((r) => String(r[2]?.value));
      expect(rules.sort()).toEqual(report.issues.map((i) => ruleName(i.rule, lang)).sort());
      const shown = spec.rows.flat().map((c) => String(c?.value ?? ''));
      for (const id of RULE_IDS) expect(shown).not.toContain(id);
    }
    // the registry's title, as the task pane's groups and the CLI report name the rule
    expect(ruleName('nik-format', 'id')).toBe(RULE_BY_ID['nik-format'].title.id);
    expect(ruleName('nik-format', 'en')).toBe('Malformed NIK');
    // each rule has its own name, so filtering by the Rule column is filtering by rule
    for (const lang of ['id', 'en'] as const) expect(new Set(RULE_IDS.map((id) => ruleName(id, lang))).size).toBe(RULE_IDS.length);
  });

  test('messages wrap; nothing else does', () => {
    const spec = buildIssueSheet(report);
    for (const r of body(spec)) {
      expect(r[7]?.wrap).toBe(true);
      expect(r.filter((c) => c?.wrap)).toHaveLength(1);
    }
    expect(
      spec.rows
        .slice(0, headerIndex(spec) + 1)
        .flat()
        .some((c) => c?.wrap),
    ).toBe(false);
  });

  test('English: sheet "Data check", English headers, severities, fields and messages', () => {
    const spec = buildIssueSheet(report, { lang: 'en' });
    expect(spec.name).toBe('Data check');
    expect(spec.kind).toBe(ISSUE_SHEET_KIND);
    expect(spec.tables![0].name).toBe('Data_check');
    const header = spec.rows[headerIndex(spec)];
    expect(header.map((c) => c?.value)).toEqual(['No', 'Severity', 'Rule', 'Sheet', 'Cell', 'Row', 'Field', 'Message', 'Suggested fix']);
    const rows = values(spec);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(report.issues.map((i) => SEVERITY_LABEL[i.severity].en)));
    expect(rows.map((r) => r[6])).toContain(FIELD_BY_ID.nik.label.en);
    expect(rows.map((r) => r[7])).toEqual(expect.arrayContaining(report.issues.map((i) => i.message.en)));
  });

  test('--severities: info left out is said in the counts line, which still counts every issue', () => {
    const all = buildIssueSheet(report, { lang: 'en' });
    const some = buildIssueSheet(report, { lang: 'en', severities: ['error', 'warning'] });
    const info = report.counts.info;
    expect(info).toBeGreaterThan(0);
    expect(body(some)).toHaveLength(report.issues.length - info);
    expect(values(some).some((r) => r[1] === 'Info')).toBe(false);
    expect(values(all).filter((r) => r[1] === 'Info')).toHaveLength(info);
    expect(String(some.rows[1][0]?.value)).toContain(`Not listed: ${info} info item${info === 1 ? '' : 's'}.`);
    expect(String(all.rows[1][0]?.value)).not.toContain('Not listed');
  });

  test('the counts line names only the severities that occur, with numbers as the language writes them', () => {
    const base = { rosters: report.rosters, issues: [] };
    expect(issueCountsLine({ ...base, counts: { error: 0, warning: 0, info: 11275 } }, 'en')).toBe('11,275 info items in 1 roster.');
    expect(issueCountsLine({ ...base, counts: { error: 0, warning: 0, info: 11275 } }, 'id')).toBe('11.275 info pada 1 roster.');
    expect(issueCountsLine({ ...base, counts: { error: 1, warning: 2, info: 1 } }, 'en')).toBe(
      '1 error, 2 warnings and 1 info item in 1 roster.',
    );
    expect(issueCountsLine({ ...base, counts: { error: 1204, warning: 0, info: 3 } }, 'id')).toBe(
      '1.204 kesalahan dan 3 info pada 1 roster.',
    );
    expect(
      issueCountsLine({ rosters: [...report.rosters, ...report.rosters], issues: [], counts: { error: 0, warning: 0, info: 0 } }, 'en'),
    ).toBe('No issues in 2 rosters.');
  });

  test('a check made with full NIKs says so instead of claiming they are masked', () => {
    const full = reportWithProblems(true);
    const spec = buildIssueSheet(full, { lang: 'en', fullNik: true });
    expect(JSON.stringify(spec.rows)).toMatch(/\d{16}/);
    expect(String(spec.rows[1][0]?.value)).toContain('NIKs are shown in full');
    expect(String(buildIssueSheet(report, { lang: 'en' }).rows[1][0]?.value)).toContain('NIKs are masked');
  });

  test('very long lists are cut with a note, numbers formatted', () => {
    const one: Issue = report.issues[0];
    const many = {
      rosters: [],
      counts: { error: MAX_ISSUE_ROWS + 5, warning: 0, info: 0 },
      issues: Array.from({ length: MAX_ISSUE_ROWS + 5 }, () => one),
    };
    const spec = buildIssueSheet(many);
    expect(JSON.stringify(spec.rows.slice(0, 4))).toContain('Hanya 50.000 masalah pertama yang ditulis dari 50.005.');
    expect(spec.rows.length).toBeLessThan(MAX_ISSUE_ROWS + 10);
  });

  test('no issues: one row saying so, still inside the table', () => {
    const spec = buildIssueSheet({ rosters: report.rosters, issues: [], counts: { error: 0, warning: 0, info: 0 } }, { lang: 'en' });
    expect(values(spec)).toEqual([[undefined, 'No issues.']]);
    expect(spec.tables![0].range).toBe(`A${headerIndex(spec) + 1}:I${headerIndex(spec) + 2}`);
  });
});
