// The Fix preview's content: which fixes are offered, their kind, where they sit (sheet, column header).
import { dateCell, type Cell } from '../../src/core/cells';
import { checkGrids } from '../../src/core/roster/check';
import { MemoryWorkbook } from '../../src/hosts/memory/memory-workbook';
import { chosenFixes, fixCandidates, groupFixes } from '../../src/taskpane/fixes';
import { findRosterGrids } from '../../src/hosts/roster-grids';
import { officeRosterSheet } from '../hosts/roster-fixture';

function rosterCells(n: number): Cell[][] {
  return officeRosterSheet(n).map((row, r) =>
    row.map((v, c) => (v === '' ? null : r > 3 && (c === 4 || c === 14) && typeof v === 'number' ? dateCell(v) : (v as Cell))),
  );
}

/** A roster with the odd spellings and problems real ones have (rows 5.. are data; F kab/kota, K status). */
function messyRoster(): Cell[][] {
  const rows = rosterCells(12);
  for (let r = 4; r < rows.length; r++) rows[r][5] = 'Kabupaten Sambas';
  rows[4][5] = 'kab. kubu raya'; // kab/kota written another way
  rows[5][10] = 'aktif'; // list value in another case
  rows[6][5] = '  Kota  Pontianak '; // only spaces differ
  rows[7][10] = 'Aktif\u00a0'; // a no-break space pasted from the web
  rows[8][3] = 'l'; // sex in lower case
  rows[9][2] = '61711234'; // NIK too short: never fixed
  rows[10][11] = '123'; // KPJ too short: never fixed
  rows[11][13] = -5; // negative wage: never fixed
  return rows;
}

async function preview(rows: Cell[][], name = 'R') {
  const wb = new MemoryWorkbook([{ name, rows }]);
  const grids = await findRosterGrids(wb, { scope: 'active' });
  const result = checkGrids(grids, { province: '61' });
  return { wb, grids, result, fixes: fixCandidates(result, grids) };
}

describe('fixCandidates', () => {
  test('offers the canonical spellings with their kind and column header, never NIK, KPJ or numbers', async () => {
    const { fixes } = await preview(messyRoster());
    const byCell = Object.fromEntries(fixes.map((f) => [f.cell, [f.expectedOld, f.fix.value, f.group, f.column]]));
    expect(byCell).toEqual({
      F5: ['kab. kubu raya', 'Kabupaten Kubu Raya', 'regency', 'Kabupaten/Kota'],
      K6: ['aktif', 'Aktif', 'listValue', 'Status Kepesertaan'],
      F7: ['  Kota  Pontianak ', 'Kota Pontianak', 'spaces', 'Kabupaten/Kota'],
      K8: ['Aktif\u00a0', 'Aktif', 'spaces', 'Status Kepesertaan'],
      D9: ['l', 'L', 'listValue', 'Jenis Kelamin'],
    });
  });

  test('applying them and checking again leaves no fixable issue behind, and only those cells changed', async () => {
    const { wb, fixes } = await preview(messyRoster());
    const before = wb.sheet('R')!.cells.map((r) => [...r]);
    expect(await wb.applyFixes(fixes)).toEqual({ applied: fixes.length, skipped: 0, undoable: [{ id: 1, cells: fixes.length }] });
    const changed: string[] = [];
    wb.sheet('R')!.cells.forEach((row, r) =>
      row.forEach((v, c) => v !== before[r][c] && changed.push(`${String.fromCharCode(65 + c)}${r + 1}`)),
    );
    expect(changed.sort()).toEqual(fixes.map((f) => f.cell).sort());
    const grids2 = await findRosterGrids(wb, { scope: 'active' });
    expect(fixCandidates(checkGrids(grids2, { province: '61' }), grids2)).toEqual([]);
  });

  test('a two-row header names the column by its group title and its own text', async () => {
    const rows = rosterCells(6);
    // Row 4 groups "Kepesertaan" over Status/KPJ/Program; row 5 names the columns under it.
    const top = rows[3].map((v, c) => (c >= 10 && c <= 12 ? (c === 10 ? 'Kepesertaan' : null) : v));
    const sub = rows[3].map((v, c) => (c === 10 ? 'Status' : c === 11 ? 'No. KPJ' : c === 12 ? 'Program' : null));
    const data = rows.slice(4);
    data[0][10] = 'aktif';
    const { fixes, result } = await preview([...rows.slice(0, 3), top, sub, ...data]);
    expect(result.rosters[0].columns.membershipStatus).toBe('K');
    expect(fixes.find((f) => f.cell === 'K6')).toMatchObject({ group: 'listValue', column: 'Kepesertaan › Status' });
  });
});

describe('groupFixes and chosenFixes', () => {
  test('groups in kind order with their counts; only chosen groups are applied', async () => {
    const { fixes } = await preview(messyRoster());
    const groups = groupFixes(fixes);
    expect(groups.map((g) => [g.key, g.fixes.length, g.title.id])).toEqual([
      ['regency', 1, 'Nama kabupaten/kota'],
      ['listValue', 2, 'Penulisan nilai daftar'],
      ['spaces', 2, 'Spasi berlebih'],
    ]);
    expect(chosenFixes(fixes, new Set(['spaces'])).map((f) => f.cell)).toEqual(['F7', 'K8']);
    expect(chosenFixes(fixes, new Set())).toEqual([]);
  });

  test('a fix of a rule with no kind of its own is grouped under that rule', () => {
    const base = { sheet: 'R', expectedOld: 'x', fix: { value: 'y' }, column: 'C' };
    const groups = groupFixes([
      { ...base, cell: 'A5', rule: 'date-invalid', group: 'rule:date-invalid' },
      { ...base, cell: 'F5', rule: 'region-unknown', group: 'regency' },
    ]);
    expect(groups.map((g) => [g.key, g.title.en])).toEqual([
      ['regency', 'Regency/city names'],
      ['rule:date-invalid', 'Unreadable date'],
    ]);
  });
});
