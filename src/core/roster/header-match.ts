// Which field a header text names. The texts (synonyms and contained phrases, Indonesian and English)
// live in the field schema; matching is on normalised text (case, spacing and punctuation ignored;
// "(L/P)", "(Rp)" and "*" marks dropped).
import { type FieldId, FIELDS, ROW_NUMBER_HEADERS } from './fields';
import { memoize, normalizeKey } from './text-match';

/** Normalised key of a header cell: parenthesised notes and "*" marks dropped unless nothing else remains. */
export function headerKey(text: string): string {
  const withoutNotes = normalizeKey(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  return withoutNotes !== '' ? withoutNotes : normalizeKey(text);
}

const SYNONYM_FIELD = new Map<string, FieldId>();
for (const f of FIELDS) {
  for (const s of f.synonyms) {
    const key = headerKey(s);
    if (!SYNONYM_FIELD.has(key)) SYNONYM_FIELD.set(key, f.id);
  }
}
/**
 * Phrases that identify a field even inside a longer header ("NIK Pekerja (16 digit)", "Nomor KPJ
 * BPJamsostek"); checked as whole words after an exact synonym misses, in field order.
 */
const CONTAINED: readonly (readonly [string, FieldId])[] = FIELDS.flatMap((f) => (f.phrases ?? []).map((p) => [p, f.id] as const));
const ROW_NUMBER_KEYS = new Set(ROW_NUMBER_HEADERS.map((h) => normalizeKey(h)));

export type HeaderMatch = FieldId | 'rowNumber' | null;

/** The field a header text names, 'rowNumber' for a "No." column, or null (memoised: every check reads the top rows). */
export const matchHeader = memoize(matchHeaderUncached, 10_000);

function matchHeaderUncached(text: string): HeaderMatch {
  if (text.trim() === '#') return 'rowNumber';
  const key = headerKey(text);
  if (key === '') return null;
  if (ROW_NUMBER_KEYS.has(key)) return 'rowNumber';
  const exact = SYNONYM_FIELD.get(key) ?? SYNONYM_FIELD.get(normalizeKey(text));
  if (exact) return exact;
  const padded = ` ${key} `;
  for (const [phrase, field] of CONTAINED) if (padded.includes(` ${phrase} `)) return field;
  return null;
}
