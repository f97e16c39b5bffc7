// The last few distinct cells of a column and what they were read as. A list column holds a handful of
// values, and comparing a cell with them (by identity: hosts share equal strings) is cheaper than
// hashing it for the memo Map behind the matchers.
import type { Cell } from '../cells';

/** Cells remembered per column. */
export const RECENT = 8;
/** Marks an unused slot: never equal to a cell. */
const UNUSED: unique symbol = Symbol('unused slot');

export class RecentCache<T> {
  private readonly cells: (Cell | typeof UNUSED)[] = new Array<Cell | typeof UNUSED>(RECENT).fill(UNUSED);
  private readonly results: (T | undefined)[] = new Array<T | undefined>(RECENT).fill(undefined);
  private next = 0;

  /** What `cell` was read as, or undefined when it is not among the last RECENT distinct cells. */
  get(cell: Cell): T | undefined {
    const cells = this.cells;
    for (let k = 0; k < RECENT; k++) if (cells[k] === cell) return this.results[k];
    return undefined;
  }

  /** Remembers a reading, replacing the oldest. */
  set(cell: Cell, result: T): void {
    const k = this.next;
    this.cells[k] = cell;
    this.results[k] = result;
    this.next = (k + 1) % RECENT;
  }
}
