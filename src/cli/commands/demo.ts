// jamsostek demo -o demo.xlsx [--seed N]: the synthetic training workbook (same generator as the task pane).
import { generateDemo } from '../../core/demo/demo';
import { writeRosterWorkbook } from '../../hosts/xlsx/write-rosters';
import { type CliCommand, EXIT_OK, UsageError } from '../command';
import { outputFileOf, writeOutput } from '../output-file';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: { id: 'buat buku kerja demo sintetis untuk pelatihan', en: 'write a synthetic demo workbook for training' },
  usage: 'jamsostek demo -o demo.xlsx [--seed N] [--force]',
  options: {
    output: { type: 'string', short: 'o' },
    seed: { type: 'string' },
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
    const out = outputFileOf(String(output), {
      cwd: context.io.cwd,
      inputs: [],
      overwrite: context.values.force === true || {
        id: `${String(output)} sudah ada; pakai --force untuk menimpa`,
        en: `${String(output)} already exists; use --force to overwrite`,
      },
    });
    const demo = generateDemo(seed);
    await writeOutput(out, (temp) => writeRosterWorkbook(temp, demo.sheets));
    const id = context.lang === 'id';
    const lines = [
      id ? `Buku kerja demo (seed ${seed}) ditulis ke ${String(output)}:` : `Demo workbook (seed ${seed}) written to ${String(output)}:`,
      ...demo.sheets.map(
        (s) =>
          `  • ${s.name}: ${s.rows
            .slice(s.headerRow + 1)
            .filter((r) => r.length > 0)
            .length.toLocaleString(id ? 'id-ID' : 'en-US')} ${id ? 'baris' : 'rows'}`,
      ),
      id
        ? `Coba: jamsostek check ${String(output)} · jamsostek summary ${String(output)} -o ringkasan.xlsx`
        : `Try: jamsostek check ${String(output)} · jamsostek summary ${String(output)} -o summary.xlsx`,
    ];
    context.io.out(lines.join('\n') + '\n');
    return EXIT_OK;
  },
};
