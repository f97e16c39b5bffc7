// Allowed values of the roster's list fields and tolerant normalisers for the spellings real
// rosters use ("Laki-laki" → L, "aktif " → Aktif, "non asn" → Non-ASN).
import type { Localized } from '../i18n/lang';
import { closest, memoize, normalizeKey } from './text-match';

export type ListField = 'sex' | 'category' | 'employmentStatus' | 'segment' | 'membershipStatus' | 'program';

export interface ListValue {
  /** Canonical value as written in the standard roster. */
  readonly value: string;
  readonly label: Localized;
  /** Other spellings (any case, spacing or punctuation) that mean this value. */
  readonly variants: readonly string[];
}

export const SEXES: readonly ListValue[] = [
  {
    value: 'L',
    label: { id: 'Laki-laki', en: 'Male' },
    variants: ['laki-laki', 'laki laki', 'lakilaki', 'laki', 'lk', 'pria', 'male', 'm', 'man'],
  },
  { value: 'P', label: { id: 'Perempuan', en: 'Female' }, variants: ['perempuan', 'pr', 'pr.', 'wanita', 'female', 'f', 'w', 'woman'] },
];

export const CATEGORIES: readonly ListValue[] = [
  {
    value: 'Tenaga Medis',
    label: { id: 'Tenaga Medis', en: 'Medical staff' },
    variants: ['medis', 'tenaga medik', 'medical staff', 'medical worker', 'nakes medis'],
  },
  {
    value: 'Tenaga Kesehatan',
    label: { id: 'Tenaga Kesehatan', en: 'Health worker' },
    variants: ['nakes', 'tenkes', 'kesehatan', 'health worker', 'health workers', 'tenaga kesehatan lainnya'],
  },
  {
    value: 'Tenaga Penunjang Kesehatan',
    label: { id: 'Tenaga Penunjang Kesehatan', en: 'Health support staff' },
    variants: [
      'tenaga penunjang',
      'penunjang',
      'penunjang kesehatan',
      'tenaga pendukung kesehatan',
      'support staff',
      'health support staff',
    ],
  },
  {
    value: 'Kader Kesehatan',
    label: { id: 'Kader Kesehatan', en: 'Village health cadre' },
    variants: ['kader', 'kader posyandu', 'kader kesehatan desa', 'health cadre', 'village health cadre'],
  },
  {
    value: 'Perangkat Desa',
    label: { id: 'Perangkat Desa', en: 'Village official' },
    variants: ['aparat desa', 'aparatur desa', 'perangkat kelurahan', 'village official', 'village officials'],
  },
  {
    value: 'Pekerja Rentan',
    label: { id: 'Pekerja Rentan', en: 'Vulnerable worker' },
    variants: ['rentan', 'pekerja informal rentan', 'vulnerable worker', 'vulnerable workers'],
  },
  { value: 'Lainnya', label: { id: 'Lainnya', en: 'Other' }, variants: ['lain-lain', 'lain lain', 'lain', 'other', 'others'] },
];

export const EMPLOYMENT_STATUSES: readonly (ListValue & { readonly asn: boolean })[] = [
  {
    value: 'PNS',
    asn: true,
    label: { id: 'PNS (ASN)', en: 'Civil servant (ASN)' },
    variants: ['pegawai negeri sipil', 'cpns', 'civil servant'],
  },
  {
    value: 'PPPK',
    asn: true,
    label: { id: 'PPPK (ASN)', en: 'Contract civil servant, PPPK (ASN)' },
    variants: ['p3k', 'pegawai pemerintah dengan perjanjian kerja'],
  },
  {
    value: 'Non-ASN',
    asn: false,
    label: { id: 'Non-ASN', en: 'Non-civil-servant' },
    variants: ['non asn', 'nonasn', 'bukan asn', 'non pns', 'non-pns'],
  },
  {
    value: 'Honorer',
    asn: false,
    label: { id: 'Honorer', en: 'Honorary staff' },
    variants: ['honor', 'tenaga honorer', 'tenaga honor', 'honorer daerah'],
  },
  {
    value: 'Kontrak',
    asn: false,
    label: { id: 'Kontrak', en: 'Contract' },
    variants: ['tenaga kontrak', 'pegawai kontrak', 'pkwt', 'contract'],
  },
  {
    value: 'BLUD',
    asn: false,
    label: { id: 'BLUD', en: 'Public service agency (BLUD) staff' },
    variants: ['pegawai blud', 'tenaga blud', 'non pns blud'],
  },
  {
    value: 'Relawan',
    asn: false,
    label: { id: 'Relawan', en: 'Volunteer' },
    variants: ['sukarela', 'sukarelawan', 'tenaga sukarela', 'volunteer'],
  },
];

export const SEGMENTS: readonly ListValue[] = [
  {
    value: 'PU',
    label: { id: 'Penerima Upah (PU)', en: 'Wage earners (PU)' },
    variants: ['penerima upah', 'ppu', 'wage earner', 'wage earners'],
  },
  {
    value: 'BPU',
    label: { id: 'Bukan Penerima Upah (BPU)', en: 'Non-wage earners (BPU)' },
    variants: ['bukan penerima upah', 'pbpu', 'non wage earner', 'informal'],
  },
  {
    value: 'Jakon',
    label: { id: 'Jasa Konstruksi (Jakon)', en: 'Construction services (Jakon)' },
    variants: ['jasa konstruksi', 'konstruksi', 'construction'],
  },
  {
    value: 'PMI',
    label: { id: 'Pekerja Migran Indonesia (PMI)', en: 'Indonesian migrant workers (PMI)' },
    variants: ['pekerja migran indonesia', 'pekerja migran', 'tki', 'migrant worker'],
  },
];

export const MEMBERSHIP_STATUSES: readonly ListValue[] = [
  { value: 'Aktif', label: { id: 'Aktif', en: 'Active' }, variants: ['active', 'terdaftar aktif', 'aktif terdaftar'] },
  {
    value: 'Tidak Aktif',
    label: { id: 'Tidak Aktif', en: 'Inactive' },
    variants: ['non aktif', 'nonaktif', 'tdk aktif', 'inactive', 'not active', 'tidak aktif lagi'],
  },
  {
    value: 'Belum Terdaftar',
    label: { id: 'Belum Terdaftar', en: 'Not registered' },
    variants: ['belum daftar', 'blm terdaftar', 'belum', 'belum menjadi peserta', 'tidak terdaftar', 'not registered', 'unregistered'],
  },
];

export const PROGRAMS: readonly ListValue[] = [
  { value: 'JKK', label: { id: 'Jaminan Kecelakaan Kerja', en: 'Work accident' }, variants: ['jaminan kecelakaan kerja'] },
  { value: 'JKM', label: { id: 'Jaminan Kematian', en: 'Death benefit' }, variants: ['jaminan kematian'] },
  { value: 'JHT', label: { id: 'Jaminan Hari Tua', en: 'Old-age savings' }, variants: ['jaminan hari tua'] },
  { value: 'JP', label: { id: 'Jaminan Pensiun', en: 'Pension' }, variants: ['jaminan pensiun'] },
  { value: 'JKP', label: { id: 'Jaminan Kehilangan Pekerjaan', en: 'Job loss' }, variants: ['jaminan kehilangan pekerjaan'] },
];

export const VALUE_LISTS: Readonly<Record<ListField, readonly ListValue[]>> = {
  sex: SEXES,
  category: CATEGORIES,
  employmentStatus: EMPLOYMENT_STATUSES,
  segment: SEGMENTS,
  membershipStatus: MEMBERSHIP_STATUSES,
  program: PROGRAMS,
};

export const ACTIVE = 'Aktif';
export const INACTIVE = 'Tidak Aktif';
export const NOT_REGISTERED = 'Belum Terdaftar';
export const ASN_STATUSES: readonly string[] = EMPLOYMENT_STATUSES.filter((s) => s.asn).map((s) => s.value);
export const isAsnStatus = (canonical: string | null): boolean => canonical === 'PNS' || canonical === 'PPPK';

export interface ValueMatch {
  /** Canonical value, or null when the text means none of the list's values. */
  readonly value: string | null;
  /** The cell already holds exactly the canonical text. */
  readonly exact: boolean;
  /** For unknown text: the nearest canonical value, if any is near. */
  readonly suggestion: string | null;
  /** The suggestion is close and unambiguous enough to offer as a fix. */
  readonly confident: boolean;
}

type SingleField = Exclude<ListField, 'program'>;

interface KeyedList {
  readonly byKey: ReadonlyMap<string, string>;
  readonly keys: readonly { key: string; value: string }[];
}

function keyList(list: readonly ListValue[]): KeyedList {
  const byKey = new Map<string, string>();
  const keys: { key: string; value: string }[] = [];
  for (const v of list) {
    for (const text of [v.value, v.label.id, v.label.en, ...v.variants]) {
      const key = normalizeKey(text);
      if (!byKey.has(key)) {
        byKey.set(key, v.value);
        keys.push({ key, value: v.value });
      }
    }
  }
  return { byKey, keys };
}

const KEYED: Readonly<Record<ListField, KeyedList>> = {
  sex: keyList(SEXES),
  category: keyList(CATEGORIES),
  employmentStatus: keyList(EMPLOYMENT_STATUSES),
  segment: keyList(SEGMENTS),
  membershipStatus: keyList(MEMBERSHIP_STATUSES),
  program: keyList(PROGRAMS),
};

/** Distinct unknown texts per field that get a closest-match search; beyond it (a column of free text) none. */
export const SUGGESTION_BUDGET = 1000;
const suggestionsLeft: Record<ListField, number> = {
  sex: SUGGESTION_BUDGET,
  category: SUGGESTION_BUDGET,
  employmentStatus: SUGGESTION_BUDGET,
  segment: SUGGESTION_BUDGET,
  membershipStatus: SUGGESTION_BUDGET,
  program: SUGGESTION_BUDGET,
};

/** Gives every field its full suggestion budget again (each check starts afresh). */
export function resetValueSuggestionBudget(): void {
  for (const f of Object.keys(suggestionsLeft) as ListField[]) suggestionsLeft[f] = SUGGESTION_BUDGET;
}

function matchUncached(field: ListField, text: string): ValueMatch {
  const keyed = KEYED[field];
  const key = normalizeKey(text);
  const value = keyed.byKey.get(key);
  if (value !== undefined) return { value, exact: text === value, suggestion: null, confident: false };
  // Single letters (sex codes) are too short to guess from; long text is not a mistyped list value.
  const near = key.length >= 2 && key.length <= 60 && suggestionsLeft[field]-- > 0 ? closest(key, keyed.keys, (k) => k.key) : null;
  return { value: null, exact: false, suggestion: near ? near.item.value : null, confident: near ? near.confident : false };
}

const matchers: Readonly<Record<SingleField, (text: string) => ValueMatch>> = {
  sex: memoize((t) => matchUncached('sex', t)),
  category: memoize((t) => matchUncached('category', t)),
  employmentStatus: memoize((t) => matchUncached('employmentStatus', t)),
  segment: memoize((t) => matchUncached('segment', t)),
  membershipStatus: memoize((t) => matchUncached('membershipStatus', t)),
};

/** Reads a single-valued list field ("laki-laki" → L, " aktif" → Aktif), memoised per distinct text. */
export const matchValue = (field: SingleField, text: string): ValueMatch => matchers[field](text);

/** The memoised matcher of one field, for hot loops that read a whole column. */
export const valueMatcher = (field: SingleField): ((text: string) => ValueMatch) => matchers[field];

export interface ProgramMatch {
  /** Canonical codes in the order written, without repeats. */
  readonly codes: readonly string[];
  /** Parts of the cell that name no programme. */
  readonly unknown: readonly string[];
  /** Nearest code for each unknown part (null when nothing is near). */
  readonly suggestions: readonly (string | null)[];
  /** Every part is already an upper-case code. */
  readonly exact: boolean;
  /** "JKK, JKM, JHT" when every part was understood, for a nonstandard cell; else null. */
  readonly fix: string | null;
}

const PROGRAM_SEPARATORS = /[,;/+&\n|]+|\s+(?:dan|and)\s+/i;

function matchProgramsUncached(text: string): ProgramMatch {
  const codes: string[] = [];
  const unknown: string[] = [];
  const suggestions: (string | null)[] = [];
  let exact = true;
  const add = (code: string): void => {
    if (!codes.includes(code)) codes.push(code);
  };
  for (const rawPart of text.split(PROGRAM_SEPARATORS)) {
    const part = rawPart.trim();
    if (part === '') continue;
    const whole = KEYED.program.byKey.get(normalizeKey(part));
    if (whole !== undefined) {
      if (part !== whole) exact = false;
      add(whole);
      continue;
    }
    // "JKK JKM" or "JKK-JKM": codes separated by spaces or dashes.
    for (const word of normalizeKey(part).split(' ')) {
      if (word === '') continue;
      const code = KEYED.program.byKey.get(word);
      if (code !== undefined) {
        exact = false;
        add(code);
      } else {
        exact = false;
        unknown.push(word);
        const near = word.length <= 60 && suggestionsLeft.program-- > 0 ? closest(word, KEYED.program.keys, (k) => k.key) : null;
        suggestions.push(near ? near.item.value : null);
      }
    }
  }
  return {
    codes,
    unknown,
    suggestions,
    exact: exact && unknown.length === 0,
    fix: unknown.length === 0 && codes.length > 0 ? codes.join(', ') : null,
  };
}

/** Reads a Program cell such as "JKK, JKM, JHT" or "jkk+jkm", memoised per distinct text. */
export const matchPrograms = memoize(matchProgramsUncached);
