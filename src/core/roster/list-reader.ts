// Reading a text-coded column (a list field, the programmes, the kab/kota): each distinct text is read
// once by its matcher (memoised per text), and the column's last few distinct cells are remembered
// with their reading (RecentCache), which spares most lookups.
import { type Cell, cellText } from '../cells';
import { RecentCache } from './recent-cache';

export class ColumnReader<T> {
  private readonly recent = new RecentCache<T>();

  constructor(private readonly match: (text: string) => T) {}

  /** The reading of a non-blank, non-error cell. */
  read(c: Cell): T {
    const known = this.recent.get(c);
    if (known !== undefined) return known;
    const r = this.match(typeof c === 'string' ? c : cellText(c));
    this.recent.set(c, r);
    return r;
  }
}
