import { formatCount, langFromLocale } from '../../../src/core/i18n/lang';

describe('formatCount', () => {
  test.each([
    [0, '0', '0'],
    [7, '7', '7'],
    [999, '999', '999'],
    [9350, '9.350', '9,350'],
    [11275, '11.275', '11,275'],
    [1234567, '1.234.567', '1,234,567'],
    [-2428, '-2.428', '-2,428'],
  ])('%d → %s (id), %s (en)', (n, id, en) => {
    expect(formatCount(n, 'id')).toBe(id);
    expect(formatCount(n, 'en')).toBe(en);
  });
});

test('langFromLocale: English for en-*, Indonesian otherwise', () => {
  expect(langFromLocale('en-US')).toBe('en');
  expect(langFromLocale('id-ID')).toBe('id');
  expect(langFromLocale(undefined)).toBe('id');
});
