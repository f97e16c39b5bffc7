import { ageInYears } from '../../dates';
import { DateState, MAX_AGE, MIN_AGE, NikState } from '../row-context';
import type { RuleDef } from './rule';

// Read once: imported enum members are property loads through the module object.
const DATE_OK = DateState.Ok;
const NIK_OK = NikState.Ok;

export const ageOutOfRange: RuleDef = {
  id: 'age-out-of-range',
  severity: 'warning',
  description: {
    id: `Usia di bawah ${MIN_AGE} atau di atas ${MAX_AGE} tahun (dari Tanggal Lahir, atau dari NIK)`,
    en: `Age under ${MIN_AGE} or over ${MAX_AGE} (from the date of birth, else from the NIK)`,
  },
  checkRow(ctx) {
    let birth: number;
    let fromNik = false;
    if (ctx.birth.state === DATE_OK) {
      // A birth date after today is date-future's to report.
      if (ctx.birth.serial > ctx.options.today) return;
      birth = ctx.birth.serial;
    } else if (ctx.nikState === NIK_OK) {
      birth = ctx.nikBirthSerial;
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
};
