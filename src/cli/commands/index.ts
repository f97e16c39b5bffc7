// Every `jamsostek` command: add a file in this folder and one line here.
import type { CliCommand } from '../command';
import { checkCommand } from './check';

export const COMMANDS: readonly CliCommand[] = [
  checkCommand,
];
