import { dateCell } from '../../../src/core/cells';
import { RECENT, RecentCache } from '../../../src/core/roster/recent-cache';

describe('RecentCache', () => {
  it('remembers the last RECENT distinct cells by identity, forgetting the oldest first', () => {
    const cache = new RecentCache<string>();
    const cells = Array.from({ length: RECENT + 1 }, (_, i) => `Kabupaten ${i}`);
    expect(cache.get(cells[0])).toBeUndefined();
    cells.forEach((c) => cache.set(c, c.toUpperCase()));
    expect(cache.get(cells[0])).toBeUndefined();
    for (const c of cells.slice(1)) expect(cache.get(c)).toBe(c.toUpperCase());
  });

  it('tells cells of every kind apart, including null, numbers and dates', () => {
    const cache = new RecentCache<number>();
    const date = dateCell(45000);
    cache.set(null, 1);
    cache.set(6112, 2);
    cache.set('6112', 3);
    cache.set(date, 4);
    cache.set(false, 5);
    expect([cache.get(null), cache.get(6112), cache.get('6112'), cache.get(date), cache.get(false)]).toEqual([1, 2, 3, 4, 5]);
    // Another date object with the same serial is another cell: read again, never mistaken.
    expect(cache.get(dateCell(45000))).toBeUndefined();
    expect(cache.get('')).toBeUndefined();
  });
});
