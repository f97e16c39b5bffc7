// Raw DEFLATE (zip method 8) as a stream of chunks in, chunks out. The reader takes any implementation:
// the command line passes Node's native zlib (hosts/xlsx/node/zlib-inflate.ts, 3–5× faster than fflate);
// a browser has its own native inflater (DecompressionStream 'deflate-raw', used by the offline page where
// the browser has it); fflate runs anywhere.
import { Inflate } from 'fflate';

/** Inflates a raw DEFLATE stream. Must throw on damaged or truncated data, and stop when the consumer stops. */
export type InflateRaw = (compressed: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

/**
 * fflate inflates all it is given in one go, so input goes in slices small enough that one slice cannot
 * inflate to much (DEFLATE expands at most ~1,032×: 16 KB in, at most ~17 MB out).
 */
const SLICE = 16 * 1024;

export const fflateInflateRaw: InflateRaw = async function* (compressed) {
  const out: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    if (chunk.length > 0) out.push(chunk);
  });
  for await (const chunk of compressed) {
    for (let i = 0; i < chunk.length; i += SLICE) {
      inflater.push(chunk.subarray(i, i + SLICE), false);
      while (out.length > 0) yield out.shift()!;
    }
  }
  // The final push throws "unexpected EOF" when the stream is truncated.
  inflater.push(new Uint8Array(0), true);
  while (out.length > 0) yield out.shift()!;
};

/** Whether this runtime has the standard DecompressionStream with raw DEFLATE (Chrome 103+, Firefox 113+, Safari 16.4+, Node 21+). */
export function hasStreamInflateRaw(): boolean {
  try {
    if (typeof DecompressionStream !== 'function') return false;
    new DecompressionStream('deflate-raw'); // throws where only 'deflate' and 'gzip' are known
    return true;
  } catch {
    return false;
  }
}

/**
 * The runtime's native inflater (DecompressionStream), fed in the same small slices as fflate so that one
 * slice cannot inflate to much before the reader's budget sees it; stopping the loop cancels it.
 */
export const streamInflateRaw: InflateRaw = async function* (compressed) {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let failed: unknown;
  const pump = (async () => {
    try {
      for await (const chunk of compressed)
        for (let i = 0; i < chunk.length; i += SLICE) await writer.write(chunk.subarray(i, i + SLICE) as Uint8Array<ArrayBuffer>);
      await writer.close();
    } catch (error) {
      failed = error;
      await writer.abort(error).catch(() => undefined);
    }
  })();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
    await pump;
  }
  if (failed !== undefined) throw failed instanceof Error ? failed : new Error('inflate failed');
};
