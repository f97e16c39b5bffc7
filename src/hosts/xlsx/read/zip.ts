// The zip container of an .xlsx, read by ranges: what the first bytes say the file is, the central
// directory (Zip64 included), and each entry's data inflated as a stream with a byte budget. The sizes an
// entry declares are never trusted: only the bytes actually inflated are counted.
import type { ByteSource } from './byte-source';
import type { InflateRaw } from './inflate';
import { ReadLimitError } from './limits';
import { unusable } from './unusable-input';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP_CENTRAL = 0x02014b50;
/** Compressed bytes read from the source at a time. */
const READ_CHUNK = 1 << 20;

export interface ZipEntry {
  readonly path: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
  /** As the central directory declares them (a copy of the entry's compressed bytes keeps them). */
  readonly flags: number;
  readonly crc32: number;
  readonly size: number;
  /** MS-DOS time and date words. */
  readonly time: number;
  readonly date: number;
}

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x100000000;

async function readFully(source: ByteSource, offset: number, length: number): Promise<Uint8Array> {
  return source.read(offset, Math.max(0, Math.min(length, source.size - offset)));
}

/** UTF-16LE bytes of `text`. */
function utf16le(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return out;
}

function includesBytes(haystack: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let i = haystack.indexOf(first); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** Directory stream names in a compound (OLE2) file are UTF-16LE; Office puts an encrypted package there. */
async function cfbHoldsEncryptedPackage(source: ByteSource): Promise<boolean> {
  const needles = [utf16le('EncryptionInfo'), utf16le('EncryptedPackage')];
  const overlap = 32;
  for (let pos = 0; pos < source.size; pos += READ_CHUNK - overlap) {
    const bytes = await readFully(source, pos, READ_CHUNK);
    if (needles.some((n) => includesBytes(bytes, n))) return true;
    if (bytes.length < READ_CHUNK) break;
  }
  return false;
}

/** Refuses what is not a zip by its first bytes: Excel 97-2003 files, encrypted workbooks, anything else. */
export async function checkZipMagic(source: ByteSource, file: string): Promise<void> {
  const head = await readFully(source, 0, 8);
  if (head.length === 8 && CFB_MAGIC.every((b, i) => head[i] === b)) {
    throw (await cfbHoldsEncryptedPackage(source)) ? unusable('encrypted', file) : unusable('legacy-xls', file);
  }
  if (head.length < 4 || u32(head, 0) !== ZIP_LOCAL) {
    if (head.length >= 4 && u32(head, 0) === ZIP_EOCD) throw unusable('corrupt', file, { id: 'arsip zip kosong', en: 'empty zip archive' });
    throw unusable('not-xlsx', file);
  }
}

export async function readCentralDirectory(source: ByteSource, file: string): Promise<ZipEntry[]> {
  const size = source.size;
  const tailLength = Math.min(size, 65_557 + 22);
  const tail = await readFully(source, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unusable('corrupt', file, { id: 'akhir arsip zip tidak ada', en: 'zip end record missing' });
  let count = u16(tail, eocd + 10);
  let cdSize = u32(tail, eocd + 12);
  let cdOffset = u32(tail, eocd + 16);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(tail, eocd - 20) === ZIP64_LOCATOR) {
    const z64 = await readFully(source, u64(tail, eocd - 20 + 8), 56);
    if (z64.length < 56 || u32(z64, 0) !== ZIP64_EOCD) throw unusable('corrupt', file);
    count = u64(z64, 32);
    cdSize = u64(z64, 40);
    cdOffset = u64(z64, 48);
  }
  if (cdOffset + cdSize > size) throw unusable('corrupt', file, { id: 'arsip zip terpotong', en: 'zip archive truncated' });
  const cd = await readFully(source, cdOffset, cdSize);
  const damaged = () => unusable('corrupt', file, { id: 'direktori zip rusak', en: 'zip directory damaged' });
  // Each entry takes at least 46 bytes, so a count larger than that is a lie (and must not drive a loop).
  if (count > cd.length / 46) throw damaged();
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || u32(cd, p) !== ZIP_CENTRAL) throw damaged();
    const flags = u16(cd, p + 8);
    const nameLength = u16(cd, p + 28);
    const extraLength = u16(cd, p + 30);
    const commentLength = u16(cd, p + 32);
    let compressedSize = u32(cd, p + 20);
    const declaredSize = u32(cd, p + 24);
    let size = declaredSize;
    let localHeaderOffset = u32(cd, p + 42);
    // Zip64: sizes and offset that do not fit 32 bits move to the extra field, in this order.
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength;) {
        const id = u16(cd, x);
        const length = u16(cd, x + 2);
        if (id === 0x0001) {
          let at = x + 4;
          if (declaredSize === 0xffffffff) {
            size = u64(cd, at);
            at += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(cd, at);
            at += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(cd, at);
          break;
        }
        x += 4 + length;
      }
    }
    entries.push({
      path: names.decode(cd.subarray(p + 46, p + 46 + nameLength)),
      method: u16(cd, p + 10),
      encrypted: (flags & 1) === 1,
      compressedSize,
      localHeaderOffset,
      flags,
      crc32: u32(cd, p + 16),
      size,
      time: u16(cd, p + 12),
      date: u16(cd, p + 14),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Bytes inflated so far for one file, against its budget (limits.maxInflatedBytes). */
export interface InflateBudget {
  remaining: number;
  readonly exceeded: () => ReadLimitError;
}

export interface EntryReadOptions {
  readonly inflate: InflateRaw;
  readonly budget: InflateBudget;
  /** Cap for this part alone, with the error it raises. */
  readonly partLimit?: { readonly bytes: number; readonly exceeded: () => ReadLimitError };
}

/** An entry's data, inflated, chunk by chunk; stops with a ReadLimitError when a budget runs out. */
/** Where an entry's compressed bytes start (after its local header, whose name and extra lengths are its own). */
export async function entryDataOffset(source: ByteSource, entry: ZipEntry, file: string): Promise<number> {
  const header = await readFully(source, entry.localHeaderOffset, 30);
  if (header.length < 30 || u32(header, 0) !== ZIP_LOCAL)
    throw unusable('corrupt', file, { id: 'arsip zip rusak', en: 'zip archive damaged' });
  return entry.localHeaderOffset + 30 + u16(header, 26) + u16(header, 28);
}

export async function* entryChunks(
  source: ByteSource,
  entry: ZipEntry,
  file: string,
  options: EntryReadOptions,
): AsyncGenerator<Uint8Array> {
  const offset = await entryDataOffset(source, entry, file);
  const length = Math.max(0, Math.min(entry.compressedSize, source.size - offset));
  if (entry.method !== 0 && entry.method !== 8) {
    const method = String(entry.method);
    throw unusable('corrupt', file, { id: `metode kompresi ${method} tidak didukung`, en: `unsupported compression method ${method}` });
  }
  async function* compressed(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < length; at += READ_CHUNK) yield await source.read(offset + at, Math.min(READ_CHUNK, length - at));
  }
  const { budget, partLimit } = options;
  let partBytes = 0;
  for await (const chunk of entry.method === 8 ? options.inflate(compressed()) : compressed()) {
    partBytes += chunk.length;
    budget.remaining -= chunk.length;
    if (partLimit && partBytes > partLimit.bytes) throw partLimit.exceeded();
    if (budget.remaining < 0) throw budget.exceeded();
    yield chunk;
  }
}
