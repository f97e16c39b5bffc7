import { type Cell } from '../../../src/core/cells';
import { buildIssueSheet, ISSUE_SHEET_KIND, MAX_ISSUE_ROWS } from '../../../src/core/report/issue-sheet';
import { checkGrids } from '../../../src/core/roster/check';
import type { CheckReport, Issue } from '../../../src/core/roster/types';
import { GENERATED_SHEET_MARKER } from '../../../src/core/sheet-spec';
import { officeRosterSheet } from '../../hosts/roster-fixture';

function reportWithProblems(): CheckReport {
  const rows = officeRosterSheet(10).map((r) => r.map((v) => (v === '' ? null : (v as Cell))));
  rows[5][2] = rows[4][2]; // duplicate NIK: the message must not show it in full
  rows[6][5] = '=HYPERLINK("http://x","klik")'; // roster text that looks like a formula
  rows[7][10] = 'aktif';
  return checkGrids([{ sheet: 'Roster Nakes', origin: { row: 0, col: 0 }, rows }], { province: '61' });
}

describe('buildIssueSheet', () => {
  test('one row per issue, errors first, a link to each cell, NIK masked, marker present', () => {
    const report = reportWithProblems();
    const spec = buildIssueSheet(report, { lang: 'id', dateText: '24-11-2026' });
    expect(spec.name).toBe('Pemeriksaan Data');
    expect(spec.kind).toBe(ISSUE_SHEET_KIND);
    const headerAt = spec.rows.findIndex((r) => r[0]?.value === 'No');
    const body = spec.rows.slice(headerAt + 1);
    expect(body).toHaveLength(report.issues.length);
    const sev = body.map((r) => r[1]?.value);
    expect(sev.indexOf('Galat')).toBe(0);
    expect(sev.lastIndexOf('Galat')).toBeLessThan(sev.indexOf('Info') < 0 ? Infinity : sev.indexOf('Info'));
    for (const r of body) expect(r[4]?.link).toBe(`'Roster Nakes'!${r[4]?.value}`);
    const text = JSON.stringify(spec.rows);
    expect(text).not.toMatch(/\d{16}/);
    expect(text).toContain(`${GENERATED_SHEET_MARKER}:issues`);
    // Nothing in the sheet is a formula: roster text stays literal.
    expect(spec.rows.flat().some((c) => c && 'formula' in c)).toBe(false);
    expect(spec.tables![0].range).toBe(`A${headerAt + 1}:I${headerAt + 1 + body.length}`);
  });

  test('English headers and messages', () => {
    const spec = buildIssueSheet(reportWithProblems(), { lang: 'en' });
    const header = spec.rows.find((r) => r[0]?.value === 'No')!;
    expect(header.map((c) => c?.value)).toEqual(['No', 'Severity', 'Rule', 'Sheet', 'Cell', 'Row', 'Field', 'Message', 'Suggested fix']);
  });

  test('very long lists are cut with a note', () => {
    const one: Issue = reportWithProblems().issues[0];
    const many = {
      rosters: [],
      counts: { error: MAX_ISSUE_ROWS + 5, warning: 0, info: 0 },
      issues: Array.from({ length: MAX_ISSUE_ROWS + 5 }, () => one),
    };
    const spec = buildIssueSheet(many);
    expect(JSON.stringify(spec.rows.slice(0, 4))).toContain(`${MAX_ISSUE_ROWS}`);
    expect(spec.rows.length).toBeLessThan(MAX_ISSUE_ROWS + 10);
  });
});
