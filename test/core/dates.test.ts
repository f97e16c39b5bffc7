import { ageInYears, isValidYmd, parseDateText, serialFromYmd, ymdFromSerial } from '../../src/core/dates';

describe('Excel serial dates', () => {
  it('matches the serials Excel shows', () => {
    expect(serialFromYmd(1900, 1, 1)).toBe(1);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(serialFromYmd(1985, 8, 17)).toBe(31276);
    expect(serialFromYmd(2025, 1, 1)).toBe(45658);
  });

  it('round-trips every day across a century', () => {
    for (let s = 61; s < 61 + 365 * 130; s += 7) {
      const { year, month, day } = ymdFromSerial(s);
      expect(serialFromYmd(year, month, day)).toBe(s);
    }
  });

  it('knows leap years', () => {
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(2023, 2, 29)).toBe(false);
    expect(isValidYmd(2000, 2, 29)).toBe(true);
    expect(isValidYmd(2100, 2, 29)).toBe(false);
    expect(isValidYmd(2024, 4, 31)).toBe(false);
  });

  it('reads Indonesian day-first text dates and ISO dates', () => {
    expect(parseDateText('17-08-1985')).toBe(31276);
    expect(parseDateText(' 17/08/1985 ')).toBe(31276);
    expect(parseDateText('17.8.1985')).toBe(31276);
    expect(parseDateText('1985-08-17')).toBe(31276);
    expect(parseDateText('31-02-1985')).toBeNull();
    expect(parseDateText('08/17/1985')).toBeNull();
    expect(parseDateText('kemarin')).toBeNull();
  });

  it('counts whole years of age', () => {
    const birth = serialFromYmd(1990, 11, 25);
    expect(ageInYears(birth, serialFromYmd(2026, 11, 24))).toBe(35);
    expect(ageInYears(birth, serialFromYmd(2026, 11, 25))).toBe(36);
  });
});
