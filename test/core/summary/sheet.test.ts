// The "Ringkasan Rakor" spec: exact columns, one named target cell, native formulas only, every formula
// carrying the core's number, roster text written as values (never formulas), wildcards escaped.
// (test/summary/libreoffice.test.ts proves the formulas compute those numbers in a real spreadsheet.)
import type { Cell } from '../../../src/core/cells';
import { checkGrids } from '../../../src/core/roster/check';
import { RULE_BY_ID, RULE_IDS } from '../../../src/core/roster/rules';
import type { SheetGrid } from '../../../src/core/roster/types';
import { GENERATED_SHEET_MARKER, type SpecCell } from '../../../src/core/sheet-spec';
import { collectAliases } from '../../../src/core/summary/aliases';
import { headlineSentence } from '../../../src/core/summary/headline';
import { computeSummary } from '../../../src/core/summary/model';
import {
  buildSummarySheet,
  DEFAULT_TARGET_NAME,
  MAX_FORMULA_LENGTH,
  ROWS_PER_PAGE,
  rowsCountedDifferently,
  SUMMARY_SHEET_NAME,
} from '../../../src/core/summary/sheet';
import { findRegency } from '../../../src/core/reference/regions';
import { kabupatenNakesSheet, nakesWorkers } from '../../support/office-rosters';
import { generateRoster } from '../../support/roster-fixture';

const TODAY = 46_000;
/** The 14 kab/kota of Kalimantan Barat. */
const KALBAR = ['6101', '6102', '6103', '6104', '6105', '6106', '6107', '6108', '6109', '6110', '6111', '6112', '6171', '6172'];
const HEADER = ['Nama', 'NIK', 'Kabupaten/Kota', 'Kategori Pekerja', 'Status Kepegawaian', 'Status Kepesertaan'];
const nik = (reg: string, n: number): string => `${reg}01150390${String(n).padStart(4, '0')}`;

function hostileGrid(): SheetGrid {
  const rows: Cell[][] = [HEADER];
  const add = (name: string, reg: Cell, status: string) =>
    rows.push([name, nik('6171', rows.length), reg, 'Tenaga Kesehatan', 'Honorer', status]);
  add('=HYPERLINK("http://contoh.invalid","Klik")', 'Kota Pontianak', 'Aktif');
  add('<script>alert(1)</script>', '=1+1', 'Aktif');
  add('Sari', 'Kab. Sambas*', 'Aktif');
  add('Tono', 'Ketapang?', 'aktif');
  add('Umi', 'Kota Pontianak~', 'Belum Terdaftar');
  add('Vina', 6171, 'Aktif');
  rows.push(['Wati', nik('6171', 99), 'Kota Pontianak', '=Nakes', 'Honorer', 'Aktif']);
  return { sheet: "Roster '25", origin: { row: 0, col: 0 }, rows };
}

const build = (grids: SheetGrid[]) => {
  const result = checkGrids(grids, { today: TODAY });
  const model = computeSummary(result);
  return { result, model, spec: buildSummarySheet(model, result) };
};
/** The functions summary formulas may use: native in Excel 2010+ and LibreOffice, none on arrays that needs Ctrl+Shift+Enter. */
const NATIVE_FUNCTIONS: readonly string[] = [
  'SUMPRODUCT',
  'ISBLANK',
  'ISNUMBER',
  'MATCH',
  'SUBSTITUTE',
  'ISTEXT',
  'IFERROR',
  'ROUNDUP',
  'ABS',
  'MAX',
  'IF',
  'SUM',
  // the headline sentence spells numbers with these; the regional block checks its inputs with OR and COUNT
  'INT',
  'MOD',
  'TEXT',
  'ROUND',
  'OR',
  'COUNT',
  // rosters as offices keep them: blank tests, the KPJ test, and the rows that are not workers
  'ISERROR',
  'TRIM',
  'FIND',
  'LEN',
  'LOOKUP',
  'ROW',
];
const cells = (rows: readonly (readonly (SpecCell | null)[])[]) => rows.flatMap((r) => r.filter((c): c is SpecCell => !!c));
const rowOf = (spec: ReturnType<typeof build>['spec'], first: string) => spec.rows.findIndex((r) => r[0]?.value === first);

describe('buildSummarySheet', () => {
  const fixture = generateRoster({
    rows: 400,
    seed: 5,
    titleRows: 1,
    oddSpellings: 0.3,
    asnShare: 0.1,
    plant: 'all',
    blankRows: 4,
    today: TODAY,
  });
  const { spec, model, result } = build([fixture.grid, hostileGrid()]);

  it('is the marked "Ringkasan Rakor" sheet, print-ready', () => {
    expect(spec.name).toBe(SUMMARY_SHEET_NAME);
    expect(cells(spec.rows).some((c) => c.value === `${GENERATED_SHEET_MARKER}:summary`)).toBe(true);
    expect(spec.print).toMatchObject({ fitToWidth: true, titleRows: '$1:$2' });
    expect(String(spec.rows[0][0]?.value)).toContain('Kalimantan Barat');
    // the marker sits in the hidden column after the printed ones: off screen and off paper
    expect(spec.rows[0][8]).toMatchObject({ value: `${GENERATED_SHEET_MARKER}:summary`, style: 'marker' });
    expect(spec.hiddenColumns).toEqual([8]);
    expect(spec.print?.area).toMatch(/^\$A\$1:\$H\$\d+$/);
  });

  it('the handout: page numbers and date in the footer, the alias table off paper, whole blocks per page', () => {
    const lastPrinted = Number(/\$(\d+)$/.exec(spec.print!.area!)![1]);
    const aliasTitle = spec.rows.findIndex((r) => String(r[0]?.value).startsWith('Tabel padanan')) + 1;
    expect(aliasTitle).toBeGreaterThan(lastPrinted);
    expect(spec.rows.slice(0, lastPrinted).some((r) => String(r[0]?.value).startsWith('Tabel padanan'))).toBe(false);
    expect(spec.print?.footer).toMatchObject({ center: 'Halaman &P dari &N', right: 'Dicetak &D' });
    // page 1: title to the kab/kota Total, then the chart when it fits there; page 2 opens with the regional UCJ
    // block, or with the chart when page 1 has no room for it
    const breaks = spec.print!.rowBreaks!;
    const regencyTotal = spec.rows.findIndex((r, i) => r[0]?.value === 'Total' && i > rowOf(spec, 'Kabupaten Sambas')) + 1;
    const chartTop = Number(spec.charts![0].anchor.slice(1));
    const regional = spec.rows.findIndex((r) => /^Capaian UCJ wilayah/.test(String(r[0]?.value))) + 1;
    expect(chartTop).toBe(regencyTotal + 2);
    expect(breaks[0]).toBe(regional - 1 > ROWS_PER_PAGE ? chartTop : regional);
    // every page break opens a block (a subtitle, or the chart's rows), so no table is split from its Total
    for (const b of breaks) if (b !== chartTop) expect(spec.rows[b - 1][0]?.style).toBe('subtitle');
    for (let i = 1; i < breaks.length; i++) expect(breaks[i] - breaks[i - 1]).toBeLessThanOrEqual(ROWS_PER_PAGE);
    // numeric headers sit right, over their numbers; text headers stay left
    const h = spec.rows.findIndex((r) => r[0]?.value === 'Kabupaten/Kota' && r[0]?.style === 'header');
    expect(spec.rows[h].map((c) => c?.align ?? 'left')).toEqual(['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left']);
    // Tercapai green and Belum tercapai red wherever a Status column is
    const looks = spec.conditionalFormats!;
    expect(looks.filter((c) => c.equals === 'Tercapai').every((c) => c.look === 'good')).toBe(true);
    expect(looks.filter((c) => c.equals === 'Belum tercapai').every((c) => c.look === 'bad')).toBe(true);
    expect(looks.map((c) => c.range)).toContain(`H${h + 2}:H${h + 17}`);
  });

  it('states its scope under the title: every roster, its rows, counted or left out and why', () => {
    const h = spec.rows.findIndex((r) => r[0]?.value === 'Daftar (lembar)');
    expect(h).toBeGreaterThan(0);
    expect(h).toBeLessThan(10);
    const listed = spec.rows.slice(h + 1, h + 1 + model.scope.length);
    expect(listed.map((r) => [r[0]?.value, r[1]?.value])).toEqual(
      model.scope.map((s) => [s.table ? `${s.table} (${s.sheet})` : s.sheet, s.rows]),
    );
  });

  it('opens with the headline sentence, a live formula that gives the core sentence', () => {
    expect(spec.rows[2][0]).toMatchObject({
      style: 'headline',
      expected: headlineSentence({ ...model.totals, target: model.target }, 'id'),
    });
    expect(spec.rows[2][0]?.formula).toContain(DEFAULT_TARGET_NAME);
  });

  it('a chart of covered against target workers for every kab/kota (not Tidak diketahui), on paper under the table', () => {
    expect(spec.charts).toHaveLength(1);
    const chart = spec.charts![0];
    const [from, to] = chart.categories.split(':').map((a) => Number(a.slice(1)) - 1);
    const names = spec.rows.slice(from, to + 1).map((r) => r[0]?.value);
    expect(names).toEqual(model.byRegency.rows.filter((r) => r.key !== null).map((r) => r.name));
    expect(chart.series.map((s) => s.values[0])).toEqual(['C', 'F']);
    // across the printed columns A:H (to the start of the hidden marker column), over empty rows under the kab/kota
    // table and above the next block, all inside the print area
    expect(chart.anchor).toMatch(/^A\d+$/);
    expect(chart.to).toMatch(/^I\d+$/);
    const top = Number(chart.anchor.slice(1));
    const past = Number(chart.to!.slice(1));
    expect(top).toBeGreaterThan(to + 3); // below Tidak diketahui and Total
    expect(past - top).toBeGreaterThanOrEqual(Math.ceil((names.length * 15 + 60) / 15));
    for (let r = top; r < past; r++) expect(spec.rows[r - 1].every((c) => c === null)).toBe(true);
    expect(String(spec.rows[past]?.[0]?.value)).toMatch(/^Capaian UCJ wilayah/);
    expect(past).toBeLessThanOrEqual(Number(/\$(\d+)$/.exec(spec.print!.area!)![1]));
  });

  it('per kab/kota table: exactly the columns of the issue, 14 kab/kota + Tidak diketahui + Total, as an Excel table', () => {
    const h = spec.rows.findIndex((r) => r[0]?.value === 'Kabupaten/Kota' && r[0]?.style === 'header');
    expect(spec.rows[h].map((c) => c?.value)).toEqual([
      'Kabupaten/Kota',
      'Sasaran',
      'Terlindungi',
      'Cakupan',
      'Target (%)',
      'Target',
      'Kekurangan',
      'Status',
    ]);
    const names = spec.rows.slice(h + 1, h + 17).map((r) => r[0]?.value);
    expect(names.slice(0, 14)).toEqual(model.byRegency.rows.slice(0, 14).map((r) => r.name));
    expect(names.slice(14)).toEqual(['Tidak diketahui', 'Total']);
    expect(spec.tables).toContainEqual({ name: 'Rakor_KabKota', range: `A${h + 1}:H${h + 17}` });
    // each kab/kota's Target (%) follows the named target until typed over
    expect(spec.rows[h + 1][4]).toMatchObject({ formula: `=${DEFAULT_TARGET_NAME}`, expected: model.target, style: 'input' });
    expect(spec.rows[h + 1][3]?.numberFormat).toBe('0.0%');
    expect(spec.rows[h + 1][1]?.numberFormat).toBe('#,##0');
  });

  it('every formula cell carries the core number; Sasaran/Terlindungi match the model', () => {
    const formulas = cells(spec.rows).filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(100);
    for (const c of formulas) expect(c.expected).not.toBeUndefined();
    const h = spec.rows.findIndex((r) => r[0]?.value === 'Kabupaten/Kota' && r[0]?.style === 'header');
    model.byRegency.rows.forEach((r, i) => {
      expect(spec.rows[h + 1 + i][1]?.expected).toBe(r.eligible);
      expect(spec.rows[h + 1 + i][2]?.expected).toBe(r.covered);
      expect(spec.rows[h + 1 + i][6]?.expected).toBe(r.gap);
    });
    expect(spec.rows[rowOf(spec, 'Sasaran')][1]?.expected).toBe(model.totals.eligible);
  });

  it('data-quality table: every rule the check raised, with its title from the registry, never a raw id', () => {
    const h = spec.rows.findIndex((r) => r[0]?.value === 'Aturan' && r[0]?.style === 'header');
    const rows = spec.rows.slice(h + 1, h + 1 + model.quality.byRule.length);
    // Each rule by its title, Indonesian in the first column and English in the last (issue 12: no raw rule ids).
    expect(rows.map((r) => r[0]?.value)).toEqual(model.quality.byRule.map((q) => RULE_BY_ID[q.rule].title.id));
    expect(rows.map((r) => r[3]?.value)).toEqual(model.quality.byRule.map((q) => RULE_BY_ID[q.rule].title.en));
    expect(new Set(model.quality.byRule.map((q) => q.rule))).toEqual(new Set(result.issues.map((i) => i.rule)));
    // The regression: value-nonstandard had no label and printed its raw id.
    expect(model.quality.byRule.some((q) => q.rule === 'value-nonstandard')).toBe(true);
    const shown = JSON.stringify(spec.rows.map((r) => r.map((c) => c?.value)));
    expect(RULE_IDS.filter((id) => shown.includes(`"${id}"`))).toEqual([]);
  });

  it('uses native functions only, and the target only through its one named cell', () => {
    const formulas = cells(spec.rows)
      .filter((c) => c.formula)
      .map((c) => c.formula!);
    const used = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    for (const fn of used) expect(NATIVE_FUNCTIONS).toContain(fn);
    // IF/IFERROR never wrap arrays (old Excel would need Ctrl+Shift+Enter)
    for (const f of formulas.filter((x) => x.includes('SUMPRODUCT'))) expect(f).not.toMatch(/\bIF(ERROR)?\(/);
    expect(spec.names).toEqual([{ name: DEFAULT_TARGET_NAME, ref: '$B$4' }]);
    expect(spec.rows[3][1]).toMatchObject({ value: 0.5956 });
    const targetFormulas = formulas.filter((f) => f.includes('ROUNDUP'));
    expect(targetFormulas.length).toBeGreaterThan(20);
    // the kab/kota and regional rows use their row's Target (%) cell, which is =Target_UCJ unless typed over
    const ownRate = /ROUNDUP\(\$?[EF]\$?\d+\*/;
    for (const f of targetFormulas) if (!ownRate.test(f)) expect(f).toContain(DEFAULT_TARGET_NAME);
    // kab/kota table: 14 + Tidak diketahui + Total; regional block: 14 + the province
    expect(targetFormulas.filter((f) => ownRate.test(f)).length).toBe(16 + 15);
    expect(formulas.some((f) => f.includes('0.5956'))).toBe(false);
  });

  it('roster text is copied as values only; MATCH wildcards in roster cells are escaped', () => {
    const all = cells(spec.rows);
    const texts = all.filter((c) => typeof c.value === 'string').map((c) => c.value);
    expect(texts).toContain('Kab. Sambas*');
    expect(texts).toContain('Ketapang?');
    // a category written "=Nakes" is read as Tenaga Kesehatan: its alias is a text value, typed as text
    expect(all.find((c) => c.value === '=Nakes')).toEqual({ value: '=Nakes', numberFormat: '@' });
    for (const c of all.filter((x) => x.formula)) {
      expect(c.formula).not.toContain('HYPERLINK');
      expect(c.formula).not.toContain('<script>');
    }
    expect(all.filter((c) => c.formula).some((c) => c.formula!.includes('SUBSTITUTE(SUBSTITUTE(SUBSTITUTE('))).toBe(true);
    // the number 6171 typed as kab/kota is matched against a numeric alias
    expect(all.some((c) => c.value === 6171)).toBe(true);
  });

  it('quotes sheet names with apostrophes in references', () => {
    expect(cells(spec.rows).some((c) => c.formula?.includes("'Roster ''25'!$C$2:$C$"))).toBe(true);
  });
});

describe('collectAliases', () => {
  it('groups the spellings the core read as one key, case-insensitively, plus canonical spellings', () => {
    const { result } = build([hostileGrid()]);
    const aliases = collectAliases(result.parsed, '61');
    const pontianak = aliases.groups.find((g) => g.field === 'regency' && g.key === '6171')!;
    expect(pontianak.texts).toContain('Kota Pontianak');
    expect(pontianak.numbers).toEqual([6171]);
    const aktif = aliases.groups.find((g) => g.field === 'membershipStatus')!;
    expect(aktif.texts).toEqual(['Aktif']); // "aktif" folds into it
    expect(aliases.groups.some((g) => g.texts.includes('=1+1'))).toBe(false); // unresolved: Tidak diketahui
    expect(aliases.conflicts).toEqual([]);
  });
});

describe('rowsCountedDifferently', () => {
  it('is empty for rosters with blank rows and content in unmapped columns only', () => {
    const f = generateRoster({ rows: 200, seed: 9, extraHeaders: ['Keterangan'], blankRows: 6, today: TODAY });
    const rows = f.grid.rows.map((r) => [...r]);
    // a row with only a note: the core counts it, so must the formulas
    const note: Cell[] = new Array<Cell>(rows[0].length).fill(null);
    note[rows[f.headerRow - 1].indexOf('Keterangan')] = 'pindah tugas';
    rows.splice(f.headerRow + 3, 0, note);
    const result = checkGrids([{ ...f.grid, rows }], { today: TODAY });
    expect(rowsCountedDifferently(result.parsed[0])).toEqual([]);
  });
});

describe('formula length', () => {
  /** A kabupaten health office's roster (ticks, JUMLAH rows, signature) for kab/kota `code`, named in its title. */
  const kabupatenGrid = (i: number): SheetGrid => {
    const code = KALBAR[i % KALBAR.length];
    const name = findRegency(code)!.name.toUpperCase();
    const sheet = kabupatenNakesSheet(
      [
        { title: 'I. RSUD', workers: nakesWorkers(4, 2 * i + 1) },
        { title: 'II. PUSKESMAS', workers: nakesWorkers(3, 2 * i + 2) },
      ],
      `Nakes ${String(i + 1).padStart(2, '0')}`,
    );
    const rows = sheet.rows.map((r) => r.map((c) => (typeof c === 'string' ? c.replace('KABUPATEN SANGGAU', name) : c)));
    return { sheet: sheet.name, origin: { row: 0, col: 0 }, rows };
  };
  const perRosterRows = (rows: readonly (readonly (SpecCell | null)[])[]) => {
    const head = rows.findIndex((r) => typeof r[0]?.value === 'string' && r[0].value.startsWith('Hitungan per daftar'));
    return head < 0 ? [] : rows.slice(head + 2);
  };

  it.each([false, true])(
    'sums 60 tick rosters of 14 kab/kota (kpjMeansActive %s) through a per-roster list, every formula within the limit',
    (kpjMeansActive) => {
      const result = checkGrids(
        Array.from({ length: 60 }, (_, i) => kabupatenGrid(i)),
        { today: TODAY, province: '61', kpjMeansActive },
      );
      expect(result.parsed).toHaveLength(60);
      const model = computeSummary(result);
      expect(model.byRegency.rows.filter((r) => r.key !== null && r.eligible > 0)).toHaveLength(14);
      const spec = buildSummarySheet(model, result);
      const formulas = cells(spec.rows).filter((c) => c.formula);
      expect(Math.max(...formulas.map((c) => c.formula!.length))).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
      // the printed counts sum the per-roster list, off paper (below the print area), one row per count and roster
      const list = perRosterRows(spec.rows);
      const printedRows = Number(/\$(\d+)$/.exec(spec.print!.area!)![1]);
      expect(spec.rows.length - list.length).toBeGreaterThan(printedRows);
      const sasaran = spec.rows.find((r) => r[0]?.value === 'Sasaran')![1]!;
      const [, first, last] = /^=SUM\(\$B\$(\d+):\$B\$(\d+)\)$/.exec(sasaran.formula!)!.map(Number);
      expect(last - first + 1).toBe(60);
      const part = spec.rows.slice(first - 1, last);
      expect(part.map((r) => r[0]?.value)).toEqual(Array(60).fill('Sasaran'));
      expect(part.map((r) => r[2]?.value)).toEqual(result.parsed.map((p) => p.roster.sheet));
      expect(part.reduce((n, r) => n + (r[1]!.expected as number), 0)).toBe(model.totals.eligible);
      expect(sasaran.expected).toBe(model.totals.eligible);
      expect(list.every((r) => r[1]?.formula?.startsWith('=SUMPRODUCT('))).toBe(true);
    },
  );

  it('keeps one formula per count while the rosters fit, as before', () => {
    const result = checkGrids(
      Array.from({ length: 4 }, (_, i) => kabupatenGrid(i)),
      { today: TODAY, province: '61' },
    );
    const spec = buildSummarySheet(computeSummary(result), result);
    expect(perRosterRows(spec.rows)).toEqual([]);
    const sasaran = spec.rows.find((r) => r[0]?.value === 'Sasaran')![1]!;
    expect(sasaran.formula!.match(/SUMPRODUCT\(/g)).toHaveLength(4);
  });
});

describe('rosters as offices keep them', () => {
  const sheet = kabupatenNakesSheet([
    { title: 'I. RSUD SANGGAU', workers: nakesWorkers(6, 1) },
    { title: 'II. PUSKESMAS ENTIKONG', workers: nakesWorkers(5, 2) },
  ]);
  const { result, model, spec } = build([{ sheet: sheet.name, origin: { row: 0, col: 0 }, rows: sheet.rows }]);
  const all = cells(spec.rows);

  it('lists the JUMLAH row inside the table after the header row, as ROW references the formulas leave out', () => {
    const [roster] = result.rosters;
    const jumlah = roster.skipped!.filter((s) => s.reason === 'subtotal' && s.row < roster.lastDataRow).map((s) => s.row);
    expect(jumlah).toHaveLength(1);
    const refs = all.filter((c) => /^=(IFERROR\()?ROW\(Nakes!\$A\$\d+\)/.test(c.formula ?? '')).map((c) => c.expected);
    expect(refs).toEqual([roster.headerRow, ...jumlah]);
    // one row: left out by a comparison with its listed row number
    const covered = all.find((c) => c.expected === model.totals.covered && c.formula?.startsWith('=SUMPRODUCT('))!;
    expect(covered.formula).toMatch(/\*\(ROW\(Nakes!\$B\$9:\$B\$\d+\)<>\$B\$\d+\)\*/);
    expect(covered.formula).not.toContain('LOOKUP(');
  });

  it('leaves many such rows out with one LOOKUP over the list', () => {
    const many = kabupatenNakesSheet(
      Array.from({ length: 9 }, (_, g) => ({ title: `PUSKESMAS ${g + 1}`, workers: nakesWorkers(3, g + 1) })),
    );
    const built = build([{ sheet: many.name, origin: { row: 0, col: 0 }, rows: many.rows }]);
    const listed = cells(built.spec.rows).filter((c) => /^=(IFERROR\()?ROW\(Nakes!/.test(c.formula ?? ''));
    expect(listed).toHaveLength(1 + 8); // the header row, then the JUMLAH rows inside the table
    const covered = cells(built.spec.rows).find((c) => c.expected === built.model.totals.covered && c.formula?.startsWith('=SUMPRODUCT('))!;
    expect(covered.formula).toMatch(/\(LOOKUP\(ROW\(Nakes!\$B\$\d+:\$B\$\d+\),\$B\$\d+:\$B\$\d+\)<>ROW\(Nakes!\$B\$\d+:\$B\$\d+\)\)/);
  });

  it('reads ticks through the alias table and gives every worker the kab/kota of the title and a category from the job title', () => {
    expect(model.totals.covered).toBeGreaterThan(0);
    expect(model.byRegency.rows.find((r) => r.key === '6103')!.eligible).toBe(model.totals.eligible);
    expect(model.byCategory.rows.find((r) => r.key === null)!.eligible).toBe(0);
    const aliasValues = new Set(all.map((c) => c.value));
    for (const v of ['√', '✓', 'ada', 'Perawat', 'Apoteker']) expect([v, aliasValues.has(v)]).toEqual([v, true]);
    expect(all.some((c) => c.value === 'Centang kepesertaan (tick)')).toBe(true);
    // the subtotal's COUNTA text in a tick column is no tick
    expect(aliasValues.has('=COUNTA(F9:F14)')).toBe(false);
  });

  it('uses native functions only, with and without "KPJ means Aktif"', () => {
    const withKpj = checkGrids([{ sheet: sheet.name, origin: { row: 0, col: 0 }, rows: sheet.rows }], {
      today: TODAY,
      kpjMeansActive: true,
    });
    const kpjSpec = buildSummarySheet(computeSummary(withKpj), withKpj);
    const formulas = [...all, ...cells(kpjSpec.rows)].filter((c) => c.formula).map((c) => c.formula!);
    expect(formulas.some((f) => f.includes('TEXT(--SUBSTITUTE('))).toBe(true);
    for (const fn of new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]))))
      expect(NATIVE_FUNCTIONS).toContain(fn);
    for (const f of formulas.filter((x) => x.includes('SUMPRODUCT'))) expect(f).not.toMatch(/\bIF(ERROR)?\(/);
  });
});
