import { NikState } from '../nik-reader';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const NIK_BIRTH_INVALID = NikState.BirthInvalid;

export const nikBirthdateInvalid = defineRule({
  id: 'nik-birthdate-invalid',
  severity: 'error',
  title: { id: 'Tanggal lahir di NIK tidak mungkin', en: 'Impossible birth date in NIK' },
  description: {
    id: 'Digit 7–12 NIK bukan tanggal lahir yang mungkin (perempuan: tanggal + 40)',
    en: 'NIK digits 7–12 are not a real birth date (women: day + 40)',
  },
  guard: (ctx) => ctx.nik.state === NIK_BIRTH_INVALID,
  checkRow(ctx) {
    if (ctx.nik.state !== NIK_BIRTH_INVALID || ctx.nik.digits === null) return;
    const part = ctx.nik.digits.slice(6, 12);
    ctx.report(nikBirthdateInvalid, 'nik', {
      id: `Tanggal lahir pada NIK ${ctx.nikShown(ctx.nik.digits)} (digit 7–12${ctx.options.showFullNik ? `: ${part}` : ''}) bukan tanggal yang mungkin`,
      en: `The birth date in NIK ${ctx.nikShown(ctx.nik.digits)} (digits 7–12${ctx.options.showFullNik ? `: ${part}` : ''}) is not a real date`,
    });
  },
});
