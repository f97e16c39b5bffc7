// NIK (Nomor Induk Kependudukan): 16 digits = province (2) + kab/kota (2) + kecamatan (2) +
// birth date DDMMYY (women add 40 to DD) + a 4-digit serial from 0001. There is no check digit. The kab/kota
// code is where the NIK was first issued and never changes, so codes retired by later splits are valid
// (reference/retired-regencies.ts).
//
// Digits are the ASCII digits 0–9 only. Fullwidth (０–９), Arabic-Indic (٠–٩, ۰–۹) and other scripts'
// digits do not count: Dukcapil and BPJS Ketenagakerjaan systems take 0–9 only, Excel's MATCH and
// COUNTIF (the summary sheet, a lookup against another list) see "６１…" as other text than "61…", and
// Fix never changes a NIK, so accepting them would call a cell OK that every later step rejects. Instead
// the message names the character, the digit it looks like and where it is, so the cell can be retyped.
import { type Cell, isDateCell, isErrorCell } from './cells';
import { isValidYmd, serialFromYmd } from './dates';
import type { Localized } from './i18n/lang';
import { findProvince, findRegency } from './reference/regions';
import { findRetiredRegency } from './reference/retired-regencies';

export interface NikInfo {
  readonly digits: string;
  readonly provinceCode: string;
  /** Four digits: province + kab/kota, e.g. "6112". */
  readonly regencyCode: string;
  readonly birthSerial: number;
  readonly sex: 'L' | 'P';
}

export type NikProblem = 'empty' | 'not-16-digits' | 'stored-as-number' | 'region-unknown' | 'birthdate-invalid' | 'serial-zero';

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

/** Where cleanNikText would remove the character: a leading apostrophe, whitespace and dots. */
const isTypedAround = (c: string, index: number): boolean => (index === 0 && c === "'") || c === '.' || /\s/.test(c);

/** The first character of a NIK text that is not a digit 0–9 nor typed around digits, and how many there are. */
export interface OddCharacter {
  readonly codePoint: number;
  /** 1-based position in the cell's text, as Excel's MID counts it. */
  readonly position: number;
  /** Other such characters after it. */
  readonly more: number;
}

export function findOddCharacter(text: string): OddCharacter | null {
  let first: { codePoint: number; position: number } | null = null;
  let more = 0;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i)!;
    const c = String.fromCodePoint(codePoint);
    if (!(codePoint >= 48 && codePoint <= 57) && !isTypedAround(c, i)) {
      if (first) more++;
      else first = { codePoint, position: i + 1 };
    }
    i += c.length;
  }
  return first && { ...first, more };
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Names for the characters that turn up in NIK cells: pasted from web pages, PDFs, chat apps. */
const NAMED: Readonly<Record<number, Localized>> = {
  0x00: { id: 'karakter NUL (tak terlihat)', en: 'NUL character (invisible)' },
  0xad: { id: 'tanda hubung lunak (tak terlihat)', en: 'soft hyphen (invisible)' },
  0x200b: { id: 'spasi lebar-nol (tak terlihat)', en: 'zero-width space (invisible)' },
  0x200c: { id: 'pemisah lebar-nol (tak terlihat)', en: 'zero-width non-joiner (invisible)' },
  0x200d: { id: 'penyambung lebar-nol (tak terlihat)', en: 'zero-width joiner (invisible)' },
  0x2060: { id: 'penyambung kata (tak terlihat)', en: 'word joiner (invisible)' },
  0x2d: { id: 'tanda hubung "-"', en: 'hyphen "-"' },
  0x2010: { id: 'tanda hubung "‐"', en: 'hyphen "‐"' },
  0x2013: { id: 'tanda pisah "–"', en: 'en dash "–"' },
  0x2f: { id: 'garis miring "/"', en: 'slash "/"' },
  0x2c: { id: 'koma ","', en: 'comma ","' },
  0x4f: { id: 'huruf O (bukan angka 0)', en: 'letter O (not the digit 0)' },
  0x6f: { id: 'huruf o (bukan angka 0)', en: 'letter o (not the digit 0)' },
  0x49: { id: 'huruf I (bukan angka 1)', en: 'letter I (not the digit 1)' },
  0x6c: { id: 'huruf l (bukan angka 1)', en: 'letter l (not the digit 1)' },
};

/** Digit blocks named by their range: the exact code point would tell which digit of the NIK it is. */
const DIGIT_BLOCKS: readonly { readonly zero: number; readonly name: Localized }[] = [
  { zero: 0xff10, name: { id: 'angka lebar penuh (０–９)', en: 'fullwidth digit (０–９)' } },
  { zero: 0x660, name: { id: 'angka Arab-India (٠–٩)', en: 'Arabic-Indic digit (٠–٩)' } },
  { zero: 0x6f0, name: { id: 'angka Arab-India Persia (۰–۹)', en: 'Extended Arabic-Indic digit (۰–۹)' } },
];

const isDecimalDigit = (cp: number): boolean => cp >= 0 && /\p{Nd}/u.test(String.fromCodePoint(cp));

/**
 * The code point and a readable name of a character found in a NIK, in both languages. Invisible
 * characters are named, never shown. A digit of another script is named by its block (U+FF10–U+FF19):
 * NIKs are masked in reports, and its own code point would give away the digit it stands for.
 */
export function describeCharacter(cp: number): { readonly code: string; readonly name: Localized } {
  const c = String.fromCodePoint(cp);
  const named = NAMED[cp];
  if (named) return { code: hex(cp), name: named };
  if (isDecimalDigit(cp)) {
    // Unicode puts each script's digits 0–9 in runs of ten (several runs may follow each other).
    let start = cp;
    while (isDecimalDigit(start - 1)) start--;
    const zero = cp - ((cp - start) % 10);
    const block = DIGIT_BLOCKS.find((b) => b.zero === zero);
    return { code: `${hex(zero)}–${hex(zero + 9)}`, name: block?.name ?? { id: 'angka aksara lain', en: 'digit of another script' } };
  }
  if (cp === 0x61c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
    return { code: hex(cp), name: { id: 'kendali arah teks (tak terlihat)', en: 'text-direction control (invisible)' } };
  }
  const name: Localized = /\p{Cc}/u.test(c)
    ? { id: 'karakter kendali (tak terlihat)', en: 'control character (invisible)' }
    : /[\p{Cf}\p{Zl}\p{Zp}]/u.test(c)
      ? { id: 'karakter format (tak terlihat)', en: 'format character (invisible)' }
      : /[\p{Cs}\p{Co}\p{Cn}]/u.test(c)
        ? { id: 'karakter tak dikenal', en: 'unknown character' }
        : /\p{L}/u.test(c)
          ? { id: `huruf "${c}"`, en: `letter "${c}"` }
          : { id: `tanda "${c}"`, en: `character "${c}"` };
  return { code: hex(cp), name };
}

/** "NIK harus 16 digit angka 0–9: karakter ke-7 adalah U+200B spasi lebar-nol (tak terlihat) …" */
function oddCharacterMessage(odd: OddCharacter, count: number): Localized {
  const { code, name } = describeCharacter(odd.codePoint);
  const more: Localized = odd.more
    ? { id: `, dan ${odd.more} karakter lain bukan angka 0–9`, en: `, and ${odd.more} more that ${odd.more === 1 ? 'is' : 'are'} not 0–9` }
    : { id: '', en: '' };
  const found: Localized = count === 16 ? { id: '', en: '' } : { id: ` (ada ${count} digit 0–9)`, en: ` (found ${count} digits 0–9)` };
  return {
    id: `NIK harus 16 digit angka 0–9: karakter ke-${odd.position} adalah ${code} ${name.id}${more.id}${found.id}`,
    en: `NIK must be 16 digits 0–9: character ${odd.position} is ${code} ${name.en}${more.en}${found.en}`,
  };
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
  if (!/^[0-9]{16}$/.test(digits)) {
    const count = (digits.match(/[0-9]/g) ?? []).length;
    const odd = findOddCharacter(cell);
    if (odd) return fail('not-16-digits', oddCharacterMessage(odd, count));
    return fail('not-16-digits', { id: `NIK harus 16 digit angka (ada ${count} digit)`, en: `NIK must be 16 digits (found ${count})` });
  }
  const provinceCode = digits.slice(0, 2);
  const regencyCode = digits.slice(0, 4);
  if (!findProvince(provinceCode) || !(findRegency(regencyCode) ?? findRetiredRegency(regencyCode))) {
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
  if (digits.endsWith('0000')) {
    return fail(
      'serial-zero',
      {
        id: 'Nomor urut NIK (digit 13–16) 0000 tidak ada: nomor urut dimulai dari 0001',
        en: 'NIK serial (digits 13–16) 0000 does not exist: serials start at 0001',
      },
      digits,
    );
  }
  return { ok: true, info: { digits, provinceCode, regencyCode, birthSerial: birth.serial, sex: birth.sex } };
}
