import { FIELD_BY_ID } from '../fields';
import { DateState } from '../row-context';
import type { RuleDef } from './rule';

// Read once: imported enum members are property loads through the module object.
const DATE_INVALID = DateState.Invalid;

export const dateInvalid: RuleDef = {
  id: 'date-invalid',
  severity: 'warning',
  description: { id: 'Tanggal tidak dapat dibaca', en: 'A date that cannot be read' },
  checkRow(ctx) {
    if (ctx.birth.state === DATE_INVALID) report(ctx, 'birthDate');
    if (ctx.start.state === DATE_INVALID) report(ctx, 'membershipStart');
  },
};

function report(ctx: Parameters<NonNullable<RuleDef['checkRow']>>[0], field: 'birthDate' | 'membershipStart'): void {
  const label = FIELD_BY_ID[field].label;
  ctx.report(dateInvalid, field, {
    id: `${label.id} "${ctx.shown(field)}" bukan tanggal yang dapat dibaca (gunakan tanggal Excel atau dd-mm-yyyy)`,
    en: `${label.en} "${ctx.shown(field)}" is not a readable date (use an Excel date or dd-mm-yyyy)`,
  });
}
