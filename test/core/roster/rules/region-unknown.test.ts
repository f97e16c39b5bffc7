import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('region-unknown', () => {
  it('fires for an unknown name and offers the closest one as a fix when it is clearly a typo', () => {
    const found = issuesOf(checkRows([{ regency: 'Kab. Kubu Rya' }]), 'region-unknown');
    expect(found).toEqual([
      expect.objectContaining({ severity: 'error', cell: 'E2', field: 'regency', fix: { value: 'Kabupaten Kubu Raya' } }),
    ]);
    expect(found[0].message.id).toContain('Kabupaten Kubu Raya');
  });

  it('fires without a fix when nothing is near', () => {
    const found = issuesOf(checkRows([{ regency: 'Antah Berantah' }]), 'region-unknown');
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeUndefined();
  });

  it('fires for a bare name shared by a kabupaten and a kota', () => {
    const found = issuesOf(checkRows([{ regency: 'Bogor' }]), 'region-unknown');
    expect(found[0].message.en).toContain('Kabupaten Bogor / Kota Bogor');
    expect(found[0].fix).toBeUndefined();
  });

  it('stays quiet for the spellings rosters use', () => {
    const r = checkRows(
      ['Kab. Kubu Raya', 'KAB KUBU RAYA', 'Kubu Raya', 'Kabupaten Kuburaya', 'Kota Pontianak', 'Pontianak', 'kota singkawang', '6112'].map(
        (regency) => ({ regency }),
      ),
    );
    expect(issuesOf(r, 'region-unknown')).toEqual([]);
    expect(r.parsed[0].records.map((x) => x.regencyCode)).toEqual(['6112', '6112', '6112', '6112', '6171', '6171', '6172', '6112']);
  });
});
