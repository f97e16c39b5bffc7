import { type Cell, errorCell } from '../../../src/core/cells';
import { FIELD_ORDINAL, FIELDS, fieldBit } from '../../../src/core/roster/fields';
import { BlockScanner, SCAN_BLOCK } from '../../../src/core/roster/row-scan';

/** Columns: every field in template order, from column 0. */
const cols = Int32Array.from(FIELDS.map((_, i) => i));
const row = (values: Partial<Record<(typeof FIELDS)[number]['id'], Cell>>): Cell[] =>
  FIELDS.map((f) => (f.id in values ? (values[f.id] ?? null) : 'x'));

describe('BlockScanner', () => {
  it('marks blank and error cells per field, row by row of the block', () => {
    const rows = [
      row({ name: '', nik: null, regency: errorCell('#N/A') }),
      row({ membershipStatus: ' \u00a0 ', wage: errorCell('#REF!') }),
      row({}),
      ['only a name'],
    ];
    const scanner = new BlockScanner();
    scanner.scan(rows, cols, [0, 1, 2, 3], 0);
    expect(scanner.blank[0]).toBe(fieldBit('name') | fieldBit('nik'));
    expect(scanner.error[0]).toBe(fieldBit('regency'));
    expect(scanner.blank[1]).toBe(fieldBit('membershipStatus'));
    expect(scanner.error[1]).toBe(fieldBit('wage'));
    expect([scanner.blank[2], scanner.error[2]]).toEqual([0, 0]);
    // A short row: every missing cell is blank.
    expect(scanner.blank[3]).toBe(FIELDS.slice(1).reduce((bits, f) => bits | fieldBit(f.id), 0));
  });

  it('does not look for only-spaces text where nothing depends on it (Instansi/Fasilitas, dates)', () => {
    const scanner = new BlockScanner();
    scanner.scan([row({ institution: '  ', birthDate: ' ', name: '  ' })], cols, [0], 0);
    expect(scanner.blank[0]).toBe(fieldBit('name'));
  });

  it('scans at most SCAN_BLOCK rows from `from`, and skips absent columns', () => {
    const rows = Array.from({ length: SCAN_BLOCK + 5 }, (_, i) => row(i === SCAN_BLOCK + 2 ? { name: '' } : {}));
    const scanner = new BlockScanner();
    const indexes = rows.map((_, i) => i);
    scanner.scan(rows, cols, indexes, 5);
    expect(scanner.blank[SCAN_BLOCK - 3]).toBe(fieldBit('name'));
    const noName = Int32Array.from(cols);
    noName[FIELD_ORDINAL.name] = -1;
    scanner.scan(rows, noName, indexes, 5);
    expect(scanner.blank[SCAN_BLOCK - 3]).toBe(0);
  });
});
