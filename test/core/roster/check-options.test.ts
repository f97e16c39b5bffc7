// The options a check resolved travel with its result (CheckResult.options), so that a summary of it uses the
// same province, year and as-of date; an unknown province is refused rather than replaced by 61.
import { checkGrids } from '../../../src/core/roster/check';
import { SettingError } from '../../../src/core/settings/setting-error';
import { serialFromYmd, todaySerial, ymdFromSerial } from '../../../src/core/dates';
import { generateRoster } from '../../support/roster-fixture';

describe('CheckResult.options', () => {
  const fx = generateRoster({ rows: 30, seed: 4 });

  it('records the province, year and as-of date the check used', () => {
    expect(checkGrids([fx.grid], { today: fx.today, province: '62', year: 2026 }).options).toEqual({
      province: '62',
      year: 2026,
      asOf: fx.today,
      kpjMeansActive: false,
    });
    expect(checkGrids([fx.grid], { today: fx.today, kpjMeansActive: true }).options.kpjMeansActive).toBe(true);
  });

  it("records the defaults it resolved: Kalimantan Barat, today, and today's year", () => {
    const before = todaySerial();
    const { options } = checkGrids([fx.grid]);
    expect(options.province).toBe('61');
    expect([before, before + 1]).toContain(options.asOf);
    expect(options.year).toBe(ymdFromSerial(options.asOf).year);
  });

  it("the year defaults to the as-of date's year (2025-12-31 → 2025, 2026-01-01 → 2026)", () => {
    expect(checkGrids([fx.grid], { today: serialFromYmd(2025, 12, 31) }).options.year).toBe(2025);
    expect(checkGrids([fx.grid], { today: serialFromYmd(2026, 1, 1) }).options.year).toBe(2026);
  });

  it('reads the province with the one province parser (spaces trimmed)', () => {
    expect(checkGrids([fx.grid], { today: fx.today, province: ' 12 ' }).options.province).toBe('12');
  });

  it('refuses an unknown province with SettingError instead of silently checking against 61', () => {
    for (const province of ['99', '', '6', 'Kalbar']) {
      expect(() => checkGrids([fx.grid], { today: fx.today, province })).toThrow(SettingError);
    }
    expect(() => checkGrids([fx.grid], { province: '99' })).toThrow('Unknown province code "99". Write a 2-digit province code');
  });

  it('refuses an unknown kab/kota setting with one SettingError', () => {
    expect(() => checkGrids([fx.grid], { today: fx.today, regency: '6199' })).toThrow(SettingError);
    expect(() => checkGrids([fx.grid], { today: fx.today, regency: 'Gotham' })).toThrow(SettingError);
  });
});
