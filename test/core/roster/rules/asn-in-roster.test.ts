import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('asn-in-roster', () => {
  it('notes (info) the PNS and PPPK rows, which the summary leaves out, once per roster with the count and rows', () => {
    const r = checkRows([{ employmentStatus: 'PNS' }, {}, { employmentStatus: 'PPPK' }, { employmentStatus: 'p3k' }]);
    const found = issuesOf(r, 'asn-in-roster');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: 'H2', row: 2, severity: 'info', field: 'employmentStatus', cells: ['H2', 'H4', 'H5'] });
    expect(found[0].message.id).toBe('3 baris ASN (PNS 1, PPPK 2) tidak dihitung sebagai sasaran: baris 2, 4, 5');
    expect(found[0].message.en).toBe('3 ASN rows (PNS 1, PPPK 2) left out of the eligible count: rows 2, 4, 5');
    expect(found[0].fix).toBeUndefined();
    expect(r.parsed[0].records.map((x) => x.isAsn)).toEqual([true, false, true, true]);
  });

  it('names the first rows only and counts in the reader’s language (1.200 / 1,200)', () => {
    const r = checkRows(Array.from({ length: 1200 }, () => ({ employmentStatus: 'PNS' })));
    const [item] = issuesOf(r, 'asn-in-roster');
    expect(item.cells).toHaveLength(1200);
    expect(item.message.id).toBe('1.200 baris ASN (PNS 1.200) tidak dihitung sebagai sasaran: baris 2, 3, 4, 5, 6, …');
    expect(item.message.en).toContain('1,200 ASN rows (PNS 1,200)');
  });

  it('stays quiet for the non-ASN statuses and for PPPK Paruh Waktu (counted as eligible)', () => {
    const statuses = ['Non-ASN', 'Honorer', 'Kontrak', 'BLUD', 'Relawan', 'THL', 'Magang', 'PPPK Paruh Waktu'];
    const r = checkRows(statuses.map((employmentStatus) => ({ employmentStatus })));
    expect(issuesOf(r, 'asn-in-roster')).toEqual([]);
    expect(r.parsed[0].records.some((x) => x.isAsn)).toBe(false);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});
