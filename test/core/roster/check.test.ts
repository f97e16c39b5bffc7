import { cellText } from '../../../src/core/cells';
import { checkGrids } from '../../../src/core/roster/check';
import { RULE_BY_ID } from '../../../src/core/roster/rules';
import type { CheckResult, SheetGrid } from '../../../src/core/roster/types';
import { generateRoster, PLANTABLE_RULES, type RosterFixture } from '../../support/roster-fixture';

type Keyed = { rule: string; cell: string; field?: string; cells?: readonly string[] };
const key = (i: Keyed, cell = i.cell): string => `${i.rule} ${cell} ${i.field ?? ''}`;
/** One key per cell: an issue standing for many cells (value-nonstandard, asn-in-roster) counts each. */
const sortedKeys = (list: readonly Keyed[]): string[] => list.flatMap((i) => (i.cells ?? [i.cell]).map((c) => key(i, c))).sort();
const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)![0]);

function check(fx: RosterFixture | readonly RosterFixture[]): CheckResult {
  const list: readonly RosterFixture[] = Array.isArray(fx) ? (fx as readonly RosterFixture[]) : [fx as RosterFixture];
  return checkGrids(
    list.map((f) => f.grid),
    { today: list[0].today },
  );
}

describe('checkGrids on generated rosters', () => {
  it('finds exactly the planted problems of every rule, and nothing on clean rows', () => {
    const fx = generateRoster({ rows: 400, seed: 11, plant: 'all', titleRows: 2, dates: 'mixed', oddSpellings: 0.05, blankRows: 4 });
    const r = check(fx);
    expect(sortedKeys(r.issues)).toEqual(sortedKeys(fx.expected));
    for (const rule of PLANTABLE_RULES) expect(r.issues.some((i) => i.rule === rule)).toBe(true);
    expect(r.rosters[0]).toMatchObject({ headerRow: 4, rows: 400 });
  });

  it('accepts variant headers, shuffled columns, text dates and Excel serials', () => {
    for (const dates of ['text', 'serial', 'date'] as const) {
      const fx = generateRoster({
        rows: 150,
        seed: 3,
        headers: 'variant',
        shuffleColumns: true,
        dates,
        plant: ['nik-birthdate-mismatch', 'date-future', 'age-out-of-range'],
      });
      expect(sortedKeys(check(fx).issues)).toEqual(sortedKeys(fx.expected));
    }
  });

  it('reports header-missing and still reads the rows when a required column is absent', () => {
    const fx = generateRoster({ rows: 20, seed: 2, omitFields: ['membershipStatus', 'kpj', 'program', 'membershipStart'], asnShare: 0 });
    const r = check(fx);
    expect(r.issues.map((i) => [i.rule, i.field, i.cell])).toEqual([['header-missing', 'membershipStatus', 'A1']]);
    expect(r.parsed[0].records).toHaveLength(20);
    expect(r.parsed[0].records.every((x) => x.membershipStatus === null && x.hasError === false)).toBe(true);
  });

  it('returns records with canonical values, ASN flags and error flags', () => {
    const fx = generateRoster({ rows: 300, seed: 5, plant: 'all', oddSpellings: 0.1, asnShare: 0.1 });
    const r = check(fx);
    const records = r.parsed[0].records;
    expect(records).toHaveLength(300);
    const errorRows = new Set(r.issues.filter((i) => i.severity === 'error').map((i) => i.row));
    expect(records.filter((x) => x.hasError).map((x) => x.row)).toEqual([...errorRows].sort((a, b) => a - b));
    const asnRows = new Set(r.issues.filter((i) => i.rule === 'asn-in-roster').flatMap((i) => i.cells!.map(rowOf)));
    expect(records.filter((x) => x.isAsn).map((x) => x.row)).toEqual([...asnRows].sort((a, b) => a - b));
    for (const x of records) {
      expect(['Aktif', 'Tidak Aktif', 'Belum Terdaftar', null]).toContain(x.membershipStatus);
      expect(x.regencyCode === null || /^\d{4}$/.test(x.regencyCode)).toBe(true);
    }
    // Odd spellings still count: every row's status is read.
    expect(records.filter((x) => x.membershipStatus === null)).toEqual([]);
    const grid = fx.grid.rows;
    const col = fx.columnIndex.membershipStatus!;
    const activeInGrid = records.filter(
      (x) =>
        cellText(grid[x.row - 1][col] ?? null)
          .trim()
          .toLowerCase() === 'aktif',
    ).length;
    expect(records.filter((x) => x.membershipStatus === 'Aktif').length).toBe(activeInGrid);
  });

  it('checks several rosters together: duplicates across them, issues in sheet order, grids without a roster skipped', () => {
    const nakes = generateRoster({ rows: 50, seed: 1, sheet: 'Nakes', asnShare: 0 });
    const kader = generateRoster({ rows: 50, seed: 2, sheet: 'Kader', categories: 'kader', asnShare: 0, nikSerialOffset: 5000 });
    const notes: SheetGrid = { sheet: 'Catatan', origin: { row: 0, col: 0 }, rows: [['Rapat koordinasi'], ['Agenda']] };
    // The third kader row is a nakes worker entered again.
    const copied = [...kader.grid.rows];
    const row = [...copied[3]];
    row[kader.columnIndex.nik!] = nakes.grid.rows[10][nakes.columnIndex.nik!];
    copied[3] = row;
    const r = checkGrids([{ ...nakes.grid }, notes, { ...kader.grid, rows: copied }], { today: nakes.today });
    expect(r.rosters.map((x) => x.sheet)).toEqual(['Nakes', 'Kader']);
    const dups = r.issues.filter((i) => i.rule === 'nik-duplicate');
    expect(dups).toEqual([expect.objectContaining({ sheet: 'Kader', row: 4 })]);
    expect(dups[0].message.id).toContain('baris 11 (Nakes)');
  });

  it('orders issues by sheet, row, then column, and counts them by severity', () => {
    const fx = generateRoster({ rows: 200, seed: 9, plant: 'all', shuffleColumns: true });
    const second = generateRoster({ rows: 100, seed: 10, sheet: 'B', plant: ['cell-error', 'wage-invalid'], nikSerialOffset: 7000 });
    const r = check([fx, second]);
    const letters = (cell: string): string => cell.replace(/\d+$/, '');
    const colNumber = (cell: string): number => [...letters(cell)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    for (let i = 1; i < r.issues.length; i++) {
      const a = r.issues[i - 1];
      const b = r.issues[i];
      const sheetOrder = (s: string): number => (s === 'Roster' ? 0 : 1);
      const before =
        sheetOrder(a.sheet) < sheetOrder(b.sheet) ||
        (a.sheet === b.sheet && (a.row < b.row || (a.row === b.row && colNumber(a.cell) <= colNumber(b.cell))));
      expect(before).toBe(true);
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const i of r.issues) counts[i.severity]++;
    expect(r.counts).toEqual(counts);
    expect(r.issues.every((i) => i.severity === RULE_BY_ID[i.rule].severity)).toBe(true);
  });

  it('masks every NIK in messages unless asked for full values', () => {
    const fx = generateRoster({
      rows: 100,
      seed: 12,
      plant: ['nik-duplicate', 'nik-sex-mismatch', 'nik-birthdate-mismatch', 'nik-region-unknown', 'nik-birthdate-invalid'],
    });
    const col = fx.columnIndex.nik!;
    const niks = fx.grid.rows.slice(1).map((row) => cellText(row[col] ?? null));
    const masked = JSON.stringify(check(fx).issues);
    expect(niks.filter((n) => n.length === 16 && masked.includes(n))).toEqual([]);
    const full = JSON.stringify(checkGrids([fx.grid], { today: fx.today, showFullNik: true }).issues);
    expect(niks.some((n) => full.includes(n))).toBe(true);
  });

  it('is deterministic', () => {
    const fx = generateRoster({ rows: 300, seed: 21, plant: 'all', oddSpellings: 0.1 });
    expect(check(fx)).toEqual(check(fx));
  });
});
