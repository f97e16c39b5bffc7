// The `jamsostek` command. bin/jamsostek.js calls runCommandLine(argv), which guards the process and
// exits with the code main() returns: 0 no errors in the data, 1 the data has errors, 2 the input (or the
// command line) is unusable, or the run was stopped. Every failure ends as ONE line on stderr, never a
// stack trace: main() catches what a command throws; the process guards catch the rest (an uncaught
// error, an unhandled rejection, a closed output pipe, SIGINT/SIGTERM) and remove our temp files.
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Lang, Localized } from '../core/i18n/lang';
import { isAllocationFailure, UnusableInputError } from '../hosts/xlsx/read/unusable-input';
import { type CliCommand, type CliIo, EXIT_OK, EXIT_UNUSABLE, UsageError } from './command';
import { COMMANDS } from './commands';
import { removeLeftovers } from './leftovers';
import { chooseLang, COMMON_OPTIONS } from './options';
import { oneLine, terminalSafe } from './terminal-text';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

export { COMMANDS };
export type { CliCommand, CliIo };

/** Standard output and error of this process (runCommandLine handles their errors). */
export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** "Indonesian (English)" or "English (Indonesian)": the chosen language first, the other for whoever reads the log. */
const bilingual = (text: Localized, lang: Lang): string =>
  text.id === text.en ? text.id : lang === 'id' ? `${text.id} (${text.en})` : `${text.en} (${text.id})`;

/** The language of the run, once main() has read it; the process guards write in it too. */
let runLang: Lang = 'id';

/** The one stderr line of a failure: "jamsostek: [file: ]reason (other language)". */
const failureLine = (text: Localized, lang: Lang, file?: string): string =>
  terminalSafe(`jamsostek: ${file ? `${oneLine(file)}: ` : ''}${oneLine(bilingual(text, lang))}\n`);

/** What went wrong, for an error nobody expected: its first line, or "too large" when memory ran out. */
function unexpected(error: unknown): Localized {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (error instanceof RangeError && /allocation failed|Invalid (string|array|typed array) length|call stack size/i.test(detail)) {
    return {
      id: `berkas terlalu besar untuk komputer ini (${detail})`,
      en: `file too large for this machine (${detail})`,
    };
  }
  return { id: `kesalahan tak terduga: ${detail}`, en: `unexpected error: ${detail}` };
}

const EXIT_CODES_HELP: Localized = {
  id: 'Kode keluar: 0 tidak ada kesalahan · 1 ada kesalahan di data · 2 masukan tidak dapat dipakai',
  en: 'Exit codes: 0 no errors · 1 the data has errors · 2 unusable input',
};

function generalHelp(lang: Lang): string {
  const t = (text: Localized): string => text[lang];
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    t({
      id: 'jamsostek — memeriksa roster pekerja dan cakupan BPJS Ketenagakerjaan (UCJ)',
      en: 'jamsostek — checks worker rosters and BPJS Ketenagakerjaan coverage (UCJ)',
    }),
    '',
    t({ id: 'Pemakaian:', en: 'Usage:' }),
    ...COMMANDS.map((c) => `  ${c.usage}`),
    '',
    t({ id: 'Perintah:', en: 'Commands:' }),
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${t(c.summary)}`),
    '',
    t(EXIT_CODES_HELP),
    t({
      id: 'Bantuan per perintah: jamsostek <perintah> --help · versi: jamsostek --version',
      en: 'Help on a command: jamsostek <command> --help · version: jamsostek --version',
    }),
    '',
  ].join('\n');
}

function commandHelp(command: CliCommand, lang: Lang): string {
  const t = (text: Localized): string => text[lang];
  const help = command.optionHelp ?? [];
  const width = Math.max(0, ...help.map(([flag]) => flag.length));
  return [
    `jamsostek ${command.name} — ${t(command.summary)}`,
    '',
    `${t({ id: 'Pemakaian', en: 'Usage' })}: ${command.usage}`,
    ...(help.length ? ['', ...help.map(([flag, text]) => `  ${flag.padEnd(width)}  ${t(text)}`)] : []),
    '',
    t(EXIT_CODES_HELP),
    '',
  ].join('\n');
}

/** Options node:util rejects, as one line. */
function parseProblem(error: unknown): Localized | null {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (!code.startsWith('ERR_PARSE_ARGS')) return null;
  const message = (error as Error).message.split('\n')[0];
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option)
    return { id: `pilihan tidak dikenal ${option}; lihat --help`, en: `unknown option ${option}; see --help` };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
    return { id: `pilihan ${option} perlu nilai; lihat --help`, en: `option ${option} needs a value; see --help` };
  return { id: `pilihan tidak sah: ${message}`, en: `invalid option: ${message}` };
}

/** Runs one command line; resolves to the exit code and never rejects. */
export async function main(argv: readonly string[], rawIo: CliIo = processIo()): Promise<number> {
  // Whatever a command prints passes through terminalSafe: no field can forget it.
  const io: CliIo = { ...rawIo, out: (text) => rawIo.out(terminalSafe(text)), err: (text) => rawIo.err(terminalSafe(text)) };
  let lang: Lang = 'id';
  const fail = (text: Localized, file?: string): number => {
    io.err(failureLine(text, lang, file));
    return EXIT_UNUSABLE;
  };
  try {
    const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
    const langValue =
      langIndex < 0 ? undefined : argv[langIndex].includes('=') ? argv[langIndex].slice('--lang='.length) : argv[langIndex + 1];
    lang = chooseLang(langValue, io.env);
    runLang = lang;
    // The command is the first argument that is not the --lang option.
    const langTokens = langIndex < 0 ? 0 : argv[langIndex].includes('=') ? 1 : 2;
    const rest = langIndex === 0 ? argv.slice(langTokens) : [...argv];
    const first = rest.shift();
    if (first === undefined) {
      return fail({ id: 'perintah belum disebut; lihat jamsostek --help', en: 'no command given; see jamsostek --help' });
    }
    if (first === '--version' || first === '-v' || first === 'version') {
      io.out(`${version}\n`);
      return EXIT_OK;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const named = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      io.out(named ? commandHelp(named, lang) : generalHelp(lang));
      return EXIT_OK;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) {
      return fail({
        id: `perintah tidak dikenal "${first}"; lihat jamsostek --help`,
        en: `unknown command "${first}"; see jamsostek --help`,
      });
    }
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(commandHelp(command, lang));
      return EXIT_OK;
    }
    return await command.run({ positionals, values, lang, io });
  } catch (error) {
    if (error instanceof UnusableInputError) return fail(error.text, error.file);
    if (error instanceof UsageError) return fail(error.text);
    if (isAllocationFailure(error)) return fail({ id: 'berkas terlalu besar untuk komputer ini', en: 'file too large for this machine' });
    const problem = parseProblem(error);
    if (problem) return fail(problem);
    return fail(unexpected(error));
  }
}

/** Writes the one line, removes our temp files and exits 2; synchronous, so it also works in signal handlers. */
function stop(text: Localized): never {
  removeLeftovers();
  try {
    fs.writeSync(2, failureLine(text, runLang));
  } catch {
    // stderr closed too: the exit code still says it.
  }
  process.exit(EXIT_UNUSABLE);
}

const STOP_SIGNALS: readonly NodeJS.Signals[] = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  ...(process.platform === 'win32' ? (['SIGBREAK'] as const) : []),
];

/** The process entry (bin/jamsostek.js): guards, then main(). */
export function runCommandLine(argv: readonly string[]): void {
  process.on('uncaughtException', (error) => stop(unexpected(error)));
  process.on('unhandledRejection', (reason) => stop(unexpected(reason)));
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () =>
      stop({ id: `dihentikan (${signal}); berkas sementara dihapus`, en: `stopped (${signal}); temp files removed` }),
    );
  }
  process.on('exit', removeLeftovers);
  // `| head` closed the pipe: the report is cut short, which the exit code and one line say.
  process.stdout.on('error', (error: NodeJS.ErrnoException) =>
    stop(
      error.code === 'EPIPE'
        ? { id: 'keluaran ditutup sebelum laporan selesai', en: 'output closed before the report was complete' }
        : unexpected(error),
    ),
  );
  process.stderr.on('error', () => {
    removeLeftovers();
    process.exit(EXIT_UNUSABLE);
  });
  void main(argv, processIo()).then((code) => {
    process.exitCode = code;
  });
}
