// An open-addressing hash table keyed by long digit strings split into two 8-digit halves (NIK,
// KPJ), holding small integers. Finding duplicates among a million NIKs this way allocates nothing
// per row, unlike a Map of strings to objects.

const EMPTY = -1;

export class DigitTable {
  private hi: Int32Array;
  private lo: Int32Array;
  private values: Int32Array;
  private readonly width: number;
  private mask: number;
  private count = 0;

  /** `width` integers are stored per key. */
  constructor(width = 1, initialCapacity = 1024) {
    this.width = width;
    let cap = 16;
    while (cap < initialCapacity * 2) cap <<= 1;
    this.hi = new Int32Array(cap).fill(EMPTY);
    this.lo = new Int32Array(cap);
    this.values = new Int32Array(cap * width);
    this.mask = cap - 1;
  }

  /** Slots in the table (twice the keys it holds before growing). */
  get capacity(): number {
    return this.hi.length;
  }

  /** Empties the table, keeping its memory (checks run one after another reuse it). */
  clear(): void {
    this.hi.fill(EMPTY);
    this.count = 0;
  }

  get size(): number {
    return this.count;
  }

  private slot(hi: number, lo: number): number {
    let h = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    let i = h & this.mask;
    while (true) {
      const k = this.hi[i];
      if (k === EMPTY || (k === hi && this.lo[i] === lo)) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** Index of the stored values for the key (read with value()), or -1. */
  find(hi: number, lo: number): number {
    const i = this.slot(hi, lo);
    return this.hi[i] === EMPTY ? -1 : i;
  }

  value(slot: number, k = 0): number {
    return this.values[slot * this.width + k];
  }

  /** Stores the key with its values unless present; returns the slot of the first occurrence, or -1 if it was new. */
  addIfAbsent(hi: number, lo: number, v0: number, v1 = 0, v2 = 0): number {
    const i = this.slot(hi, lo);
    if (this.hi[i] !== EMPTY) return i;
    this.hi[i] = hi;
    this.lo[i] = lo;
    const base = i * this.width;
    this.values[base] = v0;
    if (this.width > 1) this.values[base + 1] = v1;
    if (this.width > 2) this.values[base + 2] = v2;
    if (++this.count * 2 > this.mask) this.grow();
    return -1;
  }

  private grow(): void {
    const { hi, lo, values, width } = this;
    const cap = hi.length * 2;
    this.hi = new Int32Array(cap).fill(EMPTY);
    this.lo = new Int32Array(cap);
    this.values = new Int32Array(cap * width);
    this.mask = cap - 1;
    for (let i = 0; i < hi.length; i++) {
      if (hi[i] === EMPTY) continue;
      const j = this.slot(hi[i], lo[i]);
      this.hi[j] = hi[i];
      this.lo[j] = lo[i];
      for (let k = 0; k < width; k++) this.values[j * width + k] = values[i * width + k];
    }
  }
}

/** Splits a digit string (up to 16 digits) into the table's two halves: leading digits and the last 8. */
export function digitHalves(digits: string, out: { hi: number; lo: number }): void {
  let hi = 0;
  let lo = 0;
  const split = digits.length - 8;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (i < split) hi = hi * 10 + d;
    else lo = lo * 10 + d;
  }
  // Length is part of the key so "0123…" and "123…" differ.
  out.hi = hi + digits.length * 100_000_000;
  out.lo = lo;
}

const pool = new Map<number, DigitTable>();

/**
 * A cleared table of `width` values per key for about `expectedKeys` keys, reusing the previous one of
 * that width when its size fits (checks are synchronous, so one table per width is never shared).
 */
export function pooledTable(width: number, expectedKeys: number): DigitTable {
  const t = pool.get(width);
  const needed = expectedKeys * 2;
  if (t && t.capacity >= needed && t.capacity <= Math.max(needed * 8, 1 << 16)) {
    t.clear();
    return t;
  }
  const fresh = new DigitTable(width, expectedKeys);
  pool.set(width, fresh);
  return fresh;
}
