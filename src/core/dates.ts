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

/** "17-08-1985", "17/08/1985", "17.08.1985" (day first, Indonesian style) or ISO "1985-08-17"; null if unreadable. */
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
  return null;
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
