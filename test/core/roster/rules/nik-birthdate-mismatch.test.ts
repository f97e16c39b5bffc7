import { dateCell } from '../../../../src/core/cells';
import { serialFromYmd } from '../../../../src/core/dates';
import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('nik-birthdate-mismatch', () => {
  it('fires when Tanggal Lahir differs from the NIK (valid row: 1990-04-12)', () => {
    const r = checkRows([{ birthDate: dateCell(serialFromYmd(1990, 4, 13)) }, { birthDate: '12-04-1991' }]);
    const found = issuesOf(r, 'nik-birthdate-mismatch');
    expect(found.map((i) => i.cell)).toEqual(['D2', 'D3']);
    expect(found[0]).toMatchObject({ severity: 'warning', field: 'birthDate' });
    expect(found[0].message.id).toContain('13-04-1990');
  });

  it('stays quiet for the same date written as a date, a serial, or text', () => {
    const r = checkRows([
      { birthDate: serialFromYmd(1990, 4, 12) },
      { birthDate: '12-04-1990' },
      { birthDate: '12/04/1990' },
      { birthDate: '1990-04-12' },
      { birthDate: '12 April 1990' },
    ]);
    expect(issuesOf(r, 'nik-birthdate-mismatch')).toEqual([]);
  });

  it('stays quiet when the date cannot be read (date-invalid reports that)', () => {
    const r = checkRows([{ birthDate: 'dua belas april' }]);
    expect(issuesOf(r, 'nik-birthdate-mismatch')).toEqual([]);
    expect(issuesOf(r, 'date-invalid')).toHaveLength(1);
  });
});
