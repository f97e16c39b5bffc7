import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('asn-in-roster', () => {
  it('notes (info) PNS and PPPK rows, which the summary leaves out', () => {
    const r = checkRows([{ employmentStatus: 'PNS' }, { employmentStatus: 'PPPK' }, { employmentStatus: 'p3k' }]);
    expect(issuesOf(r, 'asn-in-roster').map((i) => [i.cell, i.severity])).toEqual([
      ['H2', 'info'],
      ['H3', 'info'],
      ['H4', 'info'],
    ]);
    expect(r.parsed[0].records.map((x) => x.isAsn)).toEqual([true, true, true]);
  });

  it('stays quiet for the non-ASN statuses', () => {
    const r = checkRows(['Non-ASN', 'Honorer', 'Kontrak', 'BLUD', 'Relawan'].map((employmentStatus) => ({ employmentStatus })));
    expect(issuesOf(r, 'asn-in-roster')).toEqual([]);
    expect(r.parsed[0].records.some((x) => x.isAsn)).toBe(false);
  });
});
