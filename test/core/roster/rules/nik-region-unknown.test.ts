import { checkRows, issuesOf, makeNik } from '../../../support/roster-rows';

describe('nik-region-unknown', () => {
  it.each([
    ['an unknown province', makeNik('9912', 1990, 4, 12, 'P')],
    ['an unknown kab/kota of a real province', makeNik('6199', 1990, 4, 12, 'P')],
  ])('fires for %s, showing the NIK masked', (_label, nik) => {
    const found = issuesOf(checkRows([{ nik }]), 'nik-region-unknown');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', cell: 'B2' });
    expect(found[0].message.id).toContain(`${nik.slice(0, 6)}******${nik.slice(-4)}`);
    expect(found[0].message.id).not.toContain(nik);
  });

  it('shows the full NIK when asked', () => {
    const nik = makeNik('6199', 1990, 4, 12, 'P');
    expect(issuesOf(checkRows([{ nik }], { showFullNik: true }), 'nik-region-unknown')[0].message.en).toContain(nik);
  });

  it('stays quiet for a NIK first issued in another province (normal, not even info)', () => {
    const r = checkRows([{ nik: makeNik('3273', 1990, 4, 12, 'P') }]);
    expect(r.issues).toEqual([]);
  });
});

describe('nik-region-unknown: codes retired by a split', () => {
  it.each([
    ['Merauke before Papua Selatan (9101)', '9101'],
    ['Tarakan before Kalimantan Utara (6473)', '6473'],
    ['Kota Sorong before Papua Barat Daya (9271)', '9271'],
  ])('is no error for %s: a NIK keeps the code it was issued under', (_label, code) => {
    const r = checkRows([{ nik: makeNik(code, 1990, 4, 12, 'P') }]);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});
