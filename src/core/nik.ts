// NIK (Nomor Induk Kependudukan): 16 digits = province (2) + kab/kota (2) + kecamatan (2) +
// birth date DDMMYY (women add 40 to DD) + a 4-digit serial. There is no check digit.
import { type Cell, isDateCell, isErrorCell } from './cells';
import { isValidYmd, serialFromYmd } from './dates';
import type { Localized } from './i18n/lang';
import { findProvince, findRegency } from './reference/regions';

export interface NikInfo {
  readonly digits: string;
  readonly provinceCode: string;
  /** Four digits: province + kab/kota, e.g. "6112". */
  readonly regencyCode: string;
  readonly birthSerial: number;
  readonly sex: 'L' | 'P';
}

export type NikProblem = 'empty' | 'not-16-digits' | 'stored-as-number' | 'region-unknown' | 'birthdate-invalid';

export type NikAnalysis =
  | { readonly ok: true; readonly info: NikInfo }
  | { readonly ok: false; readonly problem: NikProblem; readonly message: Localized; readonly digits?: string };

/** Removes what people type around the digits: spaces, dots and a leading apostrophe. */
export const cleanNikText = (text: string): string => text.replace(/^'/, '').replace(/[\s.]/g, '');

/** "611203******0001": first 6 and last 4 digits, the rest hidden (personal data). */
export function maskNik(nik: string): string {
  return nik.length <= 10 ? '*'.repeat(nik.length) : nik.slice(0, 6) + '*'.repeat(nik.length - 10) + nik.slice(-4);
}

const fail = (problem: NikProblem, message: Localized, digits?: string): NikAnalysis => ({ ok: false, problem, message, digits });

/**
 * Reads the birth date in digits 7–12. Two-digit years are placed in the latest century that does not
 * put the birth in the future relative to `currentYear`.
 */
export function nikBirthDate(digits: string, currentYear: number): { serial: number; sex: 'L' | 'P' } | null {
  let day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const yy = Number(digits.slice(10, 12));
  const sex: 'L' | 'P' = day > 40 ? 'P' : 'L';
  if (day > 40) day -= 40;
  const year = 2000 + yy <= currentYear ? 2000 + yy : 1900 + yy;
  return isValidYmd(year, month, day) ? { serial: serialFromYmd(year, month, day), sex } : null;
}

export interface NikOptions {
  /** Year used to place two-digit birth years; defaults to the current year. */
  readonly currentYear?: number;
}

export function analyzeNik(cell: Cell, options: NikOptions = {}): NikAnalysis {
  if (cell === null || cell === '') return fail('empty', { id: 'NIK kosong', en: 'NIK is empty' });
  if (typeof cell === 'number') {
    return fail('stored-as-number', {
      id: 'NIK tersimpan sebagai angka: Excel hanya menyimpan 15 digit, digit terakhir sudah hilang. Format kolom sebagai Teks lalu ketik ulang.',
      en: 'NIK stored as a number: Excel keeps only 15 digits, so the last digit is already lost. Format the column as Text and retype it.',
    });
  }
  if (typeof cell === 'boolean' || isDateCell(cell) || isErrorCell(cell)) {
    return fail('not-16-digits', { id: 'NIK harus 16 digit angka', en: 'NIK must be 16 digits' });
  }
  const digits = cleanNikText(cell);
  if (!/^\d{16}$/.test(digits)) {
    const count = (digits.match(/\d/g) ?? []).length;
    return fail('not-16-digits', { id: `NIK harus 16 digit angka (ada ${count} digit)`, en: `NIK must be 16 digits (found ${count})` });
  }
  const provinceCode = digits.slice(0, 2);
  const regencyCode = digits.slice(0, 4);
  if (!findProvince(provinceCode) || !findRegency(regencyCode)) {
    const what = findProvince(provinceCode) ? { id: 'kabupaten/kota', en: 'regency/city' } : { id: 'provinsi', en: 'province' };
    const code = findProvince(provinceCode) ? regencyCode : provinceCode;
    return fail(
      'region-unknown',
      { id: `Kode ${what.id} ${code} pada NIK tidak dikenal`, en: `Unknown ${what.en} code ${code} in NIK` },
      digits,
    );
  }
  const birth = nikBirthDate(digits, options.currentYear ?? new Date().getFullYear());
  if (!birth) {
    return fail(
      'birthdate-invalid',
      {
        id: `Tanggal lahir pada NIK (digit 7–12: ${digits.slice(6, 12)}) tidak mungkin`,
        en: `Impossible birth date in NIK (digits 7–12: ${digits.slice(6, 12)})`,
      },
      digits,
    );
  }
  return { ok: true, info: { digits, provinceCode, regencyCode, birthSerial: birth.serial, sex: birth.sex } };
}
