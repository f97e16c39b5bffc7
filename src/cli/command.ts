// What a `jamsostek` command looks like. Each command is one file in src/cli/commands/ and one line in
// src/cli/commands/index.ts; main.ts parses the shared options and turns every failure into one line.
import type { ParseArgsConfig } from 'node:util';
import type { Lang, Localized } from '../core/i18n/lang';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface CliIo {
  /** Writes to standard output (text as given; add the newline yourself). */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export interface CommandContext {
  /** Arguments that are not options, e.g. the files. */
  readonly positionals: readonly string[];
  /** Parsed options of the command (the shared --lang and --help are handled by main). */
  readonly values: Readonly<Record<string, string | boolean | readonly (string | boolean)[] | undefined>>;
  readonly lang: Lang;
  readonly io: CliIo;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: Localized;
  /** Synopsis, e.g. "jamsostek check <file.xlsx>... [--json]". */
  readonly usage: string;
  /** Options besides --lang and --help. */
  readonly options: OptionsConfig;
  /** One line per option for `--help`, e.g. ["--json", {id, en}]. */
  readonly optionHelp?: readonly (readonly [string, Localized])[];
  /** Returns the exit code: 0 fine, 1 the data has errors, 2 unusable input. */
  run(context: CommandContext): Promise<number>;
}

/** A mistake in how the command was called: exit 2 with this one line. */
export class UsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_DATA_ERRORS = 1;
export const EXIT_UNUSABLE = 2;
