// What kind of change a suggested fix makes, so the Fix preview can group fixes and the user can apply one
// kind and not another. The kind follows from the issue (its rule and field) and the text it replaces, never
// from the wording of a message: the rule registry says which rules' fixes write a standard spelling, the
// field schema which fields hold listed values.
import type { Localized } from '../i18n/lang';
import { LIST_FIELD_DEFS, type FieldId } from './fields';
import { RULE_BY_ID } from './rules';
import type { Issue } from './types';

/** Kinds with their own group; a fix of any other rule or field is grouped by its rule ("rule"). */
export type FixKindId = 'regency' | 'listValue' | 'spaces';

export interface FixKind {
  readonly id: FixKindId;
  /** Group title in the Fix preview. */
  readonly title: Localized;
  /** What the group's fixes do, one line. */
  readonly description: Localized;
}

/** In the order the preview lists them. */
export const FIX_KINDS: readonly FixKind[] = [
  {
    id: 'regency',
    title: { id: 'Nama kabupaten/kota', en: 'Regency/city names' },
    description: {
      id: 'Ditulis dengan nama baku ("Kab. Kubu Raya" menjadi "Kabupaten Kubu Raya").',
      en: 'Written with the standard name ("Kab. Kubu Raya" becomes "Kabupaten Kubu Raya").',
    },
  },
  {
    id: 'listValue',
    title: { id: 'Penulisan nilai daftar', en: 'Spelling of list values' },
    description: {
      id: `${LIST_FIELD_DEFS.map((f) => f.label.id).join(', ')} ditulis seperti di daftar ("aktif" menjadi "Aktif").`,
      en: `${LIST_FIELD_DEFS.map((f) => f.label.en).join(', ')} written as the list has them ("aktif" becomes "Aktif").`,
    },
  },
  {
    id: 'spaces',
    title: { id: 'Spasi berlebih', en: 'Stray spaces' },
    description: {
      id: 'Spasi di awal, di akhir atau ganda dihapus; hurufnya tidak berubah.',
      en: 'Spaces at the start, at the end or doubled are removed; the letters stay as they are.',
    },
  },
];

/** Fields whose values come from a fixed list: the field schema's list fields. */
const LIST_VALUE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(LIST_FIELD_DEFS.map((f) => f.id));

/** The fix only removes spaces: leading, trailing or repeated (any Unicode space, e.g. a no-break space). */
export const onlySpacesDiffer = (before: string, after: string): boolean =>
  before !== after && before.replace(/\s+/gu, ' ').trim() === after;

/**
 * The kind of a fix, from the issue's rule and field and the text the fix replaces: stray spaces when only
 * spaces differ (whatever the field), then kab/kota names, then list values; undefined for a fix of any other
 * rule or field, which the preview groups under its rule's title.
 */
export function fixKindOf(issue: Pick<Issue, 'rule' | 'field' | 'fix'>, before: string): FixKindId | undefined {
  if (!issue.fix) return undefined;
  if (onlySpacesDiffer(before, issue.fix.value)) return 'spaces';
  // The rule says what its fixes write (its `fix` in the registry).
  if (RULE_BY_ID[issue.rule].fix !== 'spelling' || issue.field === undefined) return undefined;
  if (issue.field === 'regency') return 'regency';
  if (LIST_VALUE_FIELDS.has(issue.field)) return 'listValue';
  return undefined;
}
