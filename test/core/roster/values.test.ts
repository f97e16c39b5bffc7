import { EMPLOYMENT_STATUSES } from '../../../src/core/roster/fields';
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
    expect(matchValue('employmentStatus', 'Pensiunan')).toMatchObject({ value: null, suggestion: null, confident: false });
    expect(matchValue('sex', 'X')).toMatchObject({ value: null, suggestion: null });
  });

  it('leaves only PNS and PPPK out of the eligible count; PPPK Paruh Waktu is ASN but counted', () => {
    const left = VALUE_LISTS.employmentStatus.filter((v) => isAsnStatus(v.value)).map((v) => v.value);
    expect(left).toEqual(['PNS', 'PPPK']);
    const pw = EMPLOYMENT_STATUSES.find((s) => s.value === 'PPPK Paruh Waktu')!;
    expect(pw).toMatchObject({ asn: true, eligible: true });
    for (const s of EMPLOYMENT_STATUSES) expect(s.eligible).toBe(!isAsnStatus(s.value));
  });

  it.each([
    ['Honorer Daerah', 'Honorer Daerah'],
    ['tenaga harian lepas', 'THL'],
    ['THL', 'THL'],
    ['PTT', 'PTT'],
    ['Kontrak BLUD', 'Kontrak BLUD'],
    ['Nusantara Sehat', 'Nusantara Sehat'],
    ['Sukarela', 'Sukarela'],
    ['TKS', 'Sukarela'],
    ['Magang', 'Magang'],
    ['alih daya', 'Outsourcing'],
    ['Outsourcing', 'Outsourcing'],
    ['PPPK Paruh Waktu', 'PPPK Paruh Waktu'],
    ['p3k paruh waktu', 'PPPK Paruh Waktu'],
    ['Sukarelawan', 'Relawan'],
  ])('reads the status offices write: %s → %s', (text, value) => {
    expect(matchValue('employmentStatus', text).value).toBe(value);
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
