// The "Ringkasan Rakor" sheet as a SheetSpec: native formulas over the roster ranges (SUMPRODUCT,
// ISNUMBER, MATCH, ISBLANK, SUBSTITUTE, IFERROR, ROUNDUP), so it works in Excel 2010+, Excel on the
// web and LibreOffice without the add-in, and every formula cell carries the core's number.
//
// How a roster row is counted for key K of field F (e.g. kab/kota 6112):
//   row is not blank      ((ISBLANK(c1)*ISBLANK(c2)*...)=0) over the roster's columns (as the core: any content)
//   not ASN               1-ISNUMBER(MATCH(esc(employment), ASN aliases, 0))
//   Aktif (covered only)  ISNUMBER(MATCH(esc(status), Aktif aliases, 0))
//   F is K                ISNUMBER(MATCH(esc(F), aliases of K, 0))
// The aliases are the values written in the roster as the core read them, listed on the sheet as
// text (never formulas). esc() escapes MATCH's wildcards (~ * ?) so "Kubu*" only matches itself;
// numbers in a roster column are matched against numeric aliases separately. MATCH ignores case,
// like the core. IF/IFERROR are never used on arrays (old Excel would need Ctrl+Shift+Enter).
import { columnLetter, quoteSheetName } from '../address';
import { formatYmd, ymdFromSerial } from '../dates';
import { FIELD_BY_ID, type FieldId, REQUIRED_FIELDS } from '../roster/fields';
import { RULE_BY_ID } from '../roster/rules';
import { type CheckResult, type ParsedRoster, SEVERITY_NAMES, type Severity } from '../roster/types';
import {
  GENERATED_SHEET_MARKER,
  type NamePicker,
  type SheetRequest,
  type SheetSpec,
  type SpecCell,
  type SpecTable,
  type SpecValue,
} from '../sheet-spec';
import { type AliasField, type AliasGroup, type AliasSet, ASN_KEY, collectAliases } from './aliases';
import { AKTIF, type CoverageRow, type CoverageTable, type SummaryModel } from './model';

export const SUMMARY_SHEET_NAME = 'Ringkasan Rakor';
export const SUMMARY_KIND = 'summary';
export const DEFAULT_TARGET_NAME = 'Target_UCJ';
const TABLE_PREFIX = 'Rakor_';
/** Excel refuses formulas longer than this. */
export const MAX_FORMULA_LENGTH = 8192;

/** Too many rosters for one summary: each formula sums over all of them. */
export class SummaryTooLargeError extends Error {
  constructor(readonly rosters: number) {
    super(`Too many rosters (${rosters}) for one summary sheet: formulas would exceed ${MAX_FORMULA_LENGTH} characters`);
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
}

const COUNT = '#,##0';
const PERCENT = '0.0%';
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
  'Target ada di satu sel bernama (lihat di atas); semua rumus memakainya. / The target lives in one named cell every formula uses.',
  'Rumus membaca daftar lewat Tabel Padanan di bawah: ejaan baru yang belum ada di tabel dihitung sebagai "Tidak diketahui". / Formulas read the roster through the alias table below.',
];

type Row = (SpecCell | null)[];

interface RosterRanges {
  readonly columnRange: (field: FieldId) => string | undefined;
  readonly nonBlank: string;
}

// Text aliases carry the '@' format so a host that types values (Office.js) keeps "6112" or "=Nakes" as text.
const esc = (ref: string): string => `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
/** Text a number (or TRUE/FALSE) turns into inside SUBSTITUTE: such aliases need an ISTEXT guard. */
const LOOKS_LIKE_NUMBER_TEXT = /^(-?\d+(\.\d+)?(E[+-]?\d+)?|TRUE|FALSE)$/i;

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

/** Rows the formulas would count differently from the core (e.g. a row of only spaces): reported on the sheet. */
export function rowsCountedDifferently(p: ParsedRoster): number[] {
  const cols = countedColumns(p);
  const counted = new Set(p.records.map((r) => r.row));
  const out: number[] = [];
  for (let sheetRow = p.roster.firstDataRow; sheetRow <= p.roster.lastDataRow; sheetRow++) {
    const row = p.grid.rows[sheetRow - 1 - p.grid.origin.row] ?? [];
    const formulaCounts = cols.some((c) => hasContent(row[c]));
    if (formulaCounts !== counted.has(sheetRow)) out.push(sheetRow);
  }
  return out;
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
    columnRange: (field) => (p.columnIndex[field] === undefined ? undefined : range(p.columnIndex[field])),
    nonBlank: `((${cols.map((c) => `ISBLANK(${range(c)})`).join('*')})=0)`,
  };
}

/** Where a group's aliases sit on the sheet. */
interface GroupPlace {
  readonly group: AliasGroup;
  readonly textRange?: string;
  readonly numberRange?: string;
}

function matchTerm(ref: string, place: GroupPlace): string {
  const parts: string[] = [];
  if (place.textRange) {
    const guard = place.numberRange || place.group.texts.some((t) => LOOKS_LIKE_NUMBER_TEXT.test(t)) ? `ISTEXT(${ref})*` : '';
    parts.push(`${guard}ISNUMBER(MATCH(${esc(ref)},${place.textRange},0))`);
  }
  if (place.numberRange) parts.push(`ISNUMBER(MATCH(${ref},${place.numberRange},0))`);
  return parts.length === 1 ? parts[0] : `(${parts.join('+')})`;
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
const formula = (f: string, expected: SpecValue, numberFormat?: string, style?: SpecCell['style']): SpecCell => ({
  formula: f,
  expected,
  ...(numberFormat ? { numberFormat } : {}),
  ...(style ? { style } : {}),
});

const statusOf = (r: CoverageRow): string => (r.eligible === 0 ? '-' : r.gap === 0 ? 'Tercapai' : 'Belum tercapai');

export function buildSummarySheet(model: SummaryModel, result: CheckResult, options: SummarySheetOptions = {}): SheetSpec {
  const pick = options.pickName ?? ((name: string) => name);
  const targetName = pick(DEFAULT_TARGET_NAME);
  const tableName = (part: string) => pick(`${TABLE_PREFIX}${part}`);
  const ranges = result.parsed.map((p) => rosterRanges(p, options.appendedRows ?? APPENDED_ROWS));
  const aliases: AliasSet = collectAliases(result.parsed, model.province.code);
  const L = new Layout();
  const tables: SpecTable[] = [];

  // Alias rows are placed at the bottom; their addresses are needed now, so lay them out first.
  const aliasPlaces = new Map<string, GroupPlace>();
  const aliasRows: Row[] = [];
  const placeAliases = (firstExcelRow: number) => {
    let r = firstExcelRow;
    for (const g of aliases.groups) {
      const place: { group: AliasGroup; textRange?: string; numberRange?: string } = { group: g };
      if (g.texts.length) {
        place.textRange = `$B$${r}:$B$${r + g.texts.length - 1}`;
        for (const t of g.texts) {
          aliasRows.push([text(FIELD_BY_ID[g.field].label.id), { value: t, numberFormat: '@' }, text(g.label)]);
          r++;
        }
      }
      if (g.numbers.length) {
        place.numberRange = `$B$${r}:$B$${r + g.numbers.length - 1}`;
        for (const n of g.numbers) {
          aliasRows.push([text(FIELD_BY_ID[g.field].label.id), { value: n }, text(g.label)]);
          r++;
        }
      }
      aliasPlaces.set(`${g.field}\u0000${g.key}`, place);
    }
  };

  // Formula pieces per roster; `aliasPlaces` is filled before any formula string is built (see below).
  const factor = (i: number, field: AliasField, key: string): string | null | undefined => {
    const ref = ranges[i].columnRange(field);
    const place = aliasPlaces.get(`${field}\u0000${key}`);
    if (!ref || !place) return undefined; // no column or no alias: nothing can match
    return matchTerm(ref, place);
  };
  const notAsn = (i: number): string | null => {
    const f = factor(i, 'employmentStatus', ASN_KEY);
    return f ? `(1-${f})` : null;
  };
  /** Σ over rosters of SUMPRODUCT(nonBlank * notAsn * [Aktif] * [field = key]). */
  const countFormula = (opts: { eligibleOnly: boolean; covered: boolean; field?: AliasField; key?: string }): string => {
    const terms: string[] = [];
    result.parsed.forEach((_, i) => {
      const factors = [ranges[i].nonBlank];
      if (opts.eligibleOnly) {
        const a = notAsn(i);
        if (a) factors.push(a);
      }
      if (opts.covered) {
        const f = factor(i, 'membershipStatus', AKTIF);
        if (!f) return;
        factors.push(f);
      }
      if (opts.field) {
        const f = factor(i, opts.field, opts.key!);
        if (!f) return;
        factors.push(f);
      }
      if (factors.length === 1) factors.push('1');
      terms.push(`SUMPRODUCT(${factors.join('*')})`);
    });
    return terms.length ? `=${terms.join('+')}` : '=0';
  };

  // ---- Title, target
  const dateText = formatYmd(ymdFromSerial(model.date));
  L.add([text(`Ringkasan Rakor Cakupan Jamsostek — Provinsi ${model.province.name} (${model.province.code})`, 'title')]);
  L.set(1, 8, { value: `${GENERATED_SHEET_MARKER}:${SUMMARY_KIND}`, style: 'marker' });
  const sources = model.rosters.map((r) => `${r.table ?? r.sheet} (${r.rows.toLocaleString('id-ID')} baris)`).join(', ');
  L.add([text(`Per ${dateText} · Coordination meeting summary · Sumber/source: ${sources || '-'}`, 'subtitle')]);
  L.add();
  const targetRow = L.add([
    text('Target UCJ'),
    { value: model.target, numberFormat: '0.00%' },
    text(`Ubah target di sel ini (nama ${targetName}); semua rumus memakainya. / Change the target here; every formula uses it.`, 'note'),
  ]);
  const T = targetName;
  L.add();

  // ---- Headline
  L.add([text('Ringkasan utama / Headline', 'subtitle')]);
  const headHeader = L.add([header('Ukuran'), header('Nilai'), header('Keterangan')]);
  const rowsRow = L.next;
  const eligibleRow = rowsRow + 1;
  const coveredRow = rowsRow + 2;
  const targetWorkersRow = rowsRow + 4;
  const gapRow = rowsRow + 5;
  // The rows are added after the alias table is placed (formulas need the alias addresses).
  const headline = (): void => {
    const m = model.totals;
    L.add([
      text('Baris daftar'),
      formula(countFormula({ eligibleOnly: false, covered: false }), m.rows, COUNT),
      text('Rows counted in the rosters'),
    ]);
    L.add([
      text('Sasaran'),
      formula(countFormula({ eligibleOnly: true, covered: false }), m.eligible, COUNT),
      text('Eligible: rows except ASN'),
    ]);
    L.add([
      text('Terlindungi'),
      formula(countFormula({ eligibleOnly: true, covered: true }), m.covered, COUNT),
      text('Covered: eligible and Aktif'),
    ]);
    L.add([text('Cakupan'), formula(`=IFERROR(B${coveredRow}/B${eligibleRow},"")`, m.coverage ?? '', PERCENT), text('Coverage')]);
    L.add([
      text('Target (pekerja)'),
      formula(ceilFormula(T, `B${eligibleRow}`), m.targetWorkers, COUNT),
      text('Workers needed to reach the target'),
    ]);
    L.add([text('Kekurangan'), formula(`=MAX(0,B${targetWorkersRow}-B${coveredRow})`, m.gap, COUNT), text('Gap: workers still to enrol')]);
    const status = m.eligible === 0 ? '-' : m.gap === 0 ? 'Tercapai' : 'Belum tercapai';
    L.add([
      text('Status'),
      formula(`=IF(B${eligibleRow}=0,"-",IF(B${gapRow}=0,"Tercapai","Belum tercapai"))`, status),
      text('Target reached?'),
    ]);
    L.add([text('ASN dikecualikan'), formula(`=B${rowsRow}-B${eligibleRow}`, m.asn, COUNT), text('ASN rows left out of Sasaran')]);
    L.add([
      text('Baris dengan kesalahan'),
      { value: m.rowsWithErrors, numberFormat: COUNT },
      text('Rows with at least one error (when generated)'),
    ]);
    tables.push({ name: tableName('Utama'), range: `A${headHeader}:C${L.next - 1}` });
    L.add();
  };

  const coverageTable = (title: string, firstHeader: string, name: string, t: CoverageTable, field: AliasField): void => {
    L.add([text(title, 'subtitle')]);
    const h = L.add(
      ['Kabupaten/Kota', 'Sasaran', 'Terlindungi', 'Cakupan', 'Target', 'Kekurangan', 'Status'].map((s, i) =>
        header(i === 0 ? firstHeader : s),
      ),
    );
    const firstRow = L.next;
    const lastKnown = firstRow + t.rows.length - 2;
    const unknownRow = lastKnown + 1;
    const totalRow = unknownRow + 1;
    const tail = (r: number, row: CoverageRow): SpecCell[] => [
      formula(`=IFERROR(C${r}/B${r},"")`, row.coverage ?? '', PERCENT),
      formula(ceilFormula(T, `B${r}`), row.targetWorkers, COUNT),
      formula(`=MAX(0,E${r}-C${r})`, row.gap, COUNT),
      formula(`=IF(B${r}=0,"-",IF(F${r}=0,"Tercapai","Belum tercapai"))`, statusOf(row)),
    ];
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
          formula(countFormula({ eligibleOnly: true, covered: false, field, key: row.key }), row.eligible, COUNT),
          formula(countFormula({ eligibleOnly: true, covered: true, field, key: row.key }), row.covered, COUNT),
          ...tail(r, row),
        ]);
      }
    });
    const total = t.total;
    const tr = L.add([
      text('Total', 'total'),
      formula(`=B${eligibleRow}`, total.eligible, COUNT, 'total'),
      formula(`=B${coveredRow}`, total.covered, COUNT, 'total'),
      ...tail(totalRow, total).map((c) => ({ ...c, style: 'total' as const })),
    ]);
    tables.push({ name: tableName(name), range: `A${h}:G${tr}` });
    L.add();
  };

  // Lay out once to learn where the alias table starts, then for real. Row counts do not depend
  // on formula text, so the second pass lands every row where the first did.
  const body = (): void => {
    headline();
    coverageTable('Per kabupaten/kota / By regency', 'Kabupaten/Kota', 'KabKota', model.byRegency, 'regency');
    coverageTable('Per kategori pekerja / By worker category', 'Kategori Pekerja', 'Kategori', model.byCategory, 'category');
    coverageTable('Per segmen kepesertaan / By segment', 'Segmen', 'Segmen', model.bySegment, 'segment');

    L.add([text('Per program (peserta aktif non-ASN) / By programme (covered workers)', 'subtitle')]);
    const ph = L.add([header('Program'), header('Nama Program'), header('Peserta'), header('Persen dari Sasaran')]);
    for (const p of model.byProgram) {
      const r = L.next;
      L.add([
        text(p.code),
        text(p.name),
        formula(countFormula({ eligibleOnly: true, covered: true, field: 'program', key: p.code }), p.participants, COUNT),
        formula(`=IFERROR(C${r}/B$${eligibleRow},"")`, p.shareOfEligible ?? '', PERCENT),
      ]);
    }
    tables.push({ name: tableName('Program'), range: `A${ph}:D${L.next - 1}` });
    L.add();

    L.add([text('Estimasi anggaran menutup kekurangan (BPU minimum) / Estimated budget to close the gap', 'subtitle')]);
    const bh = L.add([header('Uraian'), header('Nilai'), header('Keterangan')]);
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

    L.add([text('Kualitas data (saat ringkasan dibuat) / Data quality (when generated)', 'subtitle')]);
    const qh = L.add([header('Aturan'), header('Tingkat'), header('Jumlah Isu'), header('Keterangan')]);
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

    L.add([text('Definisi / Definitions', 'subtitle')]);
    for (const d of DEFINITIONS) L.add([text(d, 'note')]);
    if (odd) {
      L.add([
        text(
          `Perhatian: ${odd} baris (mis. hanya berisi spasi) dihitung rumus berbeda dari pemeriksaan. / ${odd} rows (e.g. only spaces) are counted differently by the formulas.`,
          'note',
        ),
      ]);
    }
    if (aliases.conflicts.length) {
      L.add([
        text(
          `Perhatian: ${aliases.conflicts.length} nilai dibaca berbeda di baris berbeda; rumus bisa berbeda dari hitungan inti. / Some values were read differently on different rows.`,
          'note',
        ),
      ]);
    }
    L.add();
    L.add([
      text('Tabel padanan: nilai di daftar dan cara membacanya / Alias table: roster values as written and how they are read', 'subtitle'),
    ]);
    const ah = L.add([header('Kolom'), header('Nilai di Daftar'), header('Dibaca Sebagai')]);
    if (aliasRows.length) tables.push({ name: tableName('Padanan'), range: `A${ah}:C${ah + aliasRows.length}` });
  };

  const odd = result.parsed.reduce((n, p) => n + rowsCountedDifferently(p).length, 0);
  // Pass 1: positions only (alias places unknown, formulas are placeholders).
  const saved = { rows: L.rows.length, tables: tables.length };
  body();
  const aliasStart = L.next;
  L.rows.length = saved.rows;
  tables.length = saved.tables;
  placeAliases(aliasStart);
  body();
  if (L.next !== aliasStart) throw new Error('summary layout changed between passes');
  for (const row of L.rows)
    for (const c of row) if (c?.formula && c.formula.length > MAX_FORMULA_LENGTH) throw new SummaryTooLargeError(result.parsed.length);
  for (const r of aliasRows) L.add(r);

  return {
    name: SUMMARY_SHEET_NAME,
    kind: SUMMARY_KIND,
    rows: L.rows,
    columnWidths: [44, 22, 24, 14, 12, 14, 16, 2, 4],
    tables,
    names: [{ name: targetName, ref: `$B$${targetRow}` }],
    print: { landscape: true, fitToWidth: true, titleRows: '$1:$2' },
    freezeRows: 2,
  };
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
