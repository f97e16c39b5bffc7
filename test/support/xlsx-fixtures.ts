// .xlsx files written by ExcelJS the way real rosters arrive: title rows, odd spellings, numbers,
// serial and text dates, rich text, hyperlinks, formulas with cached results and error cells.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { type Cell, isDateCell } from '../../src/core/cells';
import { ymdFromSerial } from '../../src/core/dates';
import type { SheetGrid } from '../../src/core/roster/types';

export function tempDir(prefix = 'jamsostek-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const ROSTER_HEADER = [
  'No.',
  'Nama',
  'NIK',
  'Jenis Kelamin',
  'Tanggal Lahir',
  'Kab/Kota',
  'Instansi/Fasilitas',
  'Kategori Pekerja',
  'Status Kepegawaian',
  'Segmen',
  'Status Kepesertaan',
  'Nomor KPJ',
  'Program',
  'Upah',
  'Tanggal Mulai Kepesertaan',
];

/** A NIK for Kubu Raya (6112), kecamatan 03, born on the given day; women add 40 to the day. */
export function nikFor(day: number, month: number, year: number, sex: 'L' | 'P', serial: number): string {
  const dd = String(sex === 'P' ? day + 40 : day).padStart(2, '0');
  return `611203${dd}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
}

export interface RosterRow {
  name: string;
  /** A number reproduces a NIK typed into a General-format cell. */
  nik: string | number;
  sex: 'L' | 'P';
  birth: { day: number; month: number; year: number };
  regency: string;
  institution: string;
  /** Overrides the real birth date cell, e.g. with a text date or an Excel error. */
  birthCell?: ExcelJS.CellValue;
  category: string;
  employment: string;
  segment: string;
  status: string;
  kpj: string;
  program: string;
  wage: number;
}

/** Deterministic, structurally valid rows (synthetic names, NIKs that match sex and birth date). */
export function validRows(count: number, seed = 1): RosterRow[] {
  const first = ['Siti', 'Agus', 'Dewi', 'Budi', 'Rina', 'Hendra', 'Yuliana', 'Fajar', 'Maria', 'Rudi'];
  const last = ['Rahmawati', 'Santoso', 'Lestari', 'Gunawan', 'Purnama', 'Wijaya', 'Anggraini', 'Saputra'];
  const regencies = ['Kab. Kubu Raya', 'KAB KUBU RAYA', 'Kota Pontianak', 'Kabupaten Sambas', 'Sanggau', 'Kab. Ketapang'];
  const rows: RosterRow[] = [];
  for (let i = 0; i < count; i++) {
    const k = i + seed;
    const sex: 'L' | 'P' = k % 2 === 0 ? 'P' : 'L';
    const birth = { day: (k % 28) + 1, month: (k % 12) + 1, year: 1970 + (k % 30) };
    rows.push({
      name: `${first[k % first.length]} ${last[k % last.length]}`,
      nik: nikFor(birth.day, birth.month, birth.year, sex, k % 10_000),
      sex,
      birth,
      regency: regencies[k % regencies.length],
      institution: `Puskesmas ${['Sungai Raya', 'Rasau Jaya', 'Sui Kakap'][k % 3]}`,
      category: ['Tenaga Kesehatan', 'Tenaga Medis', 'Tenaga Penunjang Kesehatan'][k % 3],
      employment: ['Non-ASN', 'Honorer', 'Kontrak'][k % 3],
      segment: 'BPU',
      status: k % 3 === 0 ? 'Belum Terdaftar' : 'Aktif',
      kpj: k % 3 === 0 ? '' : String(10_000_000_000 + k),
      program: 'JKK, JKM',
      wage: 2_500_000 + (k % 5) * 100_000,
    });
  }
  return rows;
}

const utcDate = (d: { day: number; month: number; year: number }): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));

/** Writes a roster sheet: two title rows, a blank row, the header on row 4, data from row 5. */
export function addRosterSheet(workbook: ExcelJS.Workbook, name: string, rows: readonly RosterRow[]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  ws.getCell('A1').value = 'DATA PEKERJA RENTAN NON-ASN';
  ws.getCell('A2').value = 'Dinas Kesehatan Provinsi Kalimantan Barat';
  ws.getRow(4).values = ROSTER_HEADER;
  rows.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    row.values = [
      i + 1,
      r.name,
      r.nik,
      r.sex,
      r.birthCell !== undefined ? r.birthCell : utcDate(r.birth),
      r.regency,
      r.institution,
      r.category,
      r.employment,
      r.segment,
      r.status,
      r.kpj || null,
      r.program,
      r.wage,
      utcDate({ day: 1, month: 3, year: 2024 }),
    ];
    row.getCell(5).numFmt = 'dd-mm-yyyy';
    row.getCell(15).numFmt = 'dd/mm/yyyy';
  });
  return ws;
}

export async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  await workbook.xlsx.writeFile(file);
  return file;
}

/** A clean roster of `count` rows on sheet "Roster Nakes". */
export async function writeCleanRoster(file: string, count = 20): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  addRosterSheet(workbook, 'Roster Nakes', validRows(count));
  return writeWorkbook(workbook, file);
}

/** A compound-file (OLE2) header followed by a directory sector naming the given streams, as Office writes. */
export function compoundFile(streamNames: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const directory = Buffer.alloc(512);
  streamNames.forEach((name, i) => {
    const entry = i * 128;
    const utf16 = Buffer.from(name + '\0', 'utf16le');
    utf16.copy(directory, entry);
    directory.writeUInt16LE(utf16.length, entry + 64);
    directory.writeUInt8(2, entry + 66); // stream object
  });
  return Buffer.concat([header, directory]);
}

/** ExcelJS value of a typed cell: dates as real dates (formatted), errors as error values. */
export function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== 'object') return cell;
  if (cell.kind === 'error') return { error: cell.code } as ExcelJS.CellErrorValue;
  const { year, month, day } = ymdFromSerial(cell.serial);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Writes a SheetGrid where it sits on its sheet, with the in-memory writer or the streaming one (as large exports do). */
export async function writeGridXlsx(grids: readonly SheetGrid[], file: string, writer: 'memory' | 'stream' = 'memory'): Promise<string> {
  const put = (cell: ExcelJS.Cell, value: Cell) => {
    cell.value = excelValue(value);
    if (isDateCell(value)) cell.numFmt = 'dd-mm-yyyy';
  };
  if (writer === 'memory') {
    const wb = new ExcelJS.Workbook();
    for (const grid of grids) {
      const ws = wb.addWorksheet(grid.sheet);
      grid.rows.forEach((cells, r) =>
        cells.forEach((c, col) => {
          if (c !== null) put(ws.getCell(grid.origin.row + r + 1, grid.origin.col + col + 1), c);
        }),
      );
    }
    await wb.xlsx.writeFile(file);
    return file;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.sheet);
    for (let r = 0; r < grid.origin.row; r++) ws.addRow([]).commit();
    for (const cells of grid.rows) {
      const row = ws.addRow([]);
      cells.forEach((c, col) => {
        if (c !== null) put(row.getCell(grid.origin.col + col + 1), c);
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  return file;
}
