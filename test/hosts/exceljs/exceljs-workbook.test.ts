import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { GENERATED_SHEET_MARKER, type SheetSpec } from '../../../src/core/sheet-spec';
import { ExcelJsWorkbook } from '../../../src/hosts/exceljs/exceljs-workbook';
import { addRosterSheet, tempDir, validRows, writeWorkbook } from './xlsx-fixtures';

const dir = tempDir('jamsostek-port-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const summarySpec = (name = 'Ringkasan Rakor'): SheetSpec => ({ name, kind: 'summary', rows: [[{ value: 'Ringkasan', style: 'title' }]] });

let file: string;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  addRosterSheet(wb, 'Roster Nakes', validRows(4));
  // A user's own sheet that happens to carry the summary's preferred name.
  wb.addWorksheet('Ringkasan Rakor').getCell('A1').value = 'catatan saya';
  const old = wb.addWorksheet('Ringkasan Lama');
  old.getCell('A1').value = 'Ringkasan Rakor 2025';
  old.getCell('J1').value = `${GENERATED_SHEET_MARKER}:summary`;
  const tabled = wb.addWorksheet('Tabel');
  tabled.addTable({ name: 'Pekerja', ref: 'A1', columns: [{ name: 'Nama' }, { name: 'NIK' }], rows: [['Dewi', '6112034508900001']] });
  wb.views = [{ activeTab: 3, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }];
  file = await writeWorkbook(wb, path.join(dir, 'buku.xlsx'));
});

describe('ExcelJsWorkbook (WorkbookPort for the command line)', () => {
  it('lists sheets with their tables and recognises its own generated sheet by the marker', async () => {
    const port = await ExcelJsWorkbook.open(file);
    expect(await port.listSheets()).toEqual([
      { name: 'Roster Nakes', tables: [], generatedKind: undefined },
      { name: 'Ringkasan Rakor', tables: [], generatedKind: undefined },
      { name: 'Ringkasan Lama', tables: [], generatedKind: 'summary' },
      { name: 'Tabel', tables: ['Pekerja'], generatedKind: undefined },
    ]);
    expect(await port.activeSheet()).toBe('Tabel');
  });

  it('reads a sheet or one of its tables', async () => {
    const port = await ExcelJsWorkbook.open(file);
    const progress: number[] = [];
    const grid = await port.readSheet('roster nakes', { onProgress: (n) => progress.push(n) });
    expect(grid.sheet).toBe('Roster Nakes');
    expect(grid.rows[3][2]).toBe('NIK');
    expect(progress).toEqual([grid.rows.length]);
    const table = await port.readSheet('Tabel', { table: 'Pekerja' });
    expect(table).toMatchObject({
      table: 'Pekerja',
      origin: { row: 0, col: 0 },
      rows: [
        ['Nama', 'NIK'],
        ['Dewi', '6112034508900001'],
      ],
    });
    await expect(port.readSheet('Tidak Ada')).rejects.toThrow(RangeError);
  });

  it('collects generated sheets: replaces its own sheet of the kind, never a user sheet', async () => {
    const port = await ExcelJsWorkbook.open(file);
    // "Ringkasan Rakor" is the user's own sheet: the summary takes another name and replaces the old summary.
    expect(await port.writeGeneratedSheet(summarySpec())).toBe('Ringkasan Rakor (2)');
    expect(await port.writeGeneratedSheet(summarySpec())).toBe('Ringkasan Rakor (2)');
    expect(port.pendingSheets()).toHaveLength(1);
    expect(port.pendingSheets()[0]).toMatchObject({ type: 'generated', name: 'Ringkasan Rakor (2)', replaces: 'Ringkasan Lama' });
    expect(await port.writeGeneratedSheet(summarySpec('Ringkasan Lama'))).toBe('Ringkasan Lama');
    expect(port.pendingSheets()).toHaveLength(1);
    const issues = await port.writeGeneratedSheet({ name: 'Ringkasan Rakor', kind: 'issues', rows: [] });
    expect(issues).toBe('Ringkasan Rakor (2)');
    expect(port.pendingSheets().map((p) => p.name)).toEqual(['Ringkasan Lama', 'Ringkasan Rakor (2)']);
    const pending = port.pendingSheets()[1];
    expect(pending).not.toHaveProperty('replaces');
    // The marker is added when the builder put none, so a later run recognises the sheet.
    expect(pending.type === 'generated' && JSON.stringify(pending.spec.rows)).toContain(`${GENERATED_SHEET_MARKER}:issues`);
    expect(await port.insertRosterSheet({ name: 'Roster Nakes', rows: [['Nama']] })).toBe('Roster Nakes (2)');
  });

  it('is read-only: marking or fixing cells is refused, settings stay in memory', async () => {
    const port = await ExcelJsWorkbook.open(file, { settings: { province: '61' } });
    await expect(port.markCells([{ sheet: 'Roster Nakes', cell: 'C5', severity: 'error', note: 'x' }])).rejects.toThrow(/read-only/);
    await expect(port.applyFixes([{ sheet: 'Roster Nakes', cell: 'F5', expectedOld: 'x', fix: { value: 'y' } }])).rejects.toThrow(
      /read-only/,
    );
    await port.setSettings({ target: 0.5956 });
    expect(await port.getSettings()).toEqual({ province: '61', target: 0.5956 });
    await port.selectCell('Roster Nakes', 'C5');
    expect(await port.activeSheet()).toBe('Roster Nakes');
  });
});
