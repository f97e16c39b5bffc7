import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('value-unknown', () => {
  it('fires for each list field with a value outside its list, suggesting the closest', () => {
    const r = checkRows([
      {
        sex: 'X',
        category: 'Tenaga Kesehatn',
        employmentStatus: 'Pensiunan',
        segment: 'Mandiri',
        membershipStatus: 'Aktf',
        program: 'JKK, JHX',
      },
    ]);
    const found = issuesOf(r, 'value-unknown');
    expect(found.map((i) => i.field)).toEqual(['sex', 'category', 'employmentStatus', 'segment', 'membershipStatus', 'program']);
    expect(found.every((i) => i.severity === 'warning')).toBe(true);
    expect(found[1].fix).toEqual({ value: 'Tenaga Kesehatan' });
    expect(found[4].fix).toEqual({ value: 'Aktif' });
    expect(found[2].fix).toBeUndefined();
    expect(found[5].message.id).toContain('"jhx"');
  });

  it('stays quiet for canonical values and tolerated variants', () => {
    const r = checkRows([
      { sex: 'Laki-laki', nik: null },
      { category: 'nakes', employmentStatus: 'non asn', segment: 'penerima upah', membershipStatus: 'AKTIF', program: 'jkk + jkm' },
      {
        category: 'Kader Kesehatan',
        employmentStatus: 'P3K',
        segment: 'BPU',
        membershipStatus: 'Non Aktif',
        program: 'JKK/JKM/JHT/JP/JKP',
      },
    ]);
    expect(issuesOf(r, 'value-unknown')).toEqual([]);
  });
});
