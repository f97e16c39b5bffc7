// The workbook's structure from its small parts: which sheets it has (in tab order, with their part,
// visibility and Excel tables), the date system, which cell styles show dates, where the shared strings
// are. Each of these parts is read whole (within maxSmallPartBytes) and scanned once, in linear time.
import { isDateFormat } from '../../../core/number-format';
import { isBuiltInDateFormat } from './date-formats';
import { unusable } from './unusable-input';
import { XmlByteScanner } from './xml-scanner';
import { utf8Text, xmlText } from './xml-text';
import type { ZipEntry } from './zip';

export interface PackageTable {
  readonly name: string;
  /** A1 range including the header row, e.g. "A3:N120". */
  readonly ref: string;
}

export interface PackageSheet {
  readonly name: string;
  /** Path of the worksheet part inside the zip, e.g. "xl/worksheets/sheet1.xml". */
  readonly part: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly tables: readonly PackageTable[];
}

export interface PackageInfo {
  readonly sheets: readonly PackageSheet[];
  /** Index into sheets of the sheet that was active when the file was saved. */
  readonly activeSheet: number;
  readonly date1904: boolean;
  /** For each cell style id (index into cellXfs), whether its number format shows a date. */
  readonly dateStyles: readonly boolean[];
  /** Path of the shared-strings part, when there is one. */
  readonly sharedStringsPart?: string;
}

type Attributes = Readonly<Record<string, string>>;

/**
 * The attributes of every element named in `names` (local names; prefixes such as "x:" ignored), in
 * document order; with `within`, only those inside that element (e.g. the xf of cellXfs).
 */
function elements(
  bytes: Uint8Array,
  names: readonly string[],
  maxMarkupBytes: number,
  within?: string,
): { name: string; attributes: Attributes }[] {
  const found: { name: string; attributes: Attributes }[] = [];
  const all = within === undefined ? names : [...names, within];
  const withinId = within === undefined ? -1 : names.length;
  let depth = within === undefined ? 1 : 0;
  const scanner = new XmlByteScanner(
    all,
    {
      open(name, buf, attrs, count, end) {
        if (name === withinId) depth++;
        else if (name >= 0 && depth > 0) {
          const attributes: Record<string, string> = {};
          for (let k = 0; k < 4 * count; k += 4)
            attributes[utf8Text(buf, attrs[k], attrs[k + 1])] = xmlText(buf, attrs[k + 2], attrs[k + 3]);
          found.push({ name: all[name], attributes });
        }
        return end;
      },
      close(name) {
        if (name === withinId) depth--;
      },
      wantsText: () => false,
      text() {},
    },
    { maxMarkupBytes, maxTextBytes: 0, textLimitError: () => new Error('no text is read') },
  );
  scanner.write(bytes);
  scanner.end();
  return found;
}

/** An attribute by local name whatever its prefix ("r:id", "ns1:id"), after the unprefixed one. */
function prefixed(attributes: Attributes, local: string): string | undefined {
  for (const [name, value] of Object.entries(attributes)) if (name.endsWith(`:${local}`)) return value;
  return undefined;
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** Resolves a relationship target against the folder of the part that holds it. */
function resolvePart(fromFolder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${fromFolder}/${target}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

const folderOf = (part: string): string => part.slice(0, Math.max(0, part.lastIndexOf('/')));

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
const relsPathOf = (part: string): string => {
  const folder = folderOf(part);
  const name = part.slice(part.lastIndexOf('/') + 1);
  return folder ? `${folder}/_rels/${name}.rels` : `_rels/${name}.rels`;
};

/** Refuses zips that are not workbooks (or are, but encrypted or binary) by their entries. */
export function checkEntries(entries: readonly ZipEntry[], file: string): void {
  const paths = new Set(entries.map((e) => e.path));
  if (entries.some((e) => e.encrypted)) throw unusable('encrypted', file);
  if (paths.has('xl/workbook.bin')) throw unusable('not-xlsx', file, { id: 'format .xlsb', en: '.xlsb format' });
  if (paths.has('mimetype') || paths.has('content.xml'))
    throw unusable('not-xlsx', file, { id: 'format OpenDocument', en: 'OpenDocument format' });
}

/** The workbook structure, from a reader of whole small parts (undefined when the part is absent). */
export async function readPackageInfo(
  partBytes: (path: string) => Promise<Uint8Array | undefined>,
  file: string,
  maxMarkupBytes: number,
): Promise<PackageInfo> {
  const find = async (part: string, names: readonly string[], within?: string) => {
    const bytes = await partBytes(part);
    return bytes === undefined ? undefined : elements(bytes, names, maxMarkupBytes, within);
  };
  /** The relationships of a part, from its .rels part (those of the package itself: `relsPath` "_rels/.rels"). */
  const relationships = async (relsPath: string): Promise<Relationship[]> =>
    ((await find(relsPath, ['Relationship'])) ?? []).map(({ attributes: a }) => ({
      id: a.Id ?? '',
      type: a.Type ?? '',
      target: a.Target ?? '',
    }));

  // The workbook part is named by the package's root relationships; "xl/workbook.xml" in practice.
  const rootRels = await relationships('_rels/.rels');
  const workbookPart = rootRels.find((r) => /\/officeDocument$/.test(r.type))?.target.replace(/^\//, '') ?? 'xl/workbook.xml';
  const workbook = await find(workbookPart, ['workbookPr', 'workbookView', 'sheet']);
  if (workbook === undefined)
    throw unusable('not-xlsx', file, { id: 'tidak ada buku kerja di dalam arsip', en: 'no workbook inside the archive' });
  const workbookFolder = folderOf(workbookPart);
  const workbookRels = new Map((await relationships(relsPathOf(workbookPart))).map((r) => [r.id, r]));
  const first = (name: string): Attributes => workbook.find((e) => e.name === name)?.attributes ?? {};
  const date1904 = first('workbookPr').date1904;
  const activeTab = Number(first('workbookView').activeTab ?? 0);
  const sheets: PackageSheet[] = [];
  for (const { name, attributes: a } of workbook) {
    if (name !== 'sheet') continue;
    const rel = workbookRels.get(prefixed(a, 'id') ?? a.id ?? '');
    if (!rel || !/\/worksheet$/.test(rel.type)) continue; // chartsheets and dialog sheets hold no cells
    const sheetPart = resolvePart(workbookFolder, rel.target);
    const tables: PackageTable[] = [];
    for (const tableRel of (await relationships(relsPathOf(sheetPart))).filter((r) => /\/table$/.test(r.type))) {
      const table = (await find(resolvePart(folderOf(sheetPart), tableRel.target), ['table']))?.[0]?.attributes;
      const tableName = table && (table.displayName ?? table.name);
      if (tableName && table.ref) tables.push({ name: tableName, ref: table.ref });
    }
    sheets.push({
      name: a.name ?? `Sheet${sheets.length + 1}`,
      part: sheetPart,
      state: a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible',
      tables,
    });
  }
  const relOf = (type: RegExp): Relationship | undefined => [...workbookRels.values()].find((r) => type.test(r.type));
  const stylesRel = relOf(/\/styles$/);
  const stylesPart = stylesRel ? resolvePart(workbookFolder, stylesRel.target) : 'xl/styles.xml';
  const formats = new Map<number, string>();
  for (const { attributes: a } of (await find(stylesPart, ['numFmt'])) ?? []) formats.set(Number(a.numFmtId), a.formatCode ?? '');
  const dateStyles = ((await find(stylesPart, ['xf'], 'cellXfs')) ?? []).map(({ attributes: a }) => {
    const id = Number(a.numFmtId ?? 0);
    const code = formats.get(id);
    return code !== undefined ? isDateFormat(code) : isBuiltInDateFormat(id);
  });
  const sharedRel = relOf(/\/sharedStrings$/);
  return {
    sheets,
    activeSheet: Number.isInteger(activeTab) && activeTab >= 0 && activeTab < sheets.length ? activeTab : 0,
    date1904: date1904 === '1' || date1904 === 'true',
    dateStyles,
    ...(sharedRel ? { sharedStringsPart: resolvePart(workbookFolder, sharedRel.target) } : {}),
  };
}
