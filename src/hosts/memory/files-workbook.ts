// The offline page's workbook: the in-memory workbook behind the same port as Excel, filled from .xlsx
// files with the one .xlsx reader (xlsx/read/). Every visible sheet of every file becomes a sheet named
// "[file.xlsx]Sheet" (Excel's notation for another workbook's sheet, as the command line names sheets of
// several files), so all rosters are checked together and a NIK repeated across files is found. It keeps
// which sheet came from which file and each fixed cell's value as the file held it, so a download can
// write exactly the cells that changed into a copy of the original file. Settings go to a store the page
// gives (localStorage there); roster data never does.
import type { Cell } from '../../core/cells';
import { looksLikeRoster } from '../../core/roster/detect';
import type { SheetGrid } from '../../core/roster/types';
import type { CellFix, FixOutcome, ReadOptions, SheetInfo, WorkbookSettings } from '../port';
import type { RosterSource } from '../roster-grids';
import type { ByteSource } from '../xlsx/read/byte-source';
import type { InflateRaw } from '../xlsx/read/inflate';
import type { ReadLimits } from '../xlsx/read/limits';
import { sheetGrid, tableGrid } from '../xlsx/read/sheets';
import { unusable } from '../xlsx/read/unusable-input';
import { XlsxWorkbook } from '../xlsx/read/workbook';
import { MemoryWorkbook } from './memory-workbook';

/** Where the page keeps its settings (language, province, year, target): never roster data. */
export interface SettingsStore {
  load(): WorkbookSettings;
  save(settings: WorkbookSettings): void;
}

export interface OpenedSheet {
  /** The sheet's name in the file. */
  readonly original: string;
  /** Its name here: "[file.xlsx]Sheet". */
  readonly shown: string;
}

export interface OpenedFile {
  /** The file's name, unique among the open files ("data (2).xlsx" for a second "data.xlsx"). */
  readonly name: string;
  /** The file's bytes as they were opened (the copy a download starts from). */
  readonly bytes: () => Promise<Uint8Array>;
  readonly sheets: readonly OpenedSheet[];
}

export interface AddFileOptions {
  readonly inflate?: InflateRaw;
  readonly limits?: Partial<ReadLimits>;
  readonly signal?: AbortSignal;
}

interface ReadSheet {
  readonly original: string;
  readonly cells: Cell[][];
  readonly tables: { name: string; range: string }[];
}

/** A file read, not yet added to the workbook (FilesWorkbook.readFile). */
export interface ReadFile {
  readonly fileName: string;
  readonly bytes: () => Promise<Uint8Array>;
  readonly sheets: readonly ReadSheet[];
}

export const shownSheetName = (file: string, sheet: string): string => `[${file}]${sheet}`;

/** A name not yet taken by an open file: "data.xlsx", then "data (2).xlsx". */
function freeFileName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export class FilesWorkbook extends MemoryWorkbook {
  private readonly opened: OpenedFile[] = [];
  /** The value each fixed cell held in its file, by "shown sheet!A1" (recorded at the cell's first fix). */
  private readonly originals = new Map<string, { readonly sheet: string; readonly cell: string; readonly value: Cell }>();

  constructor(private readonly store?: SettingsStore) {
    super();
  }

  files(): readonly OpenedFile[] {
    return this.opened;
  }

  /**
   * Reads a file's visible sheets, without adding them: files read at once (in parallel) are added in the
   * order the user gave with `addRead`. Throws UnusableInputError (the command line's reasons) when it is
   * not a readable .xlsx or holds no roster.
   */
  static async readFile(
    fileName: string,
    source: ByteSource,
    bytes: () => Promise<Uint8Array>,
    options: AddFileOptions = {},
  ): Promise<ReadFile> {
    const book = await XlsxWorkbook.open(source, { name: fileName, inflate: options.inflate, limits: options.limits });
    const sheets: ReadSheet[] = [];
    let roster = false;
    for (const info of book.info.sheets) {
      // Hidden sheets are never rosters (findRosterGrids leaves them out), so they are not loaded.
      if (info.state !== 'visible') continue;
      const rows = await book.readSheet(info, { signal: options.signal });
      const tableGrids = info.tables.map((t) => tableGrid(rows, info, t.name, info.name));
      roster ||= tableGrids.some(looksLikeRoster) || looksLikeRoster(sheetGrid(rows, info.name));
      // Rows from A1: the used range starts at rows.firstRow.
      const cells = (rows.firstRow > 0 ? [...Array.from({ length: rows.firstRow }, () => []), ...rows.rows] : rows.rows) as Cell[][];
      sheets.push({ original: info.name, cells, tables: info.tables.map((t) => ({ name: t.name, range: t.ref })) });
    }
    if (!roster) throw unusable('no-roster', fileName);
    return { fileName, bytes, sheets };
  }

  /**
   * Adds files read by `readFile`, in the order given: their sheets join the workbook as "[file.xlsx]Sheet".
   * Listeners hear of the change once, however many files.
   */
  addRead(...reads: readonly ReadFile[]): OpenedFile[] {
    const added = reads.map((read) => {
      const name = freeFileName(read.fileName, new Set(this.opened.map((f) => f.name.toLowerCase())));
      const sheets = read.sheets.map((s) => ({ original: s.original, shown: shownSheetName(name, s.original) }));
      read.sheets.forEach((s, i) => this.addSheet(sheets[i].shown, s.cells, s.tables));
      const file: OpenedFile = { name, bytes: read.bytes, sheets };
      this.opened.push(file);
      return file;
    });
    if (added.length) this.emit();
    return added;
  }

  /**
   * Reads a file's visible sheets into the workbook. Throws UnusableInputError (the command line's reasons)
   * when it is not a readable .xlsx or holds no roster; the workbook is then unchanged.
   */
  async addFile(fileName: string, source: ByteSource, bytes: () => Promise<Uint8Array>, options: AddFileOptions = {}): Promise<OpenedFile> {
    return this.addRead(await FilesWorkbook.readFile(fileName, source, bytes, options))[0];
  }

  /** Closes a file: its sheets leave the workbook (fixes not yet downloaded are dropped with them). */
  closeFile(name: string): void {
    const file = this.opened.find((f) => f.name === name);
    if (!file) return;
    const shown = new Set(file.sheets.map((s) => s.shown));
    for (const [key, o] of this.originals) if (shown.has(o.sheet)) this.originals.delete(key);
    this.opened.splice(this.opened.indexOf(file), 1);
    this.removeSheets(shown);
  }

  override async applyFixes(fixes: readonly CellFix[]): Promise<FixOutcome> {
    for (const f of fixes) {
      const key = `${f.sheet}!${f.cell}`;
      if (!this.originals.has(key) && this.sheet(f.sheet))
        this.originals.set(key, { sheet: f.sheet, cell: f.cell, value: this.cell(f.sheet, f.cell) });
    }
    return super.applyFixes(fixes);
  }

  /**
   * The cells of a file that now differ from the file, by the sheet's name in the file: what a download
   * writes into its copy. A fix later undone is not listed.
   */
  changedCells(file: OpenedFile): Map<string, Map<string, Cell>> {
    const byShown = new Map(file.sheets.map((s) => [s.shown, s.original]));
    const out = new Map<string, Map<string, Cell>>();
    for (const o of this.originals.values()) {
      const original = byShown.get(o.sheet);
      if (original === undefined || !this.sheet(o.sheet)) continue;
      const now = this.cell(o.sheet, o.cell);
      if (now === o.value) continue;
      if (!out.has(original)) out.set(original, new Map());
      out.get(original)!.set(o.cell, now);
    }
    return out;
  }

  /**
   * One file's sheets as they are now (fixes applied), named as in the file: the rosters a download of that
   * file checks and summarises, exactly as `jamsostek summary` would read the downloaded copy.
   */
  fileSource(file: OpenedFile): RosterSource {
    const byOriginal = new Map(file.sheets.map((s) => [s.original.toLowerCase(), s]));
    const find = (name: string): OpenedSheet => {
      const s = byOriginal.get(name.toLowerCase());
      if (!s) throw new RangeError(`No sheet named ${name}`);
      return s;
    };
    return {
      listSheets: async (): Promise<SheetInfo[]> => {
        const shown = new Map((await this.listSheets()).map((s) => [s.name, s]));
        return file.sheets.flatMap((s) => {
          const info = shown.get(s.shown);
          return info ? [{ ...info, name: s.original }] : [];
        });
      },
      activeSheet: async () => file.sheets.find((s) => s.shown === this.activeSheetName())?.original ?? file.sheets[0]?.original ?? '',
      readSheet: async (name: string, options?: ReadOptions & { table?: string }): Promise<SheetGrid> => ({
        ...(await this.readSheet(find(name).shown, options)),
        sheet: find(name).original,
      }),
    };
  }

  override async getSettings(): Promise<WorkbookSettings> {
    return this.store ? { ...this.store.load() } : super.getSettings();
  }

  override async setSettings(settings: WorkbookSettings): Promise<void> {
    if (!this.store) return super.setSettings(settings);
    this.store.save({ ...this.store.load(), ...settings });
  }
}
