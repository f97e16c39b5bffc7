// Text keys and closest-match search shared by header, value and kab/kota matching.

/** Lowercase, every run of non-letters/digits becomes one space, trimmed: "  Kab. KUBU-Raya " → "kab kubu raya". */
export function normalizeKey(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let ch: string | null = null;
    if (c >= 97 && c <= 122) ch = text[i];
    else if (c >= 65 && c <= 90) ch = String.fromCharCode(c + 32);
    else if (c >= 48 && c <= 57) ch = text[i];
    else if (c > 127) {
      const lower = text[i].toLowerCase();
      // Letters outside ASCII (é, ñ) stay; spaces and punctuation (NBSP, dashes, quotes) separate words.
      if (lower !== text[i].toUpperCase()) ch = lower;
    }
    if (ch === null) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += ch;
  }
  return out;
}

/** The normalised key without spaces, so "Kuburaya" meets "Kubu Raya". */
export const compactKey = (text: string): string => normalizeKey(text).replace(/ /g, '');

let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (prevRow.length <= b.length) {
    prevRow = new Int32Array(b.length + 1);
    curRow = new Int32Array(b.length + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

export interface Closest<T> {
  readonly item: T;
  readonly distance: number;
  /** Close enough to offer as a fix: small distance and no other candidate as close. */
  readonly confident: boolean;
}

/**
 * The candidate whose key is nearest to `key`, or null when nothing is reasonably near
 * (more than about a third of the word differs).
 */
export function closest<T>(key: string, candidates: readonly T[], keyOf: (item: T) => string): Closest<T> | null {
  if (key.length === 0) return null;
  const limit = Math.max(2, Math.floor(key.length / 3));
  let best: T | null = null;
  let bestDistance = limit + 1;
  let ties = 0;
  for (const item of candidates) {
    const d = editDistance(key, keyOf(item), bestDistance);
    if (d < bestDistance) {
      best = item;
      bestDistance = d;
      ties = 0;
    } else if (d === bestDistance && best !== null) ties++;
  }
  if (best === null || bestDistance > limit) return null;
  return { item: best, distance: bestDistance, confident: ties === 0 && bestDistance <= 2 && key.length >= 3 };
}

/** Bounded memo for values that repeat down a column (statuses, kab/kota names). */
export function memoize<R>(fn: (text: string) => R, maxEntries = 50_000): (text: string) => R {
  let cache = new Map<string, R>();
  return (text: string): R => {
    let r = cache.get(text);
    if (r === undefined && !cache.has(text)) {
      r = fn(text);
      if (cache.size >= maxEntries) cache = new Map();
      cache.set(text, r);
    }
    return r as R;
  };
}
