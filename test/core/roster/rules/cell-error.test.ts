import { errorCell } from '../../../../src/core/cells';
import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('cell-error', () => {
  it('fires for each mapped cell holding an Excel error, and no other rule reads that cell', () => {
    const r = checkRows([{ nik: errorCell('#N/A'), regency: errorCell('#REF!'), wage: errorCell('#VALUE!') }]);
    const found = issuesOf(r, 'cell-error');
    expect(found.map((i) => [i.cell, i.field])).toEqual([
      ['B2', 'nik'],
      ['E2', 'regency'],
      ['M2', 'wage'],
    ]);
    expect(found[0]).toMatchObject({ severity: 'error' });
    expect(found[0].message.id).toContain('#N/A');
    expect(r.issues.filter((i) => i.rule !== 'cell-error')).toEqual([]);
  });

  it('stays quiet on a clean row', () => {
    expect(issuesOf(checkRows([{}]), 'cell-error')).toEqual([]);
  });
});
