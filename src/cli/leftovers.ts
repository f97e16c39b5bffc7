// Files this process made and must not leave behind: output temp files (which hold a full copy of a
// roster, NIKs included) until they are renamed into place. The process guards in process-guards.ts
// remove them on SIGINT, SIGTERM, an uncaught error and any exit; the code that made a file removes it
// itself on a failure it catches.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const pending = new Set<string>();

/** Registers a file to remove if the process ends before `forget()` is called. */
export function removeOnExit(file: string): () => void {
  pending.add(file);
  return () => void pending.delete(file);
}

/** Removes every registered file now (synchronously: it runs in signal and exit handlers). */
export function removeLeftovers(): void {
  for (const file of pending) {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // Best effort: on Windows a file another handle still holds open cannot be removed.
    }
    pending.delete(file);
  }
}

/** Files registered and not yet forgotten (tests). */
export const pendingLeftovers = (): readonly string[] => [...pending];

/**
 * ExcelJS's streaming reader spills worksheets to the system temp folder as `tmp-<pid>-<random>` (the `tmp`
 * package), with every NIK of the sheet in plain text. `tmp` removes the files it registered when the process
 * exits, but a run stopped while a spill is being created (its open still in flight) leaves that one behind.
 * Names with this process's id are ours: removed when a run is stopped. (Reading without spilling removes
 * the cause; this stays as a guard.)
 */
export function removeReaderSpills(): void {
  const prefix = `tmp-${process.pid}-`;
  const dir = os.tmpdir();
  try {
    for (const name of fs.readdirSync(dir)) if (name.startsWith(prefix)) fs.rmSync(path.join(dir, name), { force: true, recursive: true });
  } catch {
    // Best effort, as above.
  }
}
