// jamsostek summary <file.xlsx> [-o out.xlsx]: the coordination-meeting numbers, printed or as JSON,
// and with -o a copy of the workbook with the "Ringkasan Rakor" sheet added (the input is never written).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultTarget, UCJ_TARGETS } from '../../core/reference/ucj-targets';
import { DEFAULT_PROVINCE } from '../../core/reference/regions';
import { parseRegencyTargets, parseRegionalUcj } from '../../core/settings/regional-csv';
import { formatTarget, parseTarget, type Target } from '../../core/settings/target';
import { computeSummary, summaryJson } from '../../core/summary/model';
import { summarySheetRequest, SummaryTooLargeError } from '../../core/summary/sheet';
import { injectSheet, openPackage, savePackage } from '../../hosts/xlsx/inject';
import { type CliCommand, type CommandContext, EXIT_DATA_ERRORS, EXIT_OK, UsageError } from '../command';
import {
  MAX_SIZE_HELP,
  MAX_SIZE_OPTION,
  maxSizeOf,
  PROVINCE_OPTION,
  provinceOf,
  ROSTER_OPTIONS,
  ROSTER_OPTIONS_HELP,
  rosterSettingsOf,
  settingFlag,
  YEAR_HELP,
  YEAR_OPTION,
  yearOf,
} from '../options';
import { outputFileOf, writeOutput } from '../output-file';
import { summaryText } from '../reports/summary-report';
import { loadRosters } from '../rosters';

/**
 * Without --target: the province's published target for the year the check is for (the year of its as-of date: a
 * check in 2026 is measured against 2026's target); a year without one asks for --target.
 */
const publishedTargetFor = (province: string, year: number): Target => settingFlag('--target', () => defaultTarget(province, year));

/** --target as given, parsed once before the file is read (a bad one is refused first); undefined when not given. */
const givenTarget = (raw: CommandContext['values'][string]): Target | undefined =>
  raw === undefined ? undefined : settingFlag('--target', () => parseTarget(String(raw)));

/** "2025: 59,56 % · 2026: 60,80 %": the published targets of a province, for the help text. */
const publishedTargets = (province: string, lang: 'id' | 'en'): string =>
  UCJ_TARGETS.filter((t) => t.province === province)
    .map((t) => `${t.year}: ${formatTarget(defaultTarget(province, t.year), lang)}`)
    .join(' · ');

/** The most a --targets or --ucj file may hold: a table of a province's kab/kota is a few kilobytes. */
const MAX_TABLE_BYTES = 1 << 20;

/** Reads a small per-kab/kota CSV named by `flag` and parses it; any problem is one line naming the flag. */
function tableFlag<T>(flag: string, raw: CommandContext['values'][string], cwd: string, parse: (text: string) => T): T | undefined {
  if (raw === undefined) return undefined;
  const file = path.resolve(cwd, String(raw));
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_TABLE_BYTES) throw new Error('too large');
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError({
      id: `${flag}: berkas "${String(raw)}" tidak dapat dibaca (CSV kecil, paling besar 1 MB)`,
      en: `${flag}: cannot read "${String(raw)}" (a small CSV, at most 1 MB)`,
    });
  }
  return settingFlag(flag, () => parse(text));
}

export const summaryCommand: CliCommand = {
  name: 'summary',
  summary: {
    id: 'ringkasan cakupan untuk rakor (tabel per kab/kota, kategori, segmen, program)',
    en: 'coverage summary for the coordination meeting (by regency, category, segment, programme)',
  },
  usage:
    'jamsostek summary <file.xlsx> [-o out.xlsx] [--target 59,56] [--targets targets.csv] [--ucj ucj.csv] [--province 61] [--year 2026] [--json] [--lang id|en] [--max-size 2GB] [--regency 6103] [--kpj-aktif]',
  options: {
    ...PROVINCE_OPTION,
    ...YEAR_OPTION,
    ...ROSTER_OPTIONS,
    ...MAX_SIZE_OPTION,
    output: { type: 'string', short: 'o' },
    target: { type: 'string' },
    targets: { type: 'string' },
    ucj: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: [
    [
      '-o out.xlsx',
      {
        id: 'tulis salinan buku kerja dengan lembar "Ringkasan Rakor" (berkas masukan tidak diubah)',
        en: 'write a copy of the workbook with the "Ringkasan Rakor" sheet (the input file is never changed)',
      },
    ],
    [
      '--target 59,56',
      {
        id: `target UCJ: 59,56 · 59.56 · 59,56 % · 0,5956 (bawaan: target terbit provinsi untuk tahun pemeriksaan; Kalimantan Barat ${publishedTargets(DEFAULT_PROVINCE, 'id')})`,
        en: `UCJ target: 59.56 · 59,56 · 59.56 % · 0.5956 (default: the province's published target for the year checked; Kalimantan Barat ${publishedTargets(DEFAULT_PROVINCE, 'en')})`,
      },
    ],
    [
      '--targets targets.csv',
      {
        id: 'target sendiri per kab/kota, baris "kode,target" (mis. 6171,45); yang lain memakai --target',
        en: 'own targets per kab/kota, lines "code,target" (e.g. 6171,45); the others use --target',
      },
    ],
    [
      '--ucj ucj.csv',
      {
        id: 'UCJ resmi per kab/kota, baris "kode,penduduk bekerja (BPS),peserta aktif (BPJS)"',
        en: 'official UCJ inputs per kab/kota, lines "code,working population (BPS),active participants (BPJS)"',
      },
    ],
    ['--province 61', { id: 'kode provinsi (bawaan 61 Kalimantan Barat)', en: 'province code (default 61 Kalimantan Barat)' }],
    YEAR_HELP,
    ['--json', { id: 'keluaran JSON (skema di README)', en: 'JSON output (schema in README)' }],
    ...ROSTER_OPTIONS_HELP,
    MAX_SIZE_HELP,
  ],
  async run(context) {
    if (context.positionals.length !== 1) {
      throw new UsageError({ id: 'sebutkan satu berkas .xlsx untuk diringkas', en: 'name one .xlsx file to summarise' });
    }
    const file = context.positionals[0];
    const province = provinceOf(context);
    const year = yearOf(context);
    // A bad --target is refused before the file is read; the default waits for the check's year.
    const given = givenTarget(context.values.target);
    const cwd = context.io.cwd;
    const regencyTargets = tableFlag('--targets', context.values.targets, cwd, (text) => parseRegencyTargets(text, province));
    const regionalUcj = tableFlag('--ucj', context.values.ucj, cwd, (text) => parseRegionalUcj(text, province));
    // -o is checked against the input before anything is read.
    const out =
      context.values.output === undefined
        ? undefined
        : outputFileOf(String(context.values.output), { cwd: context.io.cwd, inputs: [file], overwrite: true });

    const { result } = await loadRosters([file], {
      province,
      year,
      cwd: context.io.cwd,
      maxSize: maxSizeOf(context),
      ...rosterSettingsOf(context, province),
    });
    const target = given ?? publishedTargetFor(province, result.options.year);
    const model = computeSummary(result, {
      target,
      ...(regencyTargets ? { regencyTargets } : {}),
      ...(regionalUcj ? { regionalUcj } : {}),
    });
    let written: { file: string; sheet: string } | undefined;
    if (out !== undefined) {
      const pkg = await openPackage(fs.readFileSync(path.resolve(context.io.cwd, file)), file);
      let name: string;
      try {
        ({ name } = await injectSheet(pkg, summarySheetRequest(model, result)));
      } catch (error) {
        if (!(error instanceof SummaryTooLargeError)) throw error;
        throw new UsageError({
          id: `rumus ringkasan untuk salah satu dari ${error.rosters} roster melebihi batas Excel 8.192 karakter; periksa kolom roster itu`,
          en: `a summary formula for one of the ${error.rosters} rosters would exceed Excel's limit of 8,192 characters; check that roster's columns`,
        });
      }
      const bytes = await savePackage(pkg);
      await writeOutput(out, (temp) => fs.writeFileSync(temp, bytes));
      written = { file: out.shown, sheet: name };
    }
    if (context.values.json === true) {
      context.io.out(JSON.stringify(summaryJson(model), null, 2) + '\n');
    } else {
      context.io.out(summaryText(model, context.lang, written));
    }
    return result.counts.error > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
  },
};
