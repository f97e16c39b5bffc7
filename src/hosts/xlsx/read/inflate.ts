// Raw DEFLATE (zip method 8) as a stream of chunks in, chunks out. The reader takes any implementation:
// the command line passes Node's native zlib (hosts/xlsx/node/zlib-inflate.ts, 3–5× faster); this one,
// on fflate, runs anywhere, the browser included.
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
