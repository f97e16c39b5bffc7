// Excel number format codes, read the same way by every host (format codes from styles.xml, Range.numberFormat).

/**
 * Whether an Excel number format code shows a date or a time, as Excel itself treats such cells (a serial
 * date-time). Quoted text, backslash escapes, [colours]/[$-locale]/[conditions], padding (_x) and fill (*x)
 * are ignored; elapsed times ([h]:mm, [mm]:ss) count. "General", "@", numbers, percentages, currencies and
 * scientific notation (0.00E+00) do not. Built-in format ids without a code (14–22 …) are the xlsx reader's
 * business, not this function's.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '')
    .replace(/General/gi, '')
    .replace(/E[+-]/gi, '');
  return /[dmyhse]/i.test(bare);
}
