// An open-addressing hash table keyed by long digit strings split into two 8-digit halves (NIK,
// KPJ), holding small integers. Finding duplicates among a million NIKs this way allocates nothing
// per row, unlike a Map of strings to objects. Each slot keeps its key and values side by side in one
// Int32Array (a power-of-two stride), so a probe touches one cache line rather than one per array.

const EMPTY = -1;

export class DigitTable {
  /** Slot i at i * stride: key high half (EMPTY when free), key low half, then `width` values. */
  private data: Int32Array;
  readonly width: number;
  private readonly stride: number;
  private readonly shift: number;
  private mask: number;
  private count = 0;

  /** `width` integers are stored per key. */
  constructor(width = 1, initialCapacity = 1024) {
    this.width = width;
    let shift = 0;
    while (1 << shift < width + 2) shift++;
    this.shift = shift;
    this.stride = 1 << shift;
    let cap = 16;
    while (cap < initialCapacity * 2) cap <<= 1;
    this.data = this.allocate(cap);
    this.mask = cap - 1;
  }

  private allocate(cap: number): Int32Array {
    const data = new Int32Array(cap << this.shift);
    for (let i = 0; i < data.length; i += this.stride) data[i] = EMPTY;
    return data;
  }

  /** Slots in the table (twice the keys it holds before growing). */
  get capacity(): number {
    return this.mask + 1;
  }

  /** Empties the table, keeping its memory (checks run one after another reuse it). */
  clear(): void {
    const data = this.data;
    for (let i = 0; i < data.length; i += this.stride) data[i] = EMPTY;
    this.count = 0;
  }

  get size(): number {
    return this.count;
  }

  /** Offset in data of the key's slot, or of the free slot where it would go. */
  private slot(hi: number, lo: number): number {
    let h = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    const data = this.data;
    const mask = this.mask;
    const shift = this.shift;
    let i = h & mask;
    while (true) {
      const at = i << shift;
      const k = data[at];
      if (k === EMPTY || (k === hi && data[at + 1] === lo)) return at;
      i = (i + 1) & mask;
    }
  }

  /** Where the key's values are (read with value()), or -1. */
  find(hi: number, lo: number): number {
    const at = this.slot(hi, lo);
    return this.data[at] === EMPTY ? -1 : at;
  }

  value(slot: number, k = 0): number {
    return this.data[slot + 2 + k];
  }

  /** Stores the key with its values unless present; returns where the first occurrence's values are, or -1 if it was new. */
  addIfAbsent(hi: number, lo: number, v0: number, v1 = 0, v2 = 0): number {
    const at = this.slot(hi, lo);
    const data = this.data;
    if (data[at] !== EMPTY) return at;
    data[at] = hi;
    data[at + 1] = lo;
    data[at + 2] = v0;
    if (this.width > 1) data[at + 3] = v1;
    if (this.width > 2) data[at + 4] = v2;
    if (++this.count * 2 > this.mask) this.grow();
    return -1;
  }

  private grow(): void {
    const old = this.data;
    const stride = this.stride;
    const cap = (this.mask + 1) * 2;
    this.data = this.allocate(cap);
    this.mask = cap - 1;
    for (let i = 0; i < old.length; i += stride) {
      if (old[i] === EMPTY) continue;
      const at = this.slot(old[i], old[i + 1]);
      for (let k = 0; k < stride; k++) this.data[at + k] = old[i + k];
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

const pool = new Map<string, DigitTable>();

/**
 * A cleared table of `width` values per key for about `expectedKeys` keys, reusing the previous one of
 * that use (`name`) when its size fits (checks are synchronous, so one table per name is never shared).
 */
export function pooledTable(name: string, width: number, expectedKeys: number): DigitTable {
  const t = pool.get(name);
  const needed = expectedKeys * 2;
  if (t && t.width === width && t.capacity >= needed && t.capacity <= Math.max(needed * 8, 1 << 16)) {
    t.clear();
    return t;
  }
  const fresh = new DigitTable(width, expectedKeys);
  pool.set(name, fresh);
  return fresh;
}

/**
 * An append-only list of fixed-width integer records in one growable Int32Array. Rows log their keys
 * here as they are read, and the duplicate tables are filled from it afterwards in one tight loop:
 * probing a large table row by row stalls on memory, a loop of probes overlaps those stalls.
 */
export class IntLog {
  data: Int32Array;
  /** Integers used (entries × width). */
  end = 0;
  readonly width: number;

  constructor(width: number, initialEntries = 1024) {
    this.width = width;
    this.data = new Int32Array(Math.max(16, initialEntries) * width);
  }

  get length(): number {
    return this.end / this.width;
  }

  clear(): void {
    this.end = 0;
  }

  /** Appends one entry (values past the width are ignored). */
  push(a: number, b: number, c: number, d: number, e: number, f = 0, g = 0): void {
    let at = this.end;
    if (at + this.width > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const data = this.data;
    data[at++] = a;
    data[at++] = b;
    data[at++] = c;
    data[at++] = d;
    data[at++] = e;
    if (this.width > 5) data[at++] = f;
    if (this.width > 6) data[at++] = g;
    this.end = at;
  }
}

const logPool = new Map<number, IntLog>();

/** A cleared log of `width` integers per entry, reusing the previous one of that width. */
export function pooledLog(width: number, expectedEntries: number): IntLog {
  const log = logPool.get(width);
  if (log && log.data.length >= expectedEntries * width && log.data.length <= Math.max(expectedEntries * width * 8, 1 << 16)) {
    log.clear();
    return log;
  }
  const fresh = new IntLog(width, expectedEntries);
  logPool.set(width, fresh);
  return fresh;
}
