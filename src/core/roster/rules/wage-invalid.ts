import { WageState } from '../row-context';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const WAGE_NEGATIVE = WageState.Negative;
const WAGE_NOT_NUMBER = WageState.NotNumber;

export const wageInvalid = defineRule({
  id: 'wage-invalid',
  severity: 'warning',
  title: { id: 'Upah tidak valid', en: 'Invalid wage' },
  description: { id: 'Upah/Penghasilan bukan angka, atau negatif', en: 'Wage/income is not a number, or negative' },
  guard: (ctx) => ctx.wageState === WAGE_NOT_NUMBER || ctx.wageState === WAGE_NEGATIVE,
  checkRow(ctx) {
    if (ctx.wageState === WAGE_NOT_NUMBER) {
      ctx.report(wageInvalid, 'wage', {
        id: `Upah "${ctx.shown('wage')}" bukan angka: tulis angka rupiah per bulan tanpa "Rp" dan titik (mis. 2500000)`,
        en: `Wage "${ctx.shown('wage')}" is not a number: enter rupiah per month without "Rp" or separators (e.g. 2500000)`,
      });
    } else if (ctx.wageState === WAGE_NEGATIVE) {
      ctx.report(wageInvalid, 'wage', { id: `Upah tidak boleh negatif (${ctx.wage})`, en: `Wage cannot be negative (${ctx.wage})` });
    }
  },
});
