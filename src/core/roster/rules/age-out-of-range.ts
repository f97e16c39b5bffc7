import { ageInYears } from '../../dates';
import { DateState } from '../date-cells';
import { MAX_AGE, MIN_AGE } from '../row-options';
import { NikState } from '../nik-reader';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const DATE_OK = DateState.Ok;
const NIK_OK = NikState.Ok;

export const ageOutOfRange = defineRule({
  id: 'age-out-of-range',
  severity: 'warning',
  title: { id: `Usia di luar ${MIN_AGE}–${MAX_AGE} tahun`, en: `Age outside ${MIN_AGE}–${MAX_AGE}` },
  description: {
    id: `Usia di bawah ${MIN_AGE} atau di atas ${MAX_AGE} tahun pada hari pemeriksaan (dari Tanggal Lahir, atau dari NIK bila Tanggal Lahir kosong atau tak terbaca)`,
    en: `Age under ${MIN_AGE} or over ${MAX_AGE} on the day of the check (from the date of birth, else from the NIK when that is empty or unreadable)`,
  },
  guard(ctx) {
    // Within working age: nothing to report (NaN, no birth date at all, fails the test and lets checkRow decide).
    const born = ctx.birth.state === DATE_OK ? ctx.birth.serial : ctx.nik.state === NIK_OK ? ctx.nik.birthSerial : NaN;
    return !(born <= ctx.options.youngestBirth && born > ctx.options.oldestBirth);
  },
  checkRow(ctx) {
    let birth: number;
    let fromNik = false;
    if (ctx.birth.state === DATE_OK) {
      // A birth date after today is date-future's to report.
      if (ctx.birth.serial > ctx.options.today) return;
      birth = ctx.birth.serial;
    } else if (ctx.nik.state === NIK_OK) {
      birth = ctx.nik.birthSerial;
      fromNik = true;
    } else return;
    const { youngestBirth, oldestBirth } = ctx.options;
    if (birth <= youngestBirth && birth > oldestBirth) return;
    const age = ageInYears(birth, ctx.options.today);
    const source = fromNik ? { id: ' (dari NIK)', en: ' (from the NIK)' } : { id: '', en: '' };
    ctx.report(ageOutOfRange, fromNik ? 'nik' : 'birthDate', {
      id: `Usia ${age} tahun${source.id}: di luar usia kerja ${MIN_AGE}–${MAX_AGE} tahun`,
      en: `Age ${age}${source.en}: outside working age ${MIN_AGE}–${MAX_AGE}`,
    });
  },
});
