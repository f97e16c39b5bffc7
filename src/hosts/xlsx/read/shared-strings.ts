// The shared-strings table (xl/sharedStrings.xml) as plain text, chunk by chunk: rich-text runs joined,
// phonetic runs (<rPh>) left out, Excel's _xHHHH_ escapes decoded. Bounded: each string by Excel's
// characters per cell, the table by a count and a total of characters (limits.ts).
//
// A 1,048,576-row roster has millions of shared strings. Decoding each one alone costs more than the rest
// of the parse, so each chunk is decoded once and the strings are cut out of it. V8 keeps a chunk alive
// while a string cut from it lives; so that a crafted table (short strings far apart) cannot make that cost
// more than the strings themselves, cutting stops once kept chunks outweigh RETAIN_FACTOR × the characters.
import { type ReadLimits, ReadLimitError, limitText } from './limits';
import { type XmlByteHandler, XmlByteScanner } from './xml-scanner';
import { decodeEntities, decodeExcelEscapes, xmlText } from './xml-text';

/** V8 copies strings shorter than this when cutting them out of another (longer ones keep it alive). */
const COPIED_BELOW = 13;
const RETAIN_FACTOR = 4;
const RETAIN_ALLOWANCE = 16_000_000;
const utf8 = new TextDecoder('utf-8');

const SI = 0;
const T = 1;
const RPH = 2;
const NAMES = ['si', 't', 'rPh'];
const LT = 60; // <
const GT = 62; // >
const LOWER_I = 105;
const LOWER_S = 115;
const LOWER_T = 116;
const isSpace = (b: number): boolean => b === 32 || b === 10 || b === 9 || b === 13;
/** "</t></si>" */
const ITEM_END = [60, 47, 116, 62, 60, 47, 115, 105, 62];

export type SharedStringLimits = Pick<ReadLimits, 'maxCellChars' | 'maxSharedStrings' | 'maxSharedChars' | 'maxMarkupBytes'>;

export class SharedStringsParser implements XmlByteHandler {
  private readonly scanner: XmlByteScanner;
  private readonly strings: (string | null)[] = [];
  private chars = 0;
  private inItem = false;
  private inPhonetic = false;
  private collecting = false;
  private item: string | null = null;
  // The chunk being cut from, decoded (null when its bytes do not map one to one onto characters).
  private decodedFrom: Uint8Array | null = null;
  private decoded: string | null = null;
  private retainedFrom: Uint8Array | null = null;
  private retained = 0;
  private cutting = true;

  constructor(private readonly limits: SharedStringLimits) {
    this.scanner = new XmlByteScanner(NAMES, this, {
      maxMarkupBytes: limits.maxMarkupBytes,
      maxTextBytes: limits.maxCellChars * 10 + 64,
      textLimitError: () => this.tooLong(),
    });
  }

  write(chunk: Uint8Array): void {
    this.scanner.write(chunk);
  }

  end(): (string | null)[] {
    this.scanner.end();
    return this.strings;
  }

  wantsText(): boolean {
    return this.collecting;
  }

  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    const piece = this.cutting ? this.cut(buf, start, end, cdata) : xmlText(buf, start, end, cdata);
    this.item = this.item === null ? piece : this.item + piece;
    if (this.item.length > this.limits.maxCellChars) throw this.tooLong();
  }

  open(name: number, buf: Uint8Array, _attrs: Int32Array, _count: number, end: number, selfClosing: boolean): number {
    switch (name) {
      case SI:
        this.beginItem();
        return selfClosing ? end : this.simpleItems(buf, end);
      case T:
        if (this.inItem && !this.inPhonetic) this.collecting = true;
        break;
      case RPH:
        this.inPhonetic = true;
        break;
      default:
        break;
    }
    return end;
  }

  private beginItem(): void {
    if (this.strings.length >= this.limits.maxSharedStrings)
      throw new ReadLimitError('maxSharedStrings', limitText.maxSharedStrings(this.limits.maxSharedStrings));
    this.inItem = true;
    this.item = null;
  }

  close(name: number): void {
    switch (name) {
      case T:
        this.collecting = false;
        break;
      case RPH:
        this.inPhonetic = false;
        break;
      case SI: {
        const text = this.item === null ? null : decodeExcelEscapes(this.item);
        this.chars += text === null ? 0 : text.length;
        if (this.chars > this.limits.maxSharedChars)
          throw new ReadLimitError('maxSharedChars', limitText.maxSharedChars(this.limits.maxSharedChars));
        this.strings.push(text);
        this.inItem = false;
        this.item = null;
        break;
      }
      default:
        break;
    }
  }

  /**
   * The items from the one just opened on, read here while they are plain `<si><t>…</t></si>`, as nearly
   * all are written: a fraction of the scanner's work per string. Returns where the scanner takes over,
   * with the parser's state as the scanner's own path would have left it.
   */
  private simpleItems(buf: Uint8Array, end: number): number {
    const len = buf.length;
    let at = this.simpleItem(buf, end);
    if (at < 0) return end;
    for (;;) {
      let i = at;
      while (i < len && isSpace(buf[i])) i++;
      if (i + 4 > len || buf[i] !== LT || buf[i + 1] !== LOWER_S || buf[i + 2] !== LOWER_I || buf[i + 3] !== GT) return at;
      this.beginItem();
      const next = this.simpleItem(buf, i + 4);
      if (next < 0) return i + 4;
      at = next;
    }
  }

  /** `<t>…</t></si>` at `end`: the open item is read and closed; returns the index after it, or -1 (nothing done). */
  private simpleItem(buf: Uint8Array, end: number): number {
    const len = buf.length;
    if (end + 3 > len || buf[end] !== LT || buf[end + 1] !== LOWER_T || buf[end + 2] !== GT) return -1;
    const start = end + 3;
    let i = start;
    while (i < len && buf[i] !== LT) i++;
    if (i + ITEM_END.length > len) return -1;
    for (let k = 0; k < ITEM_END.length; k++) if (buf[i + k] !== ITEM_END[k]) return -1;
    if (i > start) this.text(buf, start, i, false);
    this.close(SI);
    return i + ITEM_END.length;
  }

  /** Text bytes [start, end) as a string cut out of the chunk decoded once. */
  private cut(buf: Uint8Array, start: number, end: number, cdata: boolean): string {
    if (buf !== this.decodedFrom) {
      this.decodedFrom = buf;
      const text = utf8.decode(buf);
      // Equal lengths: every byte is one character (ASCII, or a stray byte shown as U+FFFD), so offsets agree.
      this.decoded = text.length === buf.length ? text : null;
    }
    if (this.decoded === null) return xmlText(buf, start, end, cdata);
    const piece = this.decoded.substring(start, end);
    if (piece.length >= COPIED_BELOW && this.retainedFrom !== buf) {
      this.retainedFrom = buf;
      this.retained += buf.length;
      if (this.retained > RETAIN_FACTOR * this.chars + RETAIN_ALLOWANCE) this.cutting = false;
    }
    return cdata ? piece : decodeEntities(piece);
  }

  private tooLong(): ReadLimitError {
    return new ReadLimitError('maxCellChars', limitText.maxCellChars(this.limits.maxCellChars));
  }
}
