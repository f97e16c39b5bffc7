import { checkRows, issuesOf, validRow } from '../../../support/roster-rows';

describe('nik-precision-lost', () => {
  it('fires when the NIK is stored as a number', () => {
    const r = checkRows([{ nik: Number(validRow(1).nik) }]);
    const found = issuesOf(r, 'nik-precision-lost');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', cell: 'B2', field: 'nik' })]);
    expect(found[0].message.en).toContain('15 digits');
    // The row carries an error, and its NIK is unreadable for the summary.
    expect(r.parsed[0].records[0]).toMatchObject({ nik: null, hasError: true });
  });

  it('stays quiet when the NIK is text', () => {
    expect(issuesOf(checkRows([{}]), 'nik-precision-lost')).toEqual([]);
  });
});
