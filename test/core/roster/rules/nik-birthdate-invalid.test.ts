import { checkRows, issuesOf, makeNik } from '../../../support/roster-rows';

describe('nik-birthdate-invalid', () => {
  it.each([
    ['day 32', '6112033204900001'],
    ['women day 72', '6112037204900001'],
    ['30 February', '6112033002900001'],
    ['month 13', '6112031213900001'],
  ])('fires for %s', (_label, nik) => {
    const found = issuesOf(checkRows([{ nik, sex: null, birthDate: null }]), 'nik-birthdate-invalid');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', field: 'nik' });
    expect(found[0].message.id).not.toContain(nik.slice(6, 12));
  });

  it('stays quiet for 29 February in a leap year and for women (day + 40)', () => {
    const r = checkRows([
      { nik: makeNik('6112', 1992, 2, 29, 'L'), sex: 'L', birthDate: null },
      { nik: makeNik('6112', 1990, 4, 12, 'P') },
    ]);
    expect(issuesOf(r, 'nik-birthdate-invalid')).toEqual([]);
  });
});
