// The zip container the writers edit (inject.ts, patch-cells.ts, new-workbook.ts), on fflate: the command
// line and the offline page share it, and it is a fraction of JSZip's size in the page. A package opened
// from a file keeps each part's compressed bytes; a part never set is written back exactly as it was
// (the same compressed bytes, CRC and sizes), so saving a copy costs no inflating or deflating of the
// parts left alone, a 100,000-row roster included. Parts set are deflated once, when the package is saved.
// The central directory is read by the reader's own code (read/zip.ts); a part read whole is bounded by
// the reader's inflate budget for the file (zip bombs).
import { deflateSync, Inflate } from 'fflate';
import { bytesSource } from './read/byte-source';
import { defaultLimits, INFLATE_RATIO, limitText, ReadLimitError } from './read/limits';
import { entryDataOffset, readCentralDirectory } from './read/zip';

/** A part as read from the file: its compressed bytes and what the central directory says of them. */
interface KeptPart {
  readonly kept: true;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly size: number;
  readonly time: number;
  readonly date: number;
  readonly data: Uint8Array;
}

/** A part set since: its bytes, deflated at `level` when saved. */
interface SetPart {
  readonly kept: false;
  readonly data: Uint8Array;
  readonly level: DeflateLevel;
}

type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface SetOptions {
  /** DEFLATE level: 6 unless said (1 for a big part rewritten: quick, a little larger). */
  readonly level?: DeflateLevel;
}

/** Input slices small enough that one cannot inflate to much (DEFLATE expands at most ~1,032×). */
const SLICE = 16 * 1024;
/** 1980-01-01 00:00, the earliest MS-DOS date: parts this tool writes carry no clock time (the output is reproducible). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const FLAG_UTF8 = 0x0800;

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const utf8 = new TextEncoder();

/** Inflates raw DEFLATE data, stopping once `limit` bytes came out (the error names the limit); `stop` ends early. */
function inflateRaw(data: Uint8Array, limit: number, exceeded: () => Error, stop?: (chunk: Uint8Array) => boolean): Uint8Array {
  const out: Uint8Array[] = [];
  let total = 0;
  let stopped = false;
  const inflater = new Inflate((chunk) => {
    if (stopped || chunk.length === 0) return;
    total += chunk.length;
    if (total > limit) throw exceeded();
    out.push(chunk);
    if (stop?.(chunk)) stopped = true;
  });
  for (let i = 0; i < data.length && !stopped; i += SLICE) inflater.push(data.subarray(i, i + SLICE), false);
  if (!stopped) inflater.push(new Uint8Array(0), true);
  if (out.length === 1) return out[0];
  const all = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

export class ZipPackage {
  private readonly parts = new Map<string, KeptPart | SetPart>();

  private constructor(
    /** Bytes one part may inflate to (the reader's budget for the whole file). */
    private readonly maxInflated: number,
    private readonly limitError: () => Error,
  ) {}

  /** An empty package (a new workbook). */
  static create(): ZipPackage {
    const limits = defaultLimits(0);
    return new ZipPackage(limits.maxInflatedBytes, () => new Error('part too large'));
  }

  /** The package in `data`; throws UnusableInputError (the reader's reasons) when it is no readable zip. */
  static async open(data: Uint8Array, file = 'workbook.xlsx'): Promise<ZipPackage> {
    const { maxInflatedBytes } = defaultLimits(data.length);
    const pkg = new ZipPackage(
      maxInflatedBytes,
      () => new ReadLimitError('maxInflatedBytes', limitText.maxInflatedBytes(maxInflatedBytes, INFLATE_RATIO)),
    );
    const source = bytesSource(data);
    for (const entry of await readCentralDirectory(source, file)) {
      if (entry.path.endsWith('/')) continue; // a folder entry: folders need none
      const at = await entryDataOffset(source, entry, file);
      pkg.parts.set(entry.path, {
        kept: true,
        method: entry.method,
        flags: entry.flags,
        crc32: entry.crc32,
        size: entry.size,
        time: entry.time,
        date: entry.date,
        data: data.subarray(at, Math.min(data.length, at + entry.compressedSize)),
      });
    }
    return pkg;
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  /** Part paths in the package's order. */
  paths(): string[] {
    return [...this.parts.keys()];
  }

  /** A part's bytes, or undefined when it is absent. */
  bytes(path: string): Uint8Array | undefined {
    const part = this.parts.get(path);
    if (!part) return undefined;
    if (!part.kept || part.method === 0) return part.data;
    if (part.method !== 8) throw new Error(`${path}: unsupported compression method ${part.method}`);
    return inflateRaw(part.data, this.maxInflated, this.limitError);
  }

  /** A part as UTF-8 text (a byte-order mark kept), or undefined when it is absent. */
  text(path: string): string | undefined {
    const bytes = this.bytes(path);
    return bytes === undefined ? undefined : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }

  /** The start of a part, up to `stop` (left out) or `max` characters, inflating no more than that needs. */
  head(path: string, stop: string, max: number): string | undefined {
    const part = this.parts.get(path);
    if (!part) return undefined;
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    let acc = '';
    const enough = (chunk: Uint8Array): boolean => {
      acc += decoder.decode(chunk, { stream: true });
      return acc.length >= max || acc.includes(stop);
    };
    if (!part.kept || part.method === 0) enough(part.data.subarray(0, max * 4));
    else if (part.method === 8) inflateRaw(part.data, this.maxInflated, this.limitError, enough);
    else return undefined;
    const i = acc.indexOf(stop);
    return i >= 0 ? acc.slice(0, i) : acc.slice(0, max);
  }

  /** Sets a part (added at the end, or in its place when it exists). */
  set(path: string, data: string | Uint8Array, options: SetOptions = {}): void {
    this.parts.set(path, { kept: false, data: typeof data === 'string' ? utf8.encode(data) : data, level: options.level ?? 6 });
  }

  remove(path: string): void {
    this.parts.delete(path);
  }

  /** The package as .xlsx bytes: parts never set copied as they were, the others deflated. */
  save(): Uint8Array {
    const locals: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    for (const [path, part] of this.parts) {
      const name = utf8.encode(path);
      const nonAscii = name.length !== path.length;
      const entry = part.kept
        ? part
        : (() => {
            const data = deflateSync(part.data, { level: part.level });
            return { method: 8, flags: 0, crc32: crc32(part.data), size: part.data.length, time: DOS_TIME, date: DOS_DATE, data };
          })();
      // Bit 3 (sizes in a trailing data descriptor) goes: the header carries them; bit 11 says the name is UTF-8.
      const flags = (entry.flags & ~0x0008) | (nonAscii ? FLAG_UTF8 : 0);
      if (offset > 0xffffffff || entry.data.length > 0xffffffff || entry.size > 0xffffffff)
        throw new RangeError('The workbook is too large to save (over 4 GB)');
      const local = new Uint8Array(30 + name.length);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, 0x04034b50, true);
      lv.setUint16(4, 20, true);
      lv.setUint16(6, flags, true);
      lv.setUint16(8, entry.method, true);
      lv.setUint16(10, entry.time, true);
      lv.setUint16(12, entry.date, true);
      lv.setUint32(14, entry.crc32, true);
      lv.setUint32(18, entry.data.length, true);
      lv.setUint32(22, entry.size, true);
      lv.setUint16(26, name.length, true);
      local.set(name, 30);
      const dir = new Uint8Array(46 + name.length);
      const cv = new DataView(dir.buffer);
      cv.setUint32(0, 0x02014b50, true);
      cv.setUint16(4, 20, true);
      cv.setUint16(6, 20, true);
      cv.setUint16(8, flags, true);
      cv.setUint16(10, entry.method, true);
      cv.setUint16(12, entry.time, true);
      cv.setUint16(14, entry.date, true);
      cv.setUint32(16, entry.crc32, true);
      cv.setUint32(20, entry.data.length, true);
      cv.setUint32(24, entry.size, true);
      cv.setUint16(28, name.length, true);
      cv.setUint32(42, offset, true);
      dir.set(name, 46);
      locals.push(local, entry.data);
      central.push(dir);
      offset += local.length + entry.data.length;
    }
    const cdSize = central.reduce((n, c) => n + c.length, 0);
    if (this.parts.size > 0xffff || offset > 0xffffffff) throw new RangeError('The workbook is too large to save (over 4 GB)');
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, this.parts.size, true);
    ev.setUint16(10, this.parts.size, true);
    ev.setUint32(12, cdSize, true);
    ev.setUint32(16, offset, true);
    const out = new Uint8Array(offset + cdSize + 22);
    let at = 0;
    for (const chunk of [...locals, ...central, end]) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
