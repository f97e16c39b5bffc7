// Where the reader gets a file's bytes: ranges of it, on demand, so that a large workbook is never held
// whole. The command line reads ranges of the file (hosts/xlsx/node/file-source.ts); a browser page
// passes the File the user picked (a Blob), or an ArrayBuffer.

export interface ByteSource {
  /** Length in bytes. */
  readonly size: number;
  /** Bytes [offset, offset + length), fewer at the end of the source. The caller may keep the result. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A source over bytes already in memory (a download, a test fixture). */
export function bytesSource(bytes: Uint8Array | ArrayBuffer): ByteSource {
  const all = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return {
    size: all.length,
    read: async (offset, length) => all.subarray(Math.max(0, offset), Math.min(all.length, offset + length)),
  };
}

/** A source over a Blob, e.g. the File a user picked or dropped on the page. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}
