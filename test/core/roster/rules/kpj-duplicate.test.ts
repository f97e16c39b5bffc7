import { checkRows, issuesOf, validRow } from '../../../support/roster-rows';

describe('kpj-duplicate', () => {
  it('fires when rows with different NIKs share a KPJ', () => {
    const r = checkRows([{}, {}, { kpj: validRow(1).kpj }]);
    const found = issuesOf(r, 'kpj-duplicate');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', cell: 'K4', row: 4 })]);
    expect(found[0].message.id).toContain('baris 2');
  });

  it('also fires when the later row has no readable NIK', () => {
    expect(issuesOf(checkRows([{}, { nik: '123', kpj: validRow(1).kpj }]), 'kpj-duplicate')).toHaveLength(1);
  });

  it('stays quiet for the same person listed twice (that is nik-duplicate) and for distinct KPJs', () => {
    const same = checkRows([{}, { nik: validRow(1).nik, kpj: validRow(1).kpj }]);
    expect(issuesOf(same, 'kpj-duplicate')).toEqual([]);
    expect(issuesOf(same, 'nik-duplicate')).toHaveLength(1);
    expect(issuesOf(checkRows([{}, {}, {}]), 'kpj-duplicate')).toEqual([]);
  });
});
