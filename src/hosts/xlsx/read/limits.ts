// How much work the reader does for any input, however it was made. The grid limits are Excel's own (a
// file past them is not one Excel wrote or can open); the others bound memory and time on crafted files
// (zip bombs, endless text, far cells) while leaving room for a 1,048,576-row roster.
import { columnLetter } from '../../../core/address';
import { formatCount, type Localized } from '../../../core/i18n/lang';

/** Excel's worksheet size: 1,048,576 rows by 16,384 columns (A to XFD). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
/** Excel's most characters in one cell. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/**
 * Default budget of inflated bytes for a whole file, as a multiple of its size on disk. Rosters saved by
 * Excel, LibreOffice and ExcelJS inflate 4–10× (see README, "Reading limits", for measured files); zip
 * bombs inflate 200–1,000×. `--max-size` raises it.
 */
export const INFLATE_RATIO = 100;
/** Small files get at least this budget, so a tiny file is never refused for its ratio alone. */
export const MIN_INFLATE_BUDGET = 16_000_000;

export interface ReadLimits {
  /** Row numbers above this are refused. */
  readonly maxRows: number;
  /** Columns past this one (XFD) are refused. */
  readonly maxColumns: number;
  /** Characters in one cell or one shared string. */
  readonly maxCellChars: number;
  /** Cells kept for one sheet, counting the empty ones left of each row's last cell (each costs memory). */
  readonly maxCells: number;
  /** Entries of the shared-strings table, and the characters they hold together. */
  readonly maxSharedStrings: number;
  readonly maxSharedChars: number;
  /** Bytes inflated from the whole file, all parts together; never the sizes the zip declares. */
  readonly maxInflatedBytes: number;
  /** Bytes of one part that is read whole (workbook, relationships, styles, table definitions). */
  readonly maxSmallPartBytes: number;
  /** Bytes of one XML tag, comment or CDATA section. */
  readonly maxMarkupBytes: number;
}

export function defaultLimits(fileSize: number): ReadLimits {
  return {
    maxRows: EXCEL_MAX_ROWS,
    maxColumns: EXCEL_MAX_COLUMNS,
    maxCellChars: EXCEL_MAX_CELL_CHARS,
    // 32 columns of every row Excel allows (a 1,048,576-row roster has 15–20 columns): at most ~270 MB of slots.
    maxCells: 32 * EXCEL_MAX_ROWS,
    // As many strings as a 16-column roster of 1,048,576 rows could need, 128 M characters in all.
    maxSharedStrings: 16 * EXCEL_MAX_ROWS,
    maxSharedChars: 128 * 1_048_576,
    maxInflatedBytes: Math.max(MIN_INFLATE_BUDGET, INFLATE_RATIO * fileSize),
    maxSmallPartBytes: 32_000_000,
    maxMarkupBytes: 1_000_000,
  };
}

export type LimitName = keyof ReadLimits;

/** Thrown by the parsers when input goes past a limit; the reader turns it into UnusableInputError('too-large'). */
export class ReadLimitError extends Error {
  constructor(
    readonly limit: LimitName,
    readonly text: Localized,
  ) {
    super(text.en);
    this.name = 'ReadLimitError';
  }
}

const idNumber = (n: number): string => formatCount(n, 'id');
const enNumber = (n: number): string => formatCount(n, 'en');

/** Bytes as decimal megabytes: "1.600 MB" / "1,600 MB". */
export const megabytes = (bytes: number): Localized => {
  const mb = Math.round(bytes / 1e6);
  return { id: `${idNumber(mb)} MB`, en: `${enNumber(mb)} MB` };
};

/** Each limit's message, naming the limit. */
export const limitText = {
  maxRows: (row: number, limit: number): Localized => ({
    id: `baris ${Number.isFinite(row) ? idNumber(row) : 'bernomor sangat besar'} melewati batas Excel ${idNumber(limit)} baris`,
    en: `row ${Number.isFinite(row) ? enNumber(row) : 'with a huge number'} is past Excel's limit of ${enNumber(limit)} rows`,
  }),
  maxColumns: (limit: number): Localized => ({
    id: `ada sel di luar kolom terakhir Excel, ${columnLetter(limit - 1)} (${idNumber(limit)} kolom)`,
    en: `a cell lies past Excel's last column, ${columnLetter(limit - 1)} (${enNumber(limit)} columns)`,
  }),
  maxCellChars: (limit: number): Localized => ({
    id: `ada teks sel lebih dari ${idNumber(limit)} karakter, batas Excel`,
    en: `a cell holds more than ${enNumber(limit)} characters, Excel's limit`,
  }),
  maxCells: (limit: number, sheet: string): Localized => ({
    id: `lembar "${sheet}" berisi lebih dari ${idNumber(limit)} sel`,
    en: `sheet "${sheet}" holds more than ${enNumber(limit)} cells`,
  }),
  maxSharedStrings: (limit: number): Localized => ({
    id: `tabel teks bersama (sharedStrings.xml) berisi lebih dari ${idNumber(limit)} teks`,
    en: `the shared-strings table (sharedStrings.xml) holds more than ${enNumber(limit)} strings`,
  }),
  maxSharedChars: (limit: number): Localized => ({
    id: `tabel teks bersama (sharedStrings.xml) berisi lebih dari ${idNumber(limit)} karakter`,
    en: `the shared-strings table (sharedStrings.xml) holds more than ${enNumber(limit)} characters`,
  }),
  /** `ratio` when the limit is the default multiple of the file's size. */
  maxInflatedBytes: (limit: number, ratio?: number): Localized => {
    const mb = megabytes(limit);
    return ratio === undefined
      ? { id: `isinya terurai lebih dari ${mb.id}`, en: `it unpacks to more than ${mb.en}` }
      : {
          id: `isinya terurai lebih dari ${mb.id}, ${ratio} × ukuran berkas`,
          en: `it unpacks to more than ${mb.en}, ${ratio} × the file's size`,
        };
  },
  maxSmallPartBytes: (limit: number, part: string): Localized => {
    const mb = megabytes(limit);
    return { id: `bagian ${part} terurai lebih dari ${mb.id}`, en: `part ${part} unpacks to more than ${mb.en}` };
  },
  maxMarkupBytes: (limit: number): Localized => {
    const mb = megabytes(limit);
    return { id: `ada tag XML lebih panjang dari ${mb.id}`, en: `an XML tag is longer than ${mb.en}` };
  },
};
