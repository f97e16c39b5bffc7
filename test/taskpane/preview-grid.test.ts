import { dateCell, errorCell } from '../../src/core/cells';
import { serialFromYmd } from '../../src/core/dates';
import { displayValue } from '../../src/taskpane/preview-grid';

describe('preview grid display', () => {
  test('shows numbers the way the summary sheet formats them, with the separators of the pane language', () => {
    // Indonesian, as an Indonesian Excel shows the sheet: 9.350 and 33,6%.
    expect(displayValue(3141 / 9350, '0.0%', 'id')).toBe('33,6%');
    expect(displayValue(0.5956, '0.00%', 'id')).toBe('59,56%');
    expect(displayValue(9350, '#,##0', 'id')).toBe('9.350');
    expect(displayValue(489_216_000, '"Rp"#,##0', 'id')).toBe('Rp489.216.000');
    expect(displayValue(2.5, undefined, 'id')).toBe('2,5');
    expect(displayValue(1234.5, undefined, 'id')).toBe('1234,5');
    // English: 9,350 and 33.6%.
    expect(displayValue(3141 / 9350, '0.0%', 'en')).toBe('33.6%');
    expect(displayValue(0.5956, '0.00%', 'en')).toBe('59.56%');
    expect(displayValue(9350, '#,##0', 'en')).toBe('9,350');
    expect(displayValue(489_216_000, '"Rp"#,##0', 'en')).toBe('Rp489,216,000');
    expect(displayValue(2.5, undefined, 'en')).toBe('2.5');
    // Dates and whole numbers without a format look the same in both.
    for (const lang of ['id', 'en'] as const) {
      expect(displayValue(serialFromYmd(1985, 8, 17), 'dd-mm-yyyy', lang)).toBe('17-08-1985');
      expect(displayValue(9350, undefined, lang)).toBe('9350');
      expect(displayValue(0.1 + 0.2, undefined, lang)).toBe(lang === 'id' ? '0,3' : '0.3');
    }
  });

  test('shows other cells as Excel would, text exactly as written', () => {
    expect(displayValue(dateCell(serialFromYmd(2001, 2, 3)), undefined, 'id')).toBe('03-02-2001');
    expect(displayValue(errorCell('#N/A'), undefined, 'id')).toBe('#N/A');
    expect(displayValue(true, undefined, 'en')).toBe('TRUE');
    expect(displayValue(null, undefined, 'id')).toBe('');
    expect(displayValue('<script>alert(1)</script>', undefined, 'id')).toBe('<script>alert(1)</script>');
    expect(displayValue('=HYPERLINK("x")', '@', 'id')).toBe('=HYPERLINK("x")');
  });
});
