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
