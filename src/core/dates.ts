// Excel serial dates (1900 date system) without time zones: serial 1 is 1900-01-01, and Excel's
// phantom 1900-02-29 is serial 60, so real dates from 1900-03-01 on are days since 1899-12-30.

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function serialFromYmd(year: number, month: number, day: number): number {
  const serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
  // Dates before 1900-03-01 sit one lower because of the phantom leap day.
  return serial < 61 ? serial - 1 : serial;
}

export function ymdFromSerial(serial: number): Ymd {
  const whole = Math.floor(serial);
  const adjusted = whole < 61 ? whole + 1 : whole;
  const d = new Date(EPOCH + adjusted * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Serial of a JavaScript Date's calendar day in UTC (hosts hand dates over as UTC midnight). */
export const serialFromDate = (date: Date): number => serialFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

/** Today's serial in local time, so "today" matches the user's calendar. */
export function todaySerial(now: Date = new Date()): number {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Month names and abbreviations, Indonesian and English, as rosters write them: Jan, Peb/Feb, Mar, Apr,
 * Mei, Jun, Jul, Agu/Agt/Ags, Sep, Okt, Nop/Nov, Des (lower case; a trailing dot is dropped before lookup).
 */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [
    ['januari', 'january', 'jan'],
    ['februari', 'february', 'feb', 'pebruari', 'peb'],
    ['maret', 'march', 'mar'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['agustus', 'august', 'agu', 'agt', 'ags', 'agst', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nopember', 'nov', 'nop'],
    ['desember', 'december', 'des', 'dec'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** "17 Agustus 1985", "17-Agu-1985", "17 Peb. 1985", "3 Aug 1988"; null if not that shape or no such day. */
export function parseNamedMonthDate(text: string): number | null {
  const m = /^(\d{1,2})[\s.\-/]+([A-Za-z]+)\.?[\s.\-/,]+(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTH_NAMES.get(m[2].toLowerCase());
  if (!month) return null;
  const day = Number(m[1]);
  const year = Number(m[3]);
  return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : null;
}

/**
 * "17-08-1985", "17/08/1985", "17.08.1985" (day first, Indonesian style), ISO "1985-08-17", or with the
 * month named ("17 Agustus 1985", "17 Agt 1985"); null if unreadable.
 */
export function parseDateText(text: string): number | null {
  const t = text.trim();
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : null;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : null;
  }
  return parseNamedMonthDate(t);
}

/** Whole years from birth to the given day (birthdays on 29 Feb count on 1 Mar in common years). */
export function ageInYears(birthSerial: number, onSerial: number): number {
  const b = ymdFromSerial(birthSerial);
  const t = ymdFromSerial(onSerial);
  let age = t.year - b.year;
  if (t.month < b.month || (t.month === b.month && t.day < b.day)) age -= 1;
  return age;
}

export const formatYmd = ({ year, month, day }: Ymd): string => `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
