import { checkRows, issuesOf } from '../../../support/roster-rows';
import { fixCandidates } from '../../../../src/taskpane/fixes';

describe('value-nonstandard', () => {
  it('fires (info) for recognised values written another way, with the standard spelling as fix', () => {
    const r = checkRows([
      { regency: 'Kab. Kubu Raya', membershipStatus: 'aktif ', sex: 'Perempuan', employmentStatus: 'non asn', program: 'jkk+jkm' },
    ]);
    const found = issuesOf(r, 'value-nonstandard');
    expect(found.map((i) => [i.cell, i.fix?.value, i.cells])).toEqual([
      ['C2', 'P', ['C2']],
      ['E2', 'Kabupaten Kubu Raya', ['E2']],
      ['H2', 'Non-ASN', ['H2']],
      ['J2', 'Aktif', ['J2']],
      ['L2', 'JKK, JKM', ['L2']],
    ]);
    expect(found[0].severity).toBe('info');
    expect(found[2].message.id).toBe("Status Kepegawaian: 'non asn' ditulis 1 kali; bentuk baku 'Non-ASN' (H2)");
    // The record already reads the canonical values.
    expect(r.parsed[0].records[0]).toMatchObject({
      regencyCode: '6112',
      membershipStatus: 'Aktif',
      employmentStatus: 'Non-ASN',
      programs: ['JKK', 'JKM'],
    });
  });

  it('reports a spelling once per column with its count and first cells; the Fix still fixes every cell', () => {
    const rows = Array.from({ length: 5210 }, (_, i) => ({ employmentStatus: i % 2 === 0 ? 'honorer' : 'HONORER' }));
    const r = checkRows([...rows, { employmentStatus: 'Honorer' }]);
    const found = issuesOf(r, 'value-nonstandard');
    expect(found.map((i) => [i.cell, i.cells!.length])).toEqual([
      ['H2', 2605],
      ['H3', 2605],
    ]);
    expect(found[0].message.id).toBe("Status Kepegawaian: 'honorer' ditulis 2.605 kali; bentuk baku 'Honorer' (H2, H4, H6, …)");
    expect(found[1].message.en).toBe("Employment status: 'HONORER' written 2,605 times; standard form 'Honorer' (H3, H5, H7, …)");
    const fixes = fixCandidates(r, [r.parsed[0].grid]);
    expect(fixes).toHaveLength(5210);
    expect(fixes.every((f) => f.fix.value === 'Honorer')).toBe(true);
    expect(new Set(fixes.map((f) => f.cell)).size).toBe(5210);
  });

  it('keeps each roster apart', () => {
    const r = checkRows([{ employmentStatus: 'honorer' }]);
    const again = checkRows([{ employmentStatus: 'honorer' }, { employmentStatus: 'honorer' }]);
    expect(issuesOf(r, 'value-nonstandard')[0].cells).toEqual(['H2']);
    expect(issuesOf(again, 'value-nonstandard')[0].cells).toEqual(['H2', 'H3']);
  });

  it('stays quiet for the standard spellings (programme separators are free)', () => {
    const r = checkRows([{ program: 'JKK;JKM' }, { program: 'JKK/JKM/JHT' }, {}]);
    expect(issuesOf(r, 'value-nonstandard')).toEqual([]);
  });
});
