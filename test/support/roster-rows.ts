// Small hand-made rosters for rule tests: one valid worker row, varied one field at a time.
import { type Cell, dateCell } from '../../src/core/cells';
import { serialFromYmd } from '../../src/core/dates';
import { checkGrids } from '../../src/core/roster/check';
import { FIELD_BY_ID, FIELDS, type FieldId } from '../../src/core/roster/fields';
import type { CheckOptions, CheckResult, Issue, RuleId, SheetGrid } from '../../src/core/roster/types';

export const TODAY = serialFromYmd(2026, 1, 15);

/** A synthetic NIK: kab/kota code, kecamatan 03, birth date (women day + 40), serial. */
export function makeNik(regency: string, year: number, month: number, day: number, sex: 'L' | 'P', serial = 1): string {
  const dd = String(day + (sex === 'P' ? 40 : 0)).padStart(2, '0');
  return `${regency}03${dd}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
}

export type RowValues = Partial<Record<FieldId, Cell>>;

/** A valid row: a woman born 1990-04-12, Kubu Raya, active, with KPJ and programmes. `n` varies NIK and KPJ. */
export function validRow(n = 1): RowValues {
  return {
    name: `Rani Lestari ${n}`,
    nik: makeNik('6112', 1990, 4, 12, 'P', n),
    sex: 'P',
    birthDate: dateCell(serialFromYmd(1990, 4, 12)),
    regency: 'Kabupaten Kubu Raya',
    institution: 'Puskesmas Sungai Raya',
    category: 'Tenaga Kesehatan',
    employmentStatus: 'Non-ASN',
    segment: 'PU',
    membershipStatus: 'Aktif',
    kpj: String(12_345_000_000 + n),
    program: 'JKK, JKM, JHT',
    wage: 3_000_000,
    membershipStart: dateCell(serialFromYmd(2022, 7, 1)),
  };
}

/** The columns of rosterGrid by default: the fields validRow fills, in the order of the field schema (the template's). */
const ROW_FIELDS: readonly FieldId[] = FIELDS.map((f) => f.id).filter((f) => f in validRow());

/** A grid with the standard header in row 1 (A1) and one row per entry; `fields` limits the columns. */
export function rosterGrid(rows: readonly RowValues[], opts: { sheet?: string; fields?: readonly FieldId[] } = {}): SheetGrid {
  const fields = opts.fields ?? ROW_FIELDS;
  const header = fields.map((f) => FIELD_BY_ID[f].label.id);
  return {
    sheet: opts.sheet ?? 'Roster',
    origin: { row: 0, col: 0 },
    rows: [header, ...rows.map((r) => fields.map((f) => (f in r ? (r[f] ?? null) : null)))],
  };
}

/** Checks rows built from validRow(i + 1) with each override applied. */
export function checkRows(overrides: readonly RowValues[], options: CheckOptions = {}): CheckResult {
  const rows = overrides.map((o, i) => ({ ...validRow(i + 1), ...o }));
  return checkGrids([rosterGrid(rows)], { today: TODAY, ...options });
}

export const issuesOf = (result: CheckResult, rule: RuleId): Issue[] => result.issues.filter((i) => i.rule === rule);

/**
 * A Dinas Kesehatan roster as a kabupaten sends it, the kab/kota at most in its `title` rows (no Kab/Kota column):
 * two workers Aktif, two with a KPJ but no status, one Belum Terdaftar; NIKs of `regency`, KPJ numbers from `kpjBase`.
 */
export function titledRoster(sheet: string, title: readonly string[], regency: string, kpjBase: number): SheetGrid {
  const nik = (n: number) => makeNik(regency, 1988, 5, 12, n % 2 ? 'L' : 'P', n);
  const kpj = (n: number) => String(kpjBase + n);
  return {
    sheet,
    origin: { row: 0, col: 0 },
    rows: [
      ...title.map((t) => [t]),
      [],
      ['NO', 'NAMA', 'NIK', 'JABATAN', 'STATUS KEPEGAWAIAN', 'STATUS KEPESERTAAN', 'NO. KPJ'],
      [1, 'Andi', nik(1), 'Perawat', 'Honorer', 'Aktif', kpj(1)],
      [2, 'Sri', nik(2), 'Bidan', 'Honorer', 'Aktif', kpj(2)],
      [3, 'Budi', nik(3), 'Perawat', 'Kontrak', null, kpj(3)],
      [4, 'Maria', nik(4), 'Bidan', 'Honorer', null, kpj(4)],
      [5, 'Yusuf', nik(5), 'Sopir Ambulans', 'Honorer', 'Belum Terdaftar', null],
    ],
  };
}
