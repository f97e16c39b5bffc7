import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('value-nonstandard', () => {
  it('fires (info) for recognised values written another way, with the standard spelling as fix', () => {
    const r = checkRows([
      { regency: 'Kab. Kubu Raya', membershipStatus: 'aktif ', sex: 'Perempuan', employmentStatus: 'non asn', program: 'jkk+jkm' },
    ]);
    const found = issuesOf(r, 'value-nonstandard');
    expect(found.map((i) => [i.cell, i.fix?.value])).toEqual([
      ['C2', 'P'],
      ['E2', 'Kabupaten Kubu Raya'],
      ['H2', 'Non-ASN'],
      ['J2', 'Aktif'],
      ['L2', 'JKK, JKM'],
    ]);
    expect(found[0].severity).toBe('info');
    // The record already reads the canonical values.
    expect(r.parsed[0].records[0]).toMatchObject({
      regencyCode: '6112',
      membershipStatus: 'Aktif',
      employmentStatus: 'Non-ASN',
      programs: ['JKK', 'JKM'],
    });
  });

  it('stays quiet for the standard spellings (programme separators are free)', () => {
    const r = checkRows([{ program: 'JKK;JKM' }, { program: 'JKK/JKM/JHT' }, {}]);
    expect(issuesOf(r, 'value-nonstandard')).toEqual([]);
  });
});
