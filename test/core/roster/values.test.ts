import { isAsnStatus, matchPrograms, matchValue, VALUE_LISTS } from '../../../src/core/roster/values';

describe('matchValue', () => {
  it.each([
    ['sex', 'L', 'L', true],
    ['sex', 'Laki-laki', 'L', false],
    ['sex', ' PEREMPUAN ', 'P', false],
    ['sex', 'wanita', 'P', false],
    ['membershipStatus', 'Aktif', 'Aktif', true],
    ['membershipStatus', 'aktif ', 'Aktif', false],
    ['membershipStatus', 'NON AKTIF', 'Tidak Aktif', false],
    ['membershipStatus', 'belum terdaftar', 'Belum Terdaftar', false],
    ['employmentStatus', 'non asn', 'Non-ASN', false],
    ['employmentStatus', 'NON-ASN', 'Non-ASN', false],
    ['employmentStatus', 'P3K', 'PPPK', false],
    ['employmentStatus', 'Tenaga Honorer', 'Honorer', false],
    ['category', 'Nakes', 'Tenaga Kesehatan', false],
    ['category', 'tenaga  medis', 'Tenaga Medis', false],
    ['category', 'Kader Posyandu', 'Kader Kesehatan', false],
    ['segment', 'Bukan Penerima Upah', 'BPU', false],
    ['segment', 'jakon', 'Jakon', false],
  ] as const)('%s %p → %p (exact %p)', (field, text, value, exact) => {
    expect(matchValue(field, text)).toMatchObject({ value, exact });
  });

  it('suggests the closest value for unknown text, as a fix only when it is clearly a typo', () => {
    expect(matchValue('membershipStatus', 'Aktf')).toEqual({ value: null, exact: false, suggestion: 'Aktif', confident: true });
    expect(matchValue('category', 'Tenaga Kesehatn')).toMatchObject({ value: null, suggestion: 'Tenaga Kesehatan', confident: true });
    expect(matchValue('employmentStatus', 'Magang')).toMatchObject({ value: null, suggestion: null, confident: false });
    expect(matchValue('sex', 'X')).toMatchObject({ value: null, suggestion: null });
  });

  it('marks only PNS and PPPK as ASN', () => {
    expect(VALUE_LISTS.employmentStatus.map((v) => [v.value, isAsnStatus(v.value)])).toEqual([
      ['PNS', true],
      ['PPPK', true],
      ['Non-ASN', false],
      ['Honorer', false],
      ['Kontrak', false],
      ['BLUD', false],
      ['Relawan', false],
    ]);
  });
});

describe('matchPrograms', () => {
  it.each([
    ['JKK, JKM, JHT', ['JKK', 'JKM', 'JHT'], true],
    ['JKK/JKM', ['JKK', 'JKM'], true],
    ['jkk+jkm', ['JKK', 'JKM'], false],
    ['JKK JKM JP', ['JKK', 'JKM', 'JP'], false],
    ['Jaminan Hari Tua dan Jaminan Pensiun', ['JHT', 'JP'], false],
    ['JKK, JKK', ['JKK'], true],
  ])('%p → %p', (text, codes, exact) => {
    const m = matchPrograms(text);
    expect(m.codes).toEqual(codes);
    expect(m.exact).toBe(exact);
    expect(m.unknown).toEqual([]);
  });

  it('lists unknown parts with suggestions and offers no fix', () => {
    const m = matchPrograms('JKK, JHX, asuransi');
    expect(m.codes).toEqual(['JKK']);
    expect(m.unknown).toEqual(['jhx', 'asuransi']);
    expect(m.suggestions[0]).not.toBeNull();
    expect(m.fix).toBeNull();
  });
});
