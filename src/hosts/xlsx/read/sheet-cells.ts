// Turns a worksheet part's XML bytes, chunk by chunk, into typed cells. Formula cells yield their cached
// result (error results included); inline rich text keeps every run; numbers styled as dates become date
// cells in the 1900 system whatever the workbook uses. Row and column numbers are checked against
// Excel's grid before anything is allocated for them, so a far cell costs nothing but the error.
import { type Cell, dateCell, errorCell } from '../../../core/cells';
import { serialFromDate } from '../../../core/dates';
import { type ReadLimits, ReadLimitError, limitText } from './limits';
import { asciiBytes, isSpace, plainTextElement, startsWith, type XmlByteHandler, XmlByteScanner } from './xml-scanner';
import { decodeExcelEscapes, utf8Text, xmlText } from './xml-text';

/** Days between the 1904 and 1900 date systems' day zero. */
export const DATE1904_OFFSET = 1462;

export interface SheetCellsContext {
  /** Shared strings as plain text (rich text already joined). */
  readonly sharedStrings: readonly (string | null)[];
  /** Whether a cell style id shows its number as a date. */
  readonly isDateStyle: (styleId: number) => boolean;
  readonly date1904: boolean;
  /** Sheet name, for the message when a limit is reached. */
  readonly sheet?: string;
  readonly limits: Pick<ReadLimits, 'maxRows' | 'maxColumns' | 'maxCellChars' | 'maxCells' | 'maxMarkupBytes'>;
  /** Stop keeping rows from this 0-based row on (to read only the top of a sheet); `done` turns true then. */
  readonly stopAtRow?: number;
}

export interface SheetRows {
  /** 0-based sheet row of rows[0]. */
  readonly firstRow: number;
  /** Rows with trailing empty cells trimmed; empty rows are shared empty arrays. */
  readonly rows: readonly (readonly Cell[])[];
  /** Widest row, in cells. */
  readonly width: number;
}

const EMPTY_ROW: readonly Cell[] = Object.freeze([]);

// Element names the parser reacts to, by index.
const SHEET_DATA = 0;
const ROW = 1;
const C = 2;
const V = 3;
const IS = 4;
const T = 5;
const RPH = 6;
const NAMES = ['sheetData', 'row', 'c', 'v', 'is', 't', 'rPh'];

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const LOWER_C = 99;
const LOWER_R = 114;
const LOWER_S = 115;
const LOWER_T = 116;

const V_OPEN = asciiBytes('<v>');
const VALUE_END = asciiBytes('</v></c>');
const ROW_END = asciiBytes('</row>');

// Cell types (the t attribute).
const TYPE_NUMBER = 0;
const TYPE_SHARED = 1;
const TYPE_INLINE = 2;
const TYPE_STR = 3;
const TYPE_BOOL = 4;
const TYPE_ERROR = 5;
const TYPE_DATE = 6;

function cellType(buf: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n === 1) {
    switch (buf[start]) {
      case 115: // s
        return TYPE_SHARED;
      case 98: // b
        return TYPE_BOOL;
      case 101: // e
        return TYPE_ERROR;
      case 100: // d
        return TYPE_DATE;
      default:
        return TYPE_NUMBER;
    }
  }
  if (n === 3 && buf[start] === 115 && buf[start + 1] === 116 && buf[start + 2] === 114) return TYPE_STR;
  if (n === 9 && buf[start] === 105 && buf[start + 6] === 83) return TYPE_INLINE; // inlineStr
  return TYPE_NUMBER;
}

/** A non-negative decimal integer of at most 15 digits in bytes [start, end), else -1. */
function smallInteger(buf: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function allDigits(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] < 48 || buf[i] > 57) return false;
  return end > start;
}

/** A number as JavaScript's Number() reads the same text (integers without a string). */
function numberOf(buf: Uint8Array, start: number, end: number): number {
  const negative = buf[start] === 45;
  const n = smallInteger(buf, negative ? start + 1 : start, end);
  if (n >= 0) return negative ? -n : n;
  return Number(utf8Text(buf, start, end));
}

function isoDateCell(text: string): Cell {
  const time = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text.endsWith('Z') ? text : `${text}Z`);
  return Number.isNaN(time) ? text : dateCell(serialFromDate(new Date(time)));
}

export class SheetCellsParser implements XmlByteHandler {
  private readonly scanner: XmlByteScanner;
  private readonly kept: { index: number; cells: Cell[] }[] = [];
  private ordered = true;
  private width = 0;
  private cellCount = 0;
  /** Whether the rows asked for (stopAtRow) have all been read. */
  done = false;

  private inSheetData = false;
  private rowIndex = -1;
  private rowCells: Cell[] | null = null;
  private nextCol = 0;
  // The cell being read.
  private cellCol = 0;
  private cellType = TYPE_NUMBER;
  private cellStyle = 0;
  private collecting = false;
  private inInline = false;
  private inPhonetic = false;
  // Its value: one run of bytes while there is one, else the text so far.
  private valueBuf: Uint8Array | null = null;
  private valueStart = 0;
  private valueEnd = 0;
  private valueCdata = false;
  private valueText: string | null = null;

  constructor(private readonly context: SheetCellsContext) {
    const { limits } = context;
    this.scanner = new XmlByteScanner(NAMES, this, {
      maxMarkupBytes: limits.maxMarkupBytes,
      // Up to 10 bytes can spell one character (&#x10FFFF;), so this never refuses a cell Excel allows.
      maxTextBytes: limits.maxCellChars * 10 + 64,
      textLimitError: () => this.tooLong(),
    });
  }

  write(chunk: Uint8Array): void {
    this.scanner.write(chunk);
  }

  end(): SheetRows {
    // Stopped early on purpose, the rest of the part was never read.
    if (!this.done) this.scanner.end();
    const kept = this.kept;
    if (kept.length === 0) return { firstRow: 0, rows: [], width: 0 };
    if (!this.ordered) kept.sort((a, b) => a.index - b.index);
    const firstRow = kept[0].index;
    const rows: (readonly Cell[])[] = new Array<readonly Cell[]>(kept[kept.length - 1].index - firstRow + 1).fill(EMPTY_ROW);
    for (const { index, cells } of kept) rows[index - firstRow] = cells;
    return { firstRow, rows, width: this.width };
  }

  wantsText(): boolean {
    return this.collecting;
  }

  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    if (this.valueBuf === null && this.valueText === null) {
      this.valueBuf = buf;
      this.valueStart = start;
      this.valueEnd = end;
      this.valueCdata = cdata;
      return;
    }
    const text = (this.valueText ?? this.bufferedText()) + xmlText(buf, start, end, cdata);
    this.valueBuf = null;
    if (text.length > this.context.limits.maxCellChars) throw this.tooLong();
    this.valueText = text;
  }

  open(name: number, buf: Uint8Array, attrs: Int32Array, count: number, end: number, selfClosing: boolean): number {
    if (!this.inSheetData) {
      if (name === SHEET_DATA) this.inSheetData = true;
      return end;
    }
    switch (name) {
      case C:
        this.openCell(buf, attrs, count);
        return selfClosing ? end : this.simpleValue(buf, end);
      case V:
        this.collecting = true;
        this.clearValue();
        break;
      case ROW:
        this.openRow(buf, attrs, count);
        return selfClosing || this.rowCells === null ? end : this.rowOfCells(buf, end);
      case IS:
        this.inInline = true;
        this.clearValue();
        break;
      case T:
        if (this.inInline && !this.inPhonetic) this.collecting = true;
        break;
      case RPH:
        this.inPhonetic = true;
        break;
      default:
        break;
    }
    return end;
  }

  close(name: number): void {
    if (!this.inSheetData) return;
    switch (name) {
      case V:
      case T:
        this.collecting = false;
        break;
      case C:
        this.closeCell();
        break;
      case ROW:
        this.closeRow();
        break;
      case RPH:
        this.inPhonetic = false;
        break;
      case SHEET_DATA:
        this.inSheetData = false;
        break;
      default:
        break;
    }
  }

  /**
   * `<v>…</v></c>` right after a cell's start tag, as most cells are written: read here, past the scanner's
   * general path (same result, a fraction of the work). Anything else is left to the scanner.
   */
  private simpleValue(buf: Uint8Array, end: number): number {
    const textEnd = plainTextElement(buf, end, V_OPEN, VALUE_END);
    if (textEnd < 0) return end;
    if (textEnd > end + V_OPEN.length) {
      this.valueBuf = buf;
      this.valueStart = end + V_OPEN.length;
      this.valueEnd = textEnd;
      this.valueCdata = false;
    }
    this.closeCell();
    return textEnd + VALUE_END.length;
  }

  private openRow(buf: Uint8Array, attrs: Int32Array, count: number): void {
    let r = -1;
    for (let k = 0; k < 4 * count; k += 4) {
      if (attrs[k + 1] - attrs[k] === 1 && buf[attrs[k]] === 114 /* r */) {
        r = smallInteger(buf, attrs[k + 2], attrs[k + 3]);
        if (r < 0 && allDigits(buf, attrs[k + 2], attrs[k + 3])) r = Infinity; // more digits than any row number
        break;
      }
    }
    this.rowIndex = r > 0 ? r - 1 : this.rowIndex + 1;
    if (this.rowIndex >= this.context.limits.maxRows)
      throw new ReadLimitError('maxRows', limitText.maxRows(this.rowIndex + 1, this.context.limits.maxRows));
    if (this.context.stopAtRow !== undefined && this.rowIndex >= this.context.stopAtRow) {
      this.done = true;
      this.inSheetData = false;
      return;
    }
    this.rowCells = [];
    this.nextCol = 0;
  }

  private openCell(buf: Uint8Array, attrs: Int32Array, count: number): void {
    let col = -1;
    let type = TYPE_NUMBER;
    let style = 0;
    for (let k = 0; k < 4 * count; k += 4) {
      if (attrs[k + 1] - attrs[k] !== 1) continue;
      switch (buf[attrs[k]]) {
        case 114: // r: the column letters of "AB12"
          col = this.columnOf(buf, attrs[k + 2], attrs[k + 3]);
          break;
        case 116: // t
          type = cellType(buf, attrs[k + 2], attrs[k + 3]);
          break;
        case 115: // s
          style = Math.max(0, smallInteger(buf, attrs[k + 2], attrs[k + 3]));
          break;
        default:
          break;
      }
    }
    this.beginCell(col, type, style);
  }

  private beginCell(col: number, type: number, style: number): void {
    this.cellCol = col >= 0 ? col : this.nextCol;
    if (this.cellCol >= this.context.limits.maxColumns)
      throw new ReadLimitError('maxColumns', limitText.maxColumns(this.context.limits.maxColumns));
    this.nextCol = this.cellCol + 1;
    this.cellType = type;
    this.cellStyle = style;
    this.inInline = false;
    this.clearValue();
  }

  /**
   * The cells of a row, read here while they are plain `<c …>` tags (with `<v>…</v>` or nothing inside), as
   * nearly every row is written: a fraction of the scanner's work per cell. Returns where the scanner takes
   * over: after `</row>`, or at anything else (a formula, inline text, a comment, the end of the chunk),
   * with the parser's state as the scanner's own path would have left it.
   */
  private rowOfCells(buf: Uint8Array, from: number): number {
    const len = buf.length;
    let i = from;
    for (;;) {
      while (i < len && isSpace(buf[i])) i++;
      if (i + 2 >= len || buf[i] !== LT) return i;
      const next = buf[i + 1];
      if (next === LOWER_C && (isSpace(buf[i + 2]) || buf[i + 2] === GT || buf[i + 2] === SLASH)) {
        const after = this.plainCell(buf, i);
        if (after < 0) return i;
        i = after;
        continue;
      }
      if (next === SLASH && startsWith(buf, i, ROW_END)) {
        this.closeRow();
        return i + ROW_END.length;
      }
      return i;
    }
  }

  /**
   * One `<c …>` start tag at `at` whose attributes are plainly written (name="value"): the cell begins, and
   * its `<v>…</v></c>` is read too when that follows. Returns the index after what was read, or -1 (nothing
   * changed) when the tag is unfinished in this chunk or written otherwise.
   */
  private plainCell(buf: Uint8Array, at: number): number {
    const len = buf.length;
    let col = -1;
    let type = TYPE_NUMBER;
    let style = 0;
    let selfClosing = false;
    let j = at + 2;
    for (;;) {
      while (j < len && isSpace(buf[j])) j++;
      if (j >= len) return -1;
      const b = buf[j];
      if (b === GT) {
        j++;
        break;
      }
      if (b === SLASH) {
        if (j + 1 >= len || buf[j + 1] !== GT) return -1;
        selfClosing = true;
        j += 2;
        break;
      }
      const name = j;
      while (j < len && buf[j] !== EQUALS && buf[j] !== GT && buf[j] !== SLASH && !isSpace(buf[j])) j++;
      if (j + 1 >= len || buf[j] !== EQUALS) return -1;
      const quote = buf[j + 1];
      if (quote !== DQUOTE && quote !== SQUOTE) return -1;
      const valueStart = j + 2;
      j = valueStart;
      while (j < len && buf[j] !== quote) j++;
      if (j >= len) return -1;
      if (valueStart - name === 3) {
        // One-letter names: r (the column letters of "AB12"), t (type), s (style).
        switch (buf[name]) {
          case LOWER_R:
            col = this.columnOf(buf, valueStart, j);
            break;
          case LOWER_T:
            type = cellType(buf, valueStart, j);
            break;
          case LOWER_S:
            style = Math.max(0, smallInteger(buf, valueStart, j));
            break;
          default:
            break;
        }
      }
      j++;
    }
    this.beginCell(col, type, style);
    if (selfClosing) {
      this.closeCell();
      return j;
    }
    return this.simpleValue(buf, j);
  }

  /** 0-based column of an A1 reference; -1 if it has no letters. Stops counting past the last column. */
  private columnOf(buf: Uint8Array, start: number, end: number): number {
    let col = 0;
    let i = start;
    for (; i < end; i++) {
      const code = buf[i] | 0x20; // lower-case
      if (code < 97 || code > 122) break;
      col = col * 26 + (code - 96);
      if (col > this.context.limits.maxColumns)
        throw new ReadLimitError('maxColumns', limitText.maxColumns(this.context.limits.maxColumns));
    }
    return i === start ? -1 : col - 1;
  }

  private closeCell(): void {
    const cell = this.convert();
    const cells = this.rowCells;
    if (cell !== null && cells !== null) {
      const col = this.cellCol;
      while (cells.length < col) cells.push(null);
      cells[col] = cell;
    }
    this.clearValue();
    this.inInline = false;
  }

  private closeRow(): void {
    const cells = this.rowCells;
    if (cells !== null && cells.length > 0) {
      this.cellCount += cells.length;
      const { maxCells } = this.context.limits;
      if (this.cellCount > maxCells) throw new ReadLimitError('maxCells', limitText.maxCells(maxCells, this.context.sheet ?? ''));
      const last = this.kept[this.kept.length - 1];
      if (last && last.index >= this.rowIndex) this.ordered = false;
      this.kept.push({ index: this.rowIndex, cells });
      if (cells.length > this.width) this.width = cells.length;
    }
    this.rowCells = null;
  }

  private clearValue(): void {
    this.valueBuf = null;
    this.valueText = null;
  }

  private bufferedText(): string {
    return this.valueBuf === null ? '' : xmlText(this.valueBuf, this.valueStart, this.valueEnd, this.valueCdata);
  }

  private tooLong(): ReadLimitError {
    return new ReadLimitError('maxCellChars', limitText.maxCellChars(this.context.limits.maxCellChars));
  }

  /** The value as text (decoded), or null when the cell has none. */
  private valueString(): string | null {
    if (this.valueText !== null) return this.valueText;
    if (this.valueBuf === null) return null;
    const text = xmlText(this.valueBuf, this.valueStart, this.valueEnd, this.valueCdata);
    if (text.length > this.context.limits.maxCellChars) throw this.tooLong();
    return text;
  }

  /** The value as a number read the way Number() reads its text. */
  private valueNumber(): number {
    const buf = this.valueBuf;
    if (buf !== null && !this.valueCdata) return numberOf(buf, this.valueStart, this.valueEnd);
    return Number(this.valueString());
  }

  /** The cell's value; for formula cells, the cached result Excel saved with the file. */
  private convert(): Cell {
    if (this.valueBuf === null && this.valueText === null) return null;
    switch (this.cellType) {
      case TYPE_NUMBER: {
        if (this.valueBuf !== null && this.valueEnd === this.valueStart) return null;
        const n = this.valueNumber();
        if (Number.isNaN(n)) return this.valueString();
        if (this.valueText === '') return null;
        if (this.cellStyle !== 0 && this.context.isDateStyle(this.cellStyle)) {
          return dateCell(this.context.date1904 ? n + DATE1904_OFFSET : n);
        }
        return n;
      }
      case TYPE_SHARED: {
        const shared = this.context.sharedStrings[this.valueNumber()];
        return shared === undefined || shared === '' ? null : shared;
      }
      case TYPE_INLINE:
      case TYPE_STR: {
        const text = this.valueString();
        return text === '' || text === null ? null : decodeExcelEscapes(text);
      }
      case TYPE_BOOL: {
        const text = this.valueString();
        return text === '1' || text === 'true';
      }
      case TYPE_ERROR:
        return errorCell((this.valueString() ?? '').trim());
      default:
        return isoDateCell((this.valueString() ?? '').trim());
    }
  }
}
