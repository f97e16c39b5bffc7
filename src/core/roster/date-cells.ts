// Reading roster date cells quickly: real dates, Excel serials, and text in the forms rosters use
// ("17-08-1985", "17/08/1985", "1985-08-17", "17 Agustus 1985", "Pontianak, 17-08-1985").
import { type Cell, isDateCell, isErrorCell } from '../cells';
import { parseDateText } from '../dates';

/** Largest serial Excel shows as a date (9999-12-31). */
export const MAX_EXCEL_SERIAL = 2_958_465;

/**
 * Smallest plain number read as a date serial (1927-05-18). A smaller number in a date column is a year
 * or a count typed by hand ("1985" would otherwise be read as 1905-06-07), not a date.
 */
export const MIN_NUMBER_SERIAL = 10_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil), no Date objects. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const EPOCH_DAYS = daysFromCivil(1899, 12, 30);

/** serialFromYmd without allocating; same results (including Excel's phantom 1900-02-29). */
export function fastSerial(year: number, month: number, day: number): number {
  const s = daysFromCivil(year, month, day) - EPOCH_DAYS;
  return s < 61 ? s - 1 : s;
}

/** Packed yyyymmdd of a serial without allocating (civil_from_days). */
export function packedYmd(serial: number): number {
  const whole = Math.floor(serial);
  const z = (whole < 61 ? whole + 1 : whole) + EPOCH_DAYS + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

// Serial of the first day of every month from 1900 to 2099 (every NIK birth date), so the hot path
// needs no divisions.
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 200;
const MONTH_START = new Int32Array(TABLE_YEARS * 12);
for (let y = 0; y < TABLE_YEARS; y++) for (let m = 0; m < 12; m++) MONTH_START[y * 12 + m] = fastSerial(TABLE_FIRST_YEAR + y, m + 1, 1);

/** fastSerial for a date known to be valid, by table lookup when 1900–2099. */
export function validDateSerial(year: number, month: number, day: number): number {
  const y = year - TABLE_FIRST_YEAR;
  return y >= 0 && y < TABLE_YEARS ? MONTH_START[y * 12 + month - 1] + day - 1 : fastSerial(year, month, day);
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1) return false;
  if (d <= DAYS_IN_MONTH[m]) return true;
  return m === 2 && d === 29 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** dd-mm-yyyy / dd/mm/yyyy / dd.mm.yyyy with a char loop; -1 when not that shape, -2 when that shape but no such day. */
function parseDmy(t: string): number {
  const n = t.length;
  if (n < 8 || n > 10) return -1;
  let i = 0;
  let day = 0;
  let c = t.charCodeAt(i);
  while (i < n && c >= 48 && c <= 57 && i < 2) {
    day = day * 10 + c - 48;
    c = t.charCodeAt(++i);
  }
  if (i === 0 || (c !== 45 && c !== 47 && c !== 46)) return -1;
  const sep = c;
  const monthStart = ++i;
  let month = 0;
  c = t.charCodeAt(i);
  while (i < n && c >= 48 && c <= 57 && i - monthStart < 2) {
    month = month * 10 + c - 48;
    c = t.charCodeAt(++i);
  }
  if (i === monthStart || c !== sep) return -1;
  const yearStart = ++i;
  if (n - yearStart !== 4) return -1;
  let year = 0;
  for (; i < n; i++) {
    c = t.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    year = year * 10 + c - 48;
  }
  return isValidDate(year, month, day) ? fastSerial(year, month, day) : -2;
}

/**
 * Birth place and date in one cell (TTL, "tempat, tanggal lahir"): "Sanggau, 12-05-1990",
 * "Pontianak, 3 Agustus 1988", "Sekadau / 17/08/1985", "Sintang 17-08-1985". The place and the date's
 * text; null when the text does not end in a date after a place.
 */
export function splitPlaceAndDate(text: string): { place: string; date: string } | null {
  const t = text.trim();
  const comma = t.lastIndexOf(',');
  if (comma > 0 && comma < t.length - 1) return { place: t.slice(0, comma).trim(), date: t.slice(comma + 1).trim() };
  const m = /^(.*?\p{L}[^,\d]*?)\s*[\s/]\s*(\d{1,2}(?:[-/.]\d{1,2}[-/.]|[\s.\-/]+\p{L}+\.?[\s.\-/]+)\d{4})$/u.exec(t);
  return m ? { place: m[1].trim(), date: m[2] } : null;
}

/** A date written as text, or null if unreadable. Accepts a leading place ("Pontianak, 17-08-1985"). */
export function parseRosterDateText(text: string): number | null {
  const t = text.trim();
  const fast = parseDmy(t);
  if (fast >= 0) return fast;
  if (fast === -2) return null;
  const other = parseDateText(t);
  if (other !== null) return other;
  // "17-08-1985 00:00" or "17-08-1985 00.00.00": a date exported with its (midnight) time.
  const timeless = t.replace(/[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/, '');
  if (timeless !== t) return parseRosterDateText(timeless);
  const ttl = splitPlaceAndDate(t);
  if (ttl !== null && ttl.place !== '') return parseDateText(ttl.date);
  return null;
}

/** The birth place of a TTL cell whose date was read ("Sanggau, 12-05-1990" → "Sanggau"), else null. */
export function birthPlaceOf(cell: Cell): string | null {
  // A plain date ("17-08-1985", "17 Agustus 1985") starts with a digit: no place, no work.
  if (typeof cell !== 'string' || cell.length < 12) return null;
  const first = cell.charCodeAt(0);
  if (first >= 48 && first <= 57) return null;
  const ttl = splitPlaceAndDate(cell);
  return ttl !== null && ttl.place !== '' && parseDateText(ttl.date) !== null ? ttl.place : null;
}

export enum DateState {
  Empty = 0,
  Ok = 1,
  Invalid = 2,
  Error = 3,
}

/** Reads a date cell; the serial goes to out.serial when Ok. */
export function readDateCell(cell: Cell, out: { serial: number }): DateState {
  if (cell === null || cell === '') return DateState.Empty;
  if (typeof cell === 'number') {
    // A serial in a cell formatted as a number.
    if (cell >= MIN_NUMBER_SERIAL && cell <= MAX_EXCEL_SERIAL) {
      out.serial = Math.floor(cell);
      return DateState.Ok;
    }
    return DateState.Invalid;
  }
  if (typeof cell === 'string') {
    // dd-mm-yyyy as written (digits at both ends, so trimming would change nothing): no trim, no regex.
    const dmy = parseDmy(cell);
    if (dmy >= 0) {
      out.serial = dmy;
      return DateState.Ok;
    }
    if (dmy === -2) return DateState.Invalid;
    const s = parseRosterDateText(cell);
    if (s === null) return cell.trim() === '' ? DateState.Empty : DateState.Invalid;
    out.serial = s;
    return DateState.Ok;
  }
  if (typeof cell === 'boolean') return DateState.Invalid;
  if (isDateCell(cell)) {
    if (cell.serial >= 1 && cell.serial <= MAX_EXCEL_SERIAL) {
      out.serial = Math.floor(cell.serial);
      return DateState.Ok;
    }
    return DateState.Invalid;
  }
  if (isErrorCell(cell)) return DateState.Error;
  return DateState.Invalid;
}
