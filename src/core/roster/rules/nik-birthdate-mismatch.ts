import { formatYmd, ymdFromSerial } from '../../dates';
import { DateState } from '../date-cells';
import { NikState } from '../nik-reader';
import { packedYmd } from '../date-cells';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const DATE_OK = DateState.Ok;
const NIK_OK = NikState.Ok;

export const nikBirthdateMismatch = defineRule({
  id: 'nik-birthdate-mismatch',
  severity: 'warning',
  title: { id: 'NIK tidak cocok dengan Tanggal Lahir', en: 'NIK disagrees with the date of birth' },
  description: {
    id: 'Tanggal lahir pada NIK berbeda dengan kolom Tanggal Lahir (tanggal, bulan, dua digit tahun)',
    en: 'The birth date in the NIK differs from the Date of birth column (day, month, two-digit year)',
  },
  guard: (ctx) => ctx.nik.state === NIK_OK && ctx.birth.state === DATE_OK && ctx.birth.serial !== ctx.nik.birthSerial,
  checkRow(ctx) {
    if (ctx.nik.state !== NIK_OK || ctx.birth.state !== DATE_OK || ctx.birth.serial === ctx.nik.birthSerial) return;
    // NIKs hold a two-digit year: compare day, month and year within the century.
    const a = packedYmd(ctx.birth.serial);
    const b = packedYmd(ctx.nik.birthSerial);
    if (a % 1_000_000 === b % 1_000_000) return;
    const column = formatYmd(ymdFromSerial(ctx.birth.serial));
    const inNik = formatYmd(ymdFromSerial(ctx.nik.birthSerial));
    const shown = ctx.options.showFullNik;
    ctx.report(nikBirthdateMismatch, 'birthDate', {
      id: `Tanggal Lahir ${column} berbeda dengan tanggal lahir pada NIK ${ctx.nikShown(ctx.nik.digits ?? '')}${shown ? ` (${inNik})` : ''}`,
      en: `Date of birth ${column} differs from the birth date in NIK ${ctx.nikShown(ctx.nik.digits ?? '')}${shown ? ` (${inNik})` : ''}`,
    });
  },
});
