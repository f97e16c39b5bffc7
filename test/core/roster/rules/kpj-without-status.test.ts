import { checkGrids } from '../../../../src/core/roster/check';
import { checkRows, issuesOf, rosterGrid, TODAY, validRow } from '../../../support/roster-rows';

describe('kpj-without-status', () => {
  it('says as info that a row with a KPJ and an empty status is registered, instead of a required-missing error', () => {
    const r = checkRows([{ membershipStatus: null }, { membershipStatus: ' ' }, {}]);
    expect(issuesOf(r, 'kpj-without-status').map((i) => [i.cell, i.severity])).toEqual([
      ['J2', 'info'],
      ['J3', 'info'],
    ]);
    expect(r.issues.filter((i) => i.rule !== 'kpj-without-status')).toEqual([]);
    // Not counted as Aktif unless the user says so.
    expect(r.parsed[0].records.map((x) => x.membershipStatus)).toEqual([null, null, 'Aktif']);
    expect(r.options.kpjMeansActive).toBe(false);
  });

  it('counts the row as Aktif with kpjMeansActive, and says so', () => {
    const r = checkRows([{ membershipStatus: null }], { kpjMeansActive: true });
    expect(r.parsed[0].records[0].membershipStatus).toBe('Aktif');
    expect(issuesOf(r, 'kpj-without-status')[0].message.en).toContain('counted as Aktif');
    expect(r.options.kpjMeansActive).toBe(true);
  });

  it('stays quiet without a KPJ (required-missing instead), with an invalid KPJ, and with a status given', () => {
    const r = checkRows([
      { membershipStatus: null, kpj: null },
      { membershipStatus: null, kpj: '123' },
      { membershipStatus: 'Belum Terdaftar' },
    ]);
    expect(issuesOf(r, 'kpj-without-status')).toEqual([]);
    expect(issuesOf(r, 'required-missing').map((i) => i.cell)).toEqual(['J2', 'J3']);
  });

  it('fires on a roster with no status column at all, at the KPJ cell', () => {
    const grid = rosterGrid([validRow(1)], { fields: ['name', 'nik', 'regency', 'kpj'] });
    const r = checkGrids([grid], { today: TODAY });
    expect(issuesOf(r, 'kpj-without-status').map((i) => i.cell)).toEqual(['D2']);
  });
});
