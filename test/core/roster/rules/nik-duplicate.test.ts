import { checkGrids } from '../../../../src/core/roster/check';
import { checkRows, issuesOf, makeNik, rosterGrid, TODAY, validRow } from '../../../support/roster-rows';

describe('nik-duplicate', () => {
  it('fires on every later row with a NIK already seen, pointing to the first row', () => {
    const nik = validRow(1).nik as string;
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

  it('keeps its place among the other issues on the same NIK cell, and marks the record as having an error', () => {
    // Found after every row is read (one pass over the NIK table), yet ordered as if reported during the row.
    const old = makeNik('6112', 1946, 3, 12, 'L', 7);
    const unknownRegion = `6199${makeNik('6112', 1990, 4, 12, 'P', 8).slice(4)}`;
    const r = checkRows([
      { nik: old, sex: 'L', birthDate: null },
      { nik: old, sex: 'L', birthDate: null },
      { nik: unknownRegion },
      { nik: unknownRegion },
    ]);
    const onNik = (row: number) => r.issues.filter((i) => i.row === row && i.field === 'nik').map((i) => i.rule);
    expect(onNik(2)).toEqual(['age-out-of-range']);
    expect(onNik(3)).toEqual(['nik-duplicate', 'age-out-of-range']);
    expect(onNik(4)).toEqual(['nik-region-unknown']);
    expect(onNik(5)).toEqual(['nik-region-unknown', 'nik-duplicate']);
    expect(r.parsed[0].records.map((rec) => rec.hasError)).toEqual([false, true, true, true]);
  });

  it('stays quiet for distinct NIKs', () => {
    expect(issuesOf(checkRows([{}, {}, {}]), 'nik-duplicate')).toEqual([]);
  });
});
