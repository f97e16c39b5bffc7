import { checkAreaRows } from '../../../support/area-rows';
import { issuesOf } from '../../../support/roster-rows';

describe('area-outside-region', () => {
  it('fires (warning) for a kecamatan of another kab/kota, once per spelling, saying where it is', () => {
    // Kubu Raya rows; Kapuas is a kecamatan of Sanggau.
    const r = checkAreaRows([{ district: 'Kapuas' }, { district: 'Kapuas' }, { district: 'Sungai Raya' }]);
    const found = issuesOf(r, 'area-outside-region');
    expect(found.map((i) => [i.severity, i.field, i.cells])).toEqual([['warning', 'district', ['O2', 'O3']]]);
    expect(found[0].message.id).toBe("Kecamatan: 'Kapuas' tidak ada di Kabupaten Kubu Raya, tetapi di Kabupaten Sanggau (2 kali: O2, O3)");
    expect(found[0].fix).toBeUndefined();
    expect(issuesOf(r, 'area-unknown')).toEqual([]);
  });

  it('fires for a desa outside its row’s kecamatan, and for one outside the kab/kota when no kecamatan is given', () => {
    const r = checkAreaRows([
      { district: 'Sungai Raya', village: 'Sungai Ambawang Kuala' },
      { district: null, village: 'Kubu Padi' },
      { regency: 'Kabupaten Sanggau', district: null, village: 'Kubu Padi' },
    ]);
    const found = issuesOf(r, 'area-outside-region');
    expect(found.map((i) => [i.cell, i.cells])).toEqual([
      ['P2', ['P2']],
      ['P4', ['P4']],
    ]);
    expect(found[0].message.en).toBe(
      "Village (desa/kelurahan): 'Sungai Ambawang Kuala' is not in kecamatan Sungai Raya but in Kecamatan Sungai Ambawang, Kabupaten Kubu Raya (1 time: P2)",
    );
    expect(found[1].message.id).toContain('tidak ada di Kabupaten Sanggau, tetapi di Kecamatan Kuala Mandor B, Kabupaten Kubu Raya');
    // Kubu Padi without a kecamatan in Kubu Raya is placed there.
    expect(r.parsed[0].records[1]).toMatchObject({ district: 'Kuala Mandor B', districtCode: '611202', village: 'Kubu Padi' });
  });

  it('follows the kab/kota of the title when the rows have none', () => {
    const r = checkAreaRows([{ regency: 'Kabupaten Sanggau', district: 'Kapuas', village: 'Sungai Ambawang Kuala' }]);
    expect(issuesOf(r, 'area-outside-region').map((i) => i.field)).toEqual(['village']);
  });

  it('does not report a desa again when its kecamatan is already outside the kab/kota', () => {
    const r = checkAreaRows([{ district: 'Kapuas', village: 'Sungai Ambawang Kuala' }]);
    expect(issuesOf(r, 'area-outside-region').map((i) => i.field)).toEqual(['district']);
  });

  it('stays quiet for a name shared by several places when one of them fits', () => {
    // "Sungai Raya" is a kecamatan of Kubu Raya and of Bengkayang.
    const r = checkAreaRows([
      { district: 'Sungai Raya', village: 'Sungai Raya' },
      { regency: 'Kabupaten Bengkayang', district: 'Sungai Raya', village: null },
    ]);
    expect(issuesOf(r, 'area-outside-region')).toEqual([]);
  });
});
