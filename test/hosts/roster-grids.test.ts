// The one roster finder every host uses.
import { type Cell, dateCell } from '../../src/core/cells';
import { checkGrids } from '../../src/core/roster/check';
import { computeSummary } from '../../src/core/summary/model';
import { buildSummarySheet } from '../../src/core/summary/sheet';
import { MemoryWorkbook } from '../../src/hosts/memory/memory-workbook';
import type { SheetInfo } from '../../src/hosts/port';
import { findRosterGrids, type RosterSource } from '../../src/hosts/roster-grids';
import { officeRosterSheet } from './roster-fixture';

function rosterCells(n: number): Cell[][] {
  return officeRosterSheet(n).map((row, r) =>
    row.map((v, c) => (v === '' ? null : r > 3 && (c === 4 || c === 14) && typeof v === 'number' ? dateCell(v) : (v as Cell))),
  );
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
    // The summary is now the active sheet: "active" checks the rosters rather than the summary.
    expect(await wb.activeSheet()).toBe('Ringkasan Rakor');
    expect((await findRosterGrids(wb, { scope: 'active' })).map((g) => g.sheet)).toEqual(['Nakes', 'Kader']);
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
