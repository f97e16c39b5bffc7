// The single-valued list fields that value-unknown and value-nonstandard look at, in template order
// (from the field schema).
import { FIELD_ORDINAL, SINGLE_LIST_FIELDS, type SingleListField } from '../fields';
import type { RowContext } from '../row-context';
import type { ValueMatch } from '../values';

export const LIST_FIELDS: readonly { readonly field: SingleListField; readonly get: (ctx: RowContext) => ValueMatch | null }[] =
  SINGLE_LIST_FIELDS.map((field) => {
    const ordinal = FIELD_ORDINAL[field];
    return { field, get: (ctx: RowContext) => ctx.lists[ordinal] };
  });
