// Turns a worksheet part's XML, chunk by chunk, into typed cells. Formula cells yield their cached
// result (including error results, which ExcelJS's row objects turn into NaN); inline rich text keeps
// every run; numbers styled as dates become date cells in the 1900 system whatever the workbook uses.
import { StringDecoder } from 'node:string_decoder';
import { type Cell, dateCell, errorCell } from '../../core/cells';
import { serialFromDate } from '../../core/dates';
import { eachAttribute, parseAttributes, XmlScanner } from './xml-scanner';

/** Days between the 1904 and 1900 date systems' day zero. */
export const DATE1904_OFFSET = 1462;

export interface SheetCellsContext {
  /** Shared strings as plain text (rich text already joined). */
  readonly sharedStrings: readonly (string | null)[];
  /** Whether a cell style id shows its number as a date. */
  readonly isDateStyle: (styleId: number) => boolean;
  readonly date1904: boolean;
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

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** 0-based column of an A1 reference such as "AB12"; -1 if it has no letters. */
function columnOfRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower-case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  return i === 0 ? -1 : col - 1;
}

function isoDateCell(text: string): Cell {
  const time = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text.endsWith('Z') ? text : `${text}Z`);
  return Number.isNaN(time) ? text : dateCell(serialFromDate(new Date(time)));
}

export class SheetCellsParser {
  private readonly scanner: XmlScanner;
  private readonly decoder = new StringDecoder('utf8');
  private readonly kept: { index: number; cells: Cell[] }[] = [];
  private ordered = true;
  private width = 0;

  private inSheetData = false;
  private rowIndex = -1;
  private rowCells: Cell[] | null = null;
  private nextCol = 0;
  // The cell being read.
  private cellCol = 0;
  private cellType = 'n';
  private cellStyle = 0;
  private value: string | null = null;
  private collecting = false;
  private inInline = false;
  private inPhonetic = false;

  constructor(private readonly context: SheetCellsContext) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- inside the getter `this` is the handler object; the scanner reads wantsText for every text run, so no extra call
    const self = this;
    this.scanner = new XmlScanner({
      get wantsText() {
        return self.collecting;
      },
      open: (name, attributes) => this.open(localName(name), attributes),
      text: (text) => {
        this.value = this.value === null ? text : this.value + text;
      },
      close: (name) => this.close(localName(name)),
    });
  }

  write(chunk: Buffer | string): void {
    this.scanner.write(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
  }

  end(): SheetRows {
    const rest = this.decoder.end();
    if (rest) this.scanner.write(rest);
    this.scanner.end();
    const kept = this.kept;
    if (kept.length === 0) return { firstRow: 0, rows: [], width: 0 };
    if (!this.ordered) kept.sort((a, b) => a.index - b.index);
    const firstRow = kept[0].index;
    const rows: (readonly Cell[])[] = new Array<readonly Cell[]>(kept[kept.length - 1].index - firstRow + 1).fill(EMPTY_ROW);
    for (const { index, cells } of kept) rows[index - firstRow] = cells;
    return { firstRow, rows, width: this.width };
  }

  private open(name: string, rawAttributes: string): void {
    if (!this.inSheetData) {
      if (name === 'sheetData') this.inSheetData = true;
      return;
    }
    switch (name) {
      case 'row': {
        const r = parseAttributes(rawAttributes).r;
        this.rowIndex = r ? Number(r) - 1 : this.rowIndex + 1;
        this.rowCells = [];
        this.nextCol = 0;
        break;
      }
      case 'c': {
        let ref: string | undefined;
        let type = 'n';
        let style = 0;
        eachAttribute(rawAttributes, (attribute, value) => {
          if (attribute === 'r') ref = value;
          else if (attribute === 't') type = value;
          else if (attribute === 's') style = Number(value) || 0;
        });
        const col = ref ? columnOfRef(ref) : -1;
        this.cellCol = col >= 0 ? col : this.nextCol;
        this.nextCol = this.cellCol + 1;
        this.cellType = type;
        this.cellStyle = style;
        this.value = null;
        this.inInline = false;
        break;
      }
      case 'v':
        this.collecting = true;
        this.value = null;
        break;
      case 'is':
        this.inInline = true;
        this.value = null;
        break;
      case 't':
        if (this.inInline && !this.inPhonetic) this.collecting = true;
        break;
      case 'rPh':
        this.inPhonetic = true;
        break;
      default:
        break;
    }
  }

  private close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case 'v':
      case 't':
        this.collecting = false;
        break;
      case 'rPh':
        this.inPhonetic = false;
        break;
      case 'c': {
        const cell = this.convert();
        if (cell !== null && this.rowCells) {
          const cells = this.rowCells;
          while (cells.length < this.cellCol) cells.push(null);
          cells[this.cellCol] = cell;
        }
        this.value = null;
        this.inInline = false;
        break;
      }
      case 'row':
        if (this.rowCells && this.rowCells.length > 0) {
          const last = this.kept[this.kept.length - 1];
          if (last && last.index >= this.rowIndex) this.ordered = false;
          this.kept.push({ index: this.rowIndex, cells: this.rowCells });
          if (this.rowCells.length > this.width) this.width = this.rowCells.length;
        }
        this.rowCells = null;
        break;
      case 'sheetData':
        this.inSheetData = false;
        break;
      default:
        break;
    }
  }

  /** The cell's value; for formula cells, the cached result Excel saved with the file. */
  private convert(): Cell {
    const text = this.value;
    if (text === null) return null;
    switch (this.cellType) {
      case 's': {
        const shared = this.context.sharedStrings[Number(text)];
        return shared === undefined || shared === '' ? null : shared;
      }
      case 'inlineStr':
      case 'str':
        return text === '' ? null : decodeExcelEscapes(text);
      case 'b':
        return text === '1' || text === 'true';
      case 'e':
        return errorCell(text.trim());
      case 'd':
        return isoDateCell(text.trim());
      default: {
        if (text === '') return null;
        const n = Number(text);
        if (Number.isNaN(n)) return text;
        if (this.cellStyle !== 0 && this.context.isDateStyle(this.cellStyle)) {
          return dateCell(this.context.date1904 ? n + DATE1904_OFFSET : n);
        }
        return n;
      }
    }
  }
}

/**
 * Excel writes characters XML cannot hold (a carriage return pasted with a name, say) as _xHHHH_, and a
 * literal "_x" as "_x005F_x". Decoded here so roster text reads as typed.
 */
export function decodeExcelEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
