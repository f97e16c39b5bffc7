// A1-style addresses. Row and column indexes here are 0-based; Excel rows shown to users are 1-based.

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C7" for row 6, column 2 (0-based). */
export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/** Parses "B3" (or "$B$3") into 0-based indexes. */
export function parseCellAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new RangeError(`Not an A1 cell address: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Quotes a sheet name for use in a formula or address when Excel would: 'Roster Nakes'!A1, 'R1C1'!A1, Rekap!A1. */
export function quoteSheetName(name: string): string {
  return sheetNameNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/**
 * Excel's rule for sheet names in formulas (as Excel renders them; Apache POI's SheetNameFormatter documents
 * the same): quoted when the name starts with a digit, holds anything but letters, digits, "_" and ".", reads
 * as an A1 cell (A1, XFD1048576), as TRUE/FALSE, or starts like an R1C1 reference (R, C, RC, R1C1, R4C, C3PO),
 * since Excel in R1C1 mode would read those as references. Non-ASCII letters are quoted too: a quoted name is
 * always valid, so erring that way costs nothing.
 */
export function sheetNameNeedsQuotes(name: string): boolean {
  return (
    !/^[A-Za-z_.][A-Za-z0-9_.]*$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^(?:true|false)$/i.test(name) ||
    /^(?:rc?|c)(?:\d|$)/i.test(name)
  );
}
