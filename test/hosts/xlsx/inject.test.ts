// Adding the summary sheet to a copy of a user's .xlsx by editing the package: the user's parts stay
// byte-identical, only a sheet carrying our marker is ever replaced, a user's own "Ringkasan Rakor"
// keeps its name (ours takes another), and names never clash.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SheetRequest, SheetSpec } from '../../../src/core/sheet-spec';
import { addGeneratedSheets, generatedSheetOf, injectSheet, openPackage, savePackage } from '../../../src/hosts/xlsx/inject';
import { expectValidXlsx } from '../../support/ooxml';
import { requireTool } from '../../support/system-tools';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inject-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function spec(title: string, extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: 'Ringkasan Rakor',
    kind: 'summary',
    rows: [
      [{ value: title, style: 'title' }, null, null, { value: 'cakupan-jamsostek:generated:summary', style: 'marker' }],
      [{ value: 'Target' }, { value: 0.5956, numberFormat: '0.00%' }],
      [
        { value: 'Ukuran', style: 'header' },
        { value: 'Nilai', style: 'header' },
      ],
      [{ value: 'Dua kali target' }, { formula: '=Target_UCJ*2', expected: 1.1912, numberFormat: '0.0%' }],
      [{ value: '=HYPERLINK("http://contoh.invalid","x")' }, { value: 1234567, numberFormat: '#,##0' }],
    ],
    tables: [{ name: 'Rakor_Utama', range: 'A3:B5' }],
    names: [{ name: 'Target_UCJ', ref: '$B$2' }],
    print: { landscape: true, fitToWidth: true, titleRows: '$1:$2' },
    freezeRows: 2,
    ...extra,
  };
}

/** The spec built with the names the host picked: the target's name in its formula, the table's name. */
function request(title: string): SheetRequest {
  return {
    name: 'Ringkasan Rakor',
    kind: 'summary',
    build: (pick) => {
      const target = pick('Target_UCJ');
      const base = spec(title);
      return spec(title, {
        names: [{ name: target, ref: '$B$2' }],
        tables: [{ name: pick('Rakor_Utama'), range: 'A3:B5' }],
        rows: base.rows.map((r, i) => (i === 3 ? [r[0], { formula: `=${target}*2`, expected: 1.1912, numberFormat: '0.0%' }] : r)),
      });
    },
  };
}

/** A user's workbook: a roster, their own sheet called "Ringkasan Rakor", a table and a defined name. */
async function userWorkbook(file: string, options: { ownName?: string; ownTable?: string; brokenName?: string } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('Roster Nakes');
  roster.addRow(['Nama', 'NIK', 'Kabupaten/Kota', 'Status Kepesertaan']);
  for (let i = 0; i < 50; i++)
    roster.addRow([`Nama ${i}`, `61120115039${String(i).padStart(5, '0')}`, 'Kubu Raya', i % 3 ? 'Aktif' : 'Belum Terdaftar']);
  roster.getCell('F2').value = { formula: 'COUNTA(A:A)', result: 51 };
  roster.addTable({ name: 'TabelNakes', ref: 'H1', columns: [{ name: 'Catatan' }], rows: [['x']] });
  const own = wb.addWorksheet('Ringkasan Rakor');
  own.getCell('A1').value = 'Catatan rapat saya (bukan buatan add-in)';
  if (options.ownName) wb.definedNames.add(`'Roster Nakes'!$A$1`, options.ownName);
  if (options.ownTable) own.addTable({ name: options.ownTable, ref: 'A3', columns: [{ name: 'Butir' }], rows: [['Anggaran']] });
  await wb.xlsx.writeFile(file);
  if (options.brokenName) {
    // What Excel leaves when the sheet a name pointed at is deleted.
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = (await zip.file('xl/workbook.xml')!.async('string')).replace(
      '</definedNames>',
      `<definedName name="${options.brokenName}">#REF!$B$2</definedName></definedNames>`,
    );
    zip.file(
      'xl/workbook.xml',
      xml.includes('<definedNames>')
        ? xml
        : xml.replace(
            '</sheets>',
            `</sheets><definedNames><definedName name="${options.brokenName}">#REF!$B$2</definedName></definedNames>`,
          ),
    );
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  }
}

async function parts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, string>();
  for (const p of Object.keys(zip.files)) if (!zip.files[p].dir) out.set(p, await zip.file(p)!.async('string'));
  return out;
}

describe('injectSheet', () => {
  it('adds the sheet without touching the user sheets; a user sheet of the same name keeps it', async () => {
    const input = path.join(dir, 'user.xlsx');
    await userWorkbook(input);
    const before = await parts(input);
    const { bytes, results } = await addGeneratedSheets(fs.readFileSync(input), [spec('v1')]);
    const out = path.join(dir, 'out.xlsx');
    fs.writeFileSync(out, bytes);
    await expectValidXlsx(out);
    const after = await parts(out);

    expect(results[0]).toMatchObject({ name: 'Ringkasan Rakor (2)', replaced: false, tables: ['Rakor_Utama'] });
    // every worksheet, table and shared-string part of the user is byte-identical
    for (const [p, text] of before) {
      if (/^xl\/(worksheets\/sheet\d+\.xml|tables\/|sharedStrings)/.test(p)) expect(after.get(p)).toBe(text);
    }
    // styles only grow: the user's cellXfs come first, unchanged
    const xfs = (s: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(s)![1];
    expect(xfs(after.get('xl/styles.xml')!).startsWith(xfs(before.get('xl/styles.xml')!))).toBe(true);

    // Excel's reader sees both sheets, our text as text and our formula
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Roster Nakes', 'Ringkasan Rakor', 'Ringkasan Rakor (2)']);
    expect(wb.getWorksheet('Ringkasan Rakor')!.getCell('A1').value).toBe('Catatan rapat saya (bukan buatan add-in)');
    const ours = wb.getWorksheet('Ringkasan Rakor (2)')!;
    expect(ours.getCell('A5').value).toBe('=HYPERLINK("http://contoh.invalid","x")');
    expect(ours.getCell('B4').value).toMatchObject({ formula: 'Target_UCJ*2', result: 1.1912 });
    expect(after.get('xl/workbook.xml')).toContain(`<definedName name="Target_UCJ">'Ringkasan Rakor (2)'!$B$2</definedName>`);
    expect(after.get('xl/workbook.xml')).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="2">'Ringkasan Rakor \(2\)'!\$1:\$2<\/definedName>/,
    );
    expect(after.get('xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });

  it('replaces only the sheet carrying its marker, in place, also after Excel-style re-saving (shared strings)', async () => {
    const first = path.join(dir, 'first.xlsx');
    const input = path.join(dir, 'user2.xlsx');
    await userWorkbook(input);
    fs.writeFileSync(first, (await addGeneratedSheets(fs.readFileSync(input), [spec('v1')])).bytes);
    // re-save through ExcelJS: strings become shared strings, parts are renumbered
    const resaved = path.join(dir, 'resaved.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    await wb.xlsx.writeFile(resaved);

    const pkg = await openPackage(fs.readFileSync(resaved));
    expect((await generatedSheetOf(pkg, 'summary'))?.name).toBe('Ringkasan Rakor (2)');
    const result = await injectSheet(pkg, request('v2'));
    // the old sheet's own names are freed by the replacement
    expect(result).toMatchObject({ name: 'Ringkasan Rakor (2)', replaced: true, tables: ['Rakor_Utama'] });
    const out = path.join(dir, 'second.xlsx');
    fs.writeFileSync(out, await savePackage(pkg));
    await expectValidXlsx(out);

    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(out);
    expect(check.worksheets.map((w) => w.name)).toEqual(['Roster Nakes', 'Ringkasan Rakor', 'Ringkasan Rakor (2)']);
    expect(check.getWorksheet('Ringkasan Rakor (2)')!.getCell('A1').value).toBe('v2');
    expect(check.getWorksheet('Ringkasan Rakor')!.getCell('A1').value).toBe('Catatan rapat saya (bukan buatan add-in)');
    const xml = (await parts(out)).get('xl/workbook.xml')!;
    expect(xml.match(/name="Target_UCJ"/g)).toHaveLength(1);
    expect(xml.match(/_xlnm.Print_Titles/g)).toHaveLength(1);
  });

  it('picks free names before building: a user defined name and table keep theirs, formulas use the new ones', async () => {
    const input = path.join(dir, 'user3.xlsx');
    await userWorkbook(input, { ownName: 'Target_UCJ', ownTable: 'rakor_utama' });
    // A plain spec cannot follow a rename in its formulas: refused, nothing half-written.
    await expect(injectSheet(await openPackage(fs.readFileSync(input)), spec('x'))).rejects.toThrow(/Target_UCJ/);

    const pkg = await openPackage(fs.readFileSync(input));
    const result = await injectSheet(pkg, request('x'));
    expect(result).toMatchObject({ name: 'Ringkasan Rakor (2)', tables: ['Rakor_Utama_2'] });
    const out = await writeTemp(await savePackage(pkg));
    await expectValidXlsx(out);
    const xml = (await parts(out)).get('xl/workbook.xml')!;
    expect(xml).toContain(`<definedName name="Target_UCJ">&apos;Roster Nakes&apos;!$A$1</definedName>`);
    expect(xml).toContain(`<definedName name="Target_UCJ_2">'Ringkasan Rakor (2)'!$B$2</definedName>`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Ringkasan Rakor (2)')!.getCell('B4').value).toMatchObject({ formula: 'Target_UCJ_2*2' });
    const tables = [...(await parts(out)).entries()]
      .filter(([p]) => p.startsWith('xl/tables/'))
      .map(([, x]) => /displayName="([^"]*)"/.exec(x)![1]);
    expect(tables.sort()).toEqual(['Rakor_Utama_2', 'TabelNakes', 'rakor_utama']);
  });

  it('takes over a broken (#REF!) name of the spelling it wants instead of adding a second one', async () => {
    const input = path.join(dir, 'user5.xlsx');
    await userWorkbook(input, { brokenName: 'Target_UCJ' });
    const { bytes } = await addGeneratedSheets(fs.readFileSync(input), [request('x')]);
    const out = await writeTemp(bytes);
    await expectValidXlsx(out);
    const xml = (await parts(out)).get('xl/workbook.xml')!;
    expect(xml).not.toContain('#REF!');
    expect(xml.match(/name="Target_UCJ"/g)).toHaveLength(1);
    expect(xml).toContain(`<definedName name="Target_UCJ">'Ringkasan Rakor (2)'!$B$2</definedName>`);
  });

  it('issue list: a place-in-this-document link per cell, wrapped messages in a link-free style, filter buttons on the table', async () => {
    const input = path.join(dir, 'user6.xlsx');
    await userWorkbook(input);
    const sheets = ['Roster Nakes', "Kader'24"];
    const issueSpec: SheetSpec = {
      name: 'Data check',
      kind: 'issues',
      rows: [
        [{ value: 'Roster data check', style: 'title' }, null, null, { value: 'cakupan-jamsostek:generated:issues', style: 'marker' }],
        [
          { value: 'Cell', style: 'header' },
          { value: 'Message', style: 'header' },
        ],
        ...sheets.map((sheet, i) => [
          { value: `C${i + 7}`, link: `'${sheet.replace(/'/g, "''")}'!C${i + 7}` },
          { value: 'NIK 611201******0001 sudah ada di baris 5 '.repeat(4), wrap: true },
        ]),
      ],
      tables: [{ name: 'Data_check', range: 'A2:B4', filter: true }],
    };
    const out = await writeTemp((await addGeneratedSheets(fs.readFileSync(input), [issueSpec])).bytes);
    await expectValidXlsx(out);
    const all = await parts(out);
    const pkg = await openPackage(fs.readFileSync(out));
    const sheetXml = all.get(pkg.sheets.find((s) => s.name === 'Data check')!.part)!;
    expect([...sheetXml.matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0])).toEqual([
      `<hyperlink ref="A3" location="'Roster Nakes'!C7" display="C7"/>`,
      `<hyperlink ref="A4" location="'Kader''24'!C8" display="C8"/>`,
    ]);
    // internal links need no relationship part
    expect([...all.keys()].some((p) => /worksheets\/_rels\/.*hyperlink/.test(all.get(p) ?? ''))).toBe(false);
    const table = [...all.entries()].find(([p, x]) => p.startsWith('xl/tables/') && x.includes('Data_check'))![1];
    expect(table).toMatch(/<table [^>]*ref="A2:B4"[^>]*><autoFilter ref="A2:B4"\/><tableColumns/);
    // The summary's tables (no filter asked) keep no filter buttons.
    const summary = await writeTemp((await addGeneratedSheets(fs.readFileSync(input), [spec('v1')])).bytes);
    const rakor = [...(await parts(summary)).entries()].find(([p, x]) => p.startsWith('xl/tables/') && x.includes('Rakor_Utama'))![1];
    expect(rakor).not.toContain('<autoFilter');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Data check')!;
    expect(ws.getCell('B3').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('A3').alignment?.wrapText).toBeFalsy();
    expect(ws.getCell('A3').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    expect(ws.getCell('B3').font?.underline).toBeFalsy();
  });

  it('writes well-formed XML (xmllint) that the Open XML SDK accepts, control characters included', async () => {
    const xmllint = requireTool('xmllint');
    const input = path.join(dir, 'user4.xlsx');
    await userWorkbook(input);
    const out = await writeTemp((await addGeneratedSheets(fs.readFileSync(input), [spec('<&>"\u0001')])).bytes);
    await expectValidXlsx(out);
    const all = await parts(out);
    for (const [p, text] of all) {
      if (!/\.(xml|rels)$/.test(p)) continue;
      const f = path.join(dir, 'part.xml');
      fs.writeFileSync(f, text);
      expect(() => execFileSync(xmllint, ['--noout', f], { stdio: 'pipe' })).not.toThrow();
    }
  });
});

/** A spec with every print and display feature of the summary: what the handout needs from the package. */
function handout(title: string): SheetSpec {
  const base = spec(title);
  const rows = [
    ...base.rows,
    [
      { value: 'Kabupaten/Kota', style: 'header' as const },
      { value: 'Terlindungi', style: 'header' as const, align: 'right' as const },
      { value: 'Status', style: 'header' as const },
    ],
    [
      { value: 'Kota Pontianak' },
      { value: 659, numberFormat: '#,##0' },
      { formula: '=IF(B7>600,"Tercapai","Belum tercapai")', expected: 'Tercapai' },
    ],
    [
      { value: 'Kota Singkawang' },
      { value: 210, numberFormat: '#,##0' },
      { formula: '=IF(B8>600,"Tercapai","Belum tercapai")', expected: 'Belum tercapai' },
    ],
    [
      { value: 'Target typed here', style: 'input' as const },
      { value: 0.45, numberFormat: '0.00%', style: 'input' as const },
    ],
  ];
  // the marker moves to a hidden column, as the summary keeps it
  rows[0] = [
    rows[0][0],
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    { value: 'cakupan-jamsostek:generated:summary', style: 'marker' as const },
  ];
  return spec(title, {
    rows,
    hiddenColumns: [8],
    rowHeights: [{ row: 5, height: 30 }],
    conditionalFormats: [
      { range: 'C7:C8', equals: 'Tercapai', look: 'good' },
      { range: 'C7:C8', equals: 'Belum tercapai', look: 'bad' },
    ],
    print: {
      fitToWidth: true,
      titleRows: '$1:$2',
      area: '$A$1:$C$9',
      rowBreaks: [6],
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 },
      footer: { left: 'Ringkasan Rakor · data per 09-12-2025 (A&&B)', center: 'Halaman &P dari &N', right: 'Dicetak &D' },
    },
    charts: [
      {
        type: 'bar',
        title: 'Terlindungi per kab/kota',
        categories: 'A7:A8',
        series: [{ name: 'Terlindungi', values: 'B7:B8' }],
        anchor: 'E3',
        to: 'I20',
        valueFormat: '#,##0',
      },
    ],
  });
}

describe('injectSheet: the printable handout', () => {
  it('print area, title rows, page breaks, footer, hidden marker column, coloured status, chart part; valid for Excel', async () => {
    const input = path.join(dir, 'handout-user.xlsx');
    await userWorkbook(input);
    const out = await writeTemp((await addGeneratedSheets(fs.readFileSync(input), [handout('v1')])).bytes);
    await expectValidXlsx(out);
    const all = await parts(out);
    const workbook = all.get('xl/workbook.xml')!;
    const sheet = all.get('xl/worksheets/sheet3.xml')!;
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="2">'Ringkasan Rakor (2)'!$A$1:$C$9</definedName>`);
    expect(sheet).toContain('<col min="9" max="9" width="9.140625" hidden="1"/>');
    expect(sheet).toContain('<row r="6" ht="30" customHeight="1">');
    expect(sheet).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain(
      '<headerFooter><oddFooter>&amp;LRingkasan Rakor · data per 09-12-2025 (A&amp;&amp;B)&amp;CHalaman &amp;P dari &amp;N&amp;RDicetak &amp;D</oddFooter></headerFooter>',
    );
    // Tercapai and Belum tercapai each point at a differential format the styles part gained
    const rules = [...sheet.matchAll(/<cfRule type="cellIs" dxfId="(\d+)" priority="\d+" operator="equal"><formula>([^<]*)<\/formula>/g)];
    expect(rules.map((m) => m[2])).toEqual(['&quot;Tercapai&quot;', '&quot;Belum tercapai&quot;']);
    const dxfs = /<dxfs count="(\d+)">([\s\S]*?)<\/dxfs>/.exec(all.get('xl/styles.xml')!)!;
    const list = [...dxfs[2].matchAll(/<dxf>[\s\S]*?<\/dxf>/g)].map((m) => m[0]);
    expect(list[Number(rules[0][1])]).toContain('FFC6EFCE');
    expect(list[Number(rules[1][1])]).toContain('FFFFC7CE');
    // the chart: sheet → drawing → chart, with the kab/kota and counts cached for viewers that do not recalculate
    const drawing = all.get('xl/drawings/drawing1.xml')!;
    expect(drawing).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row>');
    const chart = all.get('xl/charts/chart1.xml')!;
    expect(chart).toContain(`<c:f>'Ringkasan Rakor (2)'!$A$7:$A$8</c:f>`);
    expect(chart).toContain('<c:pt idx="0"><c:v>Kota Pontianak</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="1"><c:v>210</c:v></c:pt>');
    // the copy opens on the new sheet
    expect(workbook).toMatch(/<workbookView[^>]* activeTab="2"/);
    expect(sheet).toContain('<sheetView tabSelected="1" workbookViewId="0">');
    // the marker is still found (a hidden column is still read)
    expect((await generatedSheetOf(await openPackage(fs.readFileSync(out)), 'summary'))?.name).toBe('Ringkasan Rakor (2)');
  });

  it("replacing the sheet drops its old drawing and chart parts, and an Excel-saved sheet's selection, so no tabs are grouped", async () => {
    const input = path.join(dir, 'handout-user2.xlsx');
    await userWorkbook(input);
    // Excel saves the active sheet with tabSelected; with ours selected too, Excel would open them grouped
    const zip = await JSZip.loadAsync(fs.readFileSync(input));
    const rosterXml = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(
      '<sheetFormatPr',
      '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr',
    );
    expect(rosterXml).toContain('tabSelected="1"');
    zip.file('xl/worksheets/sheet1.xml', rosterXml);
    const first = await zip.generateAsync({ type: 'nodebuffer' });
    const once = (await addGeneratedSheets(first, [handout('v1')])).bytes;
    const twice = await writeTemp((await addGeneratedSheets(once, [handout('v2')])).bytes);
    await expectValidXlsx(twice);
    const all = await parts(twice);
    expect([...all.keys()].filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p)).sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
    ]);
    expect(all.get('[Content_Types].xml')!.match(/drawingml\.chart\+xml/g)).toHaveLength(1);
    // the roster lost only its selection flag, every cell as it was
    expect(all.get('xl/worksheets/sheet1.xml')).toBe(rosterXml.replace(' tabSelected="1"', ''));
    expect(all.get('xl/worksheets/sheet3.xml')).toContain('tabSelected="1"');
    expect(all.get('xl/workbook.xml')).toMatch(/activeTab="2"/);
  });
});

let tempNo = 0;
async function writeTemp(bytes: Uint8Array): Promise<string> {
  const f = path.join(dir, `tmp${++tempNo}.xlsx`);
  fs.writeFileSync(f, bytes);
  return f;
}
