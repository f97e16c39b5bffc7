import { dateCell, errorCell } from '../../src/core/cells';
import { serialFromYmd } from '../../src/core/dates';
import { displayValue } from '../../src/taskpane/preview-grid';

describe('preview grid display', () => {
  test('shows numbers the way the summary sheet formats them', () => {
    expect(displayValue(3141 / 9350, '0.0%')).toBe('33.6%');
    expect(displayValue(0.5956, '0.00%')).toBe('59.56%');
    expect(displayValue(9350, '#,##0')).toBe('9,350');
    expect(displayValue(489_216_000, '"Rp"#,##0')).toBe('Rp489,216,000');
    expect(displayValue(serialFromYmd(1985, 8, 17), 'dd-mm-yyyy')).toBe('17-08-1985');
    expect(displayValue(2.5)).toBe('2.5');
  });

  test('shows other cells as Excel would, text exactly as written', () => {
    expect(displayValue(dateCell(serialFromYmd(2001, 2, 3)))).toBe('03-02-2001');
    expect(displayValue(errorCell('#N/A'))).toBe('#N/A');
    expect(displayValue(true)).toBe('TRUE');
    expect(displayValue(null)).toBe('');
    expect(displayValue('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(displayValue('=HYPERLINK("x")', '@')).toBe('=HYPERLINK("x")');
  });
});
