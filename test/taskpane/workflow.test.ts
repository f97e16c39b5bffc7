import { dateCell, type Cell } from '../../src/core/cells';
import { checkGrids } from '../../src/core/roster/check';
import { MemoryWorkbook } from '../../src/hosts/memory/memory-workbook';
import { findRosterGrids } from '../../src/hosts/roster-grids';
import { marksFor, MAX_MARKS, rosterTemplate, gridCell } from '../../src/taskpane/workflow';
import { officeRosterSheet } from '../hosts/roster-fixture';
import { FIELDS, type FieldId, TEMPLATE_HEADERS } from '../../src/core/roster/fields';
import { columnLetter } from '../../src/core/address';
import { PROVINCES, regenciesOf } from '../../src/core/reference/regions';

function rosterCells(n: number): Cell[][] {
  return officeRosterSheet(n).map((row, r) =>
    row.map((v, c) => (v === '' ? null : r > 3 && (c === 4 || c === 14) && typeof v === 'number' ? dateCell(v) : (v as Cell))),
  );
}

/** A roster with the odd spellings and problems real ones have. */
function messyRoster(): Cell[][] {
  const rows = rosterCells(12);
  rows[4][5] = 'kab. kubu raya'; // kab/kota written another way: safe fix to the canonical name
  rows[5][10] = 'aktif '; // list value with a stray space and odd case: safe fix
  rows[6][2] = '61711234'; // NIK too short: never fixed
  rows[7][11] = '123'; // KPJ too short: never fixed
  rows[8][13] = -5; // negative wage: never fixed
  rows[9][5] = 'Kota Pontianak'; // fine
  return rows;
}

describe('gridCell', () => {
  test('gridCell finds cells through the grid origin', () => {
    const grid = {
      sheet: 'R',
      origin: { row: 2, col: 1 },
      rows: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    };
    expect(gridCell([grid], 'R', 'C4')).toBe('d');
    expect(gridCell([grid], 'R', 'A1')).toBeUndefined();
  });
});

describe('marksFor', () => {
  test('one mark per problem cell, info left out, capped', async () => {
    const wb = new MemoryWorkbook([{ name: 'R', rows: messyRoster() }]);
    const result = checkGrids(await findRosterGrids(wb, { scope: 'active' }), { province: '61' });
    const { marks, total } = marksFor(result.issues, 'id');
    const problemCells = new Set(result.issues.filter((i) => i.severity !== 'info').map((i) => `${i.sheet}!${i.cell}`));
    expect(total).toBe(problemCells.size);
    expect(new Set(marks.map((m) => `${m.sheet}!${m.cell}`))).toEqual(problemCells);
    expect(marks.every((m) => m.note.startsWith('Cakupan Jamsostek: '))).toBe(true);
    const many = Array.from({ length: MAX_MARKS + 10 }, (_, i) => ({
      ...result.issues.find((x) => x.severity === 'error')!,
      cell: `C${i + 5}`,
    }));
    const capped = marksFor(many, 'en');
    expect(capped.marks).toHaveLength(MAX_MARKS);
    expect(capped.total).toBe(MAX_MARKS + 10);
  });

  test('an issue standing for many cells (Issue.cells) marks each of them with its one message', async () => {
    const wb = new MemoryWorkbook([{ name: 'R', rows: messyRoster() }]);
    const result = checkGrids(await findRosterGrids(wb, { scope: 'active' }), { province: '61' });
    const one = result.issues.find((x) => x.severity === 'error')!;
    const aggregated = { ...one, severity: 'warning' as const, cell: 'K5', cells: ['K5', 'K6', 'K7', 'K9'] };
    const { marks, marked, total } = marksFor([aggregated, { ...one, cell: 'K6' }], 'en');
    expect(marks.map((m) => m.cell)).toEqual(['K5', 'K6', 'K7', 'K9', 'K6']);
    expect(new Set(marks.slice(0, 4).map((m) => m.note)).size).toBe(1);
    expect([marked, total]).toEqual([4, 4]);
    // Info items that stand for many cells (value-nonstandard, asn-in-roster) are not problems: not marked.
    const info = result.issues.filter((i) => i.severity === 'info' && i.cells);
    expect(info.length).toBeGreaterThan(0);
    expect(marksFor(info, 'id').marks).toEqual([]);
  });
});

describe('rosterTemplate', () => {
  test('is the standard roster: headers the engine recognises, text NIK/KPJ, lists for coded fields', () => {
    const t = rosterTemplate('61', 'Roster Baru');
    const header = t.rows[0];
    expect(header).toEqual(['No', ...FIELDS.map((f) => f.label.id)]);
    expect(t.textColumns!.map((c) => header[c])).toEqual(['NIK', 'Nomor KPJ']);
    expect(t.dateColumns!.map((c) => header[c])).toEqual(['Tanggal Lahir', 'Tanggal Mulai Kepesertaan']);
    const lists = Object.fromEntries(t.validations!.map((v) => [header[v.column] as string, v.values]));
    expect(lists['Jenis Kelamin']).toEqual(['L', 'P']);
    expect(lists['Status Kepesertaan']).toEqual(['Aktif', 'Tidak Aktif', 'Belum Terdaftar']);
    // What Excel takes inline stays inline; anything longer is named for the host's list sheet.
    for (const v of t.validations!) if (!v.listName) expect(v.values.join(',').length).toBeLessThanOrEqual(255);
    const ani: Partial<Record<FieldId, Cell>> = {
      name: 'Ani',
      nik: '6171014501900001',
      sex: 'P',
      regency: 'Kota Pontianak',
      institution: 'RSUD',
      category: 'Tenaga Medis',
      employmentStatus: 'Non-ASN',
      segment: 'BPU',
      membershipStatus: 'Aktif',
      kpj: '12345678901',
      program: 'JKK',
      wage: 3000000,
    };
    const grid = { sheet: 'Roster Baru', origin: { row: 0, col: 0 }, rows: [header, ['1', ...FIELDS.map((f) => ani[f.id] ?? null)]] };
    const result = checkGrids([grid], { province: '61' });
    expect(result.rosters[0].unmappedHeaders.filter((h) => h !== 'No')).toEqual([]);
    // Every field of the schema is recognised in its own column.
    expect(result.rosters[0].columns).toEqual(Object.fromEntries(FIELDS.map((f, i) => [f.id, columnLetter(i + 1)])));
    expect(result.issues.filter((i) => i.rule === 'header-missing')).toEqual([]);
  });
});

describe('rosterTemplate drop-down lists', () => {
  const regencyColumn = TEMPLATE_HEADERS.indexOf('Kabupaten/Kota');

  test('regression: Kalimantan Barat template has a kab/kota drop-down (list over 255 characters)', () => {
    const t = rosterTemplate('61', 'Roster Baru');
    const regency = t.validations!.find((v) => v.column === regencyColumn);
    const names = regenciesOf('61').map((r) => r.name);
    expect(names).toHaveLength(14);
    expect(names.join(',').length).toBeGreaterThan(255);
    expect(regency).toEqual({ column: regencyColumn, values: names, toRow: 1000, listName: 'Kabupaten/Kota Kalimantan Barat (61)' });
  });

  test('short lists stay inline (they need no other sheet); a province whose kab/kota fit inline gets an inline list', () => {
    const t = rosterTemplate('61', 'Roster Baru');
    expect(t.validations!.filter((v) => v.listName).map((v) => TEMPLATE_HEADERS[v.column])).toEqual(['Kabupaten/Kota']);
    const short = PROVINCES.map((p) => p.code).find((code) => {
      const names = regenciesOf(code).map((r) => r.name);
      return names.length > 0 && names.join(',').length <= 255;
    })!;
    const inline = rosterTemplate(short, 'Roster Baru').validations!.find((v) => v.column === regencyColumn)!;
    expect(inline.values).toEqual(regenciesOf(short).map((r) => r.name));
    expect(inline.listName).toBeUndefined();
  });

  test('an unknown province gets no kab/kota list rather than an empty one', () => {
    expect(rosterTemplate('99', 'Roster Baru').validations!.some((v) => v.column === regencyColumn)).toBe(false);
  });
});
