// The reader's limits, in process and with both inflaters (Node's zlib for the command line, fflate for
// the offline page): each stops the read with UnusableInputError('too-large') naming the limit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bytesSource } from '../../../../src/hosts/xlsx/read/byte-source';
import type { ReadLimits } from '../../../../src/hosts/xlsx/read/limits';
import { UnusableInputError } from '../../../../src/hosts/xlsx/read/unusable-input';
import { readCentralDirectory } from '../../../../src/hosts/xlsx/read/zip';
import { INFLATERS, readXlsx } from '../../../support/read-xlsx';
import { tempDir } from '../../../support/xlsx-fixtures';
import {
  part,
  repeatedPart,
  ROSTER_HEADER_ROW,
  SHEET_HEAD,
  SHEET_TAIL,
  SST_HEAD,
  SST_TAIL,
  workbookParts,
  type ZipPart,
  zipOf,
} from '../../../support/zip-bomb';

const dir = tempDir('jamsostek-limits-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function write(parts: readonly ZipPart[] | Buffer): string {
  const file = path.join(dir, `l${++n}.xlsx`);
  fs.writeFileSync(file, Buffer.isBuffer(parts) ? parts : zipOf(parts));
  return file;
}

async function failure(file: string, inflater: (typeof INFLATERS)[number], limits: Partial<ReadLimits> = {}): Promise<UnusableInputError> {
  try {
    await readXlsx(file, inflater, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(UnusableInputError);
    return error as UnusableInputError;
  }
  throw new Error('read without error');
}

const sheetOf = (rows: string) => part('xl/worksheets/sheet1.xml', SHEET_HEAD + ROSTER_HEADER_ROW + rows + SHEET_TAIL);
const numberRow = (cells: number) => `<row>${'<c><v>1</v></c>'.repeat(cells)}</row>`;

describe.each(INFLATERS)('with %s', (inflater) => {
  it('stops at the budget of inflated bytes, whatever the parts declare', async () => {
    const bomb = repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, ' ', 50_000_000, SHEET_TAIL);
    const e = await failure(write(workbookParts({ ...bomb, declaredSize: 100 })), inflater);
    expect(e.reason).toBe('too-large');
    expect(e.limit).toBe('maxInflatedBytes');
    expect(e.text.en).toBe("the file exceeds a reading limit (it unpacks to more than 16 MB, 100 × the file's size)");
    const raised = await failure(write(workbookParts(bomb)), inflater, { maxInflatedBytes: 20_000_000 });
    expect(raised.text.en).toBe('the file exceeds a reading limit (it unpacks to more than 20 MB)');
  });

  it('stops at the cells one sheet may hold, counting the empty cells left of a row’s last cell', async () => {
    const file = write(workbookParts(sheetOf(numberRow(10).repeat(10) + '<row><c r="Z20"><v>1</v></c></row>')));
    expect((await readXlsx(file, inflater, { maxCells: 4 + 100 + 26 })).sheets[0].cells.rows).toHaveLength(12);
    const e = await failure(file, inflater, { maxCells: 4 + 100 + 25 });
    expect(e.limit).toBe('maxCells');
    expect(e.text.en).toContain('sheet "Roster" holds more than 129 cells');
  });

  it('stops at the shared strings’ count, their characters, and Excel’s characters per string', async () => {
    const sst = (items: string) =>
      workbookParts(sheetOf('<row><c t="s"><v>0</v></c></row>'), part('xl/sharedStrings.xml', SST_HEAD + items + SST_TAIL));
    const ten = write(sst('<si><t>Kubu Raya</t></si>'.repeat(10)));
    expect((await readXlsx(ten, inflater, { maxSharedStrings: 10, maxSharedChars: 90 })).sheets[0].cells.rows[1]).toEqual(['Kubu Raya']);
    expect((await failure(ten, inflater, { maxSharedStrings: 9 })).limit).toBe('maxSharedStrings');
    expect((await failure(ten, inflater, { maxSharedChars: 89 })).limit).toBe('maxSharedChars');
    const long = await failure(write(sst(`<si><r><t>${'a'.repeat(32_000)}</t></r><r><t>${'b'.repeat(768)}</t></r></si>`)), inflater);
    expect(long.limit).toBe('maxCellChars');
    expect(long.text.en).toContain("a cell holds more than 32,767 characters, Excel's limit");
  });

  it('refuses a damaged or truncated compressed part as corrupt', async () => {
    const sheet = sheetOf(numberRow(15).repeat(2000));
    const truncated = { ...sheet, deflated: sheet.deflated.subarray(0, sheet.deflated.length >> 1) };
    expect((await failure(write(workbookParts(truncated)), inflater)).reason).toBe('corrupt');
    const noise = Buffer.from(sheet.deflated);
    for (let i = 20; i < 200; i++) noise[i] = (i * 7919) & 0xff;
    expect((await failure(write(workbookParts({ ...sheet, deflated: noise })), inflater)).reason).toBe('corrupt');
  });
});

it('reads entries whose sizes sit in a Zip64 extra field (as streaming zip writers put them)', async () => {
  const sheet = sheetOf('<row><c t="inlineStr"><is><t>Dewi</t></is></c></row>');
  const bytes = zipOf(workbookParts(sheet));
  // Rewrite the worksheet's central directory entry: sizes 0xFFFFFFFF, the true ones in a Zip64 extra field.
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const at = bytes.lastIndexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 1, 2])]), bytes.lastIndexOf(name));
  const extra = Buffer.alloc(20);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(BigInt(bytes.readUInt32LE(at + 24)), 4);
  extra.writeBigUInt64LE(BigInt(bytes.readUInt32LE(at + 20)), 12);
  const entryEnd = at + 46 + name.length;
  const entry = Buffer.concat([bytes.subarray(at, entryEnd), extra]);
  entry.writeUInt32LE(0xffffffff, 20);
  entry.writeUInt32LE(0xffffffff, 24);
  entry.writeUInt16LE(extra.length, 30);
  const eocd = bytes.length - 22;
  const rebuilt = Buffer.concat([bytes.subarray(0, at), entry, bytes.subarray(entryEnd, eocd), bytes.subarray(eocd)]);
  rebuilt.writeUInt32LE(bytes.readUInt32LE(eocd + 12) + extra.length, rebuilt.length - 22 + 12);
  const entries = await readCentralDirectory(bytesSource(rebuilt), 'zip64.xlsx');
  expect(entries.find((e) => e.path === 'xl/worksheets/sheet1.xml')).toMatchObject({ compressedSize: sheet.deflated.length });
  const book = await readXlsx(write(rebuilt));
  expect(book.sheets[0].cells.rows[1]).toEqual(['Dewi']);
});

it('stored (uncompressed) parts count against the budget too', async () => {
  const xml = SHEET_HEAD + ' '.repeat(2_000_000) + SHEET_TAIL;
  const stored: ZipPart = { path: 'xl/worksheets/sheet1.xml', deflated: Buffer.from(xml), declaredSize: xml.length, stored: true };
  const e = await failure(write(workbookParts(stored)), 'zlib', { maxInflatedBytes: 1_000_000 });
  expect(e.limit).toBe('maxInflatedBytes');
});
