import { errorCell } from '../../../../src/core/cells';
import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('date-invalid', () => {
  it.each([['31-02-1990'], ['12-13-1990'], ['kemarin'], [19900412], [1990], [true]])('fires for Tanggal Lahir %p', (birthDate) => {
    expect(issuesOf(checkRows([{ birthDate }]), 'date-invalid')).toEqual([
      expect.objectContaining({ severity: 'warning', cell: 'D2', field: 'birthDate' }),
    ]);
  });

  it('fires for Tanggal Mulai Kepesertaan too', () => {
    expect(issuesOf(checkRows([{ membershipStart: '2022/99/01' }]), 'date-invalid')[0]).toMatchObject({
      cell: 'N2',
      field: 'membershipStart',
    });
  });

  it('stays quiet for readable dates, empty cells, and Excel errors (cell-error reports those)', () => {
    const r = checkRows([
      { birthDate: '12.04.1990' },
      { birthDate: 'Pontianak, 12-04-1990' },
      { birthDate: '12 Apr 1990' },
      { birthDate: '12-04-1990 00:00' },
      { birthDate: 32975 },
      { birthDate: null },
      { membershipStart: errorCell('#VALUE!') },
    ]);
    expect(issuesOf(r, 'date-invalid')).toEqual([]);
  });
});
