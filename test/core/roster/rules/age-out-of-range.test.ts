import { dateCell } from '../../../../src/core/cells';
import { serialFromYmd } from '../../../../src/core/dates';
import { checkRows, issuesOf, makeNik } from '../../../support/roster-rows';

// Today is 2026-01-15.
describe('age-out-of-range', () => {
  it('fires below 15 and above 75, from Tanggal Lahir', () => {
    const r = checkRows([
      { nik: makeNik('6112', 2011, 1, 16, 'P', 1), birthDate: dateCell(serialFromYmd(2011, 1, 16)) },
      { nik: makeNik('6112', 1950, 1, 15, 'P', 2), birthDate: dateCell(serialFromYmd(1950, 1, 15)) },
    ]);
    const found = issuesOf(r, 'age-out-of-range');
    expect(found.map((i) => [i.cell, i.severity])).toEqual([
      ['D2', 'warning'],
      ['D3', 'warning'],
    ]);
    expect(found[0].message.id).toContain('Usia 14 tahun');
    expect(found[1].message.en).toContain('Age 76');
  });

  it('falls back to the NIK when there is no Tanggal Lahir', () => {
    const r = checkRows([{ nik: makeNik('6112', 1940, 6, 1, 'L', 1), sex: 'L', birthDate: null }]);
    expect(issuesOf(r, 'age-out-of-range')).toEqual([expect.objectContaining({ field: 'nik', cell: 'B2' })]);
    expect(issuesOf(r, 'age-out-of-range')[0].message.id).toContain('dari NIK');
  });

  it('stays quiet on the boundaries: 15 today, and 75 until the 76th birthday', () => {
    const r = checkRows([
      { nik: makeNik('6112', 2011, 1, 15, 'P', 1), birthDate: dateCell(serialFromYmd(2011, 1, 15)) },
      { nik: makeNik('6112', 1950, 1, 16, 'P', 2), birthDate: dateCell(serialFromYmd(1950, 1, 16)) },
    ]);
    expect(issuesOf(r, 'age-out-of-range')).toEqual([]);
  });
});
