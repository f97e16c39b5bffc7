// Files this process made and must not leave behind: output temp files (which hold a full copy of a
// roster, NIKs included) until they are renamed into place. The process guards in process-guards.ts
// remove them on SIGINT, SIGTERM, an uncaught error and any exit; the code that made a file removes it
// itself on a failure it catches.
import * as fs from 'node:fs';

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
