// jamsostek demo -o demo.xlsx [--seed N] [--bentuk kabupaten]: the synthetic training workbook (the standard
// one is the task pane's generator too); `--bentuk kabupaten` (`--shape`) writes the shape a kabupaten office sends.
import { formatCount } from '../../core/i18n/lang';
import { generateDemo } from '../../core/demo/demo';
import { generateKabupatenDemo } from '../../core/demo/kabupaten';
import { writeRosterWorkbook } from '../../hosts/xlsx/write-rosters';
import { type CliCommand, EXIT_OK, UsageError } from '../command';
import { outputFileOf, writeOutput } from '../output-file';

/** --bentuk / --shape values: the standard template, or a kabupaten office's file. */
const SHAPES = new Set(['standar', 'standard', 'kabupaten']);

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: { id: 'buat buku kerja demo sintetis untuk pelatihan', en: 'write a synthetic demo workbook for training' },
  usage: 'jamsostek demo -o demo.xlsx [--seed N] [--bentuk standar|kabupaten] [--force]',
  options: {
    output: { type: 'string', short: 'o' },
    seed: { type: 'string' },
    bentuk: { type: 'string' },
    shape: { type: 'string' },
    force: { type: 'boolean' },
  },
  optionHelp: [
    ['-o demo.xlsx', { id: 'berkas yang ditulis', en: 'the file to write' }],
    [
      '--seed N',
      {
        id: 'bilangan bulat; seed yang sama memberi buku kerja yang sama (bawaan 1)',
        en: 'a whole number; the same seed gives the same workbook (default 1)',
      },
    ],
    [
      '--bentuk kabupaten',
      {
        id: 'bentuk buku kerja: standar (bawaan; templat, 28.060 baris, masalah ditanam) atau kabupaten (seperti kiriman Dinas Kesehatan: kab/kota hanya di judul, centang SUDAH/BELUM, baris nomor kolom, kelompok, JUMLAH, tanda tangan dengan NIP, jabatan; semua baris bersih); --shape standard|kabupaten dalam bahasa Inggris',
        en: 'workbook shape: standar (default; the template, 28,060 rows, planted problems) or kabupaten (as a health office sends it: kab/kota only in the title, SUDAH/BELUM ticks, column-number row, groups, JUMLAH, signature with NIP, job titles; every row clean); also --shape standard|kabupaten',
      },
    ],
    ['--force', { id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' }],
  ],
  async run(context) {
    const output = context.values.output;
    if (output === undefined || context.positionals.length > 0) {
      throw new UsageError({
        id: 'sebutkan berkas keluaran: jamsostek demo -o demo.xlsx',
        en: 'name the output file: jamsostek demo -o demo.xlsx',
      });
    }
    const raw = context.values.seed;
    const seed = raw === undefined ? 1 : Number(raw);
    if (!Number.isSafeInteger(seed))
      throw new UsageError({
        id: `--seed harus bilangan bulat, bukan "${String(raw)}"`,
        en: `--seed must be a whole number, not "${String(raw)}"`,
      });
    const shapes = [context.values.bentuk, context.values.shape].filter((v) => v !== undefined).map((v) => String(v).trim().toLowerCase());
    const shape = (shapes[0] ?? 'standar').replace('standard', 'standar');
    if (!shapes.every((v) => SHAPES.has(v)) || new Set(shapes.map((v) => v.replace('standard', 'standar'))).size > 1)
      throw new UsageError({
        id: `--bentuk harus standar atau kabupaten, bukan "${shapes.join('", "')}"`,
        en: `--bentuk (--shape) must be standar (standard) or kabupaten, not "${shapes.join('", "')}"`,
      });
    const kabupaten = shape === 'kabupaten';
    const out = outputFileOf(String(output), {
      cwd: context.io.cwd,
      inputs: [],
      overwrite: context.values.force === true || {
        id: `${String(output)} sudah ada; pakai --force untuk menimpa`,
        en: `${String(output)} already exists; use --force to overwrite`,
      },
    });
    const demo = kabupaten ? generateKabupatenDemo(seed) : generateDemo(seed);
    await writeOutput(out, (temp) => writeRosterWorkbook(temp, demo.sheets));
    const id = context.lang === 'id';
    const lines = [
      id ? `Buku kerja demo (seed ${seed}) ditulis ke ${String(output)}:` : `Demo workbook (seed ${seed}) written to ${String(output)}:`,
      ...demo.sheets.map((s) => {
        // The kabupaten shape counts its workers (its other rows are titles, totals and the signature).
        const rows = 'workers' in s ? s.workers : s.rows.slice(s.headerRow + 1).filter((r) => r.length > 0).length;
        return `  • ${s.name}: ${formatCount(rows, context.lang)} ${id ? (kabupaten ? 'pekerja' : 'baris') : kabupaten ? 'workers' : 'rows'}`;
      }),
      id
        ? `Coba: jamsostek check ${String(output)} · jamsostek summary ${String(output)} -o ringkasan.xlsx`
        : `Try: jamsostek check ${String(output)} · jamsostek summary ${String(output)} -o summary.xlsx`,
    ];
    context.io.out(lines.join('\n') + '\n');
    return EXIT_OK;
  },
};
