// Every file a command writes (`summary -o`, `demo -o`, and any later `-o`) goes through here, so that no
// command ever writes over its input, by any path:
// - before anything is read, -o is resolved through real paths (the real folder plus the name, and the
//   real file when it exists) and compared with the real path of every input, ignoring case where the
//   file system usually does (Windows, macOS); an existing -o is also compared by file identity (device
//   and inode), which catches hard links, case-changed and differently-normalised names on any system;
// - a folder given as -o is refused with one line;
// - the bytes go to a temp file created (exclusively) in the output's folder, removed on any failure and
//   by the process guards on SIGINT/SIGTERM, then renamed into place: the old file, if any, is replaced
//   whole or not at all.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../core/i18n/lang';
import { UsageError } from './command';
import { removeOnExit } from './leftovers';

export interface OutputFile {
  /** Absolute path the file is renamed to. */
  readonly path: string;
  /** As the user typed it, for messages. */
  readonly shown: string;
  /** The inputs it must never be, resolved. */
  readonly inputs: readonly string[];
  readonly caseInsensitive: boolean;
}

export interface OutputOptions {
  readonly cwd: string;
  /** Files the command reads; -o may be none of them. */
  readonly inputs: readonly string[];
  /** An existing file at -o may be replaced (summary: yes; demo: only with --force). */
  readonly overwrite: boolean | Localized;
  /** Tests: compare names ignoring case (default: on Windows and macOS). */
  readonly caseInsensitive?: boolean;
}

const refuse = (text: Localized): never => {
  throw new UsageError(text);
};

const IS_INPUT: Localized = {
  id: '-o menunjuk berkas masukan (lewat namanya, tautan, atau huruf besar/kecil lain); berkas masukan tidak pernah ditulis, pilih nama lain',
  en: '-o is the input file (by its name, a link or a change of case); the input file is never written, choose another name',
};

const statOf = (file: string): fs.BigIntStats | undefined => {
  try {
    return fs.statSync(file, { bigint: true });
  } catch {
    return undefined;
  }
};

const realOf = (file: string): string | undefined => {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return undefined;
  }
};

const defaultCaseInsensitive = (): boolean => process.platform === 'win32' || process.platform === 'darwin';

/** Same name on this file system: case and Unicode normalisation folded where the system folds them. */
function sameName(a: string, b: string, caseInsensitive: boolean): boolean {
  if (a === b) return true;
  if (!caseInsensitive) return false;
  const fold = (s: string): string => s.normalize('NFC').toLowerCase();
  return fold(a) === fold(b);
}

/** Throws UsageError when `file` is, or resolves to, one of the inputs. */
function refuseIfInput(file: string, inputs: readonly string[], cwd: string, caseInsensitive: boolean): void {
  const folder = realOf(path.dirname(file));
  const names = [folder && path.join(folder, path.basename(file)), realOf(file), file].filter((n): n is string => !!n);
  const outStat = statOf(file);
  for (const input of inputs) {
    const resolved = path.resolve(cwd, input);
    const inNames = [realOf(resolved), resolved].filter((n): n is string => !!n);
    if (names.some((a) => inNames.some((b) => sameName(a, b, caseInsensitive)))) refuse(IS_INPUT);
    const inStat = statOf(resolved);
    // ino 0 means the file system gives no identity (some network and FAT drives on Windows).
    if (outStat && inStat && outStat.ino !== 0n && outStat.dev === inStat.dev && outStat.ino === inStat.ino) refuse(IS_INPUT);
  }
}

/** Resolves and checks -o; throws UsageError (one line, exit 2) before the command reads anything. */
export function outputFileOf(option: string, options: OutputOptions): OutputFile {
  const caseInsensitive = options.caseInsensitive ?? defaultCaseInsensitive();
  const file = path.resolve(options.cwd, option);
  if (!/\.xlsx$/i.test(file)) refuse({ id: '-o harus berakhiran .xlsx', en: '-o must end in .xlsx' });
  const folder = path.dirname(file);
  const folderStat = statOf(folder);
  if (!folderStat?.isDirectory()) {
    refuse({ id: `folder untuk -o tidak ada: ${path.dirname(option)}`, en: `the folder for -o does not exist: ${path.dirname(option)}` });
  }
  const existing = statOf(file);
  if (existing?.isDirectory()) {
    refuse({ id: `-o ${option} adalah folder; sebutkan nama berkas .xlsx`, en: `-o ${option} is a folder; name an .xlsx file` });
  }
  refuseIfInput(file, options.inputs, options.cwd, caseInsensitive);
  if (existing && options.overwrite !== true) {
    refuse(
      typeof options.overwrite === 'object'
        ? options.overwrite
        : { id: `${option} sudah ada; pilih nama lain`, en: `${option} already exists; choose another name` },
    );
  }
  return { path: file, shown: option, inputs: options.inputs.map((i) => path.resolve(options.cwd, i)), caseInsensitive };
}

/** A temp name in the output's folder (rename never crosses a file system), hidden where dot-files are. */
const tempNameFor = (file: string): string =>
  path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);

/**
 * Calls `write` with a fresh temp file in the output's folder, then renames it into place. The temp file
 * is removed if `write` fails or the process is stopped; the input check is repeated just before the
 * rename in case the folder changed while writing.
 */
export async function writeOutput(out: OutputFile, write: (tempFile: string) => Promise<void> | void): Promise<void> {
  const temp = tempNameFor(out.path);
  let forget = (): void => {};
  try {
    // 'wx': created here or not at all, never through a link someone left at that name.
    fs.closeSync(fs.openSync(temp, 'wx'));
    forget = removeOnExit(temp);
    await write(temp);
    refuseIfInput(out.path, out.inputs, path.dirname(out.path), out.caseInsensitive);
    fs.renameSync(temp, out.path);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw cannotWrite(out, error);
  } finally {
    forget();
  }
}

const WRITE_PROBLEMS: Readonly<Record<string, Localized>> = {
  EACCES: { id: 'tidak ada izin menulis di folder itu', en: 'no permission to write in that folder' },
  EPERM: { id: 'tidak ada izin menulis di folder itu', en: 'no permission to write in that folder' },
  EROFS: { id: 'folder itu hanya-baca', en: 'that folder is read-only' },
  ENOSPC: { id: 'disk penuh', en: 'the disk is full' },
  EDQUOT: { id: 'kuota disk habis', en: 'disk quota exceeded' },
  EBUSY: {
    id: 'berkas sedang dibuka program lain (tutup di Excel dulu)',
    en: 'the file is open in another program (close it in Excel first)',
  },
};

/** A file-system failure while writing, as one line naming the file; anything else unchanged. */
function cannotWrite(out: OutputFile, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (error instanceof UsageError || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  const why = WRITE_PROBLEMS[code] ?? { id: code, en: code };
  return new UsageError({ id: `tidak dapat menulis ${out.shown}: ${why.id}`, en: `cannot write ${out.shown}: ${why.en}` });
}
