// Writing sheets through Office.js (write-sheet.ts): summary specs, issue lists, roster sheets and templates.
import { type Cell } from '../../../src/core/cells';
import { buildIssueSheet } from '../../../src/core/report/issue-sheet';
import { checkGrids, looksLikeRoster } from '../../../src/core/roster/check';
import { findRosterGrids } from '../../../src/hosts/roster-grids';
import { rosterTemplate } from '../../../src/taskpane/workflow';
import { OfficeWorkbook } from '../../../src/hosts/office/office-workbook';
import { markerText } from '../../../src/hosts/sheet-names';
import { fakeExcel, fakeRun, fakeSettings, fakeSheet, type FakeExcel } from './excel-fake';
import { officeRosterSheet, ROSTER_HEADER } from '../roster-fixture';
import { LIST_SHEET_KIND, LIST_SHEET_NAME, parseListSource } from '../../../src/hosts/list-sheet';
import { regenciesOf } from '../../../src/core/reference/regions';
import { setup, summarySpec, syncsDuring } from './office-kit';
import { asTextInput, hyperlinkFormula } from '../../../src/hosts/office/cell-values';

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

  test('a chart spanning rows kept for it covers exactly them: Office is given the last cell it covers (the spec names the cell past it)', async () => {
    const { excel, wb } = setup();
    const spec = summarySpec();
    await wb.writeGeneratedSheet({ ...spec, charts: [{ ...spec.charts![0], anchor: 'A6', to: 'E26' }] });
    expect(excel.log.filter((e) => e.call === 'setPosition')).toEqual([
      { target: 'Ringkasan Rakor.chart', call: 'setPosition', args: ['A6', 'D25'] },
    ]);
  });

  test('Excel at the manifest’s minimum (ExcelApi 1.8, without 1.9) gets the whole sheet, chart and links, without print setup', async () => {
    const excel = fakeExcel([fakeSheet('Roster Nakes', officeRosterSheet(5))]);
    const wb = new OfficeWorkbook(fakeRun(excel), fakeSettings(), { apiSupported: (v) => Number(v.split('.')[1]) <= 8 });
    await wb.writeGeneratedSheet({ ...summarySpec(), rows: [...summarySpec().rows, [{ value: 'C7', link: "'Roster Nakes'!C7" }]] });
    expect(excel.log.filter((e) => e.call === 'setPrintTitleRows' || e.target.endsWith('.pageLayout'))).toEqual([]);
    expect(excel.log.filter((e) => e.call === 'charts.add' || e.prop === 'hyperlink')).toHaveLength(2);
    const sheet = excel.sheets.find((s) => s.name === 'Ringkasan Rakor')!;
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

  test('the messages wrap, with one command for the whole column', async () => {
    const { excel, wb } = setup();
    const spec = buildIssueSheet(reportFor(20));
    await wb.writeGeneratedSheet(spec);
    const header = spec.rows.findIndex((r) => r[0]?.value === 'No');
    expect(excel.log.filter((e) => e.prop === 'wrapText')).toEqual([
      { target: `Pemeriksaan Data!H${header + 2}:H${spec.rows.length}.format`, prop: 'wrapText', value: true },
    ]);
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
    expect((await findRosterGrids(wb, { scope: 'all' })).map((g) => g.sheet)).toEqual(['Roster Nakes', name]);
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
