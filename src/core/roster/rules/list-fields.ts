// The single-valued list fields that value-unknown and value-nonstandard look at, in column-template order.
import type { RowContext } from '../row-context';
import type { ValueMatch } from '../values';

export type SingleListField = 'sex' | 'category' | 'employmentStatus' | 'segment' | 'membershipStatus';

export const LIST_FIELDS: readonly { readonly field: SingleListField; readonly get: (ctx: RowContext) => ValueMatch | null }[] = [
  { field: 'sex', get: (ctx) => ctx.sex },
  { field: 'category', get: (ctx) => ctx.category },
  { field: 'employmentStatus', get: (ctx) => ctx.employmentStatus },
  { field: 'segment', get: (ctx) => ctx.segment },
  { field: 'membershipStatus', get: (ctx) => ctx.membershipStatus },
];
