import { checkGrids } from '../../../../src/core/roster/check';
import { checkRows, issuesOf, rosterGrid, TODAY, validRow } from '../../../support/roster-rows';

describe('nik-duplicate', () => {
  it('fires on every later row with a NIK already seen, pointing to the first row', () => {
    const nik = validRow(1).nik;
    const r = checkRows([{}, {}, { nik, kpj: validRow(1).kpj }, { nik: `'${nik}` }]);
    const found = issuesOf(r, 'nik-duplicate');
    expect(found.map((i) => i.row)).toEqual([4, 5]);
    expect(found[0]).toMatchObject({ severity: 'error', field: 'nik' });
    expect(found[0].message.id).toContain('baris 2');
    expect(found[0].message.id).toContain('611203******0001');
  });

  it('finds duplicates across rosters checked together, naming the other sheet', () => {
    const a = rosterGrid([validRow(1), validRow(2)], { sheet: 'Nakes' });
    const b = rosterGrid([validRow(3), { ...validRow(9), nik: validRow(2).nik }], { sheet: 'Kader' });
    const found = checkGrids([a, b], { today: TODAY }).issues.filter((i) => i.rule === 'nik-duplicate');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: 'Kader', row: 3 });
    expect(found[0].message.en).toContain('row 3 (Nakes)');
  });

  it('stays quiet for distinct NIKs', () => {
    expect(issuesOf(checkRows([{}, {}, {}]), 'nik-duplicate')).toEqual([]);
  });
});
