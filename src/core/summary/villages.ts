// The village view of the summary ("Desa per kecamatan"): for kader and perangkat desa rosters with a
// Desa/Kelurahan column, per kecamatan, how many villages have at least one listed worker, how many of those
// have nobody covered, and the coverage of their workers. The rakor asks for it: in Kalimantan Barat 330
// villages have no perangkat desa registered.
//
// A village is the roster's Desa cell read by the engine (RosterRecord.village: the official name where the
// area data placed it, else as written), within its kecamatan (RosterRecord.districtCode, else the Kecamatan
// cell as written; "Tidak diketahui" when there is none). Spellings that mean the same place count as one.
//
// On the sheet, a detail list below the alias table (off paper) has a row per village, counting the roster
// rows whose Desa (and Kecamatan) cells hold one of that village's spellings, as written, with SUMPRODUCT
// ("=" compares text ignoring case, without wildcards); the printed block sums the detail rows of each
// kecamatan with COUNTIF/COUNTIFS/SUM. Everything stays live and recalculates in LibreOffice.
import { type Cell } from '../cells';
import { findRegency } from '../reference/regions';
import { areaKey, findDistrict } from '../reference/villages';
import type { Localized } from '../i18n/lang';
import type { FieldId } from '../roster/fields';
import type { ParsedRoster } from '../roster/types';
import type { SpecCell } from '../sheet-spec';

/** Categories of village-level workers: their rosters get the village view. */
export const VILLAGE_CATEGORIES: readonly string[] = ['Kader Kesehatan', 'Perangkat Desa', 'Anggota BPD', 'Ketua RT/RW', 'Linmas'];
const AKTIF = 'Aktif';

/**
 * The view's words, in one place for the sheet (Indonesian headers, a bilingual title), the CLI and the task pane.
 * The headers are short enough for the printed columns (A4, one page wide); the sheet's note explains them.
 */
export const VILLAGE_LABELS = {
  title: { id: 'Desa per kecamatan (kader dan perangkat desa)', en: 'Villages by kecamatan (village cadres and officials)' },
  district: { id: 'Kecamatan', en: 'Kecamatan' },
  /** Villages with a listed worker where nobody is covered (Aktif): the figure the rakor asks for. */
  uncovered: { id: 'Desa tanpa aktif', en: 'None covered' },
  /** Villages with at least one worker on the roster. */
  listed: { id: 'Tercantum', en: 'Listed' },
  /** Villages of the kecamatan in the area data. */
  inData: { id: 'Desa (data)', en: 'Villages (data)' },
} as const satisfies Record<string, Localized>;

const UNKNOWN_DISTRICT = 'Tidak diketahui';

export interface VillageRow {
  readonly name: string;
  /** Roster rows listed in the village (ASN included). */
  readonly listed: number;
  readonly eligible: number;
  readonly covered: number;
}

export interface DistrictVillages {
  /** 6-digit kecamatan code where the area data placed it, else null. */
  readonly code: string | null;
  /** "Sungai Ambawang (Kabupaten Kubu Raya)", the kecamatan as written, or "Tidak diketahui". */
  readonly name: string;
  /** Villages of the kecamatan in the area data; null when not placed. */
  readonly villagesInData: number | null;
  /** Villages with at least one listed worker. */
  readonly villagesListed: number;
  /** Of those, villages where nobody is covered (no eligible worker Aktif). */
  readonly villagesUncovered: number;
  readonly eligible: number;
  readonly covered: number;
  /** covered ÷ eligible, null when nobody is eligible. */
  readonly coverage: number | null;
  readonly villages: readonly VillageRow[];
}

export interface VillageView {
  readonly rows: readonly DistrictVillages[];
  readonly total: Omit<DistrictVillages, 'code' | 'name' | 'villages' | 'villagesInData'>;
}

/** A roster of village-level workers: a Desa column, and most rows (with a category) of a village category. */
export function isVillageRoster(p: ParsedRoster): boolean {
  if (p.columnIndex.village === undefined) return false;
  const context = p.roster.context?.category?.value;
  if (context !== undefined && VILLAGE_CATEGORIES.includes(context)) return true;
  let village = 0;
  let other = 0;
  for (const r of p.records) {
    if (r.category === null) continue;
    if (VILLAGE_CATEGORIES.includes(r.category)) village++;
    else other++;
  }
  return village > other;
}

/** The written cells of one row that the sheet's formulas compare: Desa, and Kecamatan when the roster has it. */
interface Spelling {
  readonly village: string;
  /** Undefined when the roster has no Kecamatan column. */
  readonly district?: string;
}

interface Gathered {
  readonly districtKey: string;
  readonly villageKey: string;
  name: string;
  listed: number;
  eligible: number;
  covered: number;
  /** Per roster (index into the rosters given), the spellings, de-duplicated ignoring case. */
  readonly spellings: Map<number, Map<string, Spelling>>;
}

interface DistrictGroup {
  readonly key: string;
  readonly code: string | null;
  readonly name: string;
  readonly villages: Gathered[];
}

const cellAt = (p: ParsedRoster, row: number, field: FieldId): Cell => {
  const col = p.columnIndex[field];
  if (col === undefined) return null;
  return p.grid.rows[row - 1 - p.grid.origin.row]?.[col] ?? null;
};

function gather(rosters: readonly ParsedRoster[]): DistrictGroup[] {
  const districts = new Map<string, DistrictGroup>();
  rosters.forEach((p, i) => {
    const hasDistrict = p.columnIndex.district !== undefined;
    for (const r of p.records) {
      if (r.village === undefined) continue;
      const written = cellAt(p, r.row, 'village');
      const districtCell = hasDistrict ? cellAt(p, r.row, 'district') : null;
      // The formulas compare text: a Kecamatan cell holding a number or a date leaves the row out, here as there.
      if (typeof written !== 'string' || (districtCell !== null && typeof districtCell !== 'string')) continue;
      const districtKey = r.districtCode ?? (r.district !== undefined ? `?${areaKey('district', r.district)}` : '');
      let group = districts.get(districtKey);
      if (group === undefined) {
        const code = r.districtCode ?? null;
        group = { key: districtKey, code, name: districtName(code, r.district), villages: [] };
        districts.set(districtKey, group);
      }
      const villageKey = areaKey('village', r.village);
      let v = group.villages.find((x) => x.villageKey === villageKey);
      if (v === undefined) {
        v = { districtKey, villageKey, name: r.village, listed: 0, eligible: 0, covered: 0, spellings: new Map() };
        group.villages.push(v);
      }
      v.listed++;
      if (!r.isAsn) {
        v.eligible++;
        if (r.membershipStatus === AKTIF) v.covered++;
      }
      let mine = v.spellings.get(i);
      if (mine === undefined) v.spellings.set(i, (mine = new Map<string, Spelling>()));
      const spelling: Spelling = hasDistrict ? { village: written, district: districtCell ?? '' } : { village: written };
      const k = `${spelling.village.toLowerCase()}\u0000${spelling.district?.toLowerCase() ?? ''}`;
      if (!mine.has(k)) mine.set(k, spelling);
    }
  });
  // Placed kecamatan in code order, then those as written by name, then Tidak diketahui; villages by name.
  const order = (g: DistrictGroup): string => (g.code !== null ? `0${g.code}` : g.key !== '' ? `1${g.name.toLowerCase()}` : '2');
  const list = [...districts.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  for (const g of list) g.villages.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return list;
}

function districtName(code: string | null, written: string | undefined): string {
  const d = code !== null ? findDistrict(code) : undefined;
  if (d !== undefined) return `${d.name} (${findRegency(d.regencyCode)?.name ?? d.regencyCode})`;
  return written ?? UNKNOWN_DISTRICT;
}

const coverageOf = (covered: number, eligible: number): number | null => (eligible === 0 ? null : covered / eligible);

function viewOf(groups: readonly DistrictGroup[]): VillageView {
  const rows = groups.map((g): DistrictVillages => {
    const eligible = g.villages.reduce((n, v) => n + v.eligible, 0);
    const covered = g.villages.reduce((n, v) => n + v.covered, 0);
    return {
      code: g.code,
      name: g.name,
      villagesInData: g.code !== null ? (findDistrict(g.code)?.villages.length ?? null) : null,
      villagesListed: g.villages.filter((v) => v.listed > 0).length,
      villagesUncovered: g.villages.filter((v) => v.listed > 0 && v.covered === 0).length,
      eligible,
      covered,
      coverage: coverageOf(covered, eligible),
      villages: g.villages.map((v) => ({ name: v.name, listed: v.listed, eligible: v.eligible, covered: v.covered })),
    };
  });
  const sum = (k: 'villagesListed' | 'villagesUncovered' | 'eligible' | 'covered'): number => rows.reduce((n, r) => n + r[k], 0);
  return {
    rows,
    total: {
      villagesListed: sum('villagesListed'),
      villagesUncovered: sum('villagesUncovered'),
      eligible: sum('eligible'),
      covered: sum('covered'),
      coverage: coverageOf(sum('covered'), sum('eligible')),
    },
  };
}

/**
 * The village view of the counted rosters, or null when none of them is a village roster with a Desa column
 * holding a name (the template's empty Desa/Kelurahan column makes no view).
 */
export function computeVillageView(counted: readonly ParsedRoster[]): VillageView | null {
  const groups = gather(counted.filter(isVillageRoster));
  return groups.length === 0 ? null : viewOf(groups);
}

/** `summary --json`'s villages: per kecamatan, with the villages. */
export function villageViewJson(view: VillageView) {
  return {
    byDistrict: view.rows.map((r) => ({
      code: r.code,
      name: r.name,
      villagesInData: r.villagesInData,
      villagesListed: r.villagesListed,
      villagesUncovered: r.villagesUncovered,
      eligible: r.eligible,
      covered: r.covered,
      coverage: r.coverage,
      villages: r.villages,
    })),
    total: view.total,
  };
}

// ---- The sheet

type Row = (SpecCell | null)[];

/** What the summary sheet lends the block: each roster's count factors and column ranges (see sheet.ts). */
export interface VillageSheetParts {
  /** The counted rosters, in the order `factors` knows them. */
  readonly rosters: readonly ParsedRoster[];
  /** Factors of a roster's count (non-blank row, not ASN when eligibleOnly, Aktif when covered); null when no row can count. */
  readonly factors: (rosterIndex: number, opts: { eligibleOnly: boolean; covered: boolean }) => string[] | null;
  /** Absolute range of a roster's column over its data rows, e.g. 'Roster'!$E$7:$E$1019. */
  readonly columnRange: (rosterIndex: number, field: FieldId) => string | undefined;
}

export interface VillageBlock {
  /** Printed rows, starting at `firstRow`: title, note, header, a row per kecamatan, Total. */
  readonly rows: readonly Row[];
  /** Detail rows (a row per village) to add below the alias table, starting at `detailRow`. */
  readonly detail: readonly Row[];
}

const COUNT = '#,##0';
const PERCENT = '0.0%';
const textCell = (value: string, style?: SpecCell['style']): SpecCell => (style ? { value, style } : { value });
const header = (value: string): SpecCell => ({ value, style: 'header' });
const numberHeader = (value: string): SpecCell => ({ value, style: 'header', align: 'right' });
const formula = (f: string, expected: number | string, numberFormat?: string, style?: SpecCell['style']): SpecCell => ({
  formula: f,
  expected,
  ...(numberFormat ? { numberFormat } : {}),
  ...(style ? { style } : {}),
});
/** A text literal in a formula. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Rows of the detail list before its first village: a blank row, the title and the header. */
const DETAIL_HEAD = 3;

/**
 * The village view's printed block (starting at `firstRow`) and its detail list (starting at `detailRow`),
 * or null when the summary has no village roster. The row counts depend only on the view, so a first layout
 * pass can place the block before the detail row is known.
 */
export function villageBlock(parts: VillageSheetParts, firstRow: number, detailRow: number): VillageBlock | null {
  const villageRosters = parts.rosters.map((p, i) => ({ p, i })).filter(({ p }) => isVillageRoster(p));
  const groups = gather(villageRosters.map(({ p }) => p));
  if (groups.length === 0) return null;
  const view = viewOf(groups);

  // Detail list: Kecamatan | Desa/Kelurahan | Tercantum | Sasaran | Terlindungi.
  const detail: Row[] = [
    [],
    [textCell('Rincian desa untuk blok "Desa per kecamatan" / Village detail for the village view', 'subtitle')],
    [
      header(VILLAGE_LABELS.district.id),
      header('Desa/Kelurahan'),
      numberHeader('Tercantum'),
      numberHeader('Sasaran'),
      numberHeader('Terlindungi'),
    ],
  ];
  const count = (v: Gathered, opts: { eligibleOnly: boolean; covered: boolean }): string => {
    const terms: string[] = [];
    villageRosters.forEach(({ i }, k) => {
      const spellings = v.spellings.get(k);
      const villageRange = parts.columnRange(i, 'village');
      const base = parts.factors(i, opts);
      if (!spellings || !villageRange || !base) return;
      const districtRange = parts.columnRange(i, 'district');
      const any = [...spellings.values()].map((s) =>
        s.district !== undefined && districtRange
          ? `(${villageRange}=${literal(s.village)})*(${districtRange}=${literal(s.district)})`
          : `(${villageRange}=${literal(s.village)})`,
      );
      terms.push(`SUMPRODUCT(${[...base, any.length === 1 ? any[0] : `(${any.join('+')})`].join('*')})`);
    });
    return terms.length ? `=${terms.join('+')}` : '=0';
  };
  const ranges: { first: number; last: number }[] = [];
  let r = detailRow + DETAIL_HEAD;
  for (const g of groups) {
    const first = r;
    for (const v of g.villages) {
      detail.push([
        textCell(g.name),
        { value: v.name, numberFormat: '@' },
        formula(count(v, { eligibleOnly: false, covered: false }), v.listed, COUNT),
        formula(count(v, { eligibleOnly: true, covered: false }), v.eligible, COUNT),
        formula(count(v, { eligibleOnly: true, covered: true }), v.covered, COUNT),
      ]);
      r++;
    }
    ranges.push({ first, last: r - 1 });
  }

  // Printed block: Kecamatan | Desa tanpa aktif | Tercantum | Desa (data) | Sasaran | Terlindungi | Cakupan.
  // The number the rakor asks for first; headers short enough for the sheet's columns (A4, one page wide).
  const rows: Row[] = [
    [textCell(`${VILLAGE_LABELS.title.id} / ${VILLAGE_LABELS.title.en}`, 'subtitle')],
    // A bilingual note as two lines, as the sheet's other notes.
    [
      textCell(
        'Tercantum: desa dengan paling sedikit satu pekerja di daftar; tanpa aktif: tak seorang pun terlindungi (Aktif); data: desa di data wilayah.',
        'note',
      ),
    ],
    [
      textCell(
        'Listed: villages with a worker on the roster; none covered (tanpa aktif): nobody Aktif; data: villages in the area data.',
        'note',
      ),
    ],
    [
      header(VILLAGE_LABELS.district.id),
      numberHeader(VILLAGE_LABELS.uncovered.id),
      numberHeader(VILLAGE_LABELS.listed.id),
      numberHeader(VILLAGE_LABELS.inData.id),
      numberHeader('Sasaran'),
      numberHeader('Terlindungi'),
      numberHeader('Cakupan'),
    ],
  ];
  const top = firstRow + rows.length;
  view.rows.forEach((d, k) => {
    const at = top + k;
    const { first, last } = ranges[k];
    const span = (c: string) => `$${c}$${first}:$${c}$${last}`;
    rows.push([
      textCell(d.name),
      formula(`=COUNTIFS(${span('C')},">0",${span('E')},0)`, d.villagesUncovered, COUNT),
      formula(`=COUNTIF(${span('C')},">0")`, d.villagesListed, COUNT),
      d.villagesInData === null ? null : { value: d.villagesInData, numberFormat: COUNT },
      formula(`=SUM(${span('D')})`, d.eligible, COUNT),
      formula(`=SUM(${span('E')})`, d.covered, COUNT),
      formula(`=IFERROR(F${at}/E${at},"")`, d.coverage ?? '', PERCENT),
    ]);
  });
  const last = top + view.rows.length - 1;
  const total = top + view.rows.length;
  const sum = (c: string) => `=SUM(${c}${top}:${c}${last})`;
  const t = view.total;
  rows.push([
    textCell('Total', 'total'),
    formula(sum('B'), t.villagesUncovered, COUNT, 'total'),
    formula(sum('C'), t.villagesListed, COUNT, 'total'),
    { style: 'total' },
    formula(sum('E'), t.eligible, COUNT, 'total'),
    formula(sum('F'), t.covered, COUNT, 'total'),
    formula(`=IFERROR(F${total}/E${total},"")`, t.coverage ?? '', PERCENT, 'total'),
  ]);
  return { rows, detail };
}
