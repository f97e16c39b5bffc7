// Reading the NIK cell of a row. Plain 16-digit text (nearly every NIK) is decoded here with char
// arithmetic; anything else goes through the shared analysis in src/core/nik.ts, which also words the
// messages. The two agree on every NIK (test/core/roster/nik-fast-path.property.test.ts).
import type { Cell } from '../cells';
import type { Localized } from '../i18n/lang';
import { analyzeNik } from '../nik';
import { REGENCIES } from '../reference/regions';
import { RETIRED_REGENCIES } from '../reference/retired-regencies';
import { isValidDate, validDateSerial } from './date-cells';
import { digitHalves } from './digit-table';

export enum NikState {
  /** No NIK column, or the cell is empty. */
  Empty = 0,
  Ok = 1,
  /** Not 16 digits. */
  Format = 2,
  /** Stored as a number: the last digit is lost. */
  Number = 3,
  RegionUnknown = 4,
  BirthInvalid = 5,
  Error = 6,
}

// Read once: imported enum members are property loads through the module object.
const NIK_OK = NikState.Ok;
const NIK_REGION_UNKNOWN = NikState.RegionUnknown;
const NIK_BIRTH_INVALID = NikState.BirthInvalid;

/** Which kab/kota codes a NIK may carry (index = 4-digit code): today's, and those retired by a split. */
const REGENCY_EXISTS = new Uint8Array(10000);
for (const r of REGENCIES) REGENCY_EXISTS[Number(r.code)] = 1;
for (const r of RETIRED_REGENCIES) REGENCY_EXISTS[Number(r.code)] = 1;

/** The NIK of the row being read; one reading is reused for every row. */
export class NikReading {
  state = NikState.Empty;
  /** 16 digits whenever the text has them (also for RegionUnknown and BirthInvalid). */
  digits: string | null = null;
  /** digits split for the duplicate tables (see digitHalves). */
  hi = 0;
  lo = 0;
  birthSerial = 0;
  sex: 'L' | 'P' = 'L';
  /** Why analyzeNik rejected it (slow path only). */
  message: Localized | null = null;

  /** 16 digits, whatever else is wrong with them: such a NIK can repeat on another row. */
  get hasDigits(): boolean {
    const s = this.state;
    return s === NIK_OK || s === NIK_REGION_UNKNOWN || s === NIK_BIRTH_INVALID;
  }

  /** Reads the cell; `currentYear` places two-digit birth years. */
  read(c: Cell, isError: boolean, currentYear: number): void {
    this.digits = null;
    this.message = null;
    if (isError) {
      this.state = NikState.Error;
      return;
    }
    if (typeof c === 'string' && c.length === 16) {
      // Starts with a digit, so it is not blank: the usual NIK needs no trim.
      const first = c.charCodeAt(0);
      if (first >= 48 && first <= 57 && this.readPlain(c, currentYear)) return;
    }
    if (c === null || c === '' || (typeof c === 'string' && c.trim() === '')) {
      this.state = NikState.Empty;
      return;
    }
    // Anything unusual (apostrophes, spaces, numbers, dates, a wrong code or date): the shared analysis.
    const a = analyzeNik(c, { currentYear });
    if (a.ok) {
      this.state = NikState.Ok;
      this.setDigits(a.info.digits);
      this.birthSerial = a.info.birthSerial;
      this.sex = a.info.sex;
      return;
    }
    this.message = a.message;
    if (a.digits !== undefined) this.setDigits(a.digits);
    this.state =
      a.problem === 'stored-as-number'
        ? NikState.Number
        : a.problem === 'region-unknown'
          ? NikState.RegionUnknown
          : a.problem === 'birthdate-invalid'
            ? NikState.BirthInvalid
            : NikState.Format;
  }

  private setDigits(digits: string): void {
    this.digits = digits;
    digitHalves(digits, this);
  }

  /**
   * A valid NIK of 16 plain digits, decoded with char arithmetic; false (nothing changed) to fall back to
   * analyzeNik. This second decoder earns its place: without it the 100,000-row roster takes about
   * 170 ms of CPU instead of 85 ms (npm run bench -- check-core, 2-core build VM), analyzeNik's regular
   * expressions, slices and result objects costing about 0.85 µs a row.
   */
  private readPlain(s: string, currentYear: number): boolean {
    // Digits 1–4 kab/kota, 5–6 kecamatan, 7–8 day (+40 for women), 9–10 month, 11–12 year, 13–16 serial.
    let regency = 0;
    for (let i = 0; i < 4; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      regency = regency * 10 + d;
    }
    let hi = regency;
    for (let i = 4; i < 8; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      hi = hi * 10 + d;
    }
    let lo = 0;
    for (let i = 8; i < 16; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      lo = lo * 10 + d;
    }
    // An unknown code, and serial 0000 (serials start at 0001): analyzeNik words the problem.
    if (REGENCY_EXISTS[regency] === 0 || lo % 10000 === 0) return false;
    let day = hi % 100;
    const month = (lo / 1_000_000) | 0;
    const yy = ((lo / 10_000) | 0) % 100;
    const sex: 'L' | 'P' = day > 40 ? 'P' : 'L';
    if (day > 40) day -= 40;
    const year = 2000 + yy <= currentYear ? 2000 + yy : 1900 + yy;
    if (!isValidDate(year, month, day)) return false;
    this.state = NikState.Ok;
    this.digits = s;
    // As digitHalves would split it: the first 8 digits plus the length, and the last 8.
    this.hi = hi + 1_600_000_000;
    this.lo = lo;
    this.birthSerial = validDateSerial(year, month, day);
    this.sex = sex;
    return true;
  }
}
