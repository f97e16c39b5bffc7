import { FIELD_BY_ID } from '../fields';
import { DateState } from '../date-cells';
import type { RowContext } from '../row-context';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const DATE_INVALID = DateState.Invalid;

export const dateInvalid = defineRule({
  id: 'date-invalid',
  severity: 'warning',
  title: { id: 'Tanggal tidak terbaca', en: 'Unreadable date' },
  description: {
    id: 'Tanggal Lahir atau Tanggal Mulai Kepesertaan bukan tanggal yang dapat dibaca',
    en: 'Date of birth or membership start date is not a readable date',
  },
  guard: (ctx) => ctx.birth.state === DATE_INVALID || ctx.start.state === DATE_INVALID,
  checkRow(ctx) {
    if (ctx.birth.state === DATE_INVALID) report(ctx, 'birthDate');
    if (ctx.start.state === DATE_INVALID) report(ctx, 'membershipStart');
  },
});

function report(ctx: RowContext, field: 'birthDate' | 'membershipStart'): void {
  const label = FIELD_BY_ID[field].label;
  ctx.report(dateInvalid, field, {
    id: `${label.id} "${ctx.shown(field)}" bukan tanggal yang dapat dibaca (gunakan tanggal Excel atau dd-mm-yyyy)`,
    en: `${label.en} "${ctx.shown(field)}" is not a readable date (use an Excel date or dd-mm-yyyy)`,
  });
}
