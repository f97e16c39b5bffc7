// Looks at a file before the streaming read: is it really an .xlsx (magic bytes, not the extension),
// is it encrypted or corrupt, and which sheets, tables and date system does it hold. Reads the zip's
// central directory and the small workbook parts only; the file is opened read-only.
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import { isDateFormat } from '../../core/number-format';
import { unusable } from './unusable-input';
import { decodeEntities } from './xml-scanner';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP_CENTRAL = 0x02014b50;
/** Parts above this size are never inflated by the inspector (the worksheets stream later). */
const SMALL_PART_LIMIT = 32 * 1024 * 1024;

export interface ZipEntry {
  readonly path: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

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
  /** Where the part's compressed bytes sit in the file (for parts ExcelJS's reader does not recognise by name). */
  readonly data?: { readonly offset: number; readonly compressedSize: number; readonly method: number };
}

export interface PackageInfo {
  readonly sheets: readonly PackageSheet[];
  /** Index into sheets of the sheet that was active when the file was saved. */
  readonly activeSheet: number;
  readonly date1904: boolean;
  /** For each cell style id (index into cellXfs), whether its number format shows a date. */
  readonly dateStyles: readonly boolean[];
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

/** Directory stream names in a compound (OLE2) file are UTF-16LE; Office puts an encrypted package there. */
function cfbHoldsEncryptedPackage(fd: number, size: number): boolean {
  const needle = Buffer.from('EncryptionInfo', 'utf16le');
  const alt = Buffer.from('EncryptedPackage', 'utf16le');
  const chunk = 1 << 20;
  for (let pos = 0; pos < size; pos += chunk - needle.length) {
    const buf = readAt(fd, pos, Math.min(chunk, size - pos));
    if (buf.includes(needle) || buf.includes(alt)) return true;
    if (buf.length < chunk) break;
  }
  return false;
}

function readCentralDirectory(fd: number, size: number, file: string): ZipEntry[] {
  const tailLength = Math.min(size, 65_557 + 22);
  const tail = readAt(fd, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unusable('corrupt', file, { id: 'akhir arsip zip tidak ada', en: 'zip end record missing' });
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (
    (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) &&
    eocd >= 20 &&
    tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR
  ) {
    const z64Offset = Number(tail.readBigUInt64LE(eocd - 20 + 8));
    const z64 = readAt(fd, z64Offset, 56);
    if (z64.length < 56 || z64.readUInt32LE(0) !== ZIP64_EOCD) throw unusable('corrupt', file);
    count = Number(z64.readBigUInt64LE(32));
    cdSize = Number(z64.readBigUInt64LE(40));
    cdOffset = Number(z64.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > size) throw unusable('corrupt', file, { id: 'arsip zip terpotong', en: 'zip archive truncated' });
  const cd = readAt(fd, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== ZIP_CENTRAL)
      throw unusable('corrupt', file, { id: 'direktori zip rusak', en: 'zip directory damaged' });
    const flags = cd.readUInt16LE(p + 8);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    entries.push({
      path: cd.toString('utf8', p + 46, p + 46 + nameLength),
      method: cd.readUInt16LE(p + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes start (after its local header). */
function dataOffset(fd: number, entry: ZipEntry, file: string): number {
  const header = readAt(fd, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== ZIP_LOCAL)
    throw unusable('corrupt', file, { id: 'arsip zip rusak', en: 'zip archive damaged' });
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

function readPart(fd: number, entry: ZipEntry, file: string): string {
  if (entry.size > SMALL_PART_LIMIT)
    throw unusable('corrupt', file, { id: `bagian ${entry.path} terlalu besar`, en: `part ${entry.path} too large` });
  const data = readAt(fd, dataOffset(fd, entry, file), entry.compressedSize);
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) return zlib.inflateRawSync(data).toString('utf8');
  } catch {
    throw unusable('corrupt', file, { id: `bagian ${entry.path} rusak`, en: `part ${entry.path} damaged` });
  }
  throw unusable('corrupt', file, {
    id: `metode kompresi ${entry.method} tidak didukung`,
    en: `unsupported compression method ${entry.method}`,
  });
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeEntities(m[1] ?? m[2]) : undefined;
};

/** Tags of one element name, with or without a namespace prefix (some writers use "x:sheet"). */
const tags = (xml: string, name: string): string[] => xml.match(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'g')) ?? [];

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function relationships(xml: string): Relationship[] {
  return tags(xml, 'Relationship').map((t) => ({ id: attr(t, 'Id') ?? '', type: attr(t, 'Type') ?? '', target: attr(t, 'Target') ?? '' }));
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

const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
};

/** Built-in number formats that show dates or times (14–22, 45–47; 27–36, 50–58, 71–81 in East Asian and Thai locales). */
export function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58) || (id >= 71 && id <= 81);
}

function readDateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const tag of tags(stylesXml, 'numFmt')) custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return tags(cellXfs, 'xf').map((tag) => {
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : isBuiltInDateFormat(id);
  });
}

/** Checks the file and returns its workbook structure, or throws UnusableInputError. */
export function inspectPackage(file: string): PackageInfo {
  let fd: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw unusable('not-a-file', file);
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if (error instanceof Error && error.name === 'UnusableInputError') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw unusable('missing', file);
    throw unusable('unreadable', file, { id: String(code ?? error), en: String(code ?? error) });
  }
  try {
    const size = fs.fstatSync(fd).size;
    const head = readAt(fd, 0, 8);
    if (head.length === 8 && head.equals(CFB_MAGIC)) {
      throw cfbHoldsEncryptedPackage(fd, size) ? unusable('encrypted', file) : unusable('legacy-xls', file);
    }
    if (head.length < 4 || head.readUInt32LE(0) !== ZIP_LOCAL) {
      if (head.length >= 4 && head.readUInt32LE(0) === ZIP_EOCD)
        throw unusable('corrupt', file, { id: 'arsip zip kosong', en: 'empty zip archive' });
      throw unusable('not-xlsx', file);
    }
    const entries = readCentralDirectory(fd, size, file);
    const byPath = new Map(entries.map((e) => [e.path, e]));
    if (entries.some((e) => e.encrypted)) throw unusable('encrypted', file);
    if (byPath.has('xl/workbook.bin')) throw unusable('not-xlsx', file, { id: 'format .xlsb', en: '.xlsb format' });
    if (byPath.has('mimetype') || byPath.has('content.xml'))
      throw unusable('not-xlsx', file, { id: 'format OpenDocument', en: 'OpenDocument format' });
    const part = (path: string): string | undefined => {
      const entry = byPath.get(path);
      return entry ? readPart(fd, entry, file) : undefined;
    };
    // The workbook part is named by the package's root relationships; "xl/workbook.xml" in practice.
    const rootRels = relationships(part('_rels/.rels') ?? '');
    const workbookPart = rootRels.find((r) => /\/officeDocument$/.test(r.type))?.target.replace(/^\//, '') ?? 'xl/workbook.xml';
    const workbookXml = part(workbookPart);
    if (workbookXml === undefined)
      throw unusable('not-xlsx', file, { id: 'tidak ada buku kerja di dalam arsip', en: 'no workbook inside the archive' });
    const workbookFolder = workbookPart.slice(0, workbookPart.lastIndexOf('/'));
    const workbookRels = new Map(relationships(part(relsPathOf(workbookPart)) ?? '').map((r) => [r.id, r]));
    const prTag = tags(workbookXml, 'workbookPr')[0] ?? '';
    const date1904Attr = attr(prTag, 'date1904');
    const viewTag = tags(workbookXml, 'workbookView')[0] ?? '';
    const activeTab = Number(attr(viewTag, 'activeTab') ?? 0);
    const sheets: PackageSheet[] = [];
    for (const tag of tags(workbookXml, 'sheet')) {
      const rel = workbookRels.get(attr(tag, 'r:id') ?? attr(tag, 'id') ?? '');
      if (!rel || !/\/worksheet$/.test(rel.type)) continue; // chartsheets and dialog sheets hold no cells
      const sheetPart = resolvePart(workbookFolder, rel.target);
      const sheetRels = relationships(part(relsPathOf(sheetPart)) ?? '');
      const sheetFolder = sheetPart.slice(0, sheetPart.lastIndexOf('/'));
      const tables: PackageTable[] = [];
      for (const tableRel of sheetRels.filter((r) => /\/table$/.test(r.type))) {
        const tableXml = part(resolvePart(sheetFolder, tableRel.target));
        const tableTag = tableXml ? tags(tableXml, 'table')[0] : undefined;
        const name = tableTag && (attr(tableTag, 'displayName') ?? attr(tableTag, 'name'));
        const ref = tableTag && attr(tableTag, 'ref');
        if (name && ref) tables.push({ name, ref });
      }
      const state = attr(tag, 'state');
      const entry = byPath.get(sheetPart);
      sheets.push({
        name: attr(tag, 'name') ?? `Sheet${sheets.length + 1}`,
        part: sheetPart,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        tables,
        ...(entry ? { data: { offset: dataOffset(fd, entry, file), compressedSize: entry.compressedSize, method: entry.method } } : {}),
      });
    }
    const stylesRel = [...workbookRels.values()].find((r) => /\/styles$/.test(r.type));
    const dateStyles = readDateStyles(part(stylesRel ? resolvePart(workbookFolder, stylesRel.target) : 'xl/styles.xml') ?? '');
    return {
      sheets,
      activeSheet: Number.isInteger(activeTab) && activeTab < sheets.length ? activeTab : 0,
      date1904: date1904Attr === '1' || date1904Attr === 'true',
      dateStyles,
    };
  } finally {
    fs.closeSync(fd);
  }
}
