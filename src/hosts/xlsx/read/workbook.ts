// The .xlsx reader every host uses: the command line, the offline page, the tests. It reads the file by
// ranges through a ByteSource, inflates each part as a stream (any InflateRaw: Node's zlib, fflate in a
// browser) and parses the XML bytes as they come, so memory holds the cells and shared strings, never a
// worksheet's XML (only small parts such as workbook.xml are read whole); it writes nothing anywhere.
// Every kind of work is bounded (limits.ts): past a limit it stops with UnusableInputError('too-large')
// naming the limit. Nothing here imports Node: the page runs it unchanged.
import type { ByteSource } from './byte-source';
import { fflateInflateRaw, type InflateRaw } from './inflate';
import { defaultLimits, INFLATE_RATIO, type ReadLimits, ReadLimitError, limitText } from './limits';
import { checkEntries, type PackageInfo, type PackageSheet, readPackageInfo } from './package';
import { SharedStringsParser } from './shared-strings';
import { SheetCellsParser, type SheetRows } from './sheet-cells';
import { isAllocationFailure, unusable, UnusableInputError } from './unusable-input';
import { checkZipMagic, entryChunks, type InflateBudget, readCentralDirectory, type ZipEntry } from './zip';

export interface OpenWorkbookOptions {
  /** How the file is named in messages (the path as the user typed it, or the picked file's name). */
  readonly name: string;
  /** Default: fflate (pure JavaScript); the command line passes Node's zlib. */
  readonly inflate?: InflateRaw;
  /** Overrides of the default limits (defaultLimits(file size)). */
  readonly limits?: Partial<ReadLimits>;
}

export interface ReadSheetOptions {
  readonly signal?: AbortSignal;
  /** Read only the rows above this 0-based row (the inflation stops there). */
  readonly stopAtRow?: number;
}

const EMPTY_SHEET: SheetRows = { firstRow: 0, rows: [], width: 0 };

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0];

export class XlsxWorkbook {
  private sharedStrings: Promise<readonly (string | null)[]> | undefined;
  private readonly isDateStyle: (style: number) => boolean;

  private constructor(
    private readonly source: ByteSource,
    readonly file: string,
    readonly info: PackageInfo,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly inflate: InflateRaw,
    readonly limits: ReadLimits,
    private readonly budget: InflateBudget,
  ) {
    this.isDateStyle = (style) => info.dateStyles[style] === true;
  }

  /** Checks the file and reads its structure (sheets, tables, date system); throws UnusableInputError when it is not a readable .xlsx. */
  static async open(source: ByteSource, options: OpenWorkbookOptions): Promise<XlsxWorkbook> {
    const file = options.name;
    const limits = { ...defaultLimits(source.size), ...options.limits };
    const inflate = options.inflate ?? fflateInflateRaw;
    const budget: InflateBudget = {
      remaining: limits.maxInflatedBytes,
      exceeded: () =>
        new ReadLimitError(
          'maxInflatedBytes',
          limitText.maxInflatedBytes(limits.maxInflatedBytes, options.limits?.maxInflatedBytes === undefined ? INFLATE_RATIO : undefined),
        ),
    };
    return guard(file, async () => {
      await checkZipMagic(source, file);
      const list = await readCentralDirectory(source, file);
      checkEntries(list, file);
      const entries = new Map(list.map((e) => [e.path, e]));
      const partBytes = async (path: string): Promise<Uint8Array | undefined> => {
        const entry = entries.get(path);
        if (!entry) return undefined;
        const chunks: Uint8Array[] = [];
        let length = 0;
        const partLimit = {
          bytes: limits.maxSmallPartBytes,
          exceeded: () => new ReadLimitError('maxSmallPartBytes', limitText.maxSmallPartBytes(limits.maxSmallPartBytes, path)),
        };
        for await (const chunk of entryChunks(source, entry, file, { inflate, budget, partLimit })) {
          chunks.push(chunk);
          length += chunk.length;
        }
        const bytes = new Uint8Array(length);
        let at = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, at);
          at += chunk.length;
        }
        return bytes;
      };
      const info = await readPackageInfo(partBytes, file, limits.maxMarkupBytes);
      return new XlsxWorkbook(source, file, info, entries, inflate, limits, budget);
    });
  }

  /** The cells of a worksheet, in full or down to `stopAtRow`. */
  async readSheet(sheet: PackageSheet, options: ReadSheetOptions = {}): Promise<SheetRows> {
    const entry = this.entries.get(sheet.part);
    if (!entry) return EMPTY_SHEET;
    const sharedStrings = await this.loadSharedStrings(options.signal);
    return guard(this.file, async () => {
      const parser = new SheetCellsParser({
        sharedStrings,
        isDateStyle: this.isDateStyle,
        date1904: this.info.date1904,
        sheet: sheet.name,
        limits: this.limits,
        stopAtRow: options.stopAtRow,
      });
      for await (const chunk of this.chunks(entry)) {
        options.signal?.throwIfAborted();
        parser.write(chunk);
        if (parser.done) break;
      }
      return parser.end();
    });
  }

  /** The shared-strings table, read once (before the first sheet, wherever it sits in the zip). */
  private loadSharedStrings(signal?: AbortSignal): Promise<readonly (string | null)[]> {
    this.sharedStrings ??= guard(this.file, async () => {
      const part = this.info.sharedStringsPart ?? 'xl/sharedStrings.xml';
      const entry = this.entries.get(part);
      if (!entry) return [];
      const parser = new SharedStringsParser(this.limits);
      for await (const chunk of this.chunks(entry)) {
        signal?.throwIfAborted();
        parser.write(chunk);
      }
      return parser.end();
    });
    // A failed or cancelled read is not kept: the next sheet read tries again (and fails the same way).
    this.sharedStrings.catch(() => (this.sharedStrings = undefined));
    return this.sharedStrings;
  }

  private chunks(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    return entryChunks(this.source, entry, this.file, { inflate: this.inflate, budget: this.budget });
  }
}

/** Runs a read, turning every failure into UnusableInputError (cancellation excepted). */
async function guard<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof UnusableInputError || (error instanceof Error && error.name === 'AbortError')) throw error;
    if (error instanceof ReadLimitError) throw unusable('too-large', file, error.text, error.limit);
    if (isAllocationFailure(error)) throw unusable('out-of-memory', file);
    const detail = firstLine(error);
    throw unusable('corrupt', file, { id: detail, en: detail });
  }
}
