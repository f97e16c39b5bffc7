import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dateCell, errorCell } from '../../../../src/core/cells';
import { serialFromYmd } from '../../../../src/core/dates';
import { blobSource } from '../../../../src/hosts/xlsx/read/byte-source';
import { fflateInflateRaw } from '../../../../src/hosts/xlsx/read/inflate';
import { sheetGrid } from '../../../../src/hosts/xlsx/read/sheets';
import { XlsxWorkbook } from '../../../../src/hosts/xlsx/read/workbook';
import { INFLATERS, readXlsx, rosterGridsOf } from '../../../support/read-xlsx';
import { addRosterSheet, tempDir, validRows, writeWorkbook } from '../../../support/xlsx-fixtures';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Cell by A1 address from a grid that starts at column A. */
function at(grid: { origin: { row: number }; rows: readonly (readonly unknown[])[] }, a1: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return grid.rows[Number(m[2]) - 1 - grid.origin.row]?.[col] ?? null;
}

describe('the reader maps every kind of cell value to a typed cell', () => {
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Campur');
    ws.getCell('B3').value = 'teks biasa';
    ws.getCell('C3').value = { richText: [{ text: 'Kab. ', font: { bold: true } }, { text: 'Kubu Raya' }] };
    ws.getCell('D3').value = { text: 'Puskesmas Rasau Jaya', hyperlink: 'https://example.org/puskesmas' };
    ws.getCell('E3').value = 6112034508900001; // NIK typed as a number: already rounded by IEEE doubles
    ws.getCell('F3').value = 31_000; // a serial typed without a date format stays a number
    ws.getCell('G3').value = new Date(Date.UTC(1985, 7, 17));
    ws.getCell('G3').numFmt = 'dd-mm-yyyy';
    ws.getCell('H3').value = '17-08-1985';
    ws.getCell('I3').value = { formula: 'UPPER(B3)', result: 'TEKS BIASA' };
    ws.getCell('J3').value = { formula: '1+1', result: 2 };
    ws.getCell('K3').value = { formula: 'VLOOKUP(B3,Z:Z,1,FALSE)', result: { error: '#N/A' } };
    ws.getCell('L3').value = { error: '#REF!' };
    ws.getCell('M3').value = true;
    ws.getCell('N3').value = { formula: 'A1', result: undefined };
    ws.getCell('O3').value = '  Aktif ';
    ws.getCell('P3').value = { formula: 'DATE(2024,3,1)', result: new Date(Date.UTC(2024, 2, 1)) };
    ws.getCell('P3').numFmt = 'd mmmm yyyy';
    ws.getCell('Q3').value = 14; // built-in date format id 14
    ws.getCell('Q3').numFmt = 'mm-dd-yy';
    ws.getCell('R3').value = 2_500_000;
    ws.getCell('R3').numFmt = '"Rp"#,##0';
    ws.getCell('B5').value = 'setelah baris kosong';
    file = await writeWorkbook(wb, path.join(dir, 'campur.xlsx'));
  });

  it.each(INFLATERS)('reads text, rich text, hyperlinks, numbers, dates, formulas and errors (%s)', async (inflater) => {
    const book = await readXlsx(file, inflater);
    const grid = sheetGrid(book.sheets[0].cells, book.sheets[0].info.name);
    expect(grid.sheet).toBe('Campur');
    expect(grid.origin).toEqual({ row: 2, col: 0 });
    expect(at(grid, 'B3')).toBe('teks biasa');
    expect(at(grid, 'C3')).toBe('Kab. Kubu Raya');
    expect(at(grid, 'D3')).toBe('Puskesmas Rasau Jaya');
    expect(at(grid, 'E3')).toBe(6112034508900001);
    expect(at(grid, 'F3')).toBe(31_000);
    expect(at(grid, 'G3')).toEqual(dateCell(serialFromYmd(1985, 8, 17)));
    expect(at(grid, 'H3')).toBe('17-08-1985');
    expect(at(grid, 'I3')).toBe('TEKS BIASA');
    expect(at(grid, 'J3')).toBe(2);
    expect(at(grid, 'K3')).toEqual(errorCell('#N/A'));
    expect(at(grid, 'L3')).toEqual(errorCell('#REF!'));
    expect(at(grid, 'M3')).toBe(true);
    expect(at(grid, 'N3')).toBeNull();
    expect(at(grid, 'O3')).toBe('  Aktif ');
    expect(at(grid, 'P3')).toEqual(dateCell(serialFromYmd(2024, 3, 1)));
    expect(at(grid, 'Q3')).toEqual(dateCell(14));
    expect(at(grid, 'R3')).toBe(2_500_000);
    expect(grid.rows[1]).toEqual([]); // the blank row 4 is kept, so row numbers stay true
    expect(at(grid, 'B5')).toBe('setelah baris kosong');
    expect(at(grid, 'A3')).toBeNull();
  });
});

describe('dates in the 1904 date system', () => {
  it('come out as 1900-system serials of the same calendar day', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Mac');
    ws.getCell('A1').value = new Date(Date.UTC(1990, 0, 31));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    const file = await writeWorkbook(wb, path.join(dir, 'mac1904.xlsx'));
    const book = await readXlsx(file);
    expect(book.info.date1904).toBe(true);
    expect(at(sheetGrid(book.sheets[0].cells, 'Mac'), 'A1')).toEqual(dateCell(serialFromYmd(1990, 1, 31)));
  });
});

describe('workbook structure', () => {
  it('keeps tab order, names, and reads Excel tables as their own grids', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan').getCell('A1').value = 'Catatan rapat';
    addRosterSheet(wb, 'Kader Posyandu', validRows(3));
    const t = wb.addWorksheet('Tabel Nakes');
    t.getCell('A1').value = 'Daftar dalam tabel';
    t.addTable({
      name: 'TabelNakes',
      ref: 'B3',
      headerRow: true,
      columns: [{ name: 'Nama' }, { name: 'NIK' }, { name: 'Kabupaten/Kota' }, { name: 'Status Kepesertaan' }],
      rows: validRows(2).map((r) => [r.name, r.nik, r.regency, r.status]),
    });
    const file = await writeWorkbook(wb, path.join(dir, 'struktur.xlsx'));
    const book = await readXlsx(file);
    expect(book.sheets.map((s) => s.info.name)).toEqual(['Catatan', 'Kader Posyandu', 'Tabel Nakes']);
    expect(book.sheets[2].info.tables).toEqual([{ name: 'TabelNakes', ref: 'B3:E5' }]);
    // "Catatan" holds no roster header: it is not a roster.
    const grids = await rosterGridsOf(file);
    expect(grids.map((g) => [g.sheet, g.table])).toEqual([
      ['Kader Posyandu', undefined],
      ['Tabel Nakes', 'TabelNakes'],
    ]);
    expect(grids[1].origin).toEqual({ row: 2, col: 1 });
    expect(grids[1].rows[0]).toEqual(['Nama', 'NIK', 'Kabupaten/Kota', 'Status Kepesertaan']);
    expect(grids[1].rows[2][1]).toBe(validRows(2)[1].nik);
    const roster = grids[0];
    expect(roster.origin.row).toBe(0);
    expect(roster.rows[3][2]).toBe('NIK');
    expect(roster.rows[4][2]).toBe(validRows(3)[0].nik);
  });

  it('reads the sheet itself when its only table is not a roster (a lookup list beside the roster)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = addRosterSheet(wb, 'Roster', validRows(3));
    ws.addTable({
      name: 'KodeKab',
      ref: 'R1',
      columns: [{ name: 'Kode' }, { name: 'Wilayah' }],
      rows: [
        ['6112', 'Kubu Raya'],
        ['6171', 'Pontianak'],
      ],
    });
    const grids = await rosterGridsOf(await writeWorkbook(wb, path.join(dir, 'lookup.xlsx')));
    expect(grids).toHaveLength(1);
    expect(grids[0].table).toBeUndefined();
    expect(grids[0].rows[3][2]).toBe('NIK');
  });

  it('regression: a sheet this tool generated is never read back as a roster, even with roster-like headers', async () => {
    const wb = new ExcelJS.Workbook();
    addRosterSheet(wb, 'Roster', validRows(3));
    const copy = addRosterSheet(wb, 'Salinan', validRows(3));
    copy.getCell('J1').value = 'cakupan-jamsostek:generated:issues';
    const grids = await rosterGridsOf(await writeWorkbook(wb, path.join(dir, 'generated.xlsx')));
    expect(grids.map((g) => g.sheet)).toEqual(['Roster']);
  });

  it('reads worksheet parts that other generators name differently (not xl/worksheets/sheetN.xml)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan').getCell('A1').value = 'lihat lembar berikut';
    addRosterSheet(wb, 'Roster', validRows(3));
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    // As the Open XML SDK does: a part name of its own, with an absolute relationship target.
    const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    zip.remove('xl/worksheets/sheet2.xml');
    zip.file('xl/worksheets/data/roster.xml', xml);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('worksheets/sheet2.xml', '/xl/worksheets/data/roster.xml'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('/xl/worksheets/sheet2.xml', '/xl/worksheets/data/roster.xml'));
    const file = path.join(dir, 'sdk.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const book = await readXlsx(file);
    expect(book.sheets.map((s) => [s.info.name, s.info.part])).toEqual([
      ['Catatan', 'xl/worksheets/sheet1.xml'],
      ['Roster', 'xl/worksheets/data/roster.xml'],
    ]);
    const roster = sheetGrid(book.sheets[1].cells, 'Roster');
    expect(roster.rows[3][2]).toBe('NIK');
    expect(roster.rows[5][2]).toBe(validRows(3)[1].nik);
    expect(roster.rows[4][4]).toEqual(
      dateCell(serialFromYmd(validRows(3)[0].birth.year, validRows(3)[0].birth.month, validRows(3)[0].birth.day)),
    );
  });

  it('reads a roster written by the streaming writer with inline strings', async () => {
    const file = path.join(dir, 'stream.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
    const ws = writer.addWorksheet('Roster');
    ws.addRow(['Nama', 'NIK']).commit();
    ws.addRow(['Dewi Lestari', '6112034508900001']).commit();
    ws.addRow(['Ünal Çelik 李', '6112031203850002']).commit();
    await writer.commit();
    const grid = sheetGrid((await readXlsx(file)).sheets[0].cells, 'Roster');
    expect(grid.rows).toEqual([
      ['Nama', 'NIK'],
      ['Dewi Lestari', '6112034508900001'],
      ['Ünal Çelik 李', '6112031203850002'],
    ]);
  });
});

describe('the offline page’s way in', () => {
  it('reads a File (a Blob) with the portable inflater exactly as the command line reads the file', async () => {
    const wb = new ExcelJS.Workbook();
    addRosterSheet(wb, 'Roster', validRows(50));
    const file = await writeWorkbook(wb, path.join(dir, 'unggah.xlsx'));
    const book = await XlsxWorkbook.open(blobSource(new Blob([fs.readFileSync(file)])), { name: 'unggah.xlsx', inflate: fflateInflateRaw });
    const fromBlob = await book.readSheet(book.info.sheets[0]);
    expect(fromBlob).toEqual((await readXlsx(file, 'zlib')).sheets[0].cells);
    expect(fromBlob.rows[5][2]).toBe(validRows(50)[1].nik);
  });
});
