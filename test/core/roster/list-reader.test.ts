import { ColumnReader } from '../../../src/core/roster/list-reader';
import { valueMatcher } from '../../../src/core/roster/values';

describe('ColumnReader', () => {
  it('reads each distinct recent cell once, and reads numbers and booleans by their text', () => {
    const seen: string[] = [];
    const reader = new ColumnReader((text: string) => {
      seen.push(text);
      return text.trim().toUpperCase();
    });
    expect(['aktif ', 'aktif ', 'Belum', 'aktif ', 6112, true].map((c) => reader.read(c))).toEqual([
      'AKTIF',
      'AKTIF',
      'BELUM',
      'AKTIF',
      '6112',
      'TRUE',
    ]);
    expect(seen).toEqual(['aktif ', 'Belum', '6112', 'TRUE']);
  });

  it('gives a list field the matcher reading', () => {
    const reader = new ColumnReader(valueMatcher('membershipStatus'));
    expect(reader.read('aktif ')).toMatchObject({ value: 'Aktif', exact: false });
    expect(reader.read('Aktif')).toMatchObject({ value: 'Aktif', exact: true });
  });
});
