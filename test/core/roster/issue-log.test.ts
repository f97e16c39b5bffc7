import type { SheetGrid } from '../../../src/core/roster/types';
import { IssueLog, type RuleRef } from '../../../src/core/roster/issue-log';

const grid: SheetGrid = { sheet: 'Roster', origin: { row: 2, col: 1 }, rows: [] };
const rule = (id: RuleRef['id'], severity: RuleRef['severity'] = 'error'): RuleRef => ({ id, severity });
const msg = { id: 'pesan', en: 'message' };

describe('IssueLog', () => {
  it('builds each issue at its sheet address, with the field and fix only when given', () => {
    const log = new IssueLog();
    log.add(rule('nik-format'), grid, 0, 4, 2, 2, 'nik', msg, undefined);
    log.add(rule('value-nonstandard', 'info'), grid, 0, 4, 3, 3, 'sex', msg, 'P');
    log.add(rule('header-missing'), grid, 0, 0, 0, -1, undefined, msg, undefined);
    const { issues, counts } = log.inOrder();
    expect(issues).toEqual([
      { rule: 'header-missing', severity: 'error', sheet: 'Roster', cell: 'B3', row: 3, message: msg },
      { rule: 'nik-format', severity: 'error', sheet: 'Roster', cell: 'D7', row: 7, field: 'nik', message: msg },
      { rule: 'value-nonstandard', severity: 'info', sheet: 'Roster', cell: 'E7', row: 7, field: 'sex', message: msg, fix: { value: 'P' } },
    ]);
    expect(counts).toEqual({ error: 2, warning: 0, info: 1 });
  });

  it('orders by grid, row, column, then the order reported; a revisited row takes its original place', () => {
    const log = new IssueLog();
    log.add(rule('nik-format'), grid, 0, 5, 2, 2, 'nik', msg, undefined);
    const seqOfRow6 = log.issueSeq;
    log.add(rule('kpj-format'), grid, 0, 6, 11, 11, 'kpj', msg, undefined);
    log.add(rule('region-unknown'), grid, 1, 1, 5, 5, 'regency', msg, undefined);
    // After every row was read: a duplicate found on row 6, reported before its KPJ issue (same row, lower column).
    log.beginRevisit(seqOfRow6);
    expect(log.revisiting).toBe(true);
    log.add(rule('nik-duplicate'), grid, 0, 6, 2, 2, 'nik', msg, undefined);
    // On the same cell as an issue reported while reading, it comes just before that one.
    log.add(rule('nik-sex-mismatch', 'warning'), grid, 0, 6, 11, 11, 'kpj', msg, undefined);
    log.endRevisit();
    expect(log.inOrder().issues.map((i) => i.rule)).toEqual([
      'nik-format',
      'nik-duplicate',
      'nik-sex-mismatch',
      'kpj-format',
      'region-unknown',
    ]);
  });
});
