import {
  fitsInline,
  listSourceFormula,
  parseListSource,
  planListColumns,
  rangeListTitle,
  INLINE_LIST_MAX,
} from '../../src/hosts/list-sheet';
import { regenciesOf } from '../../src/core/reference/regions';

describe('list sheet layout', () => {
  test('inline lists: up to 255 characters joined by commas, and no value holding a comma', () => {
    const exactly = ['x'.repeat(INLINE_LIST_MAX - 2), 'y'];
    expect(exactly.join(',').length).toBe(INLINE_LIST_MAX);
    expect(fitsInline(exactly)).toBe(true);
    expect(fitsInline([...exactly.slice(0, 1), 'yz'])).toBe(false);
    expect(fitsInline(['L', 'P'])).toBe(true);
    expect(fitsInline(['Kabupaten A, Barat', 'Kota B'])).toBe(false);
    expect(fitsInline(regenciesOf('61').map((r) => r.name))).toBe(false);
  });

  test('a list goes to the sheet when named, or when it cannot be inline (titled by its header)', () => {
    const header = ['No', 'Nama', 'Kabupaten/Kota'];
    const long = regenciesOf('61').map((r) => r.name);
    expect(rangeListTitle({ column: 2, values: ['A', 'B'], toRow: 10 }, header)).toBeUndefined();
    expect(rangeListTitle({ column: 2, values: ['A', 'B'], toRow: 10, listName: 'Daftar A' }, header)).toBe('Daftar A');
    expect(rangeListTitle({ column: 2, values: long, toRow: 10 }, header)).toBe('Kabupaten/Kota');
    expect(rangeListTitle({ column: 4, values: long, toRow: 10 }, header)).toBe('Kolom E');
  });

  test('columns: a list already titled so keeps its column, new lists follow the last title', () => {
    const titles = ['Kabupaten/Kota Kalimantan Barat (61)', '', 'Kabupaten/Kota Jawa Timur (35)'];
    const planned = planListColumns(titles, [
      { title: 'kabupaten/kota jawa timur (35)', values: ['a'] },
      { title: 'Kabupaten/Kota Bali (51)', values: ['b'] },
      { title: 'Kabupaten/Kota Bali (51)', values: ['b'] },
      { title: 'Kabupaten/Kota Aceh (11)', values: ['c'] },
    ]);
    expect(planned.map((p) => [p.title, p.column])).toEqual([
      ['kabupaten/kota jawa timur (35)', 2],
      ['Kabupaten/Kota Bali (51)', 3],
      ['Kabupaten/Kota Aceh (11)', 4],
    ]);
    expect(planListColumns([], [{ title: 'x', values: [] }])[0].column).toBe(0);
  });

  test('sources are absolute, quoted references to the values under the title row, and read back', () => {
    expect(listSourceFormula('CJ Daftar', 0, 14)).toBe("='CJ Daftar'!$A$3:$A$16");
    expect(listSourceFormula("Rosi's lists", 27, 3)).toBe("='Rosi''s lists'!$AB$3:$AB$5");
    expect(parseListSource("='Rosi''s lists'!$AB$3:$AB$5")).toEqual({ sheet: "Rosi's lists", column: 27, fromRow: 2, toRow: 4 });
    expect(parseListSource('L,P')).toBeUndefined();
  });
});
