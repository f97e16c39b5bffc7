// Kecamatan (districts) and desa/kelurahan (villages) of the provinces kept in villages.generated.ts
// (idn-area-data, ODbL; only Kalimantan Barat, to keep the offline page small), and the resolver that
// reads the ways rosters write them: any case, stray spaces and punctuation, prefixes ("Kec.", "Kecamatan",
// "Desa", "Ds.", "Kel.", "Kelurahan") and the usual abbreviations ("Sui"/"Sei" for Sungai, "Tj" for
// Tanjung). A name can belong to several places (Kalimantan Barat has many a "Sungai Raya"): the
// resolver returns every place of that name, and the roster's kab/kota or kecamatan picks among them.
import { closest, memoize, normalizeKey } from '../roster/text-match';
import { DISTRICT_ROWS, VILLAGE_PROVINCES } from './villages.generated';

export interface District {
  /** Six digits: kab/kota code + kecamatan, e.g. "611203". */
  readonly code: string;
  /** Four digits, e.g. "6112". */
  readonly regencyCode: string;
  readonly name: string;
  readonly villages: readonly Village[];
}

export interface Village {
  readonly name: string;
  readonly district: District;
  /** An urban village (kelurahan) rather than a desa. */
  readonly urban: boolean;
}

export const DISTRICTS: readonly District[] = DISTRICT_ROWS.map((row) => {
  const [code, name, ...names] = row.split('|');
  const villages: Village[] = [];
  const district: District = { code, regencyCode: code.slice(0, 4), name, villages };
  for (const n of names) villages.push({ name: n.replace(/^\*/, ''), district, urban: n.startsWith('*') });
  return district;
});

export const VILLAGES: readonly Village[] = DISTRICTS.flatMap((d) => d.villages);

/** Provinces with kecamatan and desa reference data; rules about those names stay silent elsewhere. */
export const hasVillageData = (provinceCode: string): boolean => VILLAGE_PROVINCES.includes(provinceCode);

const districtByCode = new Map(DISTRICTS.map((d) => [d.code, d]));
export const findDistrict = (code: string): District | undefined => districtByCode.get(code);
export const districtsOf = (regencyCode: string): readonly District[] => DISTRICTS.filter((d) => d.regencyCode === regencyCode);

export type AreaKind = 'district' | 'village';

const PREFIXES: Readonly<Record<AreaKind, readonly string[]>> = {
  district: ['kecamatan', 'kec', 'kc'],
  village: ['desa', 'ds', 'kelurahan', 'kel', 'kalurahan'],
};

/** Abbreviations of words that start many Kalimantan names, written out. */
const WORDS: Readonly<Record<string, string>> = {
  sui: 'sungai',
  sei: 'sungai',
  sg: 'sungai',
  sng: 'sungai',
  sgi: 'sungai',
  tj: 'tanjung',
  tg: 'tanjung',
  tjg: 'tanjung',
  kp: 'kampung',
  kpg: 'kampung',
  kmp: 'kampung',
};

/** The matching key of a kecamatan or desa name: prefix dropped, abbreviations written out, no spaces. */
export function areaKey(kind: AreaKind, text: string): string {
  let words = normalizeKey(text).split(' ');
  if (words.length > 1 && PREFIXES[kind].includes(words[0])) words = words.slice(1);
  return words.map((w) => WORDS[w] ?? w).join('');
}

/** An official name's key: the same words written out, no prefix to drop. */
const officialKey = (name: string): string =>
  normalizeKey(name)
    .split(' ')
    .map((w) => WORDS[w] ?? w)
    .join('');

function index<T extends { readonly name: string }>(items: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = officialKey(item.name);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

// Built on the first name looked up, not at import: every check, pane and CLI start loads this module, and
// most rosters have no Kecamatan or Desa column.
let districtIndex: ReadonlyMap<string, readonly District[]> | null = null;
let villageIndex: ReadonlyMap<string, readonly Village[]> | null = null;
const NONE: readonly never[] = Object.freeze([]);

/** Every kecamatan of that name (empty when none). */
export const districtsNamed: (text: string) => readonly District[] = memoize(
  (text) => (districtIndex ??= index(DISTRICTS)).get(areaKey('district', text)) ?? NONE,
);
/** Every desa/kelurahan of that name (empty when none). */
export const villagesNamed: (text: string) => readonly Village[] = memoize(
  (text) => (villageIndex ??= index(VILLAGES)).get(areaKey('village', text)) ?? NONE,
);

export interface AreaSuggestion {
  readonly name: string;
  /** Near enough and alone at its distance to offer as a fix. */
  readonly confident: boolean;
}

/**
 * The nearest known name to an unknown one among `candidates` (the row's kecamatan's desa, the kab/kota's
 * kecamatan or desa, else the province's), or null when nothing is near.
 */
export function suggestArea(kind: AreaKind, text: string, candidates: readonly { readonly name: string }[]): AreaSuggestion | null {
  const key = areaKey(kind, text);
  if (key.length > 60) return null;
  // Names shared by several places count once.
  const names = [...new Set(candidates.map((c) => c.name))];
  const near = closest(key, names, officialKey);
  return near ? { name: near.item, confident: near.confident } : null;
}
