// A ByteSource over a file on disk, for the command line: ranges read on demand through one read-only
// descriptor (never the whole file at once, never a write, not even of its access time).
import * as fs from 'node:fs';
import type { ByteSource } from '../read/byte-source';
import { unusable } from '../read/unusable-input';

export interface FileSource extends ByteSource {
  close(): Promise<void>;
}

/** Opens `file` read-only; throws UnusableInputError (missing, not a file, unreadable), naming it `name`. */
export async function openFileSource(file: string, name = file): Promise<FileSource> {
  let handle: fs.promises.FileHandle;
  let size: number;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) throw unusable('not-a-file', name);
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NOATIME ?? 0));
    size = (await handle.stat()).size;
  } catch (error) {
    if (error instanceof Error && error.name === 'UnusableInputError') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw unusable('missing', name);
    // O_NOATIME is refused on files the user does not own: open them plainly.
    if (code === 'EPERM') return openPlain(file, name);
    throw unusable('unreadable', name, { id: String(code ?? error), en: String(code ?? error) });
  }
  return sourceOver(handle, size, name);
}

async function openPlain(file: string, name: string): Promise<FileSource> {
  try {
    const handle = await fs.promises.open(file, 'r');
    return sourceOver(handle, (await handle.stat()).size, name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw unusable('unreadable', name, { id: String(code ?? error), en: String(code ?? error) });
  }
}

function sourceOver(handle: fs.promises.FileHandle, size: number, name: string): FileSource {
  return {
    size,
    async read(offset, length) {
      const want = Math.max(0, Math.min(length, size - offset));
      const buffer = Buffer.allocUnsafe(want);
      let done = 0;
      try {
        while (done < want) {
          const { bytesRead } = await handle.read(buffer, done, want - done, offset + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw unusable('unreadable', name, { id: String(code ?? error), en: String(code ?? error) });
      }
      return done === want ? buffer : buffer.subarray(0, done);
    },
    close: () => handle.close(),
  };
}
