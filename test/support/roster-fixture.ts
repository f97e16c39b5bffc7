// Deterministic generator of realistic worker rosters (SheetGrids) for tests, scenarios and the bench.
// Names and NIKs are synthetic: names are built from syllables, NIKs are structurally valid (real
// kab/kota codes, real birth dates, women's day + 40) with serials from a seeded generator.
import { cellAddress } from '../../src/core/address';
import { type Cell, cellText, dateCell, errorCell } from '../../src/core/cells';
import { serialFromYmd, ymdFromSerial } from '../../src/core/dates';
import { REGENCIES, regenciesOf, type Regency } from '../../src/core/reference/regions';
import { FIELDS, type FieldId } from '../../src/core/roster/fields';
import { headerKey } from '../../src/core/roster/header-match';
import type { RuleId, SheetGrid } from '../../src/core/roster/types';

/** Rules a fixture can plant on a data row (header-missing is made with `omitFields`). */
export type PlantableRule = Exclude<RuleId, 'header-missing'>;

export const PLANTABLE_RULES: readonly PlantableRule[] = [
  'required-missing',
  'nik-format',
  'nik-precision-lost',
  'nik-region-unknown',
  'nik-birthdate-invalid',
  'nik-birthdate-mismatch',
  'nik-sex-mismatch',
  'nik-duplicate',
  'kpj-format',
  'kpj-missing',
  'kpj-duplicate',
  'region-unknown',
  'region-outside-province',
  'value-unknown',
  'value-nonstandard',
  'date-invalid',
  'date-future',
  'age-out-of-range',
  'wage-invalid',
  'cell-error',
  'asn-in-roster',
];

export type DateStyle = 'date' | 'serial' | 'text' | 'mixed';
export type CategoryMix = 'health' | 'kader' | 'village' | 'mixed';

export interface RosterFixtureOptions {
  readonly rows?: number;
  readonly seed?: number;
  readonly sheet?: string;
  readonly table?: string;
  readonly province?: string;
  /** "Today" the roster was made for (Excel serial); default 2026-01-15. */
  readonly today?: number;
  /** Title lines above the header (followed by one blank line). */
  readonly titleRows?: number;
  /** Header texts: the standard template, or the synonyms real rosters use ("No KTP", "L/P", "Kab/Kota"). */
  readonly headers?: 'standard' | 'variant';
  readonly shuffleColumns?: boolean;
  /** Columns left out (to make header-missing, or a smaller roster). */
  readonly omitFields?: readonly FieldId[];
  /** Extra columns nobody maps ("Keterangan"). */
  readonly extraHeaders?: readonly string[];
  readonly rowNumberColumn?: boolean;
  readonly dates?: DateStyle;
  /** Share of rows (0–1) whose kab/kota, status or sex are written another way; each becomes value-nonstandard. */
  readonly oddSpellings?: number;
  /** Share of rows that are ASN (PNS/PPPK); each becomes asn-in-roster. */
  readonly asnShare?: number;
  /** Share of eligible rows that are Aktif. */
  readonly activeShare?: number;
  readonly categories?: CategoryMix;
  /** Share of NIKs first issued in another province (normal: no issue). */
  readonly otherProvinceNik?: number;
  /** Problems to plant, each on its own row ('all' = every plantable rule once). */
  readonly plant?: readonly PlantableRule[] | 'all';
  /** Blank rows scattered inside the data (skipped by the engine). */
  readonly blankRows?: number;
  readonly origin?: { readonly row: number; readonly col: number };
  /** NIK serials start here, so two fixtures with different offsets never share a NIK. */
  readonly nikSerialOffset?: number;
}

export interface ExpectedIssue {
  readonly rule: RuleId;
  /** 1-based sheet row. */
  readonly row: number;
  readonly field: FieldId;
  readonly cell: string;
}

export interface RosterFixture {
  readonly grid: SheetGrid;
  /** Every issue the generator meant to cause (planted problems, ASN rows, odd spellings). */
  readonly expected: readonly ExpectedIssue[];
  readonly today: number;
  readonly headerRow: number;
  readonly dataRows: number;
  /** Column index (into grid rows) of each field present. */
  readonly columnIndex: Partial<Record<FieldId, number>>;
}

/** Mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fields this generator fills: a field added to the schema joins generated rosters once it fills it too. */
const FILLED: ReadonlySet<FieldId> = new Set<FieldId>([
  'name',
  'nik',
  'sex',
  'birthDate',
  'regency',
  'institution',
  'category',
  'employmentStatus',
  'segment',
  'membershipStatus',
  'kpj',
  'program',
  'wage',
  'membershipStart',
]);
/** Columns in the order of the field schema (the template's); the host tests' rows fill the same ones. */
export const FIELD_ORDER: readonly FieldId[] = FIELDS.map((f) => f.id).filter((f) => FILLED.has(f));

/** Header texts from the field schema: the template's label, or (variant) another synonym chosen by the seed. */
function headerTexts(variant: boolean, seed: number): Readonly<Record<FieldId, string>> {
  return Object.fromEntries(
    FIELDS.map((f) => {
      const others = f.synonyms.filter((s) => headerKey(s) !== headerKey(f.label.id));
      return [f.id, variant && others.length > 0 ? others[seed % others.length] : f.label.id];
    }),
  ) as Record<FieldId, string>;
}

const SYLLABLES = [
  'ra',
  'di',
  'an',
  'sa',
  'ri',
  'nu',
  'wa',
  'ti',
  'ka',
  'la',
  'me',
  'yu',
  'dan',
  'fit',
  'ha',
  'ni',
  'so',
  'lim',
  'ar',
  'tin',
  'gus',
  'rah',
  'mi',
  'yan',
];
const FAMILY = [
  'Saputra',
  'Lestari',
  'Wijaya',
  'Pratama',
  'Kurniawan',
  'Handayani',
  'Hidayat',
  'Anggraini',
  'Setiawan',
  'Rahmawati',
  'Nugroho',
  'Simanjuntak',
  'Alamsyah',
  'Jaya',
];
const FACILITIES = ['Puskesmas', 'RSUD', 'Klinik Pratama', 'Pustu', 'Polindes', 'Posyandu', 'Kantor Desa'];
const PLACES = [
  'Sungai Raya',
  'Rasau Jaya',
  'Sungai Ambawang',
  'Tanjung Hulu',
  'Siantan',
  'Sei Kakap',
  'Kuala Dua',
  'Parit Baru',
  'Teluk Pakedai',
  'Ambalau',
];

const ODD_REGENCY: readonly ((r: Regency) => string)[] = [
  (r) => r.name.replace(/^Kabupaten /, 'Kab. '),
  (r) => r.name.replace(/^Kabupaten /, 'KAB ').toUpperCase(),
  (r) => r.name.replace(/^Kabupaten /, ''),
  (r) => ` ${r.name}`,
];

export function generateRoster(options: RosterFixtureOptions = {}): RosterFixture {
  const rows = options.rows ?? 200;
  const rand = prng(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const province = options.province ?? '61';
  const today = options.today ?? serialFromYmd(2026, 1, 15);
  const t = ymdFromSerial(today);
  const dates = options.dates ?? 'date';
  const odd = options.oddSpellings ?? 0;
  const asnShare = options.asnShare ?? 0.05;
  const activeShare = options.activeShare ?? 0.34;
  const otherNik = options.otherProvinceNik ?? 0.03;
  const mix = options.categories ?? 'health';
  const regencies = regenciesOf(province);
  const elsewhere = REGENCIES.filter((r) => r.provinceCode !== province);

  const fields = FIELD_ORDER.filter((f) => !(options.omitFields ?? []).includes(f));
  const headers = headerTexts(options.headers === 'variant', options.seed ?? 1);
  type Col = { kind: 'field'; field: FieldId } | { kind: 'no' } | { kind: 'extra'; header: string };
  let cols: Col[] = fields.map((field) => ({ kind: 'field', field }));
  for (const header of options.extraHeaders ?? []) cols.push({ kind: 'extra', header });
  if (options.shuffleColumns) {
    for (let i = cols.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [cols[i], cols[j]] = [cols[j], cols[i]];
    }
  }
  if (options.rowNumberColumn ?? true) cols = [{ kind: 'no' }, ...cols];
  const columnIndex: Partial<Record<FieldId, number>> = {};
  cols.forEach((c, i) => {
    if (c.kind === 'field') columnIndex[c.field] = i;
  });

  const usedNik = new Set<string>();
  const usedKpj = new Set<string>();
  let nikSerial = options.nikSerialOffset ?? 0;
  const makeNik = (regency: string, birth: number, sex: 'L' | 'P'): string => {
    const b = ymdFromSerial(birth);
    const dd = String(b.day + (sex === 'P' ? 40 : 0)).padStart(2, '0');
    const middle = `${regency}${String(1 + Math.floor(rand() * 15)).padStart(2, '0')}${dd}${String(b.month).padStart(2, '0')}${String(b.year % 100).padStart(2, '0')}`;
    let nik: string;
    do {
      nikSerial++;
      nik = `${middle}${String(1 + (nikSerial % 9999)).padStart(4, '0')}`;
    } while (usedNik.has(nik));
    usedNik.add(nik);
    return nik;
  };
  const makeKpj = (): string => {
    let k: string;
    do k = String(10_000_000_000 + Math.floor(rand() * 89_999_999_999));
    while (usedKpj.has(k));
    usedKpj.add(k);
    return k;
  };
  const writeDate = (serial: number, i: number): Cell => {
    const style = dates === 'mixed' ? (['date', 'serial', 'text'] as const)[i % 3] : dates;
    if (style === 'date') return dateCell(serial);
    if (style === 'serial') return serial;
    const d = ymdFromSerial(serial);
    return `${String(d.day).padStart(2, '0')}${i % 2 ? '/' : '-'}${String(d.month).padStart(2, '0')}${i % 2 ? '/' : '-'}${d.year}`;
  };
  const categoryFor = (): string => {
    if (mix === 'kader') return 'Kader Kesehatan';
    if (mix === 'village') return 'Perangkat Desa';
    if (mix === 'mixed')
      return pick([
        'Tenaga Medis',
        'Tenaga Kesehatan',
        'Tenaga Penunjang Kesehatan',
        'Kader Kesehatan',
        'Perangkat Desa',
        'Pekerja Rentan',
        'Lainnya',
      ]);
    const r = rand();
    return r < 0.2 ? 'Tenaga Medis' : r < 0.75 ? 'Tenaga Kesehatan' : 'Tenaga Penunjang Kesehatan';
  };

  interface DataRow {
    values: Partial<Record<FieldId, Cell>>;
    nik: string;
    expected: { rule: RuleId; field: FieldId }[];
  }
  const data: DataRow[] = [];
  for (let i = 0; i < rows; i++) {
    const sex: 'L' | 'P' = rand() < 0.62 ? 'P' : 'L';
    const age = 20 + Math.floor(rand() * 38);
    const birth = serialFromYmd(t.year - age, 1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 28));
    const regency = pick(regencies);
    const nikRegency = rand() < otherNik ? pick(elsewhere).code : regency.code;
    const nik = makeNik(nikRegency, birth, sex);
    const category = categoryFor();
    const health = category.startsWith('Tenaga');
    const asn = health && rand() < asnShare;
    const employment = asn
      ? pick(['PNS', 'PPPK'])
      : health
        ? pick(['Non-ASN', 'Honorer', 'Kontrak', 'BLUD'])
        : category === 'Kader Kesehatan'
          ? 'Relawan'
          : pick(['Non-ASN', 'Honorer']);
    const segment = health || category === 'Perangkat Desa' ? 'PU' : 'BPU';
    const r = rand();
    const status = asn || r < activeShare ? 'Aktif' : r < activeShare + 0.08 ? 'Tidak Aktif' : 'Belum Terdaftar';
    const registered = status !== 'Belum Terdaftar';
    const wage = segment === 'PU' ? 2_500_000 + Math.floor(rand() * 50) * 50_000 : 500_000 + Math.floor(rand() * 30) * 50_000;
    const values: Partial<Record<FieldId, Cell>> = {
      name: `${cap(pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES))} ${pick(FAMILY)}`,
      nik,
      sex,
      birthDate: writeDate(birth, i),
      regency: regency.name,
      institution: `${pick(FACILITIES)} ${pick(PLACES)}`,
      category,
      employmentStatus: employment,
      segment,
      membershipStatus: status,
      kpj: registered ? makeKpj() : null,
      program: registered ? (segment === 'PU' ? (rand() < 0.3 ? 'JKK, JKM, JHT, JP' : 'JKK, JKM, JHT') : 'JKK, JKM') : null,
      wage,
      membershipStart: registered
        ? writeDate(
            serialFromYmd(2016 + Math.floor(rand() * (t.year - 2016)), 1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)),
            i + 1,
          )
        : null,
    };
    const expected: { rule: RuleId; field: FieldId }[] = [];
    if (asn) expected.push({ rule: 'asn-in-roster', field: 'employmentStatus' });
    if (odd > 0 && rand() < odd) {
      const which = Math.floor(rand() * 3);
      if (which === 0 && regency.name.startsWith('Kabupaten')) {
        values.regency = pick(ODD_REGENCY)(regency);
        expected.push({ rule: 'value-nonstandard', field: 'regency' });
      } else if (which === 1) {
        values.membershipStatus = pick([status.toLowerCase(), `${status} `, status.toUpperCase()]);
        expected.push({ rule: 'value-nonstandard', field: 'membershipStatus' });
      } else {
        values.sex = sex === 'L' ? pick(['Laki-laki', 'LAKI-LAKI', 'Pria']) : pick(['Perempuan', 'PEREMPUAN', 'Wanita']);
        expected.push({ rule: 'value-nonstandard', field: 'sex' });
      }
    }
    data.push({ values, nik, expected });
  }

  // Planted problems, each on its own row spread through the roster, on rows without other expectations.
  const plant = options.plant === 'all' ? PLANTABLE_RULES : (options.plant ?? []);
  const present = (f: FieldId): boolean => fields.includes(f);
  if (plant.length > 0) {
    // Plain Aktif rows (row 0 stays untouched: nik-duplicate copies it), spread evenly.
    const free: number[] = [];
    for (let i = 1; i < rows; i++) if (data[i].expected.length === 0 && data[i].values.membershipStatus === 'Aktif') free.push(i);
    if (free.length < plant.length) throw new Error(`fixture too small to plant ${plant.length} problems`);
    plant.forEach((rule, k) => {
      const i = free[Math.floor(((k + 0.5) * free.length) / plant.length)];
      plantOn(rule, data[i], i);
    });
  }

  function plantOn(rule: PlantableRule, row: DataRow, i: number): void {
    const v = row.values;
    const expect = (field: FieldId, r: RuleId = rule): void => {
      if (!present(field)) throw new Error(`cannot plant ${rule}: column ${field} omitted`);
      row.expected.push({ rule: r, field });
    };
    switch (rule) {
      case 'required-missing':
        v.name = '';
        return expect('name');
      case 'nik-format':
        v.nik = row.nik.slice(0, 15);
        return expect('nik');
      case 'nik-precision-lost':
        v.nik = Number(row.nik);
        return expect('nik');
      case 'nik-region-unknown':
        v.nik = `${province}99${row.nik.slice(4)}`;
        return expect('nik');
      case 'nik-birthdate-invalid':
        v.nik = `${row.nik.slice(0, 6)}${row.nik[6] >= '4' ? '72' : '32'}${row.nik.slice(8)}`;
        return expect('nik');
      case 'nik-birthdate-mismatch': {
        v.birthDate = dateCell(birthFromNik(row.nik, t.year) + 1);
        return expect('birthDate');
      }
      case 'nik-sex-mismatch':
        v.sex = v.sex === 'L' ? 'P' : 'L';
        return expect('sex');
      case 'nik-duplicate': {
        // The same person entered twice: copy every personal field of the first row.
        const first = data[0].values;
        for (const f of ['name', 'nik', 'birthDate'] as const) v[f] = first[f] ?? null;
        v.sex = data[0].nik[6] >= '4' ? 'P' : 'L';
        if (typeof first.kpj === 'string') v.kpj = first.kpj;
        return expect('nik');
      }
      case 'kpj-format':
        v.kpj = (v.kpj as string).slice(0, 9); // planted rows are Aktif, so they have a KPJ
        return expect('kpj');
      case 'kpj-missing':
        v.kpj = null;
        return expect('kpj');
      case 'kpj-duplicate': {
        const other = data.slice(0, i).find((d) => typeof d.values.kpj === 'string' && d.values.kpj.length === 11);
        v.kpj = other ? other.values.kpj! : null;
        return expect('kpj');
      }
      case 'region-unknown':
        v.regency = 'Kubu Rayya Utara';
        return expect('regency');
      case 'region-outside-province':
        v.regency = province === '32' ? 'Kota Pontianak' : 'Kota Bandung';
        return expect('regency');
      case 'value-unknown':
        v.segment = 'Mandiri';
        return expect('segment');
      case 'value-nonstandard':
        v.membershipStatus = 'aktif ';
        return expect('membershipStatus');
      case 'date-invalid':
        v.membershipStart = '31-02-2024';
        return expect('membershipStart');
      case 'date-future':
        v.membershipStart = dateCell(today + 45);
        return expect('membershipStart');
      case 'age-out-of-range': {
        const sex = v.sex === 'P' ? 'P' : 'L';
        const birth = serialFromYmd(t.year - 80, 3, 12);
        v.nik = makeNik(row.nik.slice(0, 4), birth, sex);
        v.birthDate = dateCell(birth);
        return expect('birthDate');
      }
      case 'wage-invalid':
        v.wage = `Rp ${cellText(v.wage ?? 2500000).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
        return expect('wage');
      case 'cell-error':
        v.institution = errorCell('#N/A');
        return expect('institution');
      case 'asn-in-roster':
        v.employmentStatus = 'PPPK';
        return expect('employmentStatus');
    }
  }

  // Lay out the grid: title lines, a blank line, header, data with scattered blank rows.
  const width = cols.length;
  const gridRows: Cell[][] = [];
  const titles = options.titleRows ?? 0;
  for (let i = 0; i < titles; i++)
    gridRows.push([
      i === 0
        ? `DAFTAR PEKERJA ${mix === 'kader' ? 'KADER KESEHATAN' : 'TENAGA KESEHATAN NON-ASN'}`
        : `Provinsi Kalimantan Barat, keadaan ${t.day}-${t.month}-${t.year}`,
    ]);
  if (titles > 0) gridRows.push([]);
  const headerIndex = gridRows.length;
  gridRows.push(cols.map((c) => (c.kind === 'no' ? 'No.' : c.kind === 'extra' ? c.header : headers[c.field])));
  const blanks = options.blankRows ?? 0;
  const blankEvery = blanks > 0 ? Math.max(1, Math.floor(rows / (blanks + 1))) : 0;
  const origin = options.origin ?? { row: 0, col: 0 };
  const expected: ExpectedIssue[] = [];
  let blanksLeft = blanks;
  data.forEach((d, i) => {
    if (blankEvery > 0 && blanksLeft > 0 && i > 0 && i % blankEvery === 0) {
      gridRows.push(new Array<Cell>(width).fill(null));
      blanksLeft--;
    }
    const index = gridRows.length;
    gridRows.push(cols.map((c) => (c.kind === 'no' ? i + 1 : c.kind === 'extra' ? null : (d.values[c.field] ?? null))));
    for (const e of d.expected) {
      if (!present(e.field)) continue;
      expected.push({
        rule: e.rule,
        field: e.field,
        row: origin.row + index + 1,
        cell: cellAddress(origin.row + index, origin.col + columnIndex[e.field]!),
      });
    }
  });
  const grid: SheetGrid = { sheet: options.sheet ?? 'Roster', ...(options.table ? { table: options.table } : {}), origin, rows: gridRows };
  return { grid, expected, today, headerRow: origin.row + headerIndex + 1, dataRows: rows, columnIndex };
}

function birthFromNik(nik: string, currentYear: number): number {
  let day = Number(nik.slice(6, 8));
  if (day > 40) day -= 40;
  const yy = Number(nik.slice(10, 12));
  return serialFromYmd(2000 + yy <= currentYear ? 2000 + yy : 1900 + yy, Number(nik.slice(8, 10)), day);
}

const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);
