// jamsostek rules [--json]: every check rule with its severity, title and description, straight from the
// rule registry (the one list of rules; the docs point here instead of copying it).
import { RULES } from '../../core/roster/rules';
import { type CliCommand, EXIT_OK, UsageError } from '../command';

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: { id: 'daftar aturan pemeriksaan roster', en: 'list the roster check rules' },
  usage: 'jamsostek rules [--json] [--lang id|en]',
  options: { json: { type: 'boolean' } },
  optionHelp: [
    [
      '--json',
      { id: 'keluaran JSON: id, tingkat, judul dan uraian (id/en)', en: 'JSON output: id, severity, title and description (id/en)' },
    ],
  ],
  run(context) {
    if (context.positionals.length > 0) {
      throw new UsageError({ id: 'jamsostek rules tidak menerima berkas', en: 'jamsostek rules takes no files' });
    }
    if (context.values.json === true) {
      const list = RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title, description: r.description }));
      context.io.out(JSON.stringify(list, null, 2) + '\n');
    } else {
      const width = Math.max(...RULES.map((r) => r.id.length));
      const lines = RULES.flatMap((r) => [
        `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title[context.lang]}`,
        `${' '.repeat(width + 11)}${r.description[context.lang]}`,
      ]);
      context.io.out(lines.join('\n') + '\n');
    }
    return Promise.resolve(EXIT_OK);
  },
};
