import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { UnusableInputError } from '../../../../src/hosts/xlsx/read/unusable-input';
import { readXlsx } from '../../../support/read-xlsx';
import { compoundFile, tempDir, writeCleanRoster } from '../../../support/xlsx-fixtures';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function reasonOf(file: string): Promise<string> {
  try {
    await readXlsx(file);
  } catch (error) {
    expect(error).toBeInstanceOf(UnusableInputError);
    const e = error as UnusableInputError;
    expect(e.text.id).not.toMatch(/\n/);
    expect(e.text.en).not.toMatch(/\n/);
    return e.reason;
  }
  return 'read';
}

describe('unusable input is recognised by its bytes, not its name', () => {
  it('missing file', async () => {
    expect(await reasonOf(path.join(dir, 'tidak-ada.xlsx'))).toBe('missing');
  });

  it('a folder', async () => {
    expect(await reasonOf(dir)).toBe('not-a-file');
  });

  it('a CSV saved with an .xlsx extension', async () => {
    const file = path.join(dir, 'roster.xlsx');
    fs.writeFileSync(file, 'Nama,NIK\nDewi,6112034508900001\n');
    expect(await reasonOf(file)).toBe('not-xlsx');
  });

  it('an empty file', async () => {
    const file = path.join(dir, 'kosong.xlsx');
    fs.writeFileSync(file, '');
    expect(await reasonOf(file)).toBe('not-xlsx');
  });

  it('an Excel 97-2003 .xls workbook', async () => {
    const file = path.join(dir, 'lama.xls');
    fs.writeFileSync(file, compoundFile(['Root Entry', 'Workbook', '\u0005SummaryInformation']));
    expect(await reasonOf(file)).toBe('legacy-xls');
  });

  it('a password-protected .xlsx (an encrypted package inside a compound file)', async () => {
    const file = path.join(dir, 'rahasia.xlsx');
    fs.writeFileSync(file, compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']));
    expect(await reasonOf(file)).toBe('encrypted');
  });

  it('a truncated download', async () => {
    const good = await writeCleanRoster(path.join(dir, 'utuh.xlsx'));
    const bytes = fs.readFileSync(good);
    const file = path.join(dir, 'terpotong.xlsx');
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await reasonOf(file)).toBe('corrupt');
  });

  it('damaged compressed data inside a worksheet', async () => {
    const good = await writeCleanRoster(path.join(dir, 'utuh2.xlsx'), 400);
    const bytes = Buffer.from(fs.readFileSync(good));
    // Overwrite the middle of the compressed worksheet (the largest part) with noise.
    const sheetAt = bytes.indexOf('xl/worksheets/sheet1.xml');
    for (let i = sheetAt + 200; i < sheetAt + 1200; i++) bytes[i] = (i * 7919) & 0xff;
    const file = path.join(dir, 'rusak.xlsx');
    fs.writeFileSync(file, bytes);
    expect(await reasonOf(file)).toBe('corrupt');
  });

  it('a zip that is not a workbook (a Word document)', async () => {
    // ExcelJS writes a real zip; renaming its workbook part makes it an ordinary non-Excel package.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A');
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    let at = bytes.indexOf('xl/workbook.xml');
    while (at >= 0) {
      bytes.write('xl/workbook.xmX', at);
      at = bytes.indexOf('xl/workbook.xml', at + 1);
    }
    let rels = bytes.indexOf('_rels/.rels');
    while (rels >= 0) {
      bytes.write('_rels/.relX', rels);
      rels = bytes.indexOf('_rels/.rels', rels + 1);
    }
    const file = path.join(dir, 'surat.xlsx');
    fs.writeFileSync(file, bytes);
    expect(await reasonOf(file)).toBe('not-xlsx');
  });

  it('a good file still reads', async () => {
    expect(await reasonOf(await writeCleanRoster(path.join(dir, 'baik.xlsx')))).toBe('read');
  });
});

describe('reading never modifies the file', () => {
  it('keeps bytes and modification time', async () => {
    const file = await writeCleanRoster(path.join(dir, 'tetap.xlsx'), 50);
    const past = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
    fs.utimesSync(file, past, past);
    const before = fs.readFileSync(file);
    await readXlsx(file);
    expect(fs.statSync(file).mtime.getTime()).toBe(past.getTime());
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
