// Every `jamsostek` command: add a file in this folder and one line here.
import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { rulesCommand } from './rules';
import { summaryCommand } from './summary';

export const COMMANDS: readonly CliCommand[] = [checkCommand, summaryCommand, demoCommand, rulesCommand];
