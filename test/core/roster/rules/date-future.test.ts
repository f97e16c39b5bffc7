import { dateCell } from '../../../../src/core/cells';
import { checkRows, issuesOf, makeNik, TODAY } from '../../../support/roster-rows';

describe('date-future', () => {
  it('fires for dates after today', () => {
    const r = checkRows([{ membershipStart: dateCell(TODAY + 1) }, { nik: makeNik('6112', 2026, 3, 1, 'P', 2), birthDate: '01-03-2026' }]);
    const found = issuesOf(r, 'date-future');
    expect(found.map((i) => [i.cell, i.severity])).toEqual([
      ['N2', 'warning'],
      ['D3', 'warning'],
    ]);
    expect(found[0].message.id).toContain('16-01-2026');
    // A future birth date is not also reported as an age.
    expect(issuesOf(r, 'age-out-of-range').filter((i) => i.row === 3 && i.field === 'birthDate')).toEqual([]);
  });

  it('stays quiet for today and earlier', () => {
    expect(issuesOf(checkRows([{ membershipStart: dateCell(TODAY) }, {}]), 'date-future')).toEqual([]);
  });
});
