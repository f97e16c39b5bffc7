// Reading the roster's list fields: tolerant normalisers for the spellings real rosters use
// ("Laki-laki" → L, "aktif " → Aktif, "non asn" → Non-ASN). The values themselves live in the field schema.
import { EMPLOYMENT_STATUSES, LIST_FIELD_DEFS, type ListField, type ListValue, SINGLE_LIST_FIELDS, type SingleListField } from './fields';
import { closest, memoize, normalizeKey } from './text-match';

/** Each list field's allowed values, from the field schema. */
export const VALUE_LISTS: Readonly<Record<ListField, readonly ListValue[]>> = Object.fromEntries(
  LIST_FIELD_DEFS.map((f) => [f.id, f.values]),
) as Record<ListField, readonly ListValue[]>;

export const ACTIVE = 'Aktif';
export const INACTIVE = 'Tidak Aktif';
export const NOT_REGISTERED = 'Belum Terdaftar';
/** Statuses left out of the eligible count (PNS, PPPK; not PPPK Paruh Waktu: see EMPLOYMENT_STATUSES). */
export const ASN_STATUSES: readonly string[] = EMPLOYMENT_STATUSES.filter((s) => !s.eligible).map((s) => s.value);

/** A canonical employment status of a civil servant left out of the eligible count (PNS, PPPK). */
export function isAsnStatus(canonical: string | null): boolean {
  // A loop over the (two) canonical strings: as fast as writing them out, and read from the schema.
  for (let i = 0; i < ASN_STATUSES.length; i++) if (ASN_STATUSES[i] === canonical) return true;
  return false;
}

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

const KEYED = Object.fromEntries(LIST_FIELD_DEFS.map((f) => [f.id, keyList(f.values)])) as Record<ListField, KeyedList>;

/** Distinct unknown texts per field that get a closest-match search; beyond it (a column of free text) none. */
export const SUGGESTION_BUDGET = 1000;
const suggestionsLeft = Object.fromEntries(LIST_FIELD_DEFS.map((f) => [f.id, SUGGESTION_BUDGET])) as Record<ListField, number>;

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

const matchers = Object.fromEntries(SINGLE_LIST_FIELDS.map((field) => [field, memoize((t: string) => matchUncached(field, t))])) as Record<
  SingleListField,
  (text: string) => ValueMatch
>;

/** Reads a single-valued list field ("laki-laki" → L, " aktif" → Aktif), memoised per distinct text. */
export const matchValue = (field: SingleListField, text: string): ValueMatch => matchers[field](text);

/** The memoised matcher of one field, for hot loops that read a whole column. */
export const valueMatcher = (field: SingleListField): ((text: string) => ValueMatch) => matchers[field];

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
