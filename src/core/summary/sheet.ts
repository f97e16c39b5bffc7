// The "Ringkasan Rakor" sheet as a SheetSpec: native formulas over the roster ranges (SUMPRODUCT,
// ISNUMBER, MATCH, ISBLANK, SUBSTITUTE, IFERROR, ROUNDUP), so it works in Excel 2010+, Excel on the
// web and LibreOffice without the add-in, and every formula cell carries the core's number.
//
// How a roster row is counted for key K of field F (e.g. kab/kota 6112):
//   row is counted        ((ISBLANK(c1)*ISBLANK(c2)*...)=0) over the roster's columns (as the core: any content),
//                         and not on the roster's list of rows that are not workers (JUMLAH, group titles, signature)
//   not ASN               1-ISNUMBER(MATCH(esc(employment), ASN aliases, 0))
//   Aktif (covered only)  ISNUMBER(MATCH(esc(status), Aktif aliases, 0)), or ticks, or a yes/no answer
//   F is K                ISNUMBER(MATCH(esc(F), aliases of K, 0)), or the roster's kab/kota or category
//                         (or the job title's category) where the cell is blank
// (formula-terms.ts writes these factors.) The aliases are the values written in the roster as the core read
// them, listed on the sheet as text (never formulas). esc() escapes MATCH's wildcards (~ * ?) so "Kubu*" only
// matches itself; numbers in a roster column are matched against numeric aliases separately. MATCH ignores case,
// like the core. IF/IFERROR are never used on arrays (old Excel would need Ctrl+Shift+Enter).
import { columnLetter, quoteSheetName } from '../address';
import { formatYmd, ymdFromSerial } from '../dates';
import { REQUIRED_FIELDS } from '../roster/fields';
import { RULE_BY_ID } from '../roster/rules';
import { SKIP_REASON_LABELS } from '../roster/row-kinds';
import { type CheckResult, type ParsedRoster, type RosterRecord, SEVERITY_NAMES, type Severity } from '../roster/types';
import {
  GENERATED_SHEET_MARKER,
  type NamePicker,
  type SheetRequest,
  type SheetSpec,
  type SpecCell,
  type SpecChart,
  type SpecConditionalFormat,
  type SpecTable,
  type SpecValue,
} from '../sheet-spec';
import { type AliasField, type AliasGroup, type AliasSet, collectAliases } from './aliases';
import { ANY_KEY, type ExcludedRows, type GroupPlace, kpjReadDifferently, RosterTerms, type RosterRanges } from './formula-terms';
import { headlineFormula, headlineSentence } from './headline';
import { villageBlock, type VillageSheetParts } from './villages';
import {
  AKTIF,
  countedRosters,
  type CoverageRow,
  type CoverageTable,
  type RegencyRow,
  type RegionalRow,
  SCOPE_REASONS,
  type SummaryModel,
} from './model';

export const SUMMARY_SHEET_NAME = 'Ringkasan Rakor';
export const SUMMARY_KIND = 'summary';
export const DEFAULT_TARGET_NAME = 'Target_UCJ';
const TABLE_PREFIX = 'Rakor_';
/** Excel refuses formulas longer than this. */
export const MAX_FORMULA_LENGTH = 8192;

/**
 * A summary that cannot be written: a formula for a single roster would be longer than Excel allows (many rosters
 * never cause it, since their counts then go to the per-roster list, see `buildSummarySheet`).
 */
export class SummaryTooLargeError extends Error {
  constructor(readonly rosters: number) {
    super(`A summary formula over one of the ${rosters} rosters would exceed ${MAX_FORMULA_LENGTH} characters`);
    this.name = 'SummaryTooLargeError';
  }
}

/** Blank rows below a roster that formulas already cover, so rows typed underneath are counted too. */
export const APPENDED_ROWS = 1000;
const MAX_ROWS = 1_048_576;

export interface SummarySheetOptions {
  /** Gives the workbook-wide names (target cell, tables) free in the workbook; the host's picker (see SheetRequest). */
  readonly pickName?: NamePicker;
  /** Extend sheet rosters by this many blank rows (default 1,000). */
  readonly appendedRows?: number;
  /** The chart's title and series names, in the pane's language (default Indonesian). */
  readonly chartLabels?: ChartLabels;
}

export interface ChartLabels {
  readonly title: string;
  readonly covered: string;
  readonly target: string;
}

const CHART_LABELS: ChartLabels = {
  title: 'Terlindungi dan target per kabupaten/kota',
  covered: 'Terlindungi',
  target: 'Target (pekerja)',
};

/** Columns printed (A:H); the marker sits in the hidden column after them, off screen and off paper. */
const PRINTED_COLUMNS = 8;
const MARKER_COLUMN = PRINTED_COLUMNS;

const COUNT = '#,##0';
const PERCENT = '0.0%';
const TARGET_PERCENT = '0.00%';
const RUPIAH = '"Rp"#,##0';

/** "Kesalahan (error)": the core's severity words, Indonesian with the English beside it as elsewhere on the sheet. */
const severityLabel = (s: Severity): string => {
  const { id, en } = SEVERITY_NAMES[s].one;
  return id === en ? id : `${id} (${en.toLowerCase()})`;
};

export const DEFINITIONS: readonly string[] = [
  'Sasaran (eligible): semua baris daftar kecuali ASN (Status Kepegawaian PNS atau PPPK). / Every roster row except ASN.',
  'Terlindungi (covered): baris sasaran dengan Status Kepesertaan Aktif. / Eligible rows whose membership status is Aktif.',
  'Cakupan (coverage) = Terlindungi ÷ Sasaran. / Covered ÷ eligible.',
  'Target (pekerja) = ⌈target × Sasaran⌉; Kekurangan (gap) = maks(0, Target − Terlindungi), seperti GAPTOTARGET. / Workers still to enrol.',
  'Masalah data tidak mengubah hitungan; tabel Kualitas Data menunjukkan berapa baris berisi kesalahan. / Data problems do not change the counts.',
  'Kabupaten/kota yang tidak terbaca atau di luar provinsi dihitung di baris "Tidak diketahui", sehingga setiap total = total daftar. / Unresolved kab/kota go to "Tidak diketahui".',
  'Target ada di satu sel bernama (lihat di atas); semua rumus memakainya. Target (%) per kab/kota mengikutinya kecuali diketik sendiri. / The target lives in one named cell; a kab/kota follows it unless its own Target (%) is typed.',
  'Tabel daftar mengukur cakupan pekerja yang tercantum di daftar (proksi); blok "Capaian UCJ wilayah" adalah ukuran UCJ resmi. / The roster tables measure coverage of the listed workers (a proxy); the regional UCJ block is the official measure.',
  'Rumus membaca daftar lewat Tabel Padanan di bawah: ejaan baru yang belum ada di tabel dihitung sebagai "Tidak diketahui". / Formulas read the roster through the alias table below.',
];

type Row = (SpecCell | null)[];

// Text aliases carry the '@' format so a host that types values (Office.js) keeps "6112" or "=Nakes" as text.
const hasContent = (c: unknown): boolean => c !== null && c !== undefined && c !== '';

/**
 * The columns whose ISBLANK decides whether a row counts. The core counts a row when any of its
 * cells has content; the required columns decide for almost every row, and a column is added for
 * each counted row that has content only elsewhere, so the formulas agree with the core exactly
 * while staying short (and fast to recalculate).
 */
const countedColumnsCache = new WeakMap<ParsedRoster, number[]>();

function countedColumns(p: ParsedRoster): number[] {
  let cached = countedColumnsCache.get(p);
  if (!cached) countedColumnsCache.set(p, (cached = findCountedColumns(p)));
  return cached;
}

function findCountedColumns(p: ParsedRoster): number[] {
  const cols = new Set<number>();
  for (const f of REQUIRED_FIELDS) if (p.columnIndex[f] !== undefined) cols.add(p.columnIndex[f]);
  if (cols.size === 0) for (const c of Object.values<number>(p.columnIndex)) cols.add(c);
  for (const r of p.records) {
    const row = p.grid.rows[r.row - 1 - p.grid.origin.row] ?? [];
    let seen = false;
    for (const c of cols)
      if (hasContent(row[c])) {
        seen = true;
        break;
      }
    if (seen) continue;
    const other = row.findIndex(hasContent);
    if (other >= 0) cols.add(other);
  }
  return [...cols].sort((a, b) => a - b);
}

/**
 * Rows with content in a counted column that the core did not count (group titles, JUMLAH lines, the signature
 * block, a row of only spaces): listed on the sheet, so the formulas leave them out too.
 */
export function rowsNotWorkers(p: ParsedRoster): number[] {
  const cols = countedColumns(p);
  const counted = new Set(p.records.map((r) => r.row));
  const out: number[] = [];
  for (let sheetRow = p.roster.firstDataRow; sheetRow <= p.roster.lastDataRow; sheetRow++) {
    const row = p.grid.rows[sheetRow - 1 - p.grid.origin.row] ?? [];
    if (!counted.has(sheetRow) && cols.some((c) => hasContent(row[c]))) out.push(sheetRow);
  }
  return out;
}

/** Rows the formulas would still count differently from the core (a KPJ they read otherwise): reported on the sheet. */
export function rowsCountedDifferently(p: ParsedRoster): number[] {
  const cols = countedColumns(p);
  const out: number[] = [];
  // every counted row has content in a counted column (countedColumns adds one where needed)
  for (const r of p.records) if (!cols.some((c) => hasContent(p.grid.rows[r.row - 1 - p.grid.origin.row]?.[c]))) out.push(r.row);
  if (p.roster.context?.kpjMeansActive) out.push(...kpjReadDifferently(p));
  return [...new Set(out)].sort((a, b) => a - b);
}

function rosterRanges(p: ParsedRoster, appendedRows: number): RosterRanges {
  const q = quoteSheetName(p.roster.sheet);
  const first = p.roster.firstDataRow;
  let last = Math.max(p.roster.lastDataRow, first);
  const cols = countedColumns(p);
  if (!p.roster.table) {
    // Extend only when nothing sits below the roster (a totals line there must not be counted).
    const below = p.grid.rows.slice(p.roster.lastDataRow - p.grid.origin.row);
    if (below.every((row) => !row.some(hasContent))) last = Math.min(MAX_ROWS, last + appendedRows);
  }
  const letter = (idx: number) => columnLetter(p.grid.origin.col + idx);
  const range = (idx: number) => `${q}!$${letter(idx)}$${first}:$${letter(idx)}$${last}`;
  return {
    range,
    columnRange: (field) => (p.columnIndex[field] === undefined ? undefined : range(p.columnIndex[field])),
    nonBlank: `((${cols.map((c) => `ISBLANK(${range(c)})`).join('*')})=0)`,
    rowsRange: range(cols[0] ?? 0),
  };
}

interface CountOptions {
  readonly eligibleOnly: boolean;
  readonly covered: boolean;
  readonly field?: AliasField;
  readonly key?: string;
}

/** The key a record has for a field the count formulas split by, as model.ts reads it. */
const RECORD_KEYS: Partial<Record<AliasField, (r: RosterRecord, key: string) => boolean>> = {
  regency: (r, key) => r.regencyCode === key,
  category: (r, key) => r.category === key,
  segment: (r, key) => r.segment === key,
  program: (r, key) => r.programs.includes(key),
};

/** One roster's share of a count, as the core counts it (model.ts): the value of its per-roster cell. */
function countRecords(records: readonly RosterRecord[], opts: CountOptions): number {
  const has = opts.field ? RECORD_KEYS[opts.field] : undefined;
  if (opts.field && !has) throw new Error(`no per-roster count by ${opts.field}`);
  let n = 0;
  for (const r of records) {
    if (opts.eligibleOnly && r.isAsn) continue;
    if (opts.covered && r.membershipStatus !== AKTIF) continue;
    if (has && !has(r, opts.key!)) continue;
    n++;
  }
  return n;
}

class Layout {
  readonly rows: Row[] = [];
  /** 1-based Excel row the next added row gets. */
  get next(): number {
    return this.rows.length + 1;
  }
  add(row: Row = []): number {
    this.rows.push(row);
    return this.rows.length;
  }
  set(excelRow: number, col: number, cell: SpecCell): void {
    const row = this.rows[excelRow - 1];
    while (row.length <= col) row.push(null);
    row[col] = cell;
  }
}

const text = (value: string, style?: SpecCell['style']): SpecCell => (style ? { value, style } : { value });
const header = (value: string): SpecCell => ({ value, style: 'header' });
/** A header over numbers sits right, as they do. */
const numberHeader = (value: string): SpecCell => ({ value, style: 'header', align: 'right' });
const formula = (f: string, expected: SpecValue, numberFormat?: string, style?: SpecCell['style']): SpecCell => ({
  formula: f,
  expected,
  ...(numberFormat ? { numberFormat } : {}),
  ...(style ? { style } : {}),
});

const REACHED = 'Tercapai';
const NOT_REACHED = 'Belum tercapai';
const statusOf = (r: CoverageRow): string => (r.eligible === 0 ? '-' : r.gap === 0 ? REACHED : NOT_REACHED);
/** The status a regional row shows: empty while an input is missing, "-" for no working population. */
const regionalStatus = (r: RegionalRow): string =>
  r.working === null || r.active === null ? '' : r.status === null ? '-' : r.status === 'reached' ? REACHED : NOT_REACHED;
/** How the scope list marks a roster whose KPJ without status counts as Aktif, when only some rosters do. */
const KPJ_MARK = 'KPJ = Aktif';
const scopeName = (s: { sheet: string; table?: string }): string => (s.table ? `${s.table} (${s.sheet})` : s.sheet);

export function buildSummarySheet(model: SummaryModel, result: CheckResult, options: SummarySheetOptions = {}): SheetSpec {
  const pick = options.pickName ?? ((name: string) => name);
  const targetName = pick(DEFAULT_TARGET_NAME);
  const tableName = (part: string) => pick(`${TABLE_PREFIX}${part}`);
  // only the rosters the model counts (those with a membership status)
  const counted = countedRosters(result);
  const ranges = counted.map((p) => rosterRanges(p, options.appendedRows ?? APPENDED_ROWS));
  const aliases: AliasSet = collectAliases(counted, model.province.code);
  const L = new Layout();
  const tables: SpecTable[] = [];

  // Alias rows are placed at the bottom; their addresses are needed now, so lay them out first.
  // Per field, the texts of every key come first, then the numbers: each key's texts (or numbers) are one
  // range, and so are the field's (ANY_KEY: "a job title with a category").
  const aliasPlaces = new Map<string, GroupPlace>();
  const aliasRows: Row[] = [];
  const placeAliases = (firstExcelRow: number) => {
    let r = firstExcelRow;
    const fields = [...new Set(aliases.groups.map((g) => g.field))];
    for (const field of fields) {
      const groups = aliases.groups.filter((g) => g.field === field);
      const places = new Map<AliasGroup, { group: AliasGroup; textRange?: string; numberRange?: string }>(
        groups.map((g) => [g, { group: g }]),
      );
      const any: { textRange?: string; numberRange?: string } = {};
      const lay = (kind: 'textRange' | 'numberRange', values: (g: AliasGroup) => readonly (string | number)[]) => {
        const from = r;
        for (const g of groups) {
          const v = values(g);
          if (!v.length) continue;
          places.get(g)![kind] = `$B$${r}:$B$${r + v.length - 1}`;
          for (const x of v) {
            aliasRows.push([text(g.column), typeof x === 'string' ? { value: x, numberFormat: '@' } : { value: x }, text(g.label)]);
            r++;
          }
        }
        if (r > from) any[kind] = `$B$${from}:$B$${r - 1}`;
      };
      lay('textRange', (g) => g.texts);
      lay('numberRange', (g) => g.numbers);
      for (const [g, place] of places) aliasPlaces.set(`${field}\u0000${g.key}`, place);
      const all = { texts: groups.flatMap((g) => g.texts), numbers: groups.flatMap((g) => g.numbers) };
      aliasPlaces.set(`${field}\u0000${ANY_KEY}`, { group: { ...groups[0], ...all }, ...any });
    }
    // Then each roster's rows that are not workers, after its header row (the lower bound LOOKUP needs).
    r += 3; // a blank row, the subtitle and the header
    counted.forEach((p, i) => {
      if (!notWorkers[i].length) return;
      const q = quoteSheetName(p.roster.sheet);
      const first = r;
      const reasons = new Map((p.roster.skipped ?? []).map((x) => [x.row, x.reason]));
      const entry = (sheetRow: number, label: string, prev?: number) =>
        excludedRows.push([
          text(scopeName(p.roster)),
          formula(prev ? `=IFERROR(ROW(${q}!$A$${sheetRow}),B${prev})` : `=ROW(${q}!$A$${sheetRow})`, sheetRow, COUNT),
          text(label),
        ]);
      entry(p.roster.headerRow, 'Baris judul kolom / header row');
      r++;
      for (const row of notWorkers[i]) {
        const reason = reasons.get(row);
        entry(row, reason ? `${SKIP_REASON_LABELS[reason].id} / ${SKIP_REASON_LABELS[reason].en}` : 'tidak dihitung / not counted', r - 1);
        r++;
      }
      excludedPlaces[i] = {
        range: `$B$${first}:$B$${r - 1}`,
        cells: notWorkers[i].map((_, k) => `$B$${first + 1 + k}`),
      };
    });
  };
  const notWorkers = counted.map(rowsNotWorkers);
  const excludedRows: Row[] = [];
  const excludedPlaces: (ExcludedRows | undefined)[] = counted.map(() => undefined);
  // Formula pieces per roster; `aliasPlaces` is filled before any formula string is built (see below).
  const placeOf = (field: AliasField, key: string) => aliasPlaces.get(`${field}\u0000${key}`);
  const terms = counted.map((p, i) => ({
    // built lazily: the second layout pass has the places
    get: () => new RosterTerms(p, ranges[i], placeOf, p.roster.context?.kpjMeansActive === true, excludedPlaces[i]),
  }));
  // Per-roster counts (off paper, below everything else) when the sums over all rosters would not fit one formula:
  // a row per count and roster, and the printed cell sums them. Decided for the whole sheet, after the formulas
  // are known (see the passes below), so a sheet that fits keeps its one-formula counts.
  let perRoster = false;
  let perRosterRow = 0;
  const perRosterRows: Row[] = [];
  /** Σ over rosters of SUMPRODUCT(row counts * notAsn * [Aktif] * [field = key]). */
  const countFormula = (opts: CountOptions, label: string): string => {
    const parts: string[] = [];
    const from: number[] = [];
    counted.forEach((_, i) => {
      const t = terms[i].get();
      const factors = [t.row()];
      if (opts.eligibleOnly) {
        const a = t.notAsn();
        if (a) factors.push(a);
      }
      if (opts.covered) {
        const f = t.aktif();
        if (!f) return;
        factors.push(f);
      }
      if (opts.field) {
        const f = t.is(opts.field, opts.key!);
        if (f === undefined) return;
        if (f !== null) factors.push(f);
      }
      if (factors.length === 1) factors.push('1');
      parts.push(`SUMPRODUCT(${factors.join('*')})`);
      from.push(i);
    });
    if (!perRoster || parts.length < 2) return parts.length ? `=${parts.join('+')}` : '=0';
    const first = perRosterRow + perRosterRows.length;
    parts.forEach((part, k) => {
      const p = counted[from[k]];
      perRosterRows.push([text(label), formula(`=${part}`, countRecords(p.records, opts), COUNT), text(scopeName(p.roster))]);
    });
    return `=SUM($B$${first}:$B$${first + parts.length - 1})`;
  };

  // The village view (villages.ts) counts with the same factors; its detail list goes below the alias table.
  const villageParts: VillageSheetParts = {
    rosters: counted,
    columnRange: (i, field) => ranges[i].columnRange(field),
    factors: (i, opts) => {
      const t = terms[i].get();
      const factors = [t.row()];
      const a = opts.eligibleOnly ? t.notAsn() : null;
      if (a) factors.push(a);
      const f = opts.covered ? t.aktif() : null;
      if (opts.covered && !f) return null;
      if (f) factors.push(f);
      return factors;
    },
  };
  let villageDetailRow = 0;
  let villageDetail: readonly Row[] = [];

  // ---- Title, scope, headline sentence, target
  const dateText = formatYmd(ymdFromSerial(model.date));
  const statusRanges: string[] = [];
  const blockStarts: number[] = [];
  let printedRows = 0;
  L.add([text(`Ringkasan Rakor Cakupan Jamsostek — Provinsi ${model.province.name} (${model.province.code})`, 'title')]);
  L.set(1, MARKER_COLUMN, { value: `${GENERATED_SHEET_MARKER}:${SUMMARY_KIND}`, style: 'marker' });
  // The roster setting that changes what counts as Aktif is shown with the figures it changed; set on some
  // rosters only, the scope list below marks those (each roster's formulas follow its own).
  const kpjOn = counted.filter((p) => p.roster.context?.kpjMeansActive).length;
  const kpjMixed = kpjOn > 0 && kpjOn < counted.length;
  const kpjAll = counted.length > 0 ? kpjOn === counted.length : result.options.kpjMeansActive;
  const kpjRule = kpjMixed
    ? `Nomor KPJ tanpa status dihitung Aktif hanya pada daftar bertanda ${KPJ_MARK} / KPJ without status counted as Aktif only on rosters marked ${KPJ_MARK}`
    : kpjAll
      ? 'Nomor KPJ tanpa status dihitung Aktif / KPJ without status counted as Aktif'
      : 'Nomor KPJ tanpa status tidak dihitung Aktif / KPJ without status not counted as Aktif';
  L.add([text(`Per ${dateText} · tahun ${model.year} · Coordination meeting summary · ${kpjRule}`, 'subtitle')]);
  // the sentence is filled in once the headline table's rows are known
  const sentenceRow = L.add([]);
  const T = targetName;
  const targetRow = L.add([
    text('Target UCJ'),
    { value: model.target, numberFormat: TARGET_PERCENT, style: 'input' },
    text(`Ubah di sel ini (nama ${targetName}) / change it here`, 'note'),
  ]);
  L.add();
  // Scope: every roster found, counted or left out with the reason
  L.add([text('Daftar yang dihitung / Rosters in this summary', 'subtitle')]);
  L.add([header('Daftar (lembar)'), numberHeader('Baris'), header('Dihitung / counted')]);
  for (const s of model.scope)
    L.add([
      text(scopeName(s)),
      { value: s.rows, numberFormat: COUNT },
      text(s.counted ? `Ya / yes${kpjMixed && s.kpjMeansActive ? ` · ${KPJ_MARK}` : ''}` : `Tidak / no: ${SCOPE_REASONS[s.reason!].id}`),
    ]);
  if (model.scope.length === 0) L.add([text('-'), { value: 0, numberFormat: COUNT }, text('Tidak ada daftar / no roster found')]);
  L.add();

  // ---- Headline
  L.add([text('Ringkasan utama / Headline', 'subtitle')]);
  const headHeader = L.add([header('Ukuran'), numberHeader('Nilai'), header('Keterangan')]);
  const rowsRow = L.next;
  const eligibleRow = rowsRow + 1;
  const coveredRow = rowsRow + 2;
  const targetWorkersRow = rowsRow + 4;
  const gapRow = rowsRow + 5;
  // The rows are added after the alias table is placed (formulas need the alias addresses).
  const headline = (): void => {
    const m = model.totals;
    L.set(sentenceRow, 0, {
      formula: headlineFormula({ eligible: `$B$${eligibleRow}`, covered: `$B$${coveredRow}`, gap: `$B$${gapRow}`, target: T }, 'id'),
      expected: headlineSentence({ eligible: m.eligible, covered: m.covered, gap: m.gap, target: model.target }, 'id'),
      style: 'headline',
    });
    L.add([
      text('Baris daftar'),
      formula(countFormula({ eligibleOnly: false, covered: false }, 'Baris daftar'), m.rows, COUNT),
      text('Rows counted in the rosters'),
    ]);
    L.add([
      text('Sasaran'),
      formula(countFormula({ eligibleOnly: true, covered: false }, 'Sasaran'), m.eligible, COUNT),
      text('Eligible: rows except ASN'),
    ]);
    L.add([
      text('Terlindungi'),
      formula(countFormula({ eligibleOnly: true, covered: true }, 'Terlindungi'), m.covered, COUNT),
      text('Covered: eligible and Aktif'),
    ]);
    L.add([text('Cakupan'), formula(`=IFERROR(B${coveredRow}/B${eligibleRow},"")`, m.coverage ?? '', PERCENT), text('Coverage')]);
    L.add([
      text('Target (pekerja)'),
      formula(ceilFormula(T, `B${eligibleRow}`), m.targetWorkers, COUNT),
      text('Workers needed to reach the target'),
    ]);
    L.add([text('Kekurangan'), formula(`=MAX(0,B${targetWorkersRow}-B${coveredRow})`, m.gap, COUNT), text('Gap: workers still to enrol')]);
    const status = m.eligible === 0 ? '-' : m.gap === 0 ? REACHED : NOT_REACHED;
    const statusRow = L.add([
      text('Status'),
      { ...formula(`=IF(B${eligibleRow}=0,"-",IF(B${gapRow}=0,"${REACHED}","${NOT_REACHED}"))`, status), align: 'right' },
      text('Target reached?'),
    ]);
    statusRanges.push(`B${statusRow}`);
    L.add([text('ASN dikecualikan'), formula(`=B${rowsRow}-B${eligibleRow}`, m.asn, COUNT), text('ASN rows left out of Sasaran')]);
    L.add([
      text('Baris dengan kesalahan'),
      { value: m.rowsWithErrors, numberFormat: COUNT },
      text('Rows with at least one error (when generated)'),
    ]);
    tables.push({ name: tableName('Utama'), range: `A${headHeader}:C${L.next - 1}` });
    L.add();
  };

  let chart: SpecChart | undefined;
  /** A bilingual note as two lines (Indonesian, then English), so neither runs off the printed page. */
  const note = (line: string): void => {
    for (const part of line.split(' / ')) L.add([text(part, 'note')]);
  };
  /**
   * A coverage table. With `targets` (the kab/kota table) it has a Target (%) column: each row's own target, or
   * =Target_UCJ; its workers, gap and status follow that cell.
   */
  const coverageTable = (
    title: string,
    firstHeader: string,
    name: string,
    t: CoverageTable,
    field: AliasField,
    targets?: readonly RegencyRow[],
  ): { first: number; last: number; targetColumn: string } => {
    L.add([text(title, 'subtitle')]);
    const heads = targets
      ? ['Sasaran', 'Terlindungi', 'Cakupan', 'Target (%)', 'Target', 'Kekurangan']
      : ['Sasaran', 'Terlindungi', 'Cakupan', 'Target', 'Kekurangan'];
    const h = L.add([header(firstHeader), ...heads.map(numberHeader), header('Status')]);
    const col = (head: string) => columnLetter(1 + heads.indexOf(head));
    const [E, F, G] = [col('Target'), col('Kekurangan'), columnLetter(heads.length + 1)];
    const firstRow = L.next;
    const lastKnown = firstRow + t.rows.length - 2;
    const unknownRow = lastKnown + 1;
    const totalRow = unknownRow + 1;
    const tail = (r: number, row: CoverageRow, style?: SpecCell['style']): SpecCell[] => {
      const own = targets && row.key !== null ? targets.find((x) => x.key === row.key) : undefined;
      const targetCell: SpecCell[] = !targets
        ? []
        : [
            own?.ownTarget
              ? { value: own.target, numberFormat: TARGET_PERCENT, style: style ?? 'input' }
              : formula(`=${T}`, model.target, TARGET_PERCENT, style ?? 'input'),
          ];
      const rate = targets ? `$${col('Target (%)')}$${r}` : T;
      return [
        formula(`=IFERROR(C${r}/B${r},"")`, row.coverage ?? '', PERCENT, style),
        ...targetCell,
        formula(ceilFormula(rate, `B${r}`), row.targetWorkers, COUNT, style),
        formula(`=MAX(0,${E}${r}-C${r})`, row.gap, COUNT, style),
        formula(`=IF(B${r}=0,"-",IF(${F}${r}=0,"${REACHED}","${NOT_REACHED}"))`, statusOf(row), undefined, style),
      ];
    };
    t.rows.forEach((row, i) => {
      const r = firstRow + i;
      if (row.key === null) {
        L.add([
          text(row.name),
          formula(`=B${totalRow}-SUM(B${firstRow}:B${lastKnown})`, row.eligible, COUNT),
          formula(`=C${totalRow}-SUM(C${firstRow}:C${lastKnown})`, row.covered, COUNT),
          ...tail(r, row),
        ]);
      } else {
        L.add([
          text(row.name),
          formula(countFormula({ eligibleOnly: true, covered: false, field, key: row.key }, `${row.name} · Sasaran`), row.eligible, COUNT),
          formula(
            countFormula({ eligibleOnly: true, covered: true, field, key: row.key }, `${row.name} · Terlindungi`),
            row.covered,
            COUNT,
          ),
          ...tail(r, row),
        ]);
      }
    });
    const total = t.total;
    const tr = L.add([
      text('Total', 'total'),
      formula(`=B${eligibleRow}`, total.eligible, COUNT, 'total'),
      formula(`=B${coveredRow}`, total.covered, COUNT, 'total'),
      ...tail(totalRow, total, 'total'),
    ]);
    statusRanges.push(`${G}${firstRow}:${G}${tr}`);
    tables.push({ name: tableName(name), range: `A${h}:${G}${tr}` });
    L.add();
    return { first: firstRow, last: lastKnown, targetColumn: col('Target (%)') };
  };

  /** Capaian UCJ wilayah: the official UCJ per kab/kota from typed (or given) BPS and BPJS figures. */
  const regionalBlock = (regency: { first: number; targetColumn: string }): void => {
    L.add([text('Capaian UCJ wilayah (ukuran resmi) / Regional UCJ (official measure)', 'subtitle')]);
    note(
      'UCJ = peserta aktif BPJS Ketenagakerjaan ÷ penduduk bekerja; isi sel berwarna dengan angka resmi. / UCJ = active participants ÷ working population; type the official figures in the coloured cells.',
    );
    note(
      'Sumber: penduduk bekerja — BPS, Survei Angkatan Kerja Nasional (Sakernas); peserta aktif (PU + BPU + Jakon) — BPJS Ketenagakerjaan. / Sources: BPS Sakernas (working population); BPJS Ketenagakerjaan (active participants).',
    );
    const heads = ['Penduduk bekerja', 'Peserta aktif', 'UCJ', 'Target (%)', 'Kekurangan'];
    const h = L.add([header('Kabupaten/Kota'), ...heads.map(numberHeader), header('Status')]);
    const first = L.next;
    const rows = model.regional.rows;
    const last = first + rows.length - 1;
    const input = (v: number | null): SpecCell =>
      v === null ? { style: 'input', numberFormat: COUNT } : { value: v, numberFormat: COUNT, style: 'input' };
    const tail = (r: number, row: RegionalRow, style?: SpecCell['style']): SpecCell[] => {
      const missing = `OR(B${r}="",C${r}="")`;
      return [
        formula(`=IF(${missing},"",IFERROR(C${r}/B${r},""))`, row.ucj ?? '', PERCENT, style),
        formula(style ? `=${T}` : `=$${regency.targetColumn}$${regency.first + rows.indexOf(row)}`, row.target, TARGET_PERCENT, style),
        formula(`=IF(${missing},"",MAX(0,${ceilFormula(`E${r}`, `B${r}`).slice(1)}-C${r}))`, row.gap ?? '', COUNT, style),
        formula(`=IF(${missing},"",IF(B${r}=0,"-",IF(F${r}=0,"${REACHED}","${NOT_REACHED}")))`, regionalStatus(row), undefined, style),
      ];
    };
    rows.forEach((row, i) => L.add([text(row.name), input(row.working), input(row.active), ...tail(first + i, row)]));
    const total = model.regional.total;
    const n = rows.length;
    const sum = (c: string) => `=IF(COUNT(${c}${first}:${c}${last})=${n},SUM(${c}${first}:${c}${last}),"")`;
    const tr = L.add([
      text(total.name, 'total'),
      formula(sum('B'), total.working ?? '', COUNT, 'total'),
      formula(sum('C'), total.active ?? '', COUNT, 'total'),
      ...tail(L.next, total, 'total'),
    ]);
    statusRanges.push(`G${first}:G${tr}`);
    tables.push({ name: tableName('UCJ_Wilayah'), range: `A${h}:G${tr}` });
    L.add();
  };

  // Lay out once to learn where the alias table starts, then for real. Row counts do not depend
  // on formula text, so the second pass lands every row where the first did.
  // Blocks start new pages (page 1: headline and kab/kota; then regional UCJ; categories and segments; the rest).
  const body = (): void => {
    statusRanges.length = 0;
    blockStarts.length = 0;
    headline();
    const regency = coverageTable(
      'Per kabupaten/kota / By regency',
      'Kabupaten/Kota',
      'KabKota',
      model.byRegency,
      'regency',
      model.byRegency.rows,
    );
    const labels = options.chartLabels ?? CHART_LABELS;
    const range = (c: string) => `${c}${regency.first}:${c}${regency.last}`;
    // The chart goes on paper: under the kab/kota table, across the printed columns, over rows kept free for it
    // (a block of its own, so a page break never cuts it; page 1 when it fits there).
    const height = Math.max(200, (regency.last - regency.first + 1) * 15 + 60);
    const chartRows = Math.ceil(height / ROW_POINTS);
    blockStarts.push(L.next);
    const chartTop = L.next;
    for (let i = 0; i < chartRows; i++) L.add();
    chart = {
      type: 'bar',
      title: labels.title,
      categories: range('A'),
      series: [
        { name: labels.covered, values: range('C') },
        { name: labels.target, values: range('F') },
      ],
      anchor: `A${chartTop}`,
      to: `${columnLetter(PRINTED_COLUMNS)}${chartTop + chartRows}`,
      valueFormat: COUNT,
    };
    L.add();
    blockStarts.push(L.next);
    regionalBlock(regency);
    blockStarts.push(L.next);
    coverageTable('Per kategori pekerja / By worker category', 'Kategori Pekerja', 'Kategori', model.byCategory, 'category');
    blockStarts.push(L.next);
    coverageTable('Per segmen kepesertaan / By segment', 'Segmen', 'Segmen', model.bySegment, 'segment');
    const village = villageBlock(villageParts, L.next, villageDetailRow);
    if (village) {
      blockStarts.push(L.next);
      for (const row of village.rows) L.add([...row]);
      L.add();
      villageDetail = village.detail;
    }

    blockStarts.push(L.next);
    L.add([text('Per program (peserta aktif non-ASN) / By programme (covered workers)', 'subtitle')]);
    const ph = L.add([header('Program'), header('Nama Program'), numberHeader('Peserta'), numberHeader('Persen dari Sasaran')]);
    for (const p of model.byProgram) {
      const r = L.next;
      L.add([
        text(p.code),
        text(p.name),
        formula(
          countFormula({ eligibleOnly: true, covered: true, field: 'program', key: p.code }, `${p.code} · Peserta`),
          p.participants,
          COUNT,
        ),
        formula(`=IFERROR(C${r}/B$${eligibleRow},"")`, p.shareOfEligible ?? '', PERCENT),
      ]);
    }
    tables.push({ name: tableName('Program'), range: `A${ph}:D${L.next - 1}` });
    L.add();

    blockStarts.push(L.next);
    L.add([text('Estimasi anggaran menutup kekurangan (BPU minimum) / Estimated budget to close the gap', 'subtitle')]);
    const bh = L.add([header('Uraian'), numberHeader('Nilai'), header('Keterangan')]);
    const b = model.budget;
    const gapRef = L.add([text('Kekurangan (pekerja)'), formula(`=B${gapRow}`, b.gap, COUNT), text('Gap, from the headline')]);
    const feeRow = L.add([
      text('Iuran BPU minimum per bulan (JKK + JKM)'),
      { value: b.monthlyContribution, numberFormat: RUPIAH },
      text('Rp10.000 JKK + Rp6.800 JKM per month'),
    ]);
    const monthsRow = L.add([text('Jumlah bulan'), { value: b.months, numberFormat: COUNT }, text('Months')]);
    L.add([
      text('Estimasi anggaran per tahun'),
      formula(`=B${gapRef}*B${feeRow}*B${monthsRow}`, b.amount, RUPIAH),
      text('Estimate only: gap × minimum contribution × months'),
    ]);
    tables.push({ name: tableName('Anggaran'), range: `A${bh}:C${L.next - 1}` });
    L.add();

    blockStarts.push(L.next);
    L.add([text('Kualitas data (saat ringkasan dibuat) / Data quality (when generated)', 'subtitle')]);
    // Rules by their titles from the registry (Indonesian, then English): no raw rule id on the sheet.
    const qh = L.add([header('Aturan'), header('Tingkat'), numberHeader('Jumlah Isu'), header('Rule')]);
    for (const q of model.quality.byRule) {
      // The rule by its title from the registry (Indonesian, English beside it), never its raw id.
      const { title } = RULE_BY_ID[q.rule];
      L.add([text(title.id), text(severityLabel(q.severity)), { value: q.count, numberFormat: COUNT }, text(title.en)]);
    }
    if (model.quality.byRule.length === 0)
      L.add([text('-'), text('-'), { value: 0, numberFormat: COUNT }, text('Tidak ada isu / No issues')]);
    L.add([
      text('Baris dengan kesalahan'),
      text(severityLabel('error')),
      { value: model.quality.rowsWithErrors, numberFormat: COUNT },
      text('Rows with at least one error'),
    ]);
    tables.push({ name: tableName('Kualitas'), range: `A${qh}:D${L.next - 1}` });
    L.add();

    blockStarts.push(L.next);
    L.add([text('Definisi / Definitions', 'subtitle')]);
    for (const d of DEFINITIONS) note(d);
    if (odd) {
      note(
        `Perhatian: ${odd} baris (mis. nomor KPJ dengan tab) dihitung rumus berbeda dari pemeriksaan. / ${odd} rows (e.g. a KPJ with a tab) are counted differently by the formulas.`,
      );
    }
    if (aliases.conflicts.length) {
      note(
        `Perhatian: ${aliases.conflicts.length} nilai dibaca berbeda di baris berbeda; rumus bisa berbeda dari hitungan inti. / Some values were read differently on different rows.`,
      );
    }
    printedRows = L.next - 1;
    L.add();
    L.add([
      text('Tabel padanan: nilai di daftar dan cara membacanya / Alias table: roster values as written and how they are read', 'subtitle'),
    ]);
    const ah = L.add([header('Kolom'), header('Nilai di Daftar'), header('Dibaca Sebagai')]);
    if (aliasRows.length) tables.push({ name: tableName('Padanan'), range: `A${ah}:C${ah + aliasRows.length}` });
  };

  const odd = counted.reduce((n, p) => n + rowsCountedDifferently(p).length, 0);
  // Pass 1: positions only (alias places unknown, formulas are placeholders).
  const saved = { rows: L.rows.length, tables: tables.length };
  body();
  const aliasStart = L.next;
  L.rows.length = saved.rows;
  tables.length = saved.tables;
  placeAliases(aliasStart);
  // below the alias table and the rows that are not workers (a blank row, subtitle and header, then the list)
  villageDetailRow = aliasStart + aliasRows.length + (excludedRows.length ? 3 + excludedRows.length : 0);
  body();
  if (L.next !== aliasStart) throw new Error('summary layout changed between passes');
  const tooLong = (rows: readonly Row[]) => rows.some((row) => row.some((c) => c?.formula && c.formula.length > MAX_FORMULA_LENGTH));
  if (tooLong(L.rows)) {
    // Pass 3: the counts per roster, below everything else (the village detail list ends where it did in pass 2).
    perRoster = true;
    perRosterRow = villageDetailRow + villageDetail.length + 3;
    L.rows.length = saved.rows;
    tables.length = saved.tables;
    body();
    if (L.next !== aliasStart) throw new Error('summary layout changed between passes');
    if (tooLong(L.rows) || tooLong(perRosterRows)) throw new SummaryTooLargeError(result.parsed.length);
  }
  for (const r of aliasRows) L.add(r);
  if (excludedRows.length) {
    L.add();
    L.add([text('Baris bukan pekerja (tidak dihitung rumus) / Rows that are not workers (left out by the formulas)', 'subtitle')]);
    L.add([header('Daftar (lembar)'), numberHeader('Baris'), header('Alasan / reason')]);
    for (const r of excludedRows) L.add(r);
  }
  if (villageDetail.length && L.next !== villageDetailRow) throw new Error('village detail rows moved');
  for (const r of villageDetail) {
    for (const c of r) if (c?.formula && c.formula.length > MAX_FORMULA_LENGTH) throw new SummaryTooLargeError(result.parsed.length);
    L.add([...r]);
  }
  if (perRosterRows.length) {
    L.add();
    L.add([text('Hitungan per daftar (dijumlah rumus di atas) / Counts per roster (summed by the formulas above)', 'subtitle')]);
    const head = L.add([header('Ukuran'), numberHeader('Jumlah'), header('Daftar (lembar)')]);
    if (L.next !== perRosterRow) throw new Error('per-roster counts moved');
    for (const r of perRosterRows) L.add(r);
    tables.push({ name: tableName('PerDaftar'), range: `A${head}:C${L.next - 1}` });
  }

  const lastColumn = columnLetter(PRINTED_COLUMNS - 1);
  const conditionalFormats: SpecConditionalFormat[] = statusRanges.flatMap((range) => [
    { range, equals: REACHED, look: 'good' as const },
    { range, equals: NOT_REACHED, look: 'bad' as const },
  ]);
  return {
    name: SUMMARY_SHEET_NAME,
    kind: SUMMARY_KIND,
    rows: L.rows,
    columnWidths: [42, 19, 14, 11, 11, 11, 12, 15, 4],
    hiddenColumns: [MARKER_COLUMN],
    rowHeights: [{ row: sentenceRow - 1, height: 21 }],
    tables,
    names: [{ name: targetName, ref: `$B$${targetRow}` }],
    conditionalFormats,
    ...(chart ? { charts: [chart] } : {}),
    print: {
      fitToWidth: true,
      titleRows: '$1:$2',
      // the alias table below stays off paper
      area: `$A$1:$${lastColumn}$${printedRows}`,
      rowBreaks: pageBreaks(blockStarts, printedRows, 1),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
      footer: {
        left: `Ringkasan Rakor · ${model.province.name.replace(/&/g, '&&')} · data per ${dateText}`,
        center: 'Halaman &P dari &N',
        right: 'Dicetak &D',
      },
    },
    freezeRows: 2,
  };
}

/**
 * Rows a printed page holds at the summary's fit-to-width scale (A4 portrait), with room to spare. Columns A:H
 * are about 985 px wide in Excel (widths in characters of 7 px, plus 5 px each), so the 523 pt the margins leave
 * print them at about 70 %; the 748 pt of height then take about 71 rows of 15 pt (LibreOffice prints smaller
 * and fits more). 64 leaves room for the taller title and headline rows.
 */
export const ROWS_PER_PAGE = 64;

/** Excel's default row height in points: rows kept for the chart are counted in it. */
const ROW_POINTS = 15;

/**
 * Page breaks that keep blocks whole: page 1 holds the headline and the kab/kota table, and the first
 * `joinFirstPage` blocks after it (the chart) when they fit there; the next block then starts a new page (page 2
 * begins with the regional UCJ, or with the chart when it did not fit on page 1), and each later block starts a
 * new page only when it would not fit on the current one.
 */
export function pageBreaks(blockStarts: readonly number[], lastRow: number, joinFirstPage = 0): number[] {
  const breaks: number[] = [];
  let pageStart = 1;
  blockStarts.forEach((start, i) => {
    const end = (blockStarts[i + 1] ?? lastRow + 1) - 1;
    const newPage = pageStart === 1 && i >= joinFirstPage;
    if (newPage || end - pageStart + 1 > ROWS_PER_PAGE) {
      breaks.push(start);
      pageStart = start;
    }
  });
  return breaks;
}

/** The summary sheet built once the host has picked its free names (target cell, tables). */
export function summarySheetRequest(
  model: SummaryModel,
  result: CheckResult,
  options: Omit<SummarySheetOptions, 'pickName'> = {},
  finish: (spec: SheetSpec) => SheetSpec = (spec) => spec,
): SheetRequest {
  return {
    name: SUMMARY_SHEET_NAME,
    kind: SUMMARY_KIND,
    build: (pickName) => finish(buildSummarySheet(model, result, { ...options, pickName })),
  };
}

/** ⌈target × eligible⌉ with GAPTOTARGET's guard against floating-point noise (7% of 100 is 7). */
const ceilFormula = (targetName: string, eligibleRef: string): string =>
  `=ROUNDUP(${targetName}*${eligibleRef}-ABS(${targetName}*${eligibleRef})*1E-12,0)`;
