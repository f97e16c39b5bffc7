import { isDateFormat } from '../../src/core/number-format';

describe('isDateFormat', () => {
  it.each([
    'dd-mm-yyyy',
    'd/m/yy',
    'd mmmm yyyy',
    'mmm yyyy',
    'dd/mm/yyyy;@',
    '[$-421]dd mmmm yyyy',
    '[$-F800]dddd, mmmm dd, yyyy',
    'yyyy"年"m"月"d"日"',
    'mm/dd/yy h:mm',
    'h:mm AM/PM',
    'hh:mm:ss',
    '[h]:mm',
    '[mm]:ss',
    'ggge"年"m"月"d"日"',
  ])('%s shows a date or time', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });

  it.each([
    'General',
    '@',
    '0',
    '#,##0',
    '0.0%',
    '0%',
    '"Rp"#,##0',
    '[$Rp-421]#,##0.00',
    '0.00E+00',
    '0.00e-00',
    '[Red]#,##0;[Blue]-#,##0',
    '"Tanggal"0',
    '0 "hari"',
    '#,##0 \\m',
    '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
    '[<=9999999]###-####;(###) ###-####',
    '',
  ])('%s shows no date', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });

  it('is false for what is not a format code (Office.js typing gives any)', () => {
    for (const v of [undefined, null, 14, true, ['dd-mm-yyyy']]) expect(isDateFormat(v)).toBe(false);
  });
});
