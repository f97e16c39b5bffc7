// The synthetic demo workbook for trainers: deterministic for a seed, shared by the task pane
// ("Sisipkan data demo") and `jamsostek demo`. It reproduces the Kalimantan Barat figures: 9,350
// non-ASN health workers across the 14 kab/kota, exactly 3,141 of them Aktif (33.6 %, 2,428 short of
// 59.56 %), plus ASN rows the summary leaves out; a roster of 18,000 kader kesehatan, few enrolled; a
// small draft sheet without a Status Kepesertaan column; and about 1 % planted data problems of every
// rule. Names come from syllables and NIKs use serials 9001–9999, so no row is a real person.
import { type Cell, dateCell, errorCell } from '../cells';
import { serialFromYmd } from '../dates';
import { regenciesOf } from '../reference/regions';
import { DATE_FORMAT, FIELD_BY_ID, FIELDS, type FieldId, ROW_NUMBER_COLUMN, TEXT_FORMAT } from '../roster/fields';
import type { RuleId, SheetGrid } from '../roster/types';
import { personName, word } from './names';
import { Random } from './random';

export const DEMO_HEALTH_ELIGIBLE = 9_350;
export const DEMO_HEALTH_COVERED = 3_141;
export const DEMO_HEALTH_ASN = 650;
export const DEMO_KADER_ROWS = 18_000;
export const DEMO_KADER_COVERED = 1_187;
export const DEMO_DRAFT_ROWS = 60;
export const DEMO_PROVINCE = '61';

/** A sheet of the demo workbook, in the shape hosts insert (WorkbookPort.insertRosterSheet). */
export interface DemoSheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** 0-based header row. */
  readonly headerRow: number;
  /** 0-based columns kept as text (NIK, KPJ) so every digit survives. */
  readonly textColumns: readonly number[];
  /** 0-based columns holding dates (dd-mm-yyyy). */
  readonly dateColumns: readonly number[];
  readonly columnWidths: readonly number[];
}

export interface DemoWorkbook {
  readonly seed: number;
  readonly sheets: readonly DemoSheet[];
  /** How many rows carry each planted problem, per sheet name. */
  readonly planted: Readonly<Record<string, Partial<Record<RuleId, number>>>>;
}

/** Column of each field in a full demo sheet (after the row-number column), from the field schema. */
const C = Object.fromEntries(FIELDS.map((f, i) => [f.id, i + 1])) as Record<FieldId, number>;
const NO = 0;
const ALL_FIELDS: readonly FieldId[] = FIELDS.map((f) => f.id);
const TITLE_ROWS = 3; // title, note, blank; header below

/** Relative sizes of the kab/kota (14, in code order): Pontianak and Kubu Raya largest. */
const REGENCY_WEIGHTS = [8, 6, 8, 9, 7, 5, 5, 6, 3, 4, 2, 10, 14, 5];

interface Person {
  name: Cell;
  nik: string;
  sex: 'L' | 'P';
  birth: number;
  regency: Cell;
  institution: string;
  category: string;
  employment: string;
  segment: string;
  status: string;
  kpj: string;
  program: string;
  wage: number;
  start: number | null;
}

class Ids {
  private readonly niks = new Set<string>();
  private kpj: number;
  constructor(private readonly rng: Random) {
    this.kpj = 20_000_000_000 + rng.int(0, 1_000_000);
  }
  nik(regencyCode: string, birth: { year: number; month: number; day: number }, sex: 'L' | 'P'): string {
    const day = birth.day + (sex === 'P' ? 40 : 0);
    const dob = `${String(day).padStart(2, '0')}${String(birth.month).padStart(2, '0')}${String(birth.year % 100).padStart(2, '0')}`;
    for (;;) {
      const kec = String(this.rng.int(1, 20)).padStart(2, '0');
      const nik = `${regencyCode}${kec}${dob}${this.rng.int(9001, 9999)}`;
      if (!this.niks.has(nik)) {
        this.niks.add(nik);
        return nik;
      }
    }
  }
  nextKpj(): string {
    this.kpj += this.rng.int(1, 97);
    return String(this.kpj);
  }
}

function birthOf(rng: Random, fromYear: number, toYear: number) {
  const year = rng.int(fromYear, toYear);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return { year, month, day };
}

function regencySpelling(rng: Random, official: string): Cell {
  const isKota = official.startsWith('Kota ');
  const bare = official.replace(/^(Kabupaten|Kota) /, '');
  const x = rng.next();
  if (x < 0.8) return official;
  if (isKota) return x < 0.9 ? official.toUpperCase() : `kota ${bare.toLowerCase()} `;
  if (x < 0.88) return `Kab. ${bare}`;
  if (x < 0.94) return `KAB ${bare.toUpperCase()}`;
  return bare;
}

const spell = (rng: Random, canonical: string, variants: readonly string[], share = 0.12): string =>
  rng.next() < share ? rng.pick(variants) : canonical;

const REGENCIES = regenciesOf(DEMO_PROVINCE);

function person(rng: Random, ids: Ids, kind: 'health' | 'asn' | 'kader', aktif: boolean): Person {
  const regencies = REGENCIES;
  const reg = regencies[rng.weighted(REGENCY_WEIGHTS)];
  const sex: 'L' | 'P' = rng.next() < (kind === 'kader' ? 0.85 : 0.62) ? 'P' : 'L';
  const b = kind === 'kader' ? birthOf(rng, 1965, 2004) : birthOf(rng, 1970, 2001);
  const birth = serialFromYmd(b.year, b.month, b.day);
  const nik = ids.nik(reg.code, b, sex);
  const place = reg.name.replace(/^(Kabupaten|Kota) /, '');
  let category: string;
  let employment: string;
  let segment: string;
  let institution: string;
  let wage: number;
  if (kind === 'kader') {
    category = spell(rng, 'Kader Kesehatan', ['kader', 'Kader Posyandu', 'KADER KESEHATAN']);
    employment = spell(rng, 'Relawan', ['relawan', 'Sukarela']);
    segment = 'BPU';
    institution = `Posyandu ${word(rng)}`;
    wage = 250_000 * rng.int(2, 6);
  } else {
    const c = rng.weighted([20, 55, 25]);
    category = [
      spell(rng, 'Tenaga Medis', ['TENAGA MEDIS', 'tenaga medis', 'Medis']),
      spell(rng, 'Tenaga Kesehatan', ['Nakes', 'tenaga kesehatan', 'Tenaga Kesehatan ']),
      spell(rng, 'Tenaga Penunjang Kesehatan', ['Tenaga Penunjang', 'penunjang']),
    ][c];
    employment =
      kind === 'asn'
        ? rng.pick(['PNS', 'PNS', 'PNS', 'pns', 'PPPK', 'P3K'])
        : rng.pick(['Non-ASN', 'Honorer', 'Honorer', 'Kontrak', 'BLUD', 'honorer', 'Non ASN']);
    segment = kind === 'asn' || rng.next() < 0.72 ? 'PU' : 'BPU';
    institution = rng.pick([`Puskesmas ${word(rng)}`, `Puskesmas ${word(rng)}`, `RSUD ${place}`, `Klinik ${word(rng)}`]);
    wage = 100_000 * rng.int(segment === 'PU' ? 25 : 10, segment === 'PU' ? 65 : 25);
  }
  let status: string;
  if (aktif) status = rng.pick(['Aktif', 'Aktif', 'Aktif', 'Aktif', 'aktif ', 'AKTIF']);
  else if (rng.next() < (kind === 'kader' ? 0.1 : 0.3)) status = 'Tidak Aktif';
  else status = rng.pick(['Belum Terdaftar', 'Belum Terdaftar', 'belum terdaftar', 'Belum']);
  const enrolled = status === 'Tidak Aktif' || aktif;
  const program = !enrolled
    ? ''
    : segment === 'PU'
      ? rng.pick(['JKK, JKM, JHT, JP', 'JKK, JKM, JHT, JP', 'JKK, JKM, JHT', 'jkk,jkm,jht,jp'])
      : rng.pick(['JKK, JKM', 'JKK, JKM', 'JKK+JKM', 'JKK, JKM, JHT']);
  const s = birthOf(rng, 2016, 2025);
  return {
    name: personName(rng),
    nik,
    sex,
    birth,
    regency: regencySpelling(rng, reg.name),
    institution,
    category,
    employment,
    segment,
    status,
    kpj: enrolled ? ids.nextKpj() : '',
    program,
    wage,
    start: enrolled ? serialFromYmd(s.year, s.month, s.day) : null,
  };
}

function rowOf(p: Person): Cell[] {
  const values: Partial<Record<FieldId, Cell>> = {
    name: p.name,
    nik: p.nik,
    sex: p.sex,
    birthDate: dateCell(p.birth),
    regency: p.regency,
    institution: p.institution,
    category: p.category,
    employmentStatus: p.employment,
    segment: p.segment,
    membershipStatus: p.status,
    kpj: p.kpj || null,
    program: p.program || null,
    wage: p.wage,
    membershipStart: p.start === null ? null : dateCell(p.start),
  };
  return [null, ...FIELDS.map((f) => values[f.id] ?? null)];
}

type Planter = (row: Cell[], rng: Random, rows: Cell[][]) => boolean;

const withKpj = (row: Cell[]): boolean => typeof row[C.kpj] === 'string';
const isAktif = (row: Cell[]): boolean =>
  typeof row[C.membershipStatus] === 'string' && (row[C.membershipStatus] as string).trim().toLowerCase() === 'aktif';

/** How each rule's problem is planted on a row; false when the row does not suit it. */
const PLANTERS: Partial<Record<RuleId, Planter>> = {
  'required-missing': (row) => ((row[C.name] = null), true),
  'nik-format': (row) => ((row[C.nik] = (row[C.nik] as string).slice(0, 12)), true),
  'nik-precision-lost': (row) => ((row[C.nik] = Number(row[C.nik])), true),
  'nik-region-unknown': (row) => ((row[C.nik] = `6199${(row[C.nik] as string).slice(4)}`), true),
  'nik-birthdate-invalid': (row) => {
    const nik = row[C.nik] as string;
    row[C.nik] = `${nik.slice(0, 6)}${Number(nik.slice(6, 8)) > 40 ? '75' : '34'}${nik.slice(8)}`;
    return true;
  },
  'nik-birthdate-mismatch': (row) => ((row[C.birthDate] = dateCell((row[C.birthDate] as { serial: number }).serial + 400)), true),
  'nik-sex-mismatch': (row) => ((row[C.sex] = row[C.sex] === 'L' ? 'P' : 'L'), true),
  'nik-duplicate': (row, rng, rows) => {
    const other = rows[rng.int(0, rows.length - 1)];
    if (other === row || typeof other[C.nik] !== 'string' || (other[C.nik] as string).length !== 16) return false;
    row[C.nik] = other[C.nik];
    row[C.sex] = other[C.sex];
    row[C.birthDate] = other[C.birthDate];
    return true;
  },
  'kpj-format': (row) => withKpj(row) && ((row[C.kpj] = (row[C.kpj] as string).slice(0, 10)), true),
  'kpj-missing': (row) => isAktif(row) && withKpj(row) && ((row[C.kpj] = null), true),
  'kpj-duplicate': (row, rng, rows) => {
    const other = rows[rng.int(0, rows.length - 1)];
    if (other === row || !withKpj(row) || !withKpj(other) || (other[C.kpj] as string).length !== 11) return false;
    row[C.kpj] = other[C.kpj];
    return true;
  },
  'region-unknown': (row, rng) => (
    (row[C.regency] = rng.pick(['Kab. Sungai Ambawang', 'Kabupaten Antah Berantah', 'Pontianak Raya Utara'])),
    true
  ),
  'region-outside-province': (row, rng) => (
    (row[C.regency] = rng.pick(['Kota Palangkaraya', 'Kota Banjarmasin', 'Kabupaten Kutai Kartanegara'])),
    true
  ),
  'value-unknown': (row, rng) => {
    if (rng.next() < 0.5) row[C.segment] = 'Mandiri';
    else row[C.program] = 'JKN';
    return true;
  },
  'date-invalid': (row) => ((row[C.membershipStart] = '31-02-2021'), true),
  'date-future': (row) => ((row[C.membershipStart] = dateCell(serialFromYmd(2031, 7, 1))), true),
  'age-out-of-range': (row) => {
    // born 1947: the NIK is rewritten to agree, so only the age rule fires
    const nik = row[C.nik] as string;
    row[C.nik] = `${nik.slice(0, 10)}47${nik.slice(12)}`;
    const serial = (row[C.birthDate] as { serial: number }).serial;
    const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    row[C.birthDate] = dateCell(serialFromYmd(1947, d.getUTCMonth() + 1, d.getUTCDate()));
    return true;
  },
  'wage-invalid': (row, rng) => ((row[C.wage] = rng.next() < 0.5 ? 'dua juta' : -1_500_000), true),
  'cell-error': (row, rng) => {
    if (rng.next() < 0.5) row[C.wage] = errorCell('#N/A');
    else row[C.institution] = errorCell('#REF!');
    return true;
  },
};

/** Plants `perRule` rows of each rule's problem on distinct rows (each planted row carries one problem). */
function plant(rows: Cell[][], rng: Random, perRule: number): Partial<Record<RuleId, number>> {
  const used = new Set<number>();
  const counts: Partial<Record<RuleId, number>> = {};
  for (const [rule, planter] of Object.entries(PLANTERS) as [RuleId, Planter][]) {
    let done = 0;
    for (let attempts = 0; done < perRule && attempts < perRule * 200; attempts++) {
      const i = rng.int(0, rows.length - 1);
      if (used.has(i)) continue;
      const before = rows[i].slice();
      if (planter(rows[i], rng, rows)) {
        used.add(i);
        done++;
      } else rows[i] = before;
    }
    counts[rule] = done;
  }
  return counts;
}

/** Text a roster must show as text, never as a formula or markup: for the security tests. */
export const HOSTILE_NAMES = ['<script>alert("demo")</script>', '=HYPERLINK("http://contoh.invalid","Klik")', '+62 812 0000', '@SUM(1,1)'];

function sheetOf(
  name: string,
  title: string,
  data: Cell[][],
  rng: Random,
  blankRows: number,
  fields: readonly FieldId[] = ALL_FIELDS,
): DemoSheet {
  // blank rows inside the roster (skipped by the checker and by the summary formulas)
  for (let k = 0; k < blankRows; k++) data.splice(rng.int(1, data.length - 1), 0, []);
  let n = 0;
  for (const row of data) if (row.length) row[NO] = ++n;
  const rows: Cell[][] = [
    [title],
    ['Data sintetis untuk pelatihan: nama dan NIK dibuat komputer, bukan orang sungguhan. / Synthetic training data, not real people.'],
    [],
    [ROW_NUMBER_COLUMN.header, ...fields.map((f) => FIELD_BY_ID[f].label.id)],
    ...data,
  ];
  const columnsWith = (format: string): number[] =>
    fields.flatMap((f, i) => (FIELD_BY_ID[f].template.numberFormat === format ? [i + 1] : []));
  return {
    name,
    rows,
    headerRow: TITLE_ROWS,
    textColumns: columnsWith(TEXT_FORMAT),
    dateColumns: columnsWith(DATE_FORMAT),
    columnWidths: [ROW_NUMBER_COLUMN.width, ...fields.map((f) => FIELD_BY_ID[f].template.width)],
  };
}

export const DEMO_SHEET_NAMES = { health: 'Nakes Non-ASN', kader: 'Kader Kesehatan', draft: 'Draf Perangkat Desa' } as const;

export function generateDemo(seed = 1): DemoWorkbook {
  const rng = new Random(seed);
  const ids = new Ids(rng);

  // Health workers: exactly DEMO_HEALTH_COVERED of the non-ASN rows are Aktif.
  const aktif = rng.shuffle(Array.from({ length: DEMO_HEALTH_ELIGIBLE }, (_, i) => i < DEMO_HEALTH_COVERED));
  const health: Cell[][] = aktif.map((a) => rowOf(person(rng, ids, 'health', a)));
  for (let i = 0; i < DEMO_HEALTH_ASN; i++) health.push(rowOf(person(rng, ids, 'asn', rng.next() < 0.8)));
  rng.shuffle(health);
  // Odd spellings that test the formulas: wildcard characters and a kab/kota code typed as a number.
  const oddRegency: Cell[] = ['Kab. Sambas*', 'Ketapang?', 'Kota Pontianak~', 6171, 6112];
  oddRegency.forEach((v, k) => (health[17 + k * 311][C.regency] = v));
  HOSTILE_NAMES.forEach((v, k) => (health[40 + k * 977][C.name] = v));
  const healthPlanted = plant(health, rng, 5);

  const kaderAktif = rng.shuffle(Array.from({ length: DEMO_KADER_ROWS }, (_, i) => i < DEMO_KADER_COVERED));
  const kader: Cell[][] = kaderAktif.map((a) => rowOf(person(rng, ids, 'kader', a)));
  HOSTILE_NAMES.forEach((v, k) => (kader[90 + k * 1733][C.name] = v));
  const kaderPlanted = plant(kader, rng, 9);
  // A category nobody listed, counted under "Tidak diketahui" in the category table.
  for (let k = 0; k < 7; k++) kader[500 + k * 2001][C.category] = 'Kader Jumantik';

  // A draft roster of village officials without the Status Kepesertaan column (header-missing).
  const draftFields = ALL_FIELDS.filter((f) => f !== 'membershipStatus' && f !== 'kpj' && f !== 'program' && f !== 'membershipStart');
  const draft: Cell[][] = [];
  for (let i = 0; i < DEMO_DRAFT_ROWS; i++) {
    const p = person(rng, ids, 'kader', false);
    const full = rowOf({ ...p, category: 'Perangkat Desa', employment: 'Kontrak', institution: `Desa ${word(rng)}` });
    draft.push([full[NO], ...draftFields.map((f) => full[C[f]])]);
  }

  return {
    seed,
    sheets: [
      sheetOf(DEMO_SHEET_NAMES.health, 'DAFTAR TENAGA KESEHATAN NON-ASN DAN ASN — PROVINSI KALIMANTAN BARAT (DEMO)', health, rng, 6),
      sheetOf(DEMO_SHEET_NAMES.kader, 'DAFTAR KADER KESEHATAN — PROVINSI KALIMANTAN BARAT (DEMO)', kader, rng, 4),
      sheetOf(DEMO_SHEET_NAMES.draft, 'DRAF DAFTAR PERANGKAT DESA (BELUM LENGKAP, DEMO)', draft, rng, 0, draftFields),
    ],
    planted: {
      [DEMO_SHEET_NAMES.health]: { ...healthPlanted, 'asn-in-roster': DEMO_HEALTH_ASN },
      [DEMO_SHEET_NAMES.kader]: kaderPlanted,
      [DEMO_SHEET_NAMES.draft]: { 'header-missing': 1 },
    },
  };
}

/** The demo sheets as grids, as a host would read them back (origin A1). */
export function demoGrids(demo: DemoWorkbook): SheetGrid[] {
  return demo.sheets.map((s) => ({ sheet: s.name, origin: { row: 0, col: 0 }, rows: s.rows }));
}
