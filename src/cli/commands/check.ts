// jamsostek check <file.xlsx>...: finds the rosters, checks them together, prints what to fix.
import { type CliCommand, EXIT_DATA_ERRORS, EXIT_OK, UsageError } from '../command';
import { filesOf, MAX_SIZE_HELP, MAX_SIZE_OPTION, maxSizeOf, PROVINCE_OPTION, provinceOf } from '../options';
import { checkJson, checkText } from '../reports/check-report';
import { loadRosters } from '../rosters';

const DEFAULT_LIMIT = 5;

export const checkCommand: CliCommand = {
  name: 'check',
  summary: { id: 'periksa roster pekerja dalam berkas .xlsx', en: 'check worker rosters in .xlsx files' },
  usage: 'jamsostek check <file.xlsx>... [--json] [--province 61] [--lang id|en] [--full-nik] [--limit 5] [--max-size 2GB]',
  options: {
    ...PROVINCE_OPTION,
    ...MAX_SIZE_OPTION,
    json: { type: 'boolean' },
    'full-nik': { type: 'boolean' },
    limit: { type: 'string' },
  },
  optionHelp: [
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
    const maxSize = maxSizeOf(context);
    const { result } = await loadRosters(files, { province, showFullNik, cwd: context.io.cwd, records: false, maxSize });
    if (context.values.json === true) {
      context.io.out(JSON.stringify(checkJson(result, showFullNik), null, 2) + '\n');
    } else {
      context.io.out(checkText(result, { lang: context.lang, showFullNik, limit, files }));
    }
    return result.counts.error > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
  },
};
