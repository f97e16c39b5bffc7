import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('region-outside-province', () => {
  it('fires (warning) for a real kab/kota of another province, and the record keeps its code', () => {
    const r = checkRows([{ regency: 'Kota Bandung' }]);
    expect(issuesOf(r, 'region-outside-province')).toEqual([expect.objectContaining({ severity: 'warning', cell: 'E2' })]);
    expect(issuesOf(r, 'region-outside-province')[0].message.id).toContain('Jawa Barat');
    expect(r.parsed[0].records[0].regencyCode).toBe('3273');
  });

  it('follows the province setting', () => {
    const r = checkRows([{ regency: 'Kota Bandung' }, { regency: 'Kabupaten Kubu Raya' }], { province: '32' });
    expect(issuesOf(r, 'region-outside-province').map((i) => i.row)).toEqual([3]);
  });

  it('stays quiet for kab/kota of the roster province', () => {
    expect(issuesOf(checkRows([{ regency: 'Kabupaten Sambas' }, { regency: 'Kota Singkawang' }]), 'region-outside-province')).toEqual([]);
  });
});
