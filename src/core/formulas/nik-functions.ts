// NIKCHECK and NIKINFO: structural check of a NIK and what its digits say (region, birth date, sex, age).
// The NIK itself is analysed by src/core/nik.ts; Indonesian NIKs have no check digit.
import { type Cell, isDateCell, isErrorCell } from '../cells';
import { ageInYears, todaySerial, ymdFromSerial } from '../dates';
import type { Localized } from '../i18n/lang';
import { analyzeNik, type NikAnalysis } from '../nik';
import { findProvince, findRegency } from '../reference/regions';
import { findRetiredRegency } from '../reference/retired-regencies';
import { FormulaError, FormulaResult, numError, passOnCellError, valueError } from './errors';

export const NIK_OK: Localized = { id: 'OK', en: 'OK' };

const SHORT_STORED_AS_NUMBER: Localized = {
  id: 'NIK tersimpan sebagai angka: Excel hanya menyimpan 15 digit, digit terakhir hilang. Ketik ulang sebagai teks.',
  en: 'NIK stored as a number: Excel keeps only 15 digits, the last digit is lost. Retype it as text.',
};

export interface NikFunctionOptions {
  /** Day the age is counted on and the year two-digit birth years are placed by (default today). */
  readonly todaySerial?: number;
}

function reason(a: Extract<NikAnalysis, { ok: false }>): Localized {
  return a.problem === 'stored-as-number' ? SHORT_STORED_AS_NUMBER : a.message;
}

/** "OK" for a structurally valid NIK, else a short reason (Indonesian and English). Excel errors pass through. */
export function nikCheck(nik: Cell, options: NikFunctionOptions = {}): FormulaResult<Localized> {
  if (isErrorCell(nik)) return passOnCellError(nik.code);
  const today = options.todaySerial ?? todaySerial();
  const a = analyzeNik(nik, { currentYear: ymdFromSerial(today).year });
  return a.ok ? NIK_OK : reason(a);
}

export type NikField = 'province' | 'regency' | 'birthdate' | 'sex' | 'age';
export const NIK_FIELDS: readonly NikField[] = ['province', 'regency', 'birthdate', 'sex', 'age'];

const FIELD_WORDS: Readonly<Record<string, NikField>> = {
  PROVINCE: 'province',
  PROVINSI: 'province',
  REGENCY: 'regency',
  CITY: 'regency',
  KABUPATEN: 'regency',
  KOTA: 'regency',
  'KAB/KOTA': 'regency',
  'KABUPATEN/KOTA': 'regency',
  BIRTHDATE: 'birthdate',
  'BIRTH DATE': 'birthdate',
  'TANGGAL LAHIR': 'birthdate',
  'TGL LAHIR': 'birthdate',
  SEX: 'sex',
  GENDER: 'sex',
  'JENIS KELAMIN': 'sex',
  JK: 'sex',
  AGE: 'age',
  UMUR: 'age',
  USIA: 'age',
};

export function readNikField(field: Cell): FormulaResult<NikField> {
  if (isErrorCell(field)) return passOnCellError(field.code);
  const key = typeof field === 'string' ? field.trim().replace(/\s+/g, ' ').toUpperCase() : '';
  const f = FIELD_WORDS[key];
  if (f) return f;
  const shown = field === null ? '' : typeof field === 'object' ? String(isDateCell(field) ? field.serial : '') : String(field);
  return valueError(
    `Kolom tidak dikenal: "${shown}". Pilih "province" (provinsi), "regency" (kabupaten/kota), "birthdate" (tanggal lahir), "sex" (jenis kelamin) atau "age" (umur).`,
    `Unknown field: "${shown}". Use "province", "regency", "birthdate", "sex" or "age".`,
  );
}

/** Names, an Excel date serial, "L"/"P" or whole years, from a valid NIK; an invalid NIK gives #VALUE! with the NIKCHECK reason. */
export function nikInfo(nik: Cell, field: Cell, asOf?: Cell, options: NikFunctionOptions = {}): FormulaResult<string | number> {
  if (isErrorCell(nik)) return passOnCellError(nik.code);
  const f = readNikField(field);
  if (f instanceof FormulaError) return f;
  let on = options.todaySerial ?? todaySerial();
  if (asOf !== undefined && asOf !== null && asOf !== '') {
    if (isErrorCell(asOf)) return passOnCellError(asOf.code);
    const serial = typeof asOf === 'number' ? asOf : isDateCell(asOf) ? asOf.serial : NaN;
    if (!Number.isFinite(serial) || serial < 1) {
      return valueError('Tanggal acuan harus berupa tanggal, misalnya TODAY().', 'The as-of date must be a date, e.g. TODAY().');
    }
    on = Math.floor(serial);
  }
  const a = analyzeNik(nik, { currentYear: ymdFromSerial(on).year });
  if (!a.ok) {
    const r = reason(a);
    return valueError(r.id, r.en);
  }
  const { info } = a;
  switch (f) {
    case 'province':
      return findProvince(info.provinceCode)?.name ?? info.provinceCode;
    case 'regency':
      // A code retired by a split: the name it had where the NIK was issued.
      return findRegency(info.regencyCode)?.name ?? findRetiredRegency(info.regencyCode)?.name ?? info.regencyCode;
    case 'birthdate':
      return info.birthSerial;
    case 'sex':
      return info.sex;
    case 'age': {
      if (on < info.birthSerial) return numError('Tanggal acuan sebelum tanggal lahir.', 'The as-of date is before the birth date.');
      return ageInYears(info.birthSerial, on);
    }
  }
}
