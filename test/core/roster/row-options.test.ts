import { ageInYears, serialFromYmd } from '../../../src/core/dates';
import { MAX_AGE, MIN_AGE, resolveOptions } from '../../../src/core/roster/row-options';

describe('resolveOptions', () => {
  it.each([
    [2026, 1, 15],
    [2024, 2, 29],
    [2025, 3, 1],
    [2025, 12, 31],
  ])('bounds working age exactly on %i-%i-%i', (y, m, d) => {
    const today = serialFromYmd(y, m, d);
    const o = resolveOptions({ today }, () => 0);
    expect(o.today).toBe(today);
    expect(o.currentYear).toBe(y);
    // The youngest birth date still of working age is MIN_AGE today; a day later is not.
    expect(ageInYears(o.youngestBirth, today)).toBe(MIN_AGE);
    expect(ageInYears(o.youngestBirth + 1, today)).toBe(MIN_AGE - 1);
    // Born on oldestBirth: MAX_AGE + 1 today (too old); a day later still MAX_AGE.
    expect(ageInYears(o.oldestBirth, today)).toBe(MAX_AGE + 1);
    expect(ageInYears(o.oldestBirth + 1, today)).toBe(MAX_AGE);
  });

  it('takes today from the clock when not given, and masks NIKs unless asked', () => {
    const o = resolveOptions({}, () => serialFromYmd(2025, 6, 1));
    expect(o.today).toBe(serialFromYmd(2025, 6, 1));
    expect(o.showFullNik).toBe(false);
    expect(resolveOptions({ showFullNik: true }, () => 0).showFullNik).toBe(true);
    expect(resolveOptions({ province: '32' }, () => 0).province).toBe('32');
  });
});
