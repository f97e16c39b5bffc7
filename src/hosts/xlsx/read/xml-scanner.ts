// A streaming XML tokenizer over UTF-8 bytes, for the parts of a workbook. A worksheet holds millions of
// tags; this hands each one to its handler as offsets into the bytes (element names as small ids,
// attributes as name and value spans found in the same pass), so no string is made unless a value needs one.
//
// Bounded and linear on any input: only an unfinished token is carried into the next chunk, and it may
// not grow past the limits (a tag, comment or CDATA section up to maxMarkupBytes; text the handler wants
// up to maxTextBytes); unwanted text is skipped as it streams by, however long. Comments, processing
// instructions and DOCTYPE are skipped; entities are never expanded beyond the five predefined ones and
// character references (no DTD is read), so entity bombs cannot happen.
import { ReadLimitError, limitText } from './limits';

export interface XmlByteHandler {
  /**
   * A start tag: `name` is the element's index in the scanner's name list (-1 for any other). Its `count`
   * attributes sit in `attrs`, four numbers each: name start and end, value start and end (bytes of `buf`,
   * the value without its quotes, entities not decoded). Both are only valid during the call. The tag ends
   * just before `end`. Returns where scanning goes on: `end`, or, when the handler read a simple element's
   * content and end tag itself (a fast path for the millions of `<c><v>1</v></c>`), the index past them.
   */
  open(name: number, buf: Uint8Array, attrs: Int32Array, count: number, end: number, selfClosing: boolean): number;
  /** An end tag (also called right after `open` for a self-closing tag). */
  close(name: number): void;
  /** Whether the text that follows is wanted (text nobody wants is skipped without being kept). */
  wantsText(): boolean;
  /** A run of wanted text: bytes [start, end), entities not yet decoded; `cdata` for a CDATA section (literal). */
  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void;
}

export interface ScannerLimits {
  readonly maxMarkupBytes: number;
  readonly maxTextBytes: number;
  /** The limit named when wanted text outgrows maxTextBytes. */
  readonly textLimitError: () => Error;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const DASH = 45;
const EQUALS = 61;

export const isSpace = (b: number): boolean => b === 32 || b === 10 || b === 9 || b === 13;

const CDATA_OPEN = [LT, BANG, LBRACKET, 67, 68, 65, 84, 65, LBRACKET]; // <![CDATA[

export class XmlByteScanner {
  /** Element names by byte length, for `nameId`; one-letter names (c, v, t) by their byte. */
  private readonly namesByLength: { id: number; bytes: Uint8Array }[][] = [];
  private readonly oneLetter = new Int8Array(256).fill(-1);
  /** Bytes of an unfinished token carried over from the previous chunk. */
  private carry: Uint8Array | null = null;
  /** While finishing a carried token on part of a chunk: limits are checked once the whole chunk is in. */
  private partial = false;
  /** Attribute spans of the current start tag (grown for tags with many attributes). */
  private attrs = new Int32Array(4 * 16);

  /** `names`: the local element names the handler cares about (prefixes such as "x:" are ignored). */
  constructor(
    names: readonly string[],
    private readonly handler: XmlByteHandler,
    private readonly limits: ScannerLimits,
  ) {
    const encoder = new TextEncoder();
    names.forEach((name, id) => {
      const bytes = encoder.encode(name);
      if (bytes.length === 1) this.oneLetter[bytes[0]] = id;
      else (this.namesByLength[bytes.length] ??= []).push({ id, bytes });
    });
  }

  write(chunk: Uint8Array): void {
    // A plain view whatever the chunk's class (Node hands out Buffers), so byte reads below stay monomorphic.
    const buf = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    const carry = this.carry;
    if (carry !== null) {
      // Finish the carried token with the first bytes of the chunk (not a copy of the whole chunk); a token
      // that needs more takes 8 times more, up to the whole chunk.
      this.carry = null;
      for (let take = Math.min(buf.length, 4096); ; take = Math.min(buf.length, take * 8)) {
        const joined = new Uint8Array(carry.length + take);
        joined.set(carry, 0);
        joined.set(buf.subarray(0, take), carry.length);
        this.partial = take < buf.length;
        const stopped = this.scan(joined, 0, carry.length);
        this.partial = false;
        if (stopped >= 0) {
          from = stopped - carry.length;
          break;
        }
        if (take === buf.length) return; // still unfinished: carried on, within the limits
        this.carry = null;
      }
    }
    this.scan(buf, from, buf.length);
  }

  /**
   * Scans tokens from `from` while they start before `stopAt` (a handler's fast path may read on past it);
   * returns where it stopped, or -1 when it reached an unfinished token at the end of `buf` (then carried
   * in `this.carry`).
   */
  private scan(buf: Uint8Array, from: number, stopAt: number): number {
    const h = this.handler;
    const len = buf.length;
    let pos = from;
    while (pos < stopAt) {
      if (buf[pos] !== LT) {
        let lt = pos + 1;
        while (lt < len && buf[lt] !== LT) lt++;
        if (h.wantsText()) {
          if (lt === len) {
            // The text may go on in the next chunk: keep it whole, within bounds.
            if (!this.partial && len - pos > this.limits.maxTextBytes) throw this.limits.textLimitError();
            this.carry = buf.slice(pos);
            return -1;
          }
          h.text(buf, pos, lt, false);
        }
        pos = lt;
        continue;
      }
      if (pos + 1 >= len) return this.keep(buf, pos);
      const next = buf[pos + 1];
      if (next === SLASH) {
        let gt = pos + 2;
        while (gt < len && buf[gt] !== GT) gt++;
        if (gt === len) return this.keep(buf, pos);
        let nameEnd = gt;
        while (nameEnd > pos + 2 && isSpace(buf[nameEnd - 1])) nameEnd--;
        h.close(this.nameId(buf, pos + 2, nameEnd));
        pos = gt + 1;
        continue;
      }
      if (next === BANG || next === QUESTION) {
        const end = this.special(buf, pos, len);
        if (end < 0) return this.keep(buf, pos);
        pos = end;
        continue;
      }
      // A start tag: its name, then its attributes up to the ">" (or "/>") that ends it.
      let i = pos + 1;
      while (i < len) {
        const b = buf[i];
        if (b === GT || b === SLASH || isSpace(b)) break;
        i++;
      }
      const nameEnd = i;
      let count = 0;
      let selfClosing = false;
      let attrs = this.attrs;
      for (;;) {
        while (i < len && isSpace(buf[i])) i++;
        if (i >= len) return this.keep(buf, pos);
        const b = buf[i];
        if (b === GT) break;
        if (b === SLASH) {
          if (i + 1 >= len) return this.keep(buf, pos);
          i++;
          if (buf[i] === GT) {
            selfClosing = true;
            break;
          }
          continue;
        }
        // name="value" (anything malformed is stepped over; every turn moves on at least one byte)
        const attrName = i;
        while (i < len) {
          const c = buf[i];
          if (c === EQUALS || c === GT || c === SLASH || isSpace(c)) break;
          i++;
        }
        const attrNameEnd = i;
        while (i < len && isSpace(buf[i])) i++;
        if (i >= len) return this.keep(buf, pos);
        if (buf[i] !== EQUALS) continue;
        i++;
        while (i < len && isSpace(buf[i])) i++;
        if (i >= len) return this.keep(buf, pos);
        const quote = buf[i];
        if (quote !== DQUOTE && quote !== SQUOTE) continue;
        const valueStart = i + 1;
        i = valueStart;
        while (i < len && buf[i] !== quote) i++;
        if (i >= len) return this.keep(buf, pos);
        if (4 * count + 4 > attrs.length) {
          const grown = new Int32Array(attrs.length * 2);
          grown.set(attrs);
          this.attrs = attrs = grown;
        }
        attrs[4 * count] = attrName;
        attrs[4 * count + 1] = attrNameEnd;
        attrs[4 * count + 2] = valueStart;
        attrs[4 * count + 3] = i;
        count++;
        i++;
      }
      const id = this.nameId(buf, pos + 1, nameEnd);
      pos = h.open(id, buf, attrs, count, i + 1, selfClosing);
      if (selfClosing) h.close(id);
    }
    return pos;
  }

  /** Throws when the document stopped inside a tag (a damaged or truncated part). */
  end(): void {
    const rest = this.carry;
    this.carry = null;
    if (rest !== null && rest.indexOf(LT) >= 0) throw new Error('XML ends inside a tag');
  }

  /** Carries an unfinished tag, comment or CDATA section into the next chunk; returns -1. */
  private keep(buf: Uint8Array, pos: number): number {
    if (!this.partial && buf.length - pos > this.limits.maxMarkupBytes)
      throw new ReadLimitError('maxMarkupBytes', limitText.maxMarkupBytes(this.limits.maxMarkupBytes));
    this.carry = buf.slice(pos);
    return -1;
  }

  /** Skips (or, for CDATA, hands over) a "<!" or "<?" construct; returns the index after it, or -1 if it is unfinished. */
  private special(buf: Uint8Array, pos: number, len: number): number {
    if (buf[pos + 1] === QUESTION) {
      const end = find2(buf, pos + 2, len, QUESTION, GT);
      return end < 0 ? -1 : end + 2;
    }
    if (pos + 3 < len && buf[pos + 2] === DASH && buf[pos + 3] === DASH) {
      for (let i = pos + 4; i + 2 < len; i++) if (buf[i] === DASH && buf[i + 1] === DASH && buf[i + 2] === GT) return i + 3;
      return -1;
    }
    // "<![CDATA[" may itself be split across chunks.
    let k = 2;
    while (k < CDATA_OPEN.length && pos + k < len && buf[pos + k] === CDATA_OPEN[k]) k++;
    if (k === CDATA_OPEN.length) {
      const start = pos + k;
      for (let i = start; i + 2 < len; i++) {
        if (buf[i] === RBRACKET && buf[i + 1] === RBRACKET && buf[i + 2] === GT) {
          if (this.handler.wantsText()) this.handler.text(buf, start, i, true);
          return i + 3;
        }
      }
      return -1;
    }
    if (pos + k >= len) return -1;
    if (pos + 3 >= len) return -1;
    // DOCTYPE and the like, with an internal subset in brackets (whose declarations are never applied).
    let depth = 0;
    for (let i = pos + 2; i < len; i++) {
      const b = buf[i];
      if (b === LBRACKET) depth++;
      else if (b === RBRACKET) depth--;
      else if (b === GT && depth <= 0) return i + 1;
    }
    return -1;
  }

  /** Index of the element's local name in the name list, or -1. */
  private nameId(buf: Uint8Array, start: number, end: number): number {
    if (end - start === 1) return this.oneLetter[buf[start]];
    let s = start;
    for (let i = start; i < end; i++)
      if (buf[i] === COLON) {
        s = i + 1;
        break;
      }
    if (end - s === 1) return this.oneLetter[buf[s]];
    const candidates = this.namesByLength[end - s];
    if (candidates === undefined) return -1;
    for (let k = 0; k < candidates.length; k++) {
      const bytes = candidates[k].bytes;
      let j = 0;
      while (j < bytes.length && buf[s + j] === bytes[j]) j++;
      if (j === bytes.length) return candidates[k].id;
    }
    return -1;
  }
}

/** First index i ≥ from with buf[i] = a and buf[i + 1] = b, or -1. */
function find2(buf: Uint8Array, from: number, len: number, a: number, b: number): number {
  for (let i = from; i + 1 < len; i++) if (buf[i] === a && buf[i + 1] === b) return i;
  return -1;
}

/** ASCII text as bytes, for matching markup written one fixed way ("<v>", "</v></c>"). */
export const asciiBytes = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

/**
 * The fast paths' test for an element written the plain way: `open` (e.g. "<v>") at `at`, text without
 * markup, then `close` (e.g. "</v></c>"), all inside `buf`. Returns where the text ends (at `close`), or -1.
 */
export function plainTextElement(buf: Uint8Array, at: number, open: Uint8Array, close: Uint8Array): number {
  if (!startsWith(buf, at, open)) return -1;
  let i = at + open.length;
  while (i < buf.length && buf[i] !== LT) i++;
  return startsWith(buf, i, close) ? i : -1;
}

/** Whether `bytes` sit in `buf` at `at` (wholly inside it). */
export function startsWith(buf: Uint8Array, at: number, bytes: Uint8Array): boolean {
  if (at + bytes.length > buf.length) return false;
  for (let k = 0; k < bytes.length; k++) if (buf[at + k] !== bytes[k]) return false;
  return true;
}
