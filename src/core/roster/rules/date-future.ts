import { formatYmd, ymdFromSerial } from '../../dates';
import { FIELD_BY_ID } from '../fields';
import { DateState, type RowContext } from '../row-context';
import type { RuleDef } from './rule';

// Read once: imported enum members are property loads through the module object.
const DATE_OK = DateState.Ok;

export const dateFuture: RuleDef = {
  id: 'date-future',
  severity: 'warning',
  description: { id: 'Tanggal setelah hari ini', en: 'A date after today' },
  checkRow(ctx) {
    const today = ctx.options.today;
    if (ctx.birth.state === DATE_OK && ctx.birth.serial > today) report(ctx, 'birthDate', ctx.birth.serial);
    if (ctx.start.state === DATE_OK && ctx.start.serial > today) report(ctx, 'membershipStart', ctx.start.serial);
  },
};

function report(ctx: RowContext, field: 'birthDate' | 'membershipStart', serial: number): void {
  const label = FIELD_BY_ID[field].label;
  const date = formatYmd(ymdFromSerial(serial));
  ctx.report(dateFuture, field, { id: `${label.id} ${date} belum terjadi (setelah hari ini)`, en: `${label.en} ${date} is after today` });
}
