import { checkRows, issuesOf, makeNik } from '../../../support/roster-rows';

describe('nik-region-retired', () => {
  it.each([
    ['Merauke (Papua 91 → Papua Selatan 93)', '9101', 'Kabupaten Merauke (9301)'],
    ['Tarakan (Kalimantan Timur 64 → Kalimantan Utara 65)', '6473', 'Kota Tarakan (6571)'],
    ['Sorong (Papua Barat 92 → Papua Barat Daya 96)', '9201', 'Kabupaten Sorong (9601)'],
  ])('is info, not an error, for a NIK issued in %s, naming the successor', (_label, code, now) => {
    const nik = makeNik(code, 1988, 8, 3, 'L');
    const r = checkRows([{ nik, sex: 'L', birthDate: '03-08-1988' }]);
    const found = issuesOf(r, 'nik-region-retired');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', cell: 'B2', field: 'nik' });
    expect(found[0].message.id).toContain(`kini ${now}`);
    expect(found[0].message.en).toContain(`now ${now}`);
    // Masked like every NIK in a message.
    expect(found[0].message.id).toContain(`${nik.slice(0, 6)}******${nik.slice(-4)}`);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('stays quiet for current codes, and leaves never-existing codes to nik-region-unknown', () => {
    expect(issuesOf(checkRows([{ nik: makeNik('9301', 1990, 4, 12, 'P') }]), 'nik-region-retired')).toEqual([]);
    const r = checkRows([{ nik: makeNik('9199', 1990, 4, 12, 'P') }]);
    expect(issuesOf(r, 'nik-region-retired')).toEqual([]);
    expect(issuesOf(r, 'nik-region-unknown')).toHaveLength(1);
  });

  it('is an error, not info, for a code retired before NIKs existed (Timor Timur 54, Sulawesi Barat 2004)', () => {
    for (const code of ['5402', '7320']) {
      const r = checkRows([{ nik: makeNik(code, 1970, 1, 9, 'L'), sex: 'L', birthDate: '09-01-1970' }]);
      expect(issuesOf(r, 'nik-region-retired')).toEqual([]);
      expect(issuesOf(r, 'nik-region-unknown')).toHaveLength(1);
    }
  });

  it('reads a retired NIK written with spaces the same way (slow path)', () => {
    const nik = makeNik('9109', 1985, 8, 17, 'P');
    const spaced = `${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`;
    const found = issuesOf(checkRows([{ nik: spaced, birthDate: '17-08-1985' }]), 'nik-region-retired');
    expect(found).toHaveLength(1);
    expect(found[0].message.en).toContain('Kabupaten Mimika (9404)');
  });
});
