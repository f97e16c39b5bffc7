import { fixCandidates } from '../../../../src/taskpane/fixes';
import { checkAreaRows } from '../../../support/area-rows';
import { issuesOf } from '../../../support/roster-rows';

// Columns: … Jabatan is absent, so Kecamatan is O and Desa/Kelurahan P (after Tanggal Mulai Kepesertaan, N).
describe('area-unknown', () => {
  it('fires (info) once per column and spelling, with the nearest name of the row’s kab/kota as a fix', () => {
    const rows = [
      ...Array.from({ length: 4 }, () => ({ district: 'Sungai Ambawang', village: 'Sungai Ambawng Kuala' })),
      { district: 'Sungai Ambawan', village: 'Sungai Ambawang Kuala' },
    ];
    const r = checkAreaRows(rows);
    const found = issuesOf(r, 'area-unknown');
    expect(found.map((i) => [i.field, i.cell, i.cells, i.fix?.value])).toEqual([
      ['village', 'P2', ['P2', 'P3', 'P4', 'P5'], 'Sungai Ambawang Kuala'],
      ['district', 'O6', ['O6'], 'Sungai Ambawang'],
    ]);
    expect(found[0].severity).toBe('info');
    expect(found[0].message.id).toBe(
      "Desa/Kelurahan: 'Sungai Ambawng Kuala' tidak dikenal di Kecamatan Sungai Ambawang (4 kali: P2, P3, P4, …); mungkin maksudnya 'Sungai Ambawang Kuala'?",
    );
    expect(found[1].message.en).toBe(
      "Kecamatan (sub-district): 'Sungai Ambawan' not known in Kabupaten Kubu Raya (1 time: O6); did you mean 'Sungai Ambawang'?",
    );
    // The Fix writes the suggestion into every cell of the spelling.
    const fixes = fixCandidates(r, [r.parsed[0].grid]).filter((f) => f.rule === 'area-unknown');
    expect(fixes.every((f) => f.group === 'rule:area-unknown')).toBe(true);
    expect(fixes.map((f) => [f.cell, f.fix.value])).toEqual([
      ['P2', 'Sungai Ambawang Kuala'],
      ['P3', 'Sungai Ambawang Kuala'],
      ['P4', 'Sungai Ambawang Kuala'],
      ['P5', 'Sungai Ambawang Kuala'],
      ['O6', 'Sungai Ambawang'],
    ]);
  });

  it('offers no fix when nothing is near, and says so without a guess', () => {
    const r = checkAreaRows([{ district: 'Sungai Raya', village: 'Kampung Baru Indah Permai' }]);
    const [issue] = issuesOf(r, 'area-unknown');
    expect(issue.fix).toBeUndefined();
    expect(issue.message.id).toBe("Desa/Kelurahan: 'Kampung Baru Indah Permai' tidak dikenal di Kecamatan Sungai Raya (1 kali: P2)");
  });

  it('stays quiet on valid variants: case, prefixes, abbreviations, kelurahan and desa alike', () => {
    const r = checkAreaRows([
      { district: 'SUNGAI AMBAWANG', village: 'DESA SUNGAI AMBAWANG KUALA' },
      { district: 'Kec. Sungai Ambawang', village: 'Ds. Sui Ambawang Kuala' },
      { district: 'Kecamatan Sungai Raya', village: 'desa  sungai-raya dalam' },
      { regency: 'Kota Pontianak', district: 'Pontianak Timur', village: 'Kel. Tanjung Hulu' },
      { regency: 'Kota Pontianak', district: 'Pontianak Selatan', village: 'Kelurahan Benua Melayu Laut' },
      { district: null, village: null },
    ]);
    expect(issuesOf(r, 'area-unknown')).toEqual([]);
    expect(issuesOf(r, 'area-outside-region')).toEqual([]);
    expect(r.parsed[0].records.map((x) => [x.district, x.districtCode, x.village])).toEqual([
      ['Sungai Ambawang', '611203', 'Sungai Ambawang Kuala'],
      ['Sungai Ambawang', '611203', 'Sungai Ambawang Kuala'],
      ['Sungai Raya', '611201', 'Sungai Raya Dalam'],
      ['Pontianak Timur', '617102', 'Tanjung Hulu'],
      ['Pontianak Selatan', '617101', 'Benuamelayu Laut'],
      [undefined, undefined, undefined],
    ]);
  });

  it('stays quiet where there is no area data: another province, or a row of a kab/kota elsewhere', () => {
    const elsewhere = checkAreaRows([{ regency: 'Kota Bandung', district: 'Coblong', village: 'Dago' }], { province: '32' });
    expect(issuesOf(elsewhere, 'area-unknown')).toEqual([]);
    expect(elsewhere.parsed[0].records[0]).toMatchObject({ district: 'Coblong', village: 'Dago' });
    const oneRowElsewhere = checkAreaRows([{ regency: 'Kota Bandung', district: 'Coblong', village: 'Dago' }]);
    expect(issuesOf(oneRowElsewhere, 'area-unknown')).toEqual([]);
    expect(issuesOf(oneRowElsewhere, 'area-outside-region')).toEqual([]);
  });
});
