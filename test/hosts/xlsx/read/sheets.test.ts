// A read .xlsx as the RosterSource the shared roster finder reads (what ExcelJsWorkbook's listing and
// reading did, without the write half nobody used).
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { GENERATED_SHEET_MARKER } from '../../../../src/core/sheet-spec';
import { xlsxRosterSource } from '../../../../src/hosts/xlsx/read/sheets';
import { openXlsx } from '../../../support/read-xlsx';
import { addRosterSheet, tempDir, validRows, writeWorkbook } from '../../../support/xlsx-fixtures';

const dir = tempDir('jamsostek-sheets-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let file: string;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  addRosterSheet(wb, 'Roster Nakes', validRows(4));
  wb.addWorksheet('Ringkasan Rakor').getCell('A1').value = 'catatan saya';
  const old = wb.addWorksheet('Ringkasan Lama');
  old.getCell('A1').value = 'Ringkasan Rakor 2025';
  old.getCell('J1').value = `${GENERATED_SHEET_MARKER}:summary`;
  const tabled = wb.addWorksheet('Tabel');
  tabled.addTable({ name: 'Pekerja', ref: 'A1', columns: [{ name: 'Nama' }, { name: 'NIK' }], rows: [['Dewi', '6112034508900001']] });
  addRosterSheet(wb, 'Arsip', validRows(2)).state = 'hidden';
  wb.views = [{ activeTab: 3, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }];
  file = await writeWorkbook(wb, path.join(dir, 'buku.xlsx'));
});

describe('xlsxRosterSource', () => {
  it('lists sheets with their tables, visibility and generated marker, and the active sheet', async () => {
    await openXlsx(file, async (book) => {
      const source = xlsxRosterSource(book);
      expect(await source.listSheets()).toEqual([
        { name: 'Roster Nakes', tables: [] },
        { name: 'Ringkasan Rakor', tables: [] },
        { name: 'Ringkasan Lama', tables: [], generatedKind: 'summary' },
        { name: 'Tabel', tables: ['Pekerja'] },
        { name: 'Arsip', tables: [], hidden: true },
      ]);
      expect(await source.activeSheet()).toBe('Tabel');
    });
  });

  it('reads a sheet (by any case of its name) or one of its tables, under the display name it is given', async () => {
    await openXlsx(file, async (book) => {
      const source = xlsxRosterSource(book, (sheet) => `[buku.xlsx]${sheet}`);
      const progress: number[] = [];
      const grid = await source.readSheet('[BUKU.xlsx]roster nakes', { onProgress: (n) => progress.push(n) });
      expect(grid.sheet).toBe('[buku.xlsx]Roster Nakes');
      expect(grid.rows[3][2]).toBe('NIK');
      expect(progress).toEqual([grid.rows.length]);
      expect(await source.readSheet('[buku.xlsx]Tabel', { table: 'pekerja' })).toEqual({
        sheet: '[buku.xlsx]Tabel',
        table: 'Pekerja',
        origin: { row: 0, col: 0 },
        rows: [
          ['Nama', 'NIK'],
          ['Dewi', '6112034508900001'],
        ],
      });
      await expect(source.readSheet('Tidak Ada')).rejects.toThrow(RangeError);
    });
  });
});
