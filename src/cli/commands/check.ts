// jamsostek check <file.xlsx>...: finds the rosters, checks them together, prints what to fix; with -o, a
// copy of the workbook with the issue list ("Pemeriksaan Data" / "Data check") added (the input is never written).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatYmd, ymdFromSerial } from '../../core/dates';
import { buildIssueSheet, ISSUE_SHEET_NAMES, MAX_ISSUE_ROWS } from '../../core/report/issue-sheet';
import { SEVERITIES, type Severity } from '../../core/roster/types';
import { injectSheet, openPackage, savePackage } from '../../hosts/xlsx/inject';
import { type CliCommand, EXIT_DATA_ERRORS, EXIT_OK, UsageError } from '../command';
import {
  filesOf,
  MAX_SIZE_HELP,
  MAX_SIZE_OPTION,
  maxSizeOf,
  PROVINCE_OPTION,
  provinceOf,
  ROSTER_OPTIONS,
  ROSTER_OPTIONS_HELP,
  rosterSettingsOf,
} from '../options';
import { type OutputFile, outputFileOf, writeOutput } from '../output-file';
import { checkJson, checkText, type IssueListWritten, issueListWritten } from '../reports/check-report';
import { loadRosters } from '../rosters';

/** What the issue list holds: errors and warnings, the ones to act on; --all adds info. */
const LISTED: readonly Severity[] = ['error', 'warning'];

const DEFAULT_LIMIT = 5;

export const checkCommand: CliCommand = {
  name: 'check',
  summary: { id: 'periksa roster pekerja dalam berkas .xlsx', en: 'check worker rosters in .xlsx files' },
  usage:
    'jamsostek check <file.xlsx>... [-o issues.xlsx [--all]] [--json] [--province 61] [--lang id|en] [--full-nik] [--limit 5] [--max-size 2GB] [--regency 6103] [--kpj-aktif]',
  options: {
    ...PROVINCE_OPTION,
    ...ROSTER_OPTIONS,
    ...MAX_SIZE_OPTION,
    output: { type: 'string', short: 'o' },
    all: { type: 'boolean' },
    json: { type: 'boolean' },
    'full-nik': { type: 'boolean' },
    limit: { type: 'string' },
  },
  optionHelp: [
    [
      '-o issues.xlsx',
      {
        id: `tulis salinan buku kerja dengan daftar masalah (lembar "${ISSUE_SHEET_NAMES.id}"; berkas masukan tidak diubah); satu berkas masukan`,
        en: `write a copy of the workbook with the issue list (sheet "${ISSUE_SHEET_NAMES.en}"; the input file is never changed); one input file`,
      },
    ],
    [
      '--all',
      {
        id: 'daftar masalah (-o) memuat juga info (bawaan: kesalahan dan peringatan)',
        en: 'the issue list (-o) includes info too (default: errors and warnings)',
      },
    ],
    ['--json', { id: 'keluaran JSON (skema di README)', en: 'JSON output (schema in README)' }],
    [
      '--province 61',
      { id: 'kode provinsi roster (bawaan 61 Kalimantan Barat)', en: "the rosters' province code (default 61 Kalimantan Barat)" },
    ],
    ['--lang id|en', { id: 'bahasa laporan (bawaan id; en bila LANG=en...)', en: 'report language (default id; en when LANG=en...)' }],
    [
      '--full-nik',
      {
        id: 'tampilkan NIK lengkap (bawaan disamarkan: 6 digit awal + 4 akhir)',
        en: 'show NIKs in full (default masked: first 6 + last 4 digits)',
      },
    ],
    ['--limit 5', { id: 'sel yang ditampilkan per aturan; 0 = semua', en: 'cells listed per rule; 0 = all' }],
    ...ROSTER_OPTIONS_HELP,
    MAX_SIZE_HELP,
  ],
  async run(context) {
    const files = filesOf(context);
    const province = provinceOf(context);
    const showFullNik = context.values['full-nik'] === true;
    const limitRaw = context.values.limit;
    const limit = limitRaw === undefined ? DEFAULT_LIMIT : Number(limitRaw);
    if (!Number.isInteger(limit) || limit < 0) {
      throw new UsageError({
        id: `--limit harus bilangan bulat ≥ 0, bukan "${String(limitRaw)}"`,
        en: `--limit must be a whole number ≥ 0, not "${String(limitRaw)}"`,
      });
    }
    const all = context.values.all === true;
    if (all && context.values.output === undefined) {
      throw new UsageError({
        id: '--all berlaku untuk daftar masalah -o; laporan di layar selalu memuat semua tingkat',
        en: '--all applies to the -o issue list; the report on screen always shows every severity',
      });
    }
    // -o is checked against the inputs before anything is read.
    let out: OutputFile | undefined;
    if (context.values.output !== undefined) {
      // The list links to cells of one workbook and is added to a copy of it, so it takes one file.
      if (files.length > 1) {
        throw new UsageError({
          id: `-o menulis salinan satu buku kerja; sebutkan satu berkas (diberikan ${files.length}), jalankan check -o per berkas`,
          en: `-o writes a copy of one workbook; name one file (${files.length} given) and run check -o once per file`,
        });
      }
      out = outputFileOf(String(context.values.output), { cwd: context.io.cwd, inputs: files, overwrite: true });
    }
    const maxSize = maxSizeOf(context);
    const { result } = await loadRosters(files, {
      province,
      showFullNik,
      cwd: context.io.cwd,
      records: false,
      maxSize,
      ...rosterSettingsOf(context, province),
    });
    let written: IssueListWritten | undefined;
    if (out !== undefined) {
      const severities = all ? SEVERITIES : LISTED;
      const spec = buildIssueSheet(result, {
        lang: context.lang,
        dateText: formatYmd(ymdFromSerial(result.options.asOf)),
        severities,
        fullNik: showFullNik,
      });
      const pkg = await openPackage(fs.readFileSync(path.resolve(context.io.cwd, files[0])), files[0]);
      const { name } = await injectSheet(pkg, spec);
      const bytes = await savePackage(pkg);
      await writeOutput(out, (temp) => fs.writeFileSync(temp, bytes));
      const matching = result.issues.filter((i) => severities.includes(i.severity)).length;
      written = { file: out.shown, sheet: name, listed: Math.min(matching, MAX_ISSUE_ROWS), matching, severities };
    }
    if (context.values.json === true) {
      context.io.out(JSON.stringify(checkJson(result, showFullNik), null, 2) + '\n');
    } else {
      context.io.out(checkText(result, { lang: context.lang, showFullNik, limit, files }));
      if (written) context.io.out(issueListWritten(written, context.lang));
    }
    return result.counts.error > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
  },
};
