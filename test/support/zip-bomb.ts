// Builds .xlsx packages byte by byte for hostile-input tests: parts that inflate to gigabytes from a few
// kilobytes on disk (zip bombs), entries that lie about their size. A repeated part is compressed once and
// its DEFLATE output repeated: each copy ends on a full flush (byte-aligned, no reference to earlier data),
// so the copies chain into one valid stream that inflates to the part repeated.
import * as zlib from 'node:zlib';

export interface ZipPart {
  readonly path: string;
  /** Raw DEFLATE data (method 8), or the bytes themselves when `stored`. */
  readonly deflated: Buffer;
  /** Method 0: no compression. */
  readonly stored?: boolean;
  /** The uncompressed size written into the zip headers (a liar states less than the truth). */
  readonly declaredSize: number;
}

/** A part made of `head`, then `body` repeated `times`, then `tail`, as one DEFLATE stream. */
export function repeatedPart(path: string, head: string, body: string, times: number, tail: string): ZipPart {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  // Many bodies per block, so each copy compresses about as well as DEFLATE can.
  const perBlock = Math.max(1, Math.min(times, Math.floor((1 << 20) / Math.max(1, body.length))));
  const block = zlib.deflateRawSync(Buffer.from(body.repeat(perBlock)), flush);
  const blocks = Math.floor(times / perBlock);
  const rest = times - blocks * perBlock;
  const deflated = Buffer.concat([
    zlib.deflateRawSync(Buffer.from(head), flush),
    ...Array.from({ length: blocks }, () => block),
    zlib.deflateRawSync(Buffer.from(body.repeat(rest) + tail)),
  ]);
  const size = Buffer.byteLength(head) + Buffer.byteLength(body) * times + Buffer.byteLength(tail);
  return { path, deflated, declaredSize: Math.min(size, 0xfffffffe) };
}

/** An ordinary part. */
export function part(path: string, xml: string): ZipPart {
  return { path, deflated: zlib.deflateRawSync(Buffer.from(xml)), declaredSize: Buffer.byteLength(xml) };
}

/** The zip: local headers and data, central directory, end record (CRCs left 0: the reader never relies on them). */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.path);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.stored ? 0 : 8, 8);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, p.deflated);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(p.stored ? 0 : 8, 10);
    entry.writeUInt32LE(p.deflated.length, 20);
    entry.writeUInt32LE(p.declaredSize, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts around a worksheet: content types, relationships, workbook (one sheet "Roster"), shared strings if given. */
export function workbookParts(sheet: ZipPart, sharedStrings?: ZipPart): ZipPart[] {
  return [
    part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
    part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (sharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
        '</Relationships>',
    ),
    ...(sharedStrings ? [sharedStrings] : []),
    sheet,
  ];
}

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';
export const SST_HEAD = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">`;
export const SST_TAIL = '</sst>';

/** A roster header row (row 1) as inline strings, then `body` repeated: a roster the checker recognises. */
export const ROSTER_HEADER_ROW =
  '<row r="1">' +
  ['Nama', 'NIK', 'Kabupaten/Kota', 'Status Kepesertaan'].map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`).join('') +
  '</row>';
