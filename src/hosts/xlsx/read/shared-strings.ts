// The shared-strings table (xl/sharedStrings.xml) as plain text, chunk by chunk: rich-text runs joined,
// phonetic runs (<rPh>) left out, Excel's _xHHHH_ escapes decoded. Bounded: each string by Excel's
// characters per cell, the table by a count and a total of characters (limits.ts).
//
// A 1,048,576-row roster has millions of shared strings. Decoding each one alone costs more than the rest
// of the parse, so each chunk is decoded once and the strings are cut out of it. V8 keeps a chunk alive
// while a string cut from it lives; so that a crafted table (short strings far apart) cannot make that cost
// more than the strings themselves, cutting stops once kept chunks outweigh RETAIN_FACTOR × the characters.
import { type ReadLimits, ReadLimitError, limitText } from './limits';
import { asciiBytes, isSpace, plainTextElement, startsWith, type XmlByteHandler, XmlByteScanner } from './xml-scanner';
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
const SI_OPEN = asciiBytes('<si>');
const T_OPEN = asciiBytes('<t>');
const ITEM_END = asciiBytes('</t></si>');

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
    let at = this.simpleItem(buf, end);
    if (at < 0) return end;
    for (;;) {
      let i = at;
      while (i < buf.length && isSpace(buf[i])) i++;
      if (!startsWith(buf, i, SI_OPEN)) return at;
      this.beginItem();
      const next = this.simpleItem(buf, i + SI_OPEN.length);
      if (next < 0) return i + SI_OPEN.length;
      at = next;
    }
  }

  /** `<t>…</t></si>` at `end`: the open item is read and closed; returns the index after it, or -1 (nothing done). */
  private simpleItem(buf: Uint8Array, end: number): number {
    const textEnd = plainTextElement(buf, end, T_OPEN, ITEM_END);
    if (textEnd < 0) return -1;
    if (textEnd > end + T_OPEN.length) this.text(buf, end + T_OPEN.length, textEnd, false);
    this.close(SI);
    return textEnd + ITEM_END.length;
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
