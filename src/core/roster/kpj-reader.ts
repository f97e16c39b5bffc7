// Reading the KPJ (BPJS Ketenagakerjaan membership number) cell of a row: 11 digits.
import type { Cell } from '../cells';
import { digitHalves } from './digit-table';

export enum KpjState {
  /** No KPJ column, or the cell is empty. */
  Empty = 0,
  Ok = 1,
  /** Not 11 digits. */
  Format = 2,
  Error = 3,
}

function isElevenDigits(s: string): boolean {
  if (s.length !== 11) return false;
  for (let i = 0; i < 11; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The KPJ of the row being read; one reading is reused for every row. */
export class KpjReading {
  state = KpjState.Empty;
  /** The 11 digits when Ok. */
  digits: string | null = null;
  /** digits split for the duplicate tables (see digitHalves). */
  hi = 0;
  lo = 0;

  /** Reads the cell: `missing` when the roster has no KPJ column or the cell is blank. */
  read(c: Cell, missing: boolean, isError: boolean): void {
    this.digits = null;
    if (isError) {
      this.state = KpjState.Error;
      return;
    }
    if (missing) {
      this.state = KpjState.Empty;
      return;
    }
    if (typeof c === 'number') {
      // Eleven digits fit a double exactly; leading zeros would already be gone.
      if (Number.isInteger(c) && c >= 1e10 && c < 1e11) {
        this.state = KpjState.Ok;
        this.setDigits(String(c));
      } else this.state = KpjState.Format;
      return;
    }
    if (typeof c !== 'string') {
      this.state = KpjState.Format;
      return;
    }
    if (c.length === 11) {
      // Eleven plain digits: checked and split into the table's halves in one pass.
      let hi = 0;
      let lo = 0;
      let i = 0;
      for (; i < 3; i++) {
        const d = c.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        hi = hi * 10 + d;
      }
      for (; i < 11 && i >= 3; i++) {
        const d = c.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        lo = lo * 10 + d;
      }
      if (i === 11) {
        this.state = KpjState.Ok;
        this.digits = c;
        // As digitHalves would split it: the first 3 digits plus the length, and the last 8.
        this.hi = hi + 11 * 100_000_000;
        this.lo = lo;
        return;
      }
    }
    const digits = c.replace(/^'/, '').replace(/[\s.-]/g, '');
    if (!isElevenDigits(digits)) {
      this.state = KpjState.Format;
      return;
    }
    this.state = KpjState.Ok;
    this.setDigits(digits);
  }

  private setDigits(digits: string): void {
    this.digits = digits;
    digitHalves(digits, this);
  }
}
