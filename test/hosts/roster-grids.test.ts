// The one roster finder every host uses: the same workbook gives the same rosters in the task pane (any
// WorkbookPort) and on the command line (the .xlsx reader).
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { type Cell, dateCell } from '../../src/core/cells';
import { checkGrids } from '../../src/core/roster/check';
import type { SheetGrid } from '../../src/core/roster/types';
import { computeSummary } from '../../src/core/summary/model';
import { buildSummarySheet } from '../../src/core/summary/sheet';
import { MemoryWorkbook } from '../../src/hosts/memory/memory-workbook';
import type { SheetInfo } from '../../src/hosts/port';
import { findRosterGrids, type RosterSource } from '../../src/hosts/roster-grids';
import { rosterGridsOf } from '../support/read-xlsx';
import { excelValue, tempDir } from '../support/xlsx-fixtures';
import { officeRosterSheet } from './roster-fixture';

const dir = tempDir('jamsostek-finder-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function rosterCells(n: number): Cell[][] {
  return officeRosterSheet(n).map((row, r) =>
    row.map((v, c) => (v === '' ? null : r > 3 && (c === 4 || c === 14) && typeof v === 'number' ? dateCell(v) : (v as Cell))),
  );
}

/** Non-empty cells of the grids by sheet position: the same sheet read two ways must give the same map. */
function cellMap(grids: readonly SheetGrid[]): Map<string, Cell> {
  const map = new Map<string, Cell>();
  for (const g of grids)
    g.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null && cell !== '') map.set(`${g.sheet}|${g.table ?? ''}|${g.origin.row + r}:${g.origin.col + c}`, cell);
      }),
    );
  return map;
}

describe('findRosterGrids', () => {
  test('active scope reads the active sheet; all scope reads every roster-like sheet but not generated ones', async () => {
    const wb = new MemoryWorkbook([
      { name: 'Catatan', rows: [['Rapat tanggal 3'], ['bawa laptop']] },
      { name: 'Nakes', rows: rosterCells(20) },
      { name: 'Kader', rows: rosterCells(5) },
    ]);
    wb.setActive('Kader');
    const active = await findRosterGrids(wb, { scope: 'active' });
    expect(active.map((g) => g.sheet)).toEqual(['Kader']);
    const result = checkGrids(await findRosterGrids(wb, { scope: 'all' }));
    expect(result.rosters.map((r) => [r.sheet, r.rows])).toEqual([
      ['Nakes', 20],
      ['Kader', 5],
    ]);
    await wb.writeGeneratedSheet(buildSummarySheet(computeSummary(result), result));
    const again = await findRosterGrids(wb, { scope: 'all' });
    expect(again.map((g) => g.sheet)).toEqual(['Nakes', 'Kader']);
    // The summary is now the active sheet: it is never read as a roster, and "active" does not widen to every
    // roster on its own (the pane decides, and says so); named sheets are read as asked.
    expect(await wb.activeSheet()).toBe('Ringkasan Rakor');
    expect(await findRosterGrids(wb, { scope: 'active' })).toEqual([]);
    expect((await findRosterGrids(wb, { scope: 'active', sheets: ['Kader'] })).map((g) => g.sheet)).toEqual(['Kader']);
    expect(await findRosterGrids(wb, { scope: 'active', sheets: ['Ringkasan Rakor'] })).toEqual([]);
  });

  test('the active sheet is taken even without a roster header (the check then says what is missing)', async () => {
    const wb = new MemoryWorkbook([
      { name: 'Nakes', rows: rosterCells(3) },
      { name: 'Catatan', rows: [['Rapat tanggal 3']] },
    ]);
    wb.setActive('Catatan');
    expect((await findRosterGrids(wb, { scope: 'active' })).map((g) => g.sheet)).toEqual(['Catatan']);
    expect((await findRosterGrids(wb)).map((g) => g.sheet)).toEqual(['Nakes']);
  });

  test('reports progress per sheet', async () => {
    const wb = new MemoryWorkbook([{ name: 'Nakes', rows: rosterCells(12_000) }]);
    const seen: string[] = [];
    await findRosterGrids(wb, { scope: 'all', onProgress: (p) => seen.push(`${p.sheet}:${p.done}/${p.total}`) });
    expect(seen).toEqual(['Nakes:10000/12004', 'Nakes:12004/12004']);
  });

  test('each Excel table that holds a roster is one roster; a sheet whose tables are not rosters is read whole', async () => {
    const roster = rosterCells(4);
    const titled = [['DAFTAR NAKES'], [], ...roster];
    const lookup = roster.map((row, r) => [
      ...row,
      null,
      null,
      ...(r < 3 ? [['Kode', '6112', '6171'][r], ['Wilayah', 'Kubu Raya', 'Pontianak'][r]] : []),
    ]);
    const twoTables = [...roster, [], ...roster.map((row) => [...row])];
    const wb = new MemoryWorkbook([
      { name: 'Satu Tabel', rows: titled, tables: [{ name: 'TabelNakes', range: `A3:O${2 + roster.length}` }] },
      { name: 'Daftar Kode', rows: lookup, tables: [{ name: 'KodeKab', range: 'Q1:R3' }] },
      {
        name: 'Dua Tabel',
        rows: twoTables,
        tables: [
          { name: 'Nakes2025', range: `A1:O${roster.length}` },
          { name: 'Nakes2026', range: `A${roster.length + 2}:O${2 * roster.length + 1}` },
        ],
      },
    ]);
    const grids = await findRosterGrids(wb);
    expect(grids.map((g) => [g.sheet, g.table ?? null, g.origin.row])).toEqual([
      ['Satu Tabel', 'TabelNakes', 2],
      ['Daftar Kode', null, 0],
      ['Dua Tabel', 'Nakes2025', 0],
      ['Dua Tabel', 'Nakes2026', roster.length + 1],
    ]);
  });

  test('hidden sheets are never rosters (an old copy kept out of sight would double every NIK)', async () => {
    const wb = new MemoryWorkbook([{ name: 'Nakes', rows: rosterCells(3) }]);
    const source: RosterSource = {
      listSheets: async (): Promise<SheetInfo[]> => [
        { name: 'Nakes', tables: [] },
        { name: 'Nakes (lama)', tables: [], hidden: true },
      ],
      activeSheet: async () => 'Nakes',
      readSheet: (sheet, options) => wb.readSheet(sheet === 'Nakes (lama)' ? 'Nakes' : sheet, options),
    };
    expect((await findRosterGrids(source)).map((g) => g.sheet)).toEqual(['Nakes']);
  });
});

describe('one workbook, two hosts: the task pane (memory port) and the command line (.xlsx file) find the same rosters', () => {
  const roster = rosterCells(30);
  const sheets: { name: string; rows: Cell[][]; tables?: { name: string; range: string }[]; hidden?: boolean }[] = [
    { name: 'Catatan', rows: [['Isi satu baris per pekerja.']] },
    { name: 'Nakes', rows: [['DAFTAR NAKES NON-ASN'], [], ...roster] },
    {
      name: 'Tabel',
      rows: [['Tabel pekerja'], [], ...roster.slice(3)],
      tables: [{ name: 'TabelNakes', range: `A3:O${2 + roster.length - 3}` }],
    },
    { name: 'Lama', rows: roster, hidden: true },
  ];

  test('same grids, same check', async () => {
    const memory = new MemoryWorkbook(sheets);
    for (const s of sheets) if (s.hidden) memory.sheet(s.name)!.hidden = true;
    const wb = new ExcelJS.Workbook();
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' });
      s.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null) return;
          const target = ws.getCell(r + 1, c + 1);
          target.value = excelValue(cell);
          if (typeof cell === 'object' && cell.kind === 'date') target.numFmt = 'dd-mm-yyyy';
        }),
      );
      for (const t of s.tables ?? []) {
        const [from] = t.range.split(':');
        const top = Number(from.slice(1));
        const header = s.rows[top - 1] as string[];
        const body = s.rows.slice(top).map((row) => header.map((_, c) => excelValue(row[c] ?? null)));
        ws.addTable({ name: t.name, ref: from, columns: header.map((name) => ({ name })), rows: body });
      }
    }
    const file = path.join(dir, 'dua-host.xlsx');
    await wb.xlsx.writeFile(file);

    const fromPane = await findRosterGrids(memory);
    const fromFile = await rosterGridsOf(file);
    expect(fromFile.map((g) => [g.sheet, g.table ?? null])).toEqual([
      ['Nakes', null],
      ['Tabel', 'TabelNakes'],
    ]);
    expect(fromPane.map((g) => [g.sheet, g.table ?? null])).toEqual(fromFile.map((g) => [g.sheet, g.table ?? null]));
    expect(cellMap(fromPane)).toEqual(cellMap(fromFile));
    const pane = checkGrids(fromPane, { today: 46_000 });
    const cli = checkGrids(fromFile, { today: 46_000 });
    expect(cli.rosters).toEqual(pane.rosters);
    expect(cli.issues).toEqual(pane.issues);
  });
});
