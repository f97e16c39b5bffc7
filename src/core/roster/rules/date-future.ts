import { formatYmd, ymdFromSerial } from '../../dates';
import { FIELD_BY_ID } from '../fields';
import { DateState } from '../date-cells';
import type { RowContext } from '../row-context';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const DATE_OK = DateState.Ok;

export const dateFuture = defineRule({
  id: 'date-future',
  severity: 'warning',
  title: { id: 'Tanggal di masa depan', en: 'Date in the future' },
  description: {
    id: 'Tanggal Lahir atau Tanggal Mulai Kepesertaan setelah hari pemeriksaan',
    en: 'Date of birth or membership start date after the day of the check',
  },
  guard(ctx) {
    const today = ctx.options.today;
    return (ctx.birth.state === DATE_OK && ctx.birth.serial > today) || (ctx.start.state === DATE_OK && ctx.start.serial > today);
  },
  checkRow(ctx) {
    const today = ctx.options.today;
    if (ctx.birth.state === DATE_OK && ctx.birth.serial > today) report(ctx, 'birthDate', ctx.birth.serial);
    if (ctx.start.state === DATE_OK && ctx.start.serial > today) report(ctx, 'membershipStart', ctx.start.serial);
  },
});

function report(ctx: RowContext, field: 'birthDate' | 'membershipStart', serial: number): void {
  const label = FIELD_BY_ID[field].label;
  const date = formatYmd(ymdFromSerial(serial));
  ctx.report(dateFuture, field, { id: `${label.id} ${date} belum terjadi (setelah hari ini)`, en: `${label.en} ${date} is after today` });
}
