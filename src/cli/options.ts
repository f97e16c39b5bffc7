// Options more than one command shares, and their validation.
import type { Lang } from '../core/i18n/lang';
import { DEFAULT_PROVINCE } from '../core/reference/regions';
import { parseProvince } from '../core/settings/province';
import { SettingError } from '../core/settings/setting-error';
import { type CommandContext, type OptionsConfig, UsageError } from './command';

/** --lang and --help are parsed for every command by main.ts. */
export const COMMON_OPTIONS: OptionsConfig = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export const PROVINCE_OPTION: OptionsConfig = { province: { type: 'string' } };

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

/** The files given on the command line; at least one. */
export function filesOf(context: CommandContext): readonly string[] {
  if (context.positionals.length === 0) {
    throw new UsageError({ id: 'sebutkan berkas .xlsx yang akan diperiksa', en: 'name the .xlsx file(s) to check' });
  }
  return context.positionals;
}
