// The shared-strings table (xl/sharedStrings.xml) as plain text, chunk by chunk: rich-text runs joined,
// phonetic runs (<rPh>) left out, Excel's _xHHHH_ escapes decoded. Bounded: each string by Excel's
// characters per cell, the table by a count and a total of characters (limits.ts).
import { type ReadLimits, ReadLimitError, limitText } from './limits';
import { type XmlByteHandler, XmlByteScanner } from './xml-scanner';
import { decodeExcelEscapes, xmlText } from './xml-text';

const SI = 0;
const T = 1;
const RPH = 2;
const NAMES = ['si', 't', 'rPh'];

export type SharedStringLimits = Pick<ReadLimits, 'maxCellChars' | 'maxSharedStrings' | 'maxSharedChars' | 'maxMarkupBytes'>;

export class SharedStringsParser implements XmlByteHandler {
  private readonly scanner: XmlByteScanner;
  private readonly strings: (string | null)[] = [];
  private chars = 0;
  private inItem = false;
  private inPhonetic = false;
  private collecting = false;
  private item: string | null = null;

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
    const piece = xmlText(buf, start, end, cdata);
    this.item = this.item === null ? piece : this.item + piece;
    if (this.item.length > this.limits.maxCellChars) throw this.tooLong();
  }

  open(name: number): void {
    switch (name) {
      case SI:
        if (this.strings.length >= this.limits.maxSharedStrings)
          throw new ReadLimitError('maxSharedStrings', limitText.maxSharedStrings(this.limits.maxSharedStrings));
        this.inItem = true;
        this.item = null;
        break;
      case T:
        if (this.inItem && !this.inPhonetic) this.collecting = true;
        break;
      case RPH:
        this.inPhonetic = true;
        break;
      default:
        break;
    }
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

  private tooLong(): ReadLimitError {
    return new ReadLimitError('maxCellChars', limitText.maxCellChars(this.limits.maxCellChars));
  }
}
