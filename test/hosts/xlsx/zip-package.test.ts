// The writers' zip container (fflate): parts left alone are copied with their compressed bytes, CRC and
// sizes as they were; parts set are deflated; zips from other writers (data descriptors, stored parts,
// folder entries, UTF-8 names) open; a part that inflates past the file's budget is refused.
import { zipSync } from 'fflate';
import JSZip from 'jszip';
import * as zlib from 'node:zlib';
import { UnusableInputError } from '../../../src/hosts/xlsx/read/unusable-input';
import { ReadLimitError } from '../../../src/hosts/xlsx/read/limits';
import { crc32, ZipPackage } from '../../../src/hosts/xlsx/zip-package';

const enc = new TextEncoder();

/** A worksheet-like part of `rows` rows. */
const sheetXml = (rows: number): string =>
  `<worksheet><sheetData>${Array.from({ length: rows }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>Nama ${r}</t></is></c></row>`).join('')}</sheetData></worksheet>`;

/** Every entry's raw compressed bytes, CRC and sizes, from the central directory, by path. */
async function rawEntries(bytes: Uint8Array): Promise<Map<string, { crc: number; size: number; data: Buffer }>> {
  const buf = Buffer.from(bytes);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, { crc: number; size: number; data: Buffer }>();
  for (let i = 0; i < count; i++) {
    const nameLength = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    out.set(name, {
      crc: buf.readUInt32LE(p + 16),
      size: buf.readUInt32LE(p + 24),
      data: buf.subarray(start, start + buf.readUInt32LE(p + 20)),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

describe('ZipPackage', () => {
  it('computes the zip CRC-32 (as zlib does)', () => {
    for (const text of ['', 'a', sheetXml(50)]) expect(crc32(enc.encode(text))).toBe(zlib.crc32(text));
  });

  it('copies parts left alone byte for byte, deflates the parts set, and keeps the order', async () => {
    const input = await new JSZip()
      .file('[Content_Types].xml', '<Types/>')
      .file('xl/workbook.xml', '<workbook/>')
      .file('xl/worksheets/sheet1.xml', sheetXml(2_000))
      .file('xl/media/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), { compression: 'STORE' })
      .generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true }); // sizes in data descriptors
    const pkg = await ZipPackage.open(input);
    expect(pkg.paths()).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/media/logo.png']),
    );
    expect(pkg.text('xl/worksheets/sheet1.xml')).toBe(sheetXml(2_000));
    pkg.set('xl/workbook.xml', '<workbook><sheets/></workbook>');
    pkg.set('xl/worksheets/sheet2.xml', sheetXml(3));
    pkg.remove('[Content_Types].xml');
    const out = pkg.save();

    const [before, after] = [await rawEntries(input), await rawEntries(out)];
    expect([...after.keys()].filter((k) => !k.endsWith('/'))).toEqual([
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/media/logo.png',
      'xl/worksheets/sheet2.xml',
    ]);
    for (const kept of ['xl/worksheets/sheet1.xml', 'xl/media/logo.png']) {
      expect(after.get(kept)!.data.equals(before.get(kept)!.data)).toBe(true);
      expect(after.get(kept)!.crc).toBe(before.get(kept)!.crc);
    }
    // Another reader agrees with every part and its CRC.
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    await expect(back.file('xl/workbook.xml')!.async('string')).resolves.toBe('<workbook><sheets/></workbook>');
    await expect(back.file('xl/worksheets/sheet2.xml')!.async('string')).resolves.toBe(sheetXml(3));
    await expect(back.file('xl/worksheets/sheet1.xml')!.async('string')).resolves.toBe(sheetXml(2_000));
    await expect(back.file('xl/media/logo.png')!.async('uint8array')).resolves.toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    // The same package saved twice is the same bytes (no clock time in it).
    expect(Buffer.from(pkg.save()).equals(Buffer.from(out))).toBe(true);
  });

  it('reads UTF-8 names and keeps a byte-order mark in text', async () => {
    const input = zipSync({ 'xl/Lembar Ülkü.xml': enc.encode('\ufeff<a/>'), 'xl/': new Uint8Array(0) });
    const pkg = await ZipPackage.open(input);
    expect(pkg.paths()).toEqual(['xl/Lembar Ülkü.xml']);
    expect(pkg.text('xl/Lembar Ülkü.xml')).toBe('\ufeff<a/>');
    pkg.set('xl/Ringkasan é.xml', '<b/>');
    const back = await JSZip.loadAsync(pkg.save());
    await expect(back.file('xl/Ringkasan é.xml')!.async('string')).resolves.toBe('<b/>');
  });

  it('reads the start of a big part without inflating the rest', async () => {
    const xml = sheetXml(50_000);
    const pkg = await ZipPackage.open(zipSync({ 'sheet.xml': enc.encode(xml) }, { level: 1 }));
    const head = pkg.head('sheet.xml', '<row r="6"', 200_000)!;
    expect(head).toBe(xml.slice(0, xml.indexOf('<row r="6"')));
    expect(pkg.head('missing.xml', '<row', 10)).toBeUndefined();
  });

  it('refuses a part that inflates past the budget for the file (a zip bomb), and a file that is no zip', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(20_000_000) }, { level: 1 });
    expect(bomb.length).toBeLessThan(100_000);
    const pkg = await ZipPackage.open(bomb);
    expect(() => pkg.text('xl/worksheets/sheet1.xml')).toThrow(ReadLimitError);
    await expect(ZipPackage.open(enc.encode('NIK;Nama\n'), 'catatan.xlsx')).rejects.toThrow(UnusableInputError);
  });
});
