import { dateCell } from '../../../src/core/cells';
import { digitHalves } from '../../../src/core/roster/digit-table';
import { KpjReading, KpjState } from '../../../src/core/roster/kpj-reader';

const read = (c: Parameters<KpjReading['read']>[0], missing = false, isError = false): KpjReading => {
  const k = new KpjReading();
  k.read(c, missing, isError);
  return k;
};

describe('KpjReading', () => {
  it.each([
    ['plain text', '12345678901'],
    ['a leading apostrophe', "'12345678901"],
    ['spaces, dots and dashes', '123 456.789-01'],
    ['a number', 12345678901],
  ])('reads 11 digits written as %s, split as the duplicate tables split them', (_label, cell) => {
    const k = read(cell);
    expect(k.state).toBe(KpjState.Ok);
    expect(k.digits).toBe('12345678901');
    const halves = { hi: 0, lo: 0 };
    digitHalves('12345678901', halves);
    expect({ hi: k.hi, lo: k.lo }).toEqual(halves);
  });

  it.each([['1234567890'], ['123456789012'], ['1234567890A'], [1234567890], [12345678901.5], [true], [dateCell(45000)]])(
    'rejects %p as not 11 digits',
    (cell) => {
      const k = read(cell);
      expect(k.state).toBe(KpjState.Format);
      expect(k.digits).toBeNull();
    },
  );

  it('is empty without a column or value, and an Excel error is its own state', () => {
    expect(read(null, true).state).toBe(KpjState.Empty);
    expect(read('12345678901', false, true).state).toBe(KpjState.Error);
    // A reading reused for the next row forgets the previous digits.
    const k = read('12345678901');
    k.read(null, true, false);
    expect(k.digits).toBeNull();
  });
});
