// Resolves the ways rosters write a kabupaten/kota ("Kab. Kubu Raya", "KAB KUBU RAYA", "Kubu Raya",
// "Kabupaten Kuburaya", "6112") to the official entry in regions.ts.
//
// Order: the roster's province first, then any province (so a real kab/kota elsewhere can be reported
// as outside the province). A bare name shared by a kabupaten and a kota of the same province
// ("Bogor") is ambiguous and left unresolved. Former names map to today's: "Kabupaten Pontianak" was
// renamed Kabupaten Mempawah in 2014 (PP 58/2014, same code 6102), so a bare "Pontianak" can only
// mean Kota Pontianak, while "Kab. Pontianak" means Mempawah.
import { closest, compactKey, memoize } from '../roster/text-match';
import { DEFAULT_PROVINCE, findRegency, REGENCIES, type Regency } from './regions';

export type RegencyResolution =
  | {
      readonly kind: 'ok';
      readonly regency: Regency;
      /** The text is exactly the official name (no other spelling, case or stray space). */
      readonly exact: boolean;
    }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Regency[] }
  | {
      readonly kind: 'unknown';
      /** Nearest official name, preferring the roster's province; null when nothing is near. */
      readonly suggestion: Regency | null;
      /** The suggestion is close and unambiguous enough to offer as a fix. */
      readonly confident: boolean;
    };

type Kind = 'kab' | 'kota' | null;

/** Former names still seen in rosters, by official code. */
const FORMER_NAMES: readonly (readonly [string, string])[] = [
  ['Kabupaten Pontianak', '6102'],
  ['Kab Pontianak', '6102'],
];

const KAB_PREFIXES = ['kabupaten', 'kab', 'kabup', 'kb'];
const KOTA_PREFIXES = ['kota', 'kotamadya', 'kodya', 'kotamadia', 'kot'];
const KAB_SUFFIXES = ['kabupaten', 'kab', 'regency'];
const KOTA_SUFFIXES = ['kota', 'city'];

/** Splits "kab kubu raya" into kind "kab" and base "kuburaya" (spaces removed). */
function splitKind(key: string): { kind: Kind; base: string } {
  const words = key.split(' ').filter((w) => w !== '');
  let kind: Kind = null;
  if (words.length > 1) {
    if (KAB_PREFIXES.includes(words[0])) {
      kind = 'kab';
      words.shift();
    } else if (KOTA_PREFIXES.includes(words[0])) {
      kind = 'kota';
      words.shift();
    } else if (KAB_SUFFIXES.includes(words[words.length - 1])) {
      kind = 'kab';
      words.pop();
    } else if (KOTA_SUFFIXES.includes(words[words.length - 1])) {
      kind = 'kota';
      words.pop();
    }
  }
  return { kind, base: words.join('') };
}

const kindOf = (r: Regency): 'kab' | 'kota' => (r.name.startsWith('Kota ') ? 'kota' : 'kab');
const baseOf = (r: Regency): string => compactKey(r.name.replace(/^(Kabupaten|Kota) /, ''));

interface Index {
  /** kind + ":" + base → regencies (kind "any" for bare names). */
  readonly byKey: ReadonlyMap<string, readonly Regency[]>;
  /** Whole compact name without splitting ("kotabaru" for Kabupaten Kotabaru). */
  readonly byWhole: ReadonlyMap<string, readonly Regency[]>;
}

function push(map: Map<string, Regency[]>, key: string, r: Regency): void {
  const list = map.get(key);
  if (!list) map.set(key, [r]);
  else if (!list.includes(r)) list.push(r);
}

function buildIndex(regencies: readonly Regency[]): Index {
  const byKey = new Map<string, Regency[]>();
  const byWhole = new Map<string, Regency[]>();
  for (const r of regencies) {
    const base = baseOf(r);
    push(byKey, `${kindOf(r)}:${base}`, r);
    push(byKey, `any:${base}`, r);
    push(byWhole, compactKey(r.name), r);
    push(byWhole, base, r);
  }
  for (const [name, code] of FORMER_NAMES) {
    const r = findRegency(code);
    if (!r || !regencies.includes(r)) continue;
    const { kind, base } = splitKind(compactKeySpaced(name));
    push(byKey, `${kind ?? 'any'}:${base}`, r);
  }
  return { byKey, byWhole };
}

/** normalizeKey with spaces kept (compactKey drops them). */
function compactKeySpaced(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ALL_INDEX = buildIndex(REGENCIES);
const provinceIndexes = new Map<string, Index>();
function provinceIndex(province: string): Index {
  let idx = provinceIndexes.get(province);
  if (!idx) {
    idx = buildIndex(REGENCIES.filter((r) => r.provinceCode === province));
    provinceIndexes.set(province, idx);
  }
  return idx;
}

type Lookup = { found: readonly Regency[] } | null;

function lookup(idx: Index, kind: Kind, base: string, whole: string): Lookup {
  if (kind) {
    const typed = idx.byKey.get(`${kind}:${base}`);
    if (typed) return { found: typed };
    // "Kab. Singkawang": the only match is a kota; the kind was mistyped, the name is clear.
    const any = idx.byKey.get(`any:${base}`);
    if (any && any.length === 1) return { found: any };
  } else {
    const any = idx.byKey.get(`any:${base}`);
    if (any) {
      // "Pontianak": a former kabupaten name is no longer a bare name of that kabupaten.
      if (any.length > 1) {
        const current = any.filter((r) => baseOf(r) === base);
        if (current.length === 1) return { found: current };
      }
      return { found: any };
    }
  }
  const w = idx.byWhole.get(whole);
  return w ? { found: w } : null;
}

/** Distinct unknown names that get a closest-name search; a column of free text gets none beyond it. */
export const REGENCY_SUGGESTION_BUDGET = 1000;
let suggestionsLeft = REGENCY_SUGGESTION_BUDGET;

/** Gives the closest-name search its full budget again (each check starts afresh). */
export function resetRegencySuggestionBudget(): void {
  suggestionsLeft = REGENCY_SUGGESTION_BUDGET;
}

function resolveUncached(text: string, province: string): RegencyResolution {
  const spaced = compactKeySpaced(text);
  if (spaced === '') return { kind: 'unknown', suggestion: null, confident: false };
  // Codes: "6112", "61.12", "61 12".
  const digits = spaced.replace(/ /g, '');
  if (/^\d{4}$/.test(digits)) {
    const r = findRegency(digits);
    return r ? { kind: 'ok', regency: r, exact: false } : { kind: 'unknown', suggestion: null, confident: false };
  }
  const { kind, base } = splitKind(spaced);
  const whole = digits;
  for (const idx of [provinceIndex(province), ALL_INDEX]) {
    const hit = lookup(idx, kind, base, whole);
    if (!hit) continue;
    if (hit.found.length === 1) return { kind: 'ok', regency: hit.found[0], exact: text === hit.found[0].name };
    // Same kind and name in several provinces: prefer none (the roster must say which).
    return { kind: 'ambiguous', candidates: hit.found };
  }
  if (base.length > 60 || suggestionsLeft-- <= 0) return { kind: 'unknown', suggestion: null, confident: false };
  const inProvince = closest(base, provinceBased(province), (b) => b.base);
  if (inProvince) return { kind: 'unknown', suggestion: inProvince.item.regency, confident: inProvince.confident };
  const anywhere = closest(base, ALL_BASED, (b) => b.base);
  return anywhere
    ? { kind: 'unknown', suggestion: anywhere.item.regency, confident: false }
    : { kind: 'unknown', suggestion: null, confident: false };
}

interface Based {
  readonly regency: Regency;
  readonly base: string;
}
const ALL_BASED: readonly Based[] = REGENCIES.map((regency) => ({ regency, base: baseOf(regency) }));
const basedByProvince = new Map<string, readonly Based[]>();
function provinceBased(province: string): readonly Based[] {
  let list = basedByProvince.get(province);
  if (!list) {
    list = ALL_BASED.filter((b) => b.regency.provinceCode === province);
    basedByProvince.set(province, list);
  }
  return list;
}

const resolvers = new Map<string, (text: string) => RegencyResolution>();

/** A memoised resolver for rosters of one province (kab/kota names repeat down a column). */
export function regencyResolver(province: string = DEFAULT_PROVINCE): (text: string) => RegencyResolution {
  let r = resolvers.get(province);
  if (!r) {
    r = memoize((text: string) => resolveUncached(text, province));
    resolvers.set(province, r);
  }
  return r;
}

/** Resolves one kab/kota text for a roster of `province` (default 61 Kalimantan Barat). */
export const resolveRegencyName = (text: string, province: string = DEFAULT_PROVINCE): RegencyResolution => regencyResolver(province)(text);
