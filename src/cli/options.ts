// Options more than one command shares, and their validation.
import type { Lang, Localized } from '../core/i18n/lang';
import { DEFAULT_PROVINCE } from '../core/reference/regions';
import { parseProvince } from '../core/settings/province';
import { parseRegency } from '../core/settings/regency';
import { SettingError } from '../core/settings/setting-error';
import { parseYear } from '../core/settings/year';
import { type CommandContext, type OptionsConfig, UsageError } from './command';

/** --lang and --help are parsed for every command by main.ts. */
export const COMMON_OPTIONS: OptionsConfig = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export const PROVINCE_OPTION: OptionsConfig = { province: { type: 'string' } };

/** Roster settings shared by check and summary: the rosters' kab/kota, and whether a KPJ alone means Aktif. */
export const ROSTER_OPTIONS: OptionsConfig = { regency: { type: 'string' }, 'kpj-aktif': { type: 'boolean' } };

export const ROSTER_OPTIONS_HELP: readonly (readonly [string, Localized])[] = [
  [
    '--regency 6103',
    {
      id: 'kab/kota roster untuk baris tanpa kab/kota sendiri (kode 4 digit atau nama); menggantikan yang dibaca dari judul, nama lembar atau nama berkas',
      en: "the rosters' kab/kota for rows without their own (4-digit code or name); overrides the one read from the title, sheet name or file name",
    },
  ],
  [
    '--kpj-aktif',
    {
      id: 'hitung baris yang punya Nomor KPJ tanpa Status Kepesertaan sebagai Aktif (bawaan: tidak)',
      en: 'count rows with a KPJ but no membership status as Aktif (default: no)',
    },
  ],
];

/** --regency and --kpj-aktif as CheckOptions; --regency goes through the core's one kab/kota parser. */
export function rosterSettingsOf(context: CommandContext, province: string): { regency?: string; kpjMeansActive: boolean } {
  const raw = context.values.regency;
  const regency = raw === undefined ? undefined : settingFlag('--regency', () => parseRegency(String(raw), province).code);
  return { ...(regency !== undefined ? { regency } : {}), kpjMeansActive: context.values['kpj-aktif'] === true };
}

/** --lang id|en, else LANG/LC_ALL/LC_MESSAGES starting with "en", else Indonesian. */
export function chooseLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag !== undefined) {
    const v = flag.toLowerCase();
    if (v === 'id' || v === 'en') return v;
    throw new UsageError({ id: `--lang harus id atau en, bukan "${flag}"`, en: `--lang must be id or en, not "${flag}"` });
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en(?![a-z])/i.test(locale) ? 'en' : 'id';
}

/** Reads a setting with its core parser; a SettingError becomes one usage line naming the flag. */
export function settingFlag<T>(flag: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    throw new UsageError({ id: `${flag}: ${error.text.id}`, en: `${flag}: ${error.text.en}` });
  }
}

/** --province: a 2-digit code of an Indonesian province; default 61 (Kalimantan Barat). */
export function provinceOf(context: CommandContext): string {
  const raw = context.values.province;
  return raw === undefined ? DEFAULT_PROVINCE : settingFlag('--province', () => parseProvince(String(raw)).code);
}

export const YEAR_OPTION: OptionsConfig = { year: { type: 'string' } };

export const YEAR_HELP: readonly [string, Localized] = [
  '--year 2026',
  {
    id: 'tahun angka ini (memilih target UCJ terbit tahun itu); bawaan tahun hari ini',
    en: "the year the figures are for (picks that year's published UCJ target); default this year",
  },
];

/** --year: the year the figures are for (2000–2100); undefined leaves it to the check (the year of its as-of date). */
export function yearOf(context: CommandContext): number | undefined {
  const raw = context.values.year;
  return raw === undefined ? undefined : settingFlag('--year', () => parseYear(String(raw)));
}

/** The files given on the command line; at least one. */
export function filesOf(context: CommandContext): readonly string[] {
  if (context.positionals.length === 0) {
    throw new UsageError({ id: 'sebutkan berkas .xlsx yang akan diperiksa', en: 'name the .xlsx file(s) to check' });
  }
  return context.positionals;
}

export const MAX_SIZE_OPTION: OptionsConfig = { 'max-size': { type: 'string' } };

export const MAX_SIZE_HELP: readonly [string, Localized] = [
  '--max-size 2GB',
  {
    id: 'batas isi terurai per berkas (bawaan 100 × ukuran berkas); satuan MB atau GB',
    en: 'most data unpacked per file (default 100 × the file size); in MB or GB',
  },
];

const SIZE_UNITS: Readonly<Record<string, number>> = { kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };

/** --max-size 800MB, 2GB, 1,5GB or 500 (megabytes): bytes, or undefined when not given. */
export function maxSizeOf(context: CommandContext): number | undefined {
  const raw = context.values['max-size'];
  if (raw === undefined) return undefined;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([kmgt]b)?\s*$/i.exec(String(raw));
  const bytes = m ? Number(m[1].replace(',', '.')) * SIZE_UNITS[(m[2] ?? 'mb').toLowerCase()] : NaN;
  if (!(bytes >= 1e6) || !Number.isFinite(bytes)) {
    throw new UsageError({
      id: `--max-size harus ukuran seperti 800MB atau 2GB (paling kecil 1MB), bukan "${String(raw)}"`,
      en: `--max-size must be a size such as 800MB or 2GB (at least 1MB), not "${String(raw)}"`,
    });
  }
  return Math.floor(bytes);
}
