import { dateCell, errorCell, type Cell } from '../../../src/core/cells';
import { buildIssueSheet } from '../../../src/core/report/issue-sheet';
import { checkGrids, looksLikeRoster } from '../../../src/core/roster/check';
import { collectGrids, rosterTemplate } from '../../../src/taskpane/workflow';
import type { SheetRequest, SheetSpec } from '../../../src/core/sheet-spec';
import { OfficeWorkbook, readBlockRows, asTextInput, MARKS_SHEET, hyperlinkFormula } from '../../../src/hosts/office/office-workbook';
import { markerText } from '../../../src/hosts/sheet-names';
import { fakeExcel, fakeRun, fakeSettings, fakeSheet, type FakeExcel } from './excel-fake';
import { officeRosterSheet, ROSTER_HEADER } from '../roster-fixture';
import { LIST_SHEET_KIND, LIST_SHEET_NAME, parseListSource } from '../../../src/hosts/list-sheet';
import { regenciesOf } from '../../../src/core/reference/regions';

function setup(sheets = [fakeSheet('Roster Nakes', officeRosterSheet(50))], settings = fakeSettings()) {
  const excel = fakeExcel(sheets);
  const wb = new OfficeWorkbook(fakeRun(excel), settings);
  return { excel, wb, settings };
}

const syncsDuring = async (excel: FakeExcel, fn: () => Promise<unknown>): Promise<number> => {
  const before = excel.syncs;
  await fn();
  return excel.syncs - before;
};

function summarySpec(regencyText = 'Kabupaten Sambas'): SheetSpec {
  return {
    name: 'Ringkasan Rakor',
    kind: 'summary',
    rows: [
      [{ value: 'Ringkasan Cakupan Jamsostek', style: 'title' }, null, null, { value: markerText('summary'), style: 'marker' }],
      [
        { value: 'Target UCJ', style: 'header' },
        { value: 0.5956, numberFormat: '0.0%' },
      ],
      [
        { value: 'Kabupaten/Kota', style: 'header' },
        { value: 'Sasaran', style: 'header' },
        { value: 'Terlindungi', style: 'header' },
        { value: 'Cakupan', style: 'header' },
      ],
      [
        { value: regencyText },
        { formula: "=COUNTIFS('Roster Nakes'!$F$5:$F$54,A4)", expected: 9, numberFormat: '#,##0' },
        { formula: "=COUNTIFS('Roster Nakes'!$F$5:$F$54,A4,'Roster Nakes'!$K$5:$K$54,\"Aktif\")", expected: 3, numberFormat: '#,##0' },
        { formula: '=IFERROR(C4/B4,0)', expected: 1 / 3, numberFormat: '0.0%' },
      ],
    ],
    names: [{ name: 'UCJ_Target', ref: '$B$2' }],
    tables: [{ name: 'RingkasanKabKota', range: 'A3:D4' }],
    freezeRows: 3,
    print: { landscape: true, fitToWidth: true, titleRows: '$1:$3' },
    charts: [
      {
        type: 'bar',
        title: 'Cakupan per kab/kota',
        categories: 'A4:A4',
        series: [
          { name: 'Cakupan', values: 'D4:D4' },
          { name: 'Target', values: 'B2:B2' },
        ],
        anchor: 'F3',
        valueFormat: '0%',
      },
    ],
  };
}

describe('OfficeWorkbook reading', () => {
  test('reads a 100,000-row roster in blocks of at most 10,000 rows within the sync budget', async () => {
    const n = 100_000;
    const { excel, wb } = setup([fakeSheet('Roster Nakes', officeRosterSheet(n))]);
    excel.sheets[0].numberFormats.set('E5', 'dd-mm-yyyy');
    const progress: number[] = [];
    let grid: Awaited<ReturnType<typeof wb.readSheet>> | undefined;
    // The task pane's whole read path for "Periksa roster" (list sheets, active sheet, read), then the check.
    const syncs = await syncsDuring(excel, async () => {
      [grid] = await collectGrids(wb, 'active', looksLikeRoster, { onProgress: (p) => progress.push(p.done) });
    });
    const totalRows = n + 4;
    expect(syncs).toBeLessThanOrEqual(Math.ceil(totalRows / 10_000) + 3);
    const result = checkGrids([grid!], { province: '61' });
    expect(result.rosters[0].rows).toBe(n);
    expect(result.rosters[0].headerRow).toBe(4);
    const valueLoads = excel.loads.filter((l) => l.prop === 'values');
    expect(Math.max(...valueLoads.map((l) => l.rows))).toBeLessThanOrEqual(10_000);
    expect(valueLoads.reduce((s, l) => s + l.rows, 0)).toBe(totalRows);
    expect(grid!.rows).toHaveLength(totalRows);
    expect(grid!.origin).toEqual({ row: 0, col: 0 });
    expect(grid!.rows[3]).toEqual(ROSTER_HEADER);
    // Text stays text, empty is null, the date-formatted column gives dates.
    const row = grid!.rows[4 + 2];
    expect(row[2]).toBe(officeRosterSheet(3)[6][2]);
    expect(row[4]).toEqual(dateCell(officeRosterSheet(3)[6][4] as number));
    expect(row[11]).toBeNull();
    expect(progress[progress.length - 1]).toBe(totalRows);
  });

  test('a wide sheet reads in smaller blocks so each request stays near 4 MB', () => {
    expect(readBlockRows(15)).toBe(10_000);
    expect(readBlockRows(60)).toBeLessThan(10_000);
    expect(readBlockRows(60) * 60 * 24).toBeLessThanOrEqual(4_000_000);
  });

  test('error texts become error cells, other text stays text', async () => {
    const cells = officeRosterSheet(3);
    cells[5][2] = '#N/A';
    cells[6][1] = '<script>alert(1)</script>';
    const { wb } = setup([fakeSheet('R', cells)]);
    const grid = await wb.readSheet('R');
    expect(grid.rows[5][2]).toEqual(errorCell('#N/A'));
    expect(grid.rows[6][1]).toBe('<script>alert(1)</script>');
  });

  test('the used range may start below and right of A1', async () => {
    const cells: unknown[][] = [[], [], ['', '', 'Nama', 'NIK'], ['', '', 'Ani', '6171014501900001']];
    const { wb } = setup([fakeSheet('R', cells)]);
    const grid = await wb.readSheet('R');
    expect(grid.origin).toEqual({ row: 2, col: 2 });
    expect(grid.rows).toEqual([
      ['Nama', 'NIK'],
      ['Ani', '6171014501900001'],
    ]);
  });

  test('Cancel stops between blocks', async () => {
    const { wb } = setup([fakeSheet('R', officeRosterSheet(25_000))]);
    const controller = new AbortController();
    const read = wb.readSheet('R', { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('OfficeWorkbook writing the summary', () => {
  test('writes values as formulas in one range, number formats, styles, names, table, chart within 8 syncs', async () => {
    const { excel, wb } = setup();
    let name = '';
    const syncs = await syncsDuring(excel, async () => {
      name = await wb.writeGeneratedSheet(summarySpec());
    });
    expect(name).toBe('Ringkasan Rakor');
    expect(syncs).toBeLessThanOrEqual(8);
    const writes = excel.log.filter((e) => e.target === 'Ringkasan Rakor!A1:D4');
    // One write of values (formulas included), then one of number formats.
    expect(writes.map((w) => w.prop)).toEqual(['formulas', 'numberFormat']);
    expect(writes[0].value).toEqual([
      ['Ringkasan Cakupan Jamsostek', '', '', markerText('summary')],
      ['Target UCJ', 0.5956, '', ''],
      ['Kabupaten/Kota', 'Sasaran', 'Terlindungi', 'Cakupan'],
      [
        'Kabupaten Sambas',
        "=COUNTIFS('Roster Nakes'!$F$5:$F$54,A4)",
        "=COUNTIFS('Roster Nakes'!$F$5:$F$54,A4,'Roster Nakes'!$K$5:$K$54,\"Aktif\")",
        '=IFERROR(C4/B4,0)',
      ],
    ]);
    expect(writes[1].value).toEqual([
      ['General', 'General', 'General', 'General'],
      ['General', '0.0%', 'General', 'General'],
      ['General', 'General', 'General', 'General'],
      ['General', '#,##0', '#,##0', '0.0%'],
    ]);
    // Calculation is suspended before the big write and the write happens before the sync that ends the batch.
    const suspendAt = excel.log.findIndex((e) => e.call === 'suspendApiCalculationUntilNextSync');
    const writeAt = excel.log.findIndex((e) => e.target === 'Ringkasan Rakor!A1:D4' && e.prop === 'formulas');
    expect(suspendAt).toBeGreaterThan(-1);
    expect(suspendAt).toBeLessThan(writeAt);
    expect(excel.log.slice(suspendAt, writeAt).some((e) => e.call === 'sync')).toBe(false);
    expect(excel.log).toEqual(
      expect.arrayContaining([
        { target: 'Ringkasan Rakor!A3:D3.format.font', prop: 'bold', value: true },
        { target: 'Ringkasan Rakor!A3:D3.format.fill', prop: 'color', value: '#DDEBF7' },
        { target: 'Ringkasan Rakor', call: 'tables.add', args: ['A3:D4', true] },
        { target: 'Ringkasan Rakor', call: 'freezeRows', args: [3] },
        { target: 'Ringkasan Rakor', call: 'setPrintTitleRows', args: ['$1:$3'] },
        { target: 'Ringkasan Rakor.pageLayout', prop: 'orientation', value: 'Landscape' },
        { target: 'Ringkasan Rakor', call: 'charts.add', args: ['BarClustered', 'Columns'] },
        { target: 'Ringkasan Rakor.chart', call: 'series.add', args: ['Target'] },
        { target: 'name:UCJ_Target', call: 'names.add' },
      ]),
    );
    expect(excel.active).toBe('Ringkasan Rakor');
  });

  test('older Excel without ExcelApi 1.7/1.9 still gets the sheet, without chart, print setup or link objects', async () => {
    const excel = fakeExcel([fakeSheet('Roster Nakes', officeRosterSheet(5))]);
    const wb = new OfficeWorkbook(fakeRun(excel), fakeSettings(), { apiSupported: (v) => Number(v.split('.')[1]) < 7 });
    await wb.writeGeneratedSheet({ ...summarySpec(), rows: [...summarySpec().rows, [{ value: 'C7', link: "'Roster Nakes'!C7" }]] });
    expect(excel.log.filter((e) => e.call === 'charts.add' || e.call === 'setPrintTitleRows' || e.prop === 'hyperlink')).toEqual([]);
    const sheet = excel.sheets.find((s) => s.name === 'Ringkasan Rakor')!;
    expect(sheet.formulas.get('A5')).toBe(`=HYPERLINK("#'Roster Nakes'!C7","C7")`);
    expect(sheet.formulas.get('D4')).toBe('=IFERROR(C4/B4,0)');
  });

  test('roster text that looks like a formula is written as text', async () => {
    const { excel, wb } = setup();
    await wb.writeGeneratedSheet(summarySpec('=HYPERLINK("http://evil.example","klik")'));
    const sheet = excel.sheets.find((s) => s.name === 'Ringkasan Rakor')!;
    expect(sheet.cells[3][0]).toBe('=HYPERLINK("http://evil.example","klik")');
    expect(sheet.formulas.has('A4')).toBe(false);
    expect(sheet.formulas.get('D4')).toBe('=IFERROR(C4/B4,0)');
    expect(asTextInput('+62 812')).toBe("'+62 812");
    expect(asTextInput("'0812")).toBe("''0812");
    expect(asTextInput('Kota Pontianak')).toBe('Kota Pontianak');
  });

  test('regenerating replaces only the sheet this add-in made; a user sheet with the name is kept', async () => {
    const user = fakeSheet('Ringkasan Rakor', [['my own notes']]);
    const { excel, wb } = setup([fakeSheet('Roster Nakes', officeRosterSheet(5)), user]);
    const first = await wb.writeGeneratedSheet(summarySpec());
    expect(first).toBe('Ringkasan Rakor (2)');
    expect(user.cells[0][0]).toBe('my own notes');
    const second = await wb.writeGeneratedSheet(summarySpec());
    expect(second).toBe('Ringkasan Rakor (2)');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Roster Nakes', 'Ringkasan Rakor', 'Ringkasan Rakor (2)']);
    expect(excel.sheets.includes(user)).toBe(true);
    const listed = await wb.listSheets();
    expect(listed.find((s) => s.name === 'Ringkasan Rakor (2)')?.generatedKind).toBe('summary');
    expect(listed.find((s) => s.name === 'Ringkasan Rakor')?.generatedKind).toBeUndefined();
  });

  test("defined names: the replaced sheet's name is renewed, a user's own name of the same spelling is kept", async () => {
    const { excel, wb } = setup();
    await wb.writeGeneratedSheet(summarySpec());
    await wb.writeGeneratedSheet(summarySpec());
    expect(excel.names).toEqual([{ name: 'UCJ_Target', formula: "='Ringkasan Rakor'!$B$2" }]);
    expect(excel.sheets.find((x) => x.name === 'Ringkasan Rakor')!.tables).toEqual(['RingkasanKabKota']);
  });

  test('names are picked free before the spec is built: formulas use them, no rewriting afterwards', async () => {
    const budget = fakeSheet('Anggaran', [['Anggaran BPU']], { tables: ['RingkasanKabKota'] });
    const { excel, wb } = setup([fakeSheet('Roster Nakes', officeRosterSheet(5)), budget]);
    excel.names.push({ name: 'UCJ_Target', formula: "='Anggaran'!$C$3" });
    // A plain spec's formulas would still say UCJ_Target: refused before anything is written.
    await expect(wb.writeGeneratedSheet(summarySpec())).rejects.toThrow(/UCJ_Target/);
    expect(excel.sheets.map((x) => x.name)).toEqual(['Roster Nakes', 'Anggaran']);

    const picked: string[] = [];
    const request: SheetRequest = {
      name: 'Ringkasan Rakor',
      kind: 'summary',
      build: (pick) => {
        const target = pick('UCJ_Target');
        picked.push(target);
        const s = summarySpec();
        return {
          ...s,
          names: [{ name: target, ref: '$B$2' }],
          tables: [{ name: pick('RingkasanKabKota'), range: 'A3:D4' }],
          // A text literal that spells the name is text, never a reference.
          rows: [...s.rows, [{ value: 'x' }, { formula: `=${target}*B4+LEN("UCJ_Target")`, expected: 1 }]],
        };
      },
    };
    const syncs = await syncsDuring(excel, () => wb.writeGeneratedSheet(request));
    expect(syncs).toBeLessThanOrEqual(8);
    expect(picked).toEqual(['UCJ_Target_2']);
    expect(excel.names).toEqual([
      { name: 'UCJ_Target', formula: "='Anggaran'!$C$3" },
      { name: 'UCJ_Target_2', formula: "='Ringkasan Rakor'!$B$2" },
    ]);
    const ours = excel.sheets.find((x) => x.name === 'Ringkasan Rakor')!;
    expect(ours.formulas.get('B5')).toBe('=UCJ_Target_2*B4+LEN("UCJ_Target")');
    expect(ours.tables).toEqual(['RingkasanKabKota_2']);
    expect(budget.tables).toEqual(['RingkasanKabKota']);

    // Regenerating: its own names are renewed, not suffixed again.
    await wb.writeGeneratedSheet(request);
    expect(excel.names.map((n) => n.name)).toEqual(['UCJ_Target', 'UCJ_Target_2']);
    expect(excel.sheets.find((x) => x.name === 'Ringkasan Rakor')!.tables).toEqual(['RingkasanKabKota_2']);
  });

  test('a broken (#REF!) name of the wanted spelling is taken over, as left when a summary sheet was deleted', async () => {
    const { excel, wb } = setup();
    excel.names.push({ name: 'UCJ_Target', formula: '=#REF!$B$2' });
    await wb.writeGeneratedSheet(summarySpec());
    expect(excel.names).toEqual([{ name: 'UCJ_Target', formula: "='Ringkasan Rakor'!$B$2" }]);
  });

  test('a same-named sheet carrying the marker (made by the command line) is replaced', async () => {
    const fromCli = fakeSheet('Ringkasan Rakor', [['Ringkasan', '', '', markerText('summary')]]);
    const { excel, wb } = setup([fakeSheet('Roster Nakes', officeRosterSheet(5)), fromCli]);
    const name = await wb.writeGeneratedSheet(summarySpec());
    expect(name).toBe('Ringkasan Rakor');
    expect(excel.sheets.includes(fromCli)).toBe(false);
    expect(excel.sheets.filter((s) => s.name.startsWith('Ringkasan'))).toHaveLength(1);
  });

  test('settings keep only the generated-sheet ids, never roster data', async () => {
    const { wb, settings } = setup();
    await wb.setSettings({ province: '61', target: 0.5956, year: 2025, lang: 'en' });
    await wb.writeGeneratedSheet(summarySpec());
    expect(await wb.getSettings()).toEqual({ province: '61', target: 0.5956, year: 2025, lang: 'en' });
    const stored = JSON.stringify(settings.data);
    expect(stored).not.toMatch(/\d{16}/);
    expect(stored).not.toMatch(/Sambas|Siti|Rahmawati/);
    expect(Object.keys(settings.data).sort()).toEqual(['cj.generatedSheets', 'cj.lang', 'cj.province', 'cj.target', 'cj.year']);
  });
});

describe('OfficeWorkbook writing the issue list', () => {
  function reportFor(rows: number) {
    const cells = officeRosterSheet(rows).map((r) => r.map((v) => (v === '' ? null : (v as Cell))));
    for (let i = 4; i < cells.length; i++) cells[i][2] = (cells[i][2] as string).slice(0, 12); // every NIK too short
    return checkGrids([{ sheet: 'Roster Nakes', origin: { row: 0, col: 0 }, rows: cells }], { province: '61' });
  }

  test('a short list links each cell with a hyperlink object', async () => {
    const { excel, wb } = setup();
    await wb.writeGeneratedSheet(buildIssueSheet(reportFor(20)));
    const links = excel.log.filter((e) => e.prop === 'hyperlink');
    expect(links.length).toBeGreaterThanOrEqual(20);
    expect(links[0].value).toEqual<Record<string, unknown>>({
      documentReference: expect.stringMatching(/^'Roster Nakes'!C\d+$/),
      textToDisplay: expect.stringMatching(/^C\d+$/),
    });
  });

  test('a long list goes in blocks of 5,000 rows with HYPERLINK formulas, never one oversized request', async () => {
    const { excel, wb } = setup();
    const report = reportFor(12_000);
    const spec = buildIssueSheet(report);
    await wb.writeGeneratedSheet(spec);
    const writes = excel.log.filter((e) => e.prop === 'formulas' && e.target.startsWith('Pemeriksaan Data!'));
    expect(writes.length).toBe(Math.ceil(spec.rows.length / 5_000));
    for (const w of writes) expect((w.value as unknown[][]).length).toBeLessThanOrEqual(5_000);
    expect(excel.log.filter((e) => e.prop === 'hyperlink')).toEqual([]);
    const sheet = excel.sheets.find((s) => s.name === 'Pemeriksaan Data')!;
    const header = spec.rows.findIndex((r) => r[0]?.value === 'No');
    expect(sheet.formulas.get(`E${header + 2}`)).toMatch(/^=HYPERLINK\("#'Roster Nakes'!C\d+","C\d+"\)$/);
    expect(JSON.stringify(writes.map((w) => w.value))).not.toMatch(/\d{16}/);
  });

  test('hyperlink formulas double quotes so a sheet name cannot end the string', () => {
    expect(hyperlinkFormula(`'Data "A"'!B2`, 'B2')).toBe(`=HYPERLINK("#'Data ""A""'!B2","B2")`);
  });
});

describe('OfficeWorkbook marks and fixes', () => {
  test('Mark then Clear restores the exact fills, font colours and notes, in at most three syncs each', async () => {
    const roster = fakeSheet('Roster Nakes', officeRosterSheet(20));
    roster.fills.set('C6', '#00B050');
    roster.fontColors.set('C6', '#7030A0');
    roster.notes.set('C6', 'dicek bu Rina');
    const { excel, wb } = setup([roster]);
    const marks = [
      { sheet: 'Roster Nakes', cell: 'C6', severity: 'error' as const, note: 'NIK harus 16 digit' },
      { sheet: 'Roster Nakes', cell: 'F7', severity: 'warning' as const, note: 'Kab/kota tidak dikenal' },
      { sheet: 'Roster Nakes', cell: 'F7', severity: 'error' as const, note: 'Wajib diisi' },
    ];
    expect(await syncsDuring(excel, () => wb.markCells(marks))).toBe(2);
    expect(roster.fills.get('C6')).toBe('#FDE7E9');
    expect(roster.fills.get('F7')).toBe('#FDE7E9');
    expect(roster.notes.get('C6')).toBe('dicek bu Rina\n\nNIK harus 16 digit');
    expect(roster.notes.get('F7')).toBe('Kab/kota tidak dikenal\nWajib diisi');
    const store = excel.sheets.find((s) => s.name === MARKS_SHEET)!;
    expect(store.visibility).toBe('VeryHidden');
    // Marking again must not remember our own highlight as the "prior" format.
    await wb.markCells([marks[0]]);
    expect(await syncsDuring(excel, () => wb.clearMarks())).toBeLessThanOrEqual(3);
    expect(roster.fills.get('C6')).toBe('#00B050');
    expect(roster.fontColors.get('C6')).toBe('#7030A0');
    expect(roster.notes.get('C6')).toBe('dicek bu Rina');
    expect(roster.fills.has('F7')).toBe(false);
    expect(roster.notes.has('F7')).toBe(false);
    expect(excel.sheets.some((s) => s.name === MARKS_SHEET)).toBe(false);
    // Roster values untouched.
    expect(roster.cells).toEqual(officeRosterSheet(20));
  });

  test('many marks go in chunks of 2,000 cells and all are restored', async () => {
    const roster = fakeSheet('R', officeRosterSheet(5_000));
    roster.fills.set('C100', '#FFFF00');
    const { excel, wb } = setup([roster]);
    const marks = Array.from({ length: 5_000 }, (_, i) => ({ sheet: 'R', cell: `C${i + 5}`, severity: 'error' as const, note: `m${i}` }));
    expect(await syncsDuring(excel, () => wb.markCells(marks))).toBe(6);
    const store = excel.sheets.find((s) => s.name === MARKS_SHEET)!;
    expect(store.cells.filter((r) => r[0] === 'R')).toHaveLength(5_000);
    expect(roster.fills.get('C5004')).toBe('#FDE7E9');
    await wb.clearMarks();
    expect(roster.fills.get('C100')).toBe('#FFFF00');
    expect(roster.fills.has('C5004')).toBe(false);
    expect(roster.notes.size).toBe(0);
  });

  test('Clear marks copes with a deleted sheet and a note the user removed', async () => {
    const a = fakeSheet('A', officeRosterSheet(5));
    const b = fakeSheet('B', officeRosterSheet(5));
    const { excel, wb } = setup([a, b]);
    await wb.markCells([
      { sheet: 'A', cell: 'C5', severity: 'error', note: 'x' },
      { sheet: 'B', cell: 'C5', severity: 'error', note: 'y' },
    ]);
    excel.sheets = excel.sheets.filter((s) => s !== b);
    a.notes.delete('C5');
    await wb.clearMarks();
    expect(a.fills.has('C5')).toBe(false);
    expect(a.notes.has('C5')).toBe(false);
    expect(excel.log.filter((e) => e.call === 'note.delete')).toEqual([]);
    expect(excel.sheets.map((s) => s.name)).toEqual(['A']);
  });

  test('fixes apply only where the cell still holds the previewed value, as text', async () => {
    const cells = officeRosterSheet(5);
    cells[4][5] = 'kab kubu raya ';
    cells[5][5] = 'Sintang';
    const { excel, wb } = setup([fakeSheet('R', cells)]);
    const applied = await wb.applyFixes([
      { sheet: 'R', cell: 'F5', expectedOld: 'kab kubu raya ', fix: { value: 'Kabupaten Kubu Raya' } },
      { sheet: 'R', cell: 'F6', expectedOld: 'sintang', fix: { value: 'Kabupaten Sintang' } },
    ]);
    expect(applied).toBe(1);
    expect(excel.sheets[0].cells[4][5]).toBe('Kabupaten Kubu Raya');
    expect(excel.sheets[0].cells[5][5]).toBe('Sintang');
  });

  test('many fixes go in chunks of 5,000 cells (two syncs each)', async () => {
    const cells = officeRosterSheet(12_000);
    for (let r = 4; r < cells.length; r++) cells[r][10] = 'aktif';
    const { excel, wb } = setup([fakeSheet('R', cells)]);
    const fixes = cells.slice(4).map((_, i) => ({ sheet: 'R', cell: `K${i + 5}`, expectedOld: 'aktif', fix: { value: 'Aktif' } }));
    expect(await syncsDuring(excel, async () => expect(await wb.applyFixes(fixes)).toBe(12_000))).toBe(6);
    expect(excel.sheets[0].cells.slice(4).every((r) => r[10] === 'Aktif')).toBe(true);
  });

  test('selecting an issue activates its sheet and selects the cell in one sync', async () => {
    const { excel, wb } = setup([fakeSheet('A', [['x']]), fakeSheet('Roster Nakes', officeRosterSheet(5))]);
    expect(await syncsDuring(excel, () => wb.selectCell('Roster Nakes', 'C7'))).toBe(1);
    expect(excel.active).toBe('Roster Nakes');
    expect(excel.selection).toEqual({ sheet: 'Roster Nakes', cell: 'C7' });
  });
});

describe('OfficeWorkbook inserting roster sheets', () => {
  test('formats NIK/KPJ columns as text before writing values, adds lists and freezes the header', async () => {
    const { excel, wb } = setup();
    const name = await wb.insertRosterSheet({
      name: 'Roster Nakes',
      rows: [ROSTER_HEADER, ['1', 'Ani', '6171014501900001', 'P']],
      headerRow: 0,
      textColumns: [2, 11],
      validations: [{ column: 3, values: ['L', 'P'], toRow: 500 }],
    });
    expect(name).toBe('Roster Nakes (2)');
    const textAt = excel.log.findIndex((e) => e.target === 'Roster Nakes (2)!C1:C501' && e.prop === 'numberFormat');
    const valuesAt = excel.log.findIndex((e) => e.target === 'Roster Nakes (2)!A1:O2' && e.prop === 'formulas');
    expect(textAt).toBeGreaterThan(-1);
    expect(textAt).toBeLessThan(valuesAt);
    expect(excel.log[textAt].value).toEqual(Array.from({ length: 501 }, () => ['@']));
    expect(excel.log).toEqual(
      expect.arrayContaining([
        { target: 'Roster Nakes (2)!D2:D501.dataValidation', prop: 'rule', value: { list: { inCellDropDown: true, source: 'L,P' } } },
        { target: 'Roster Nakes (2)', call: 'freezeRows', args: [1] },
      ]),
    );
    const sheet = excel.sheets.find((s) => s.name === 'Roster Nakes (2)')!;
    expect(sheet.cells[1][2]).toBe('6171014501900001');
    expect(sheet.numberFormats.get('C2')).toBe('@');
  });
});

describe('OfficeWorkbook roster template drop-downs', () => {
  const kabKota = regenciesOf('61').map((r) => r.name);
  const ruleOf = (excel: FakeExcel, target: string) =>
    excel.log.find((e) => e.target === `${target}.dataValidation` && e.prop === 'rule')?.value as
      { list: { inCellDropDown: boolean; source: string } } | undefined;
  /** The values a list source points at, read from the fake workbook as Excel would. */
  const choices = (excel: FakeExcel, source: string): unknown[] => {
    const ref = parseListSource(source);
    if (!ref) return source.split(',');
    const sheet = excel.sheets.find((x) => x.name === ref.sheet)!;
    return Array.from({ length: ref.toRow - ref.fromRow + 1 }, (_, i) => sheet.cells[ref.fromRow + i]?.[ref.column]);
  };

  test('regression: Kalimantan Barat template has a kab/kota drop-down (list over 255 characters)', async () => {
    const { excel, wb, settings } = setup();
    let name = '';
    expect(
      await syncsDuring(excel, async () => {
        name = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
      }),
    ).toBe(2);
    expect(kabKota.join(',').length).toBeGreaterThan(255);
    const rule = ruleOf(excel, `${name}!F2:F1001`);
    expect(rule).toEqual({ list: { inCellDropDown: true, source: `='${LIST_SHEET_NAME}'!$A$3:$A$16` } });
    expect(choices(excel, rule!.list.source)).toEqual(kabKota);
    // Short lists stay inline.
    expect(ruleOf(excel, `${name}!D2:D1001`)).toEqual({ list: { inCellDropDown: true, source: 'L,P' } });
    // The list sheet: added hidden, marked, its column written as text in one write, before the rule points at it.
    const lists = excel.sheets.find((x) => x.name === LIST_SHEET_NAME)!;
    expect(lists.visibility).toBe('Hidden');
    expect(lists.cells[0][0]).toBe(markerText(LIST_SHEET_KIND));
    const column = excel.log.filter((e) => e.target === `${LIST_SHEET_NAME}!A2:A16`);
    expect(column.map((e) => e.prop)).toEqual(['numberFormat', 'values']);
    expect(column[1].value).toEqual([['Kabupaten/Kota Kalimantan Barat (61)'], ...kabKota.map((n) => [n])]);
    const addedAt = excel.log.findIndex((e) => e.target === LIST_SHEET_NAME && e.call === 'worksheets.add');
    const ruleAt = excel.log.findIndex((e) => e.target === `${name}!F2:F1001.dataValidation`);
    expect(addedAt).toBeGreaterThan(-1);
    expect(addedAt).toBeLessThan(ruleAt);
    expect(excel.active).toBe(name);
    expect(settings.data['cj.generatedSheets']).toEqual({ [lists.id]: LIST_SHEET_KIND });
  });

  test('the list sheet is never read as a roster, even when the user unhides it', async () => {
    const { excel, wb } = setup();
    const name = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(['Roster Nakes', name]);
    excel.sheets.find((x) => x.name === LIST_SHEET_NAME)!.visibility = 'Visible';
    expect((await wb.listSheets()).find((s) => s.name === LIST_SHEET_NAME)?.generatedKind).toBe(LIST_SHEET_KIND);
    expect((await collectGrids(wb, 'all', looksLikeRoster)).map((g) => g.sheet)).toEqual(['Roster Nakes', name]);
    expect(looksLikeRoster(await wb.readSheet(LIST_SHEET_NAME))).toBe(false);
  });

  test('a second template reuses the list sheet in three syncs, rewriting its column in place', async () => {
    const { excel, wb } = setup();
    const first = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
    excel.log.length = 0;
    let second = '';
    expect(
      await syncsDuring(excel, async () => {
        second = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
      }),
    ).toBe(3);
    expect(second).toBe('Roster Baru (2)');
    expect(excel.log.some((e) => e.call === 'worksheets.add' && e.target !== second)).toBe(false);
    expect(excel.log.some((e) => e.call === 'delete')).toBe(false);
    expect(excel.sheets.filter((x) => x.name.startsWith(LIST_SHEET_NAME))).toHaveLength(1);
    expect(ruleOf(excel, `${second}!F2:F1001`)!.list.source).toBe(`='${LIST_SHEET_NAME}'!$A$3:$A$16`);
    expect(first).toBe('Roster Baru');
    // Another province's list takes the next column; Kalimantan Barat's stays where the first templates point.
    const jatim = regenciesOf('35').map((r) => r.name);
    const third = await wb.insertRosterSheet(rosterTemplate('35', 'Roster Jatim'));
    const source = ruleOf(excel, `${third}!F2:F1001`)!.list.source;
    expect(source).toBe(`='${LIST_SHEET_NAME}'!$B$3:$B$${2 + jatim.length}`);
    expect(choices(excel, source)).toEqual(jatim);
    expect(choices(excel, `='${LIST_SHEET_NAME}'!$A$3:$A$16`)).toEqual(kabKota);
  });

  test('a user sheet named like the list sheet is left alone; a marked one made elsewhere is reused and registered', async () => {
    const mine = fakeSheet(LIST_SHEET_NAME, [['daftar saya'], ['Pontianak']]);
    const { excel, wb } = setup([fakeSheet('Roster Nakes', officeRosterSheet(5)), mine]);
    const name = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
    expect(mine.cells).toEqual([['daftar saya'], ['Pontianak']]);
    expect(ruleOf(excel, `${name}!F2:F1001`)!.list.source).toBe(`='${LIST_SHEET_NAME} (2)'!$A$3:$A$16`);
    expect(excel.sheets.find((x) => x.name === `${LIST_SHEET_NAME} (2)`)!.visibility).toBe('Hidden');

    const marked = fakeSheet(
      LIST_SHEET_NAME,
      [[markerText(LIST_SHEET_KIND)], ['Kabupaten/Kota Kalimantan Barat (61)'], ['Kabupaten Sambas']],
      { visibility: 'Hidden' },
    );
    const other = setup([fakeSheet('Roster Nakes', officeRosterSheet(5)), marked]);
    const inserted = await other.wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
    expect(ruleOf(other.excel, `${inserted}!F2:F1001`)!.list.source).toBe(`='${LIST_SHEET_NAME}'!$A$3:$A$16`);
    expect(marked.cells.slice(2).map((r) => r[0])).toEqual(kabKota);
    expect(other.settings.data['cj.generatedSheets']).toEqual({ [marked.id]: LIST_SHEET_KIND });
  });
});
