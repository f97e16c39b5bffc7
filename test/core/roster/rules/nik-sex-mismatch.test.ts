import { checkRows, issuesOf, makeNik } from '../../../support/roster-rows';

describe('nik-sex-mismatch', () => {
  it('fires when the column says L but the NIK is a woman (day + 40), and the other way round', () => {
    const r = checkRows([{ sex: 'L' }, { nik: makeNik('6112', 1990, 4, 12, 'L', 2), sex: 'Perempuan' }]);
    const found = issuesOf(r, 'nik-sex-mismatch');
    expect(found.map((i) => i.cell)).toEqual(['C2', 'C3']);
    expect(found[0]).toMatchObject({ severity: 'warning', field: 'sex' });
    expect(found[0].message.en).toContain('female');
  });

  it('stays quiet for the accepted spellings of the right sex', () => {
    const r = checkRows([{ sex: 'P' }, { sex: 'perempuan' }, { sex: 'Wanita' }, { sex: ' p ' }]);
    expect(issuesOf(r, 'nik-sex-mismatch')).toEqual([]);
  });
});
