// What a roster says outside its rows: the kab/kota of the whole roster ("DINAS KESEHATAN KABUPATEN
// SANGGAU" in a title row, a sheet named "Sanggau", a file "Nakes Kab Sanggau 2025.xlsx") and the worker
// category of a sheet of cadres or village officials ("DAFTAR KADER POSYANDU", a sheet "Perangkat Desa").
// Rows without their own value take these (RowContext); a category column, where there is one, wins.
import { cellAddress } from '../address';
import { resolveRegencyName } from '../reference/regency-names';
import type { Regency } from '../reference/regions';
import { districtsNamed } from '../reference/villages';
import { CATEGORIES } from './fields';
import { normalizeKey } from './text-match';
import type { SheetGrid } from './types';

export type ContextSource = 'setting' | 'title' | 'sheet' | 'file';

export interface RegencyContext {
  /** 4-digit kab/kota code. */
  readonly code: string;
  readonly name: string;
  readonly from: ContextSource;
  /** The title cell it was read from (from "title" only). */
  readonly cell?: string;
}

export interface CategoryContext {
  /** Canonical category (CATEGORIES). */
  readonly value: string;
  readonly from: Exclude<ContextSource, 'file' | 'setting'>;
  readonly cell?: string;
}

/** Where a coverage given as ticks or yes/no sits (see coverage.ts). */
export interface CoverageContext {
  readonly form: 'ticks' | 'yes-no';
  /** Column letters: the "yes" and "no" columns of ticks, or the one yes/no column. */
  readonly columns: readonly string[];
}

/** The kecamatan a title names ("DAFTAR PERANGKAT DESA KECAMATAN SUNGAI AMBAWANG KABUPATEN KUBU RAYA"). */
export interface DistrictContext {
  /** 6-digit kecamatan code (reference/villages.ts). */
  readonly code: string;
  readonly name: string;
  readonly from: 'title';
  readonly cell: string;
}

/** Roster-level values: Roster.context, and in `--json` rosters[].context. */
export interface RosterContext {
  readonly regency?: RegencyContext;
  readonly district?: DistrictContext;
  readonly category?: CategoryContext;
  readonly coverage?: CoverageContext;
  /** A KPJ without status counts as Aktif on this roster (its roster setting, CheckOptions.kpjMeansActive); absent when not. */
  readonly kpjMeansActive?: true;
}

const KIND_WORDS = new Set(['kabupaten', 'kab', 'kota', 'kotamadya', 'kodya']);
/** Words after a kab/kota name in titles, never part of it. */
const STOP_WORDS = new Set(['tahun', 'th', 'provinsi', 'prov', 'kecamatan', 'kec', 'desa', 'per', 'bulan', 'keadaan', 'periode']);

/** The kab/kota a text names: "KABUPATEN SANGGAU" (any province, the roster's first), or with `bare` also "Sanggau" (the roster's province only). */
export function regencyInText(text: string, province: string, bare: boolean): Regency | null {
  const words = normalizeKey(text)
    .split(' ')
    .filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const kind = KIND_WORDS.has(words[i]);
    if (!kind && !bare) continue;
    const from = kind ? i + 1 : i;
    for (let n = Math.min(4, words.length - from); n >= 1; n--) {
      const name = words.slice(from, from + n);
      if (name.some((w) => STOP_WORDS.has(w) || KIND_WORDS.has(w))) continue;
      // A bare year ("Rekap 2025") is not a kab/kota code.
      if (!kind && name.every((w) => /^\d+$/.test(w))) continue;
      const r = resolveRegencyName([...(kind ? [words[i]] : []), ...name].join(' '), province);
      if (r.kind !== 'ok') continue;
      if (!kind && r.regency.provinceCode !== province) continue;
      return r.regency;
    }
  }
  return null;
}

/** Title and sheet words that name a category of workers (UU 3/2024: village heads, officials and BPD members). */
const CATEGORY_WORDS: readonly (readonly [RegExp, string])[] = [
  [/(^| )kader( |$)/, 'Kader Kesehatan'],
  [/(^| )(perangkat|aparat|aparatur) (desa|kelurahan)( |$)|(^| )kepala desa( |$)|(^| )kades( |$)/, 'Perangkat Desa'],
  [/(^| )bpd( |$)|badan permusyawaratan desa/, 'Anggota BPD'],
  [/(^| )(rt rw|ketua rt|ketua rw)( |$)/, 'Ketua RT/RW'],
  [/(^| )(linmas|perlindungan masyarakat|satlinmas|hansip)( |$)/, 'Linmas'],
];
for (const [, value] of CATEGORY_WORDS) {
  if (!CATEGORIES.some((c) => c.value === value)) throw new Error(`roster-context: category "${value}" is not in the field schema`);
}

/** The one category a text names, or null when it names none or several. */
export function categoryInText(text: string): string | null {
  const key = normalizeKey(text);
  let found: string | null = null;
  for (const [re, value] of CATEGORY_WORDS) {
    if (!re.test(key)) continue;
    if (found !== null && found !== value) return null;
    found = value;
  }
  return found;
}

/** A file name's words: extension dropped, "_" and "-" as spaces. */
const fileWords = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.[a-z0-9]+$/i, '').replace(/[_-]+/g, ' ');

/** Text cells of the rows above the header, with their addresses. */
function* titleTexts(grid: SheetGrid, headerIndex: number): Generator<{ text: string; cell: string }> {
  for (let i = 0; i < headerIndex; i++) {
    const row = grid.rows[i] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.trim() !== '' && v.length <= 200) {
        yield { text: v, cell: cellAddress(grid.origin.row + i, grid.origin.col + c) };
      }
    }
  }
}

/** The roster's kab/kota: the setting, else the title rows, the sheet name, the file name, in that order. */
export function inferRegency(grid: SheetGrid, headerIndex: number, province: string, setting?: Regency): RegencyContext | undefined {
  if (setting) return { code: setting.code, name: setting.name, from: 'setting' };
  for (const { text, cell } of titleTexts(grid, headerIndex)) {
    const r = regencyInText(text, province, false);
    if (r) return { code: r.code, name: r.name, from: 'title', cell };
  }
  const sheet = regencyInText(grid.sheet, province, true);
  if (sheet) return { code: sheet.code, name: sheet.name, from: 'sheet' };
  if (grid.file !== undefined) {
    const file = regencyInText(fileWords(grid.file), province, true);
    if (file) return { code: file.code, name: file.name, from: 'file' };
  }
  return undefined;
}

/** The roster's worker category from its title rows, else its sheet name. */
export function inferCategory(grid: SheetGrid, headerIndex: number): CategoryContext | undefined {
  for (const { text, cell } of titleTexts(grid, headerIndex)) {
    const value = categoryInText(text);
    if (value !== null) return { value, from: 'title', cell };
  }
  const value = categoryInText(grid.sheet);
  return value !== null ? { value, from: 'sheet' } : undefined;
}

const DISTRICT_WORDS = new Set(['kecamatan', 'kec']);
/** Words that end a kecamatan name in a title. */
const DISTRICT_END = new Set([...KIND_WORDS, ...STOP_WORDS, 'kelurahan', 'kel', 'ds', 'puskesmas', 'tahun', 'dinas', 'se']);

/**
 * The roster's kecamatan from its title rows, where the area data has it: "KECAMATAN <name>" followed by the
 * end of the text or a word such as KABUPATEN or TAHUN, naming exactly one kecamatan of the roster's kab/kota.
 * A title naming several kecamatan ("KECAMATAN SUNGAI RAYA DAN SUNGAI AMBAWANG") names none.
 */
export function inferDistrict(grid: SheetGrid, headerIndex: number, regencyCode: string | undefined): DistrictContext | undefined {
  for (const { text, cell } of titleTexts(grid, headerIndex)) {
    const words = normalizeKey(text)
      .split(' ')
      .filter((w) => w !== '');
    for (let i = 0; i < words.length; i++) {
      if (!DISTRICT_WORDS.has(words[i])) continue;
      for (let n = Math.min(4, words.length - i - 1); n >= 1; n--) {
        const name = words.slice(i + 1, i + 1 + n);
        const next = words[i + 1 + n];
        if (name.some((w) => DISTRICT_END.has(w)) || (next !== undefined && !DISTRICT_END.has(next))) continue;
        const found = districtsNamed(name.join(' ')).filter((d) => regencyCode === undefined || d.regencyCode === regencyCode);
        if (found.length === 1) return { code: found[0].code, name: found[0].name, from: 'title', cell };
      }
    }
  }
  return undefined;
}
