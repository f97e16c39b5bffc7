import { DigitTable, digitHalves, pooledTable } from '../../../src/core/roster/digit-table';
import { prng } from '../../support/roster-fixture';

const halves = (digits: string): { hi: number; lo: number } => {
  const out = { hi: 0, lo: 0 };
  digitHalves(digits, out);
  return out;
};

describe('DigitTable', () => {
  it('finds every key it stored, with its values, across many grows', () => {
    const rand = prng(3);
    const table = new DigitTable(3, 16);
    const stored = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const nik = String(1_000_000_000_000_000 + Math.floor(rand() * 8_999_999_999_999_999)).slice(0, 16);
      const { hi, lo } = halves(nik);
      const slot = table.addIfAbsent(hi, lo, i, 5 - i, i * 2);
      if (stored.has(nik)) {
        expect(slot).toBeGreaterThanOrEqual(0);
        expect(table.value(slot, 0)).toBe(stored.get(nik));
      } else {
        expect(slot).toBe(-1);
        stored.set(nik, i);
      }
    }
    expect(table.size).toBe(stored.size);
    expect(table.capacity).toBeGreaterThanOrEqual(stored.size * 2);
    for (const [nik, i] of stored) {
      const { hi, lo } = halves(nik);
      const slot = table.find(hi, lo);
      expect([table.value(slot, 0), table.value(slot, 1), table.value(slot, 2)]).toEqual([i, 5 - i, i * 2]);
    }
    expect(table.find(halves('0000000000000000').hi, halves('0000000000000000').lo)).toBe(-1);
  });

  it('tells keys apart by length and by either half', () => {
    const table = new DigitTable(1);
    for (const digits of ['12345678901', '012345678901', '12345678902', '22345678901']) {
      const { hi, lo } = halves(digits);
      expect(table.addIfAbsent(hi, lo, 1)).toBe(-1);
    }
    expect(table.size).toBe(4);
  });

  it('a pooled table comes back empty', () => {
    const a = pooledTable('test', 1, 100);
    a.addIfAbsent(1, 2, 3);
    const b = pooledTable('test', 1, 100);
    expect(b.size).toBe(0);
    expect(b.find(1, 2)).toBe(-1);
  });
});
