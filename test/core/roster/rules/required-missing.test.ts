import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('required-missing', () => {
  it('fires for each empty required cell (empty or only spaces)', () => {
    const r = checkRows([{ name: '' }, { regency: '   ' }, { membershipStatus: null, kpj: null }, { nik: null }]);
    const found = issuesOf(r, 'required-missing').map((i) => [i.cell, i.field]);
    expect(found).toEqual([
      ['A2', 'name'],
      ['E3', 'regency'],
      ['J4', 'membershipStatus'],
      ['B5', 'nik'],
    ]);
    expect(issuesOf(r, 'required-missing')[0]).toMatchObject({
      severity: 'error',
      message: { id: 'Nama wajib diisi', en: 'Name is required' },
    });
    // An empty NIK is only missing, not also malformed.
    expect(issuesOf(r, 'nik-format')).toEqual([]);
  });

  it('stays quiet when optional cells are empty', () => {
    const r = checkRows([{ sex: null, birthDate: null, institution: null, category: null, program: null, wage: null, segment: '' }]);
    expect(issuesOf(r, 'required-missing')).toEqual([]);
  });
});
