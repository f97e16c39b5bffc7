// The validity helper must fail on the faults it exists to catch; each is planted in a small workbook.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expectValidXlsx, validateXlsx } from './ooxml';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ooxml-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A roster sheet with a table and a defined name, as ExcelJS writes it. */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Roster Nakes');
  ws.addTable({
    name: 'TabelNakes',
    ref: 'A1',
    columns: [{ name: 'Nama' }, { name: 'Status Kepesertaan' }],
    rows: [
      ['Siti Rahmawati', 'Aktif'],
      ['Yohanes Dedi', 'Belum Terdaftar'],
    ],
  });
  wb.definedNames.add("'Roster Nakes'!$B$2", 'Status_Pertama');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The workbook with one part rewritten (or removed when `edit` returns null). */
async function planted(name: string, part: string, edit: (xml: string) => string | null): Promise<string> {
  const zip = await JSZip.loadAsync(await workbook());
  const xml = await zip.file(part)!.async('string');
  const next = edit(xml);
  if (next === null) zip.remove(part);
  else zip.file(part, next);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

describe('validateXlsx', () => {
  it("passes ExcelJS's own workbook, tolerating only its font order", async () => {
    const file = path.join(dir, 'clean.xlsx');
    fs.writeFileSync(file, await workbook());
    const report = await expectValidXlsx(file);
    expect(report.tolerated.map((f) => f.xPath)).toEqual(['/x:styleSheet[1]/x:fonts[1]/x:font[1]']);
  });

  it('reports a schema error of the SDK', async () => {
    const file = await planted('schema.xlsx', 'xl/workbook.xml', (x) => x.replace('<sheets>', '<sheets><bogus/>'));
    const report = await validateXlsx(file);
    expect(report.sdk.length).toBeGreaterThan(0);
    await expect(expectValidXlsx(file)).rejects.toThrow(/would need repair/);
  });

  it('does not tolerate a font with a child that is no font property', async () => {
    const file = await planted('font.xlsx', 'xl/styles.xml', (x) =>
      x.replace(/<font>/, '<font><numFmt numFmtId="0" formatCode="General"/>'),
    );
    const report = await validateXlsx(file);
    expect(report.sdk.map((f) => f.path)).toContain('/xl/styles.xml');
  });

  it('reports a table header cell that is not the column name', async () => {
    const file = await planted('header.xlsx', 'xl/tables/table1.xml', (x) => x.replace('name="Status Kepesertaan"', 'name="Status"'));
    expect((await validateXlsx(file)).structure).toEqual([
      expect.stringMatching(/header cell "Status Kepesertaan" is not the column name "Status"/),
    ]);
  });

  it('reports a defined name that clashes with a table name', async () => {
    const file = await planted('clash.xlsx', 'xl/workbook.xml', (x) => x.replace('name="Status_Pertama"', 'name="tabelnakes"'));
    expect((await validateXlsx(file)).structure).toEqual([expect.stringMatching(/defined name tabelnakes clashes with table TabelNakes/)]);
  });

  it('reports two tables of one id or one name', async () => {
    const zip = await JSZip.loadAsync(await workbook());
    const table = await zip.file('xl/tables/table1.xml')!.async('string');
    zip.file('xl/tables/table2.xml', table.replace(/ref="A1:B3"/g, 'ref="D1:E3"'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/tables/table2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
      ),
    );
    const rels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    zip.file(
      'xl/worksheets/_rels/sheet1.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdT2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table2.xml"/></Relationships>',
      ),
    );
    const file = path.join(dir, 'twice.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const structure = (await validateXlsx(file)).structure.join('\n');
    expect(structure).toMatch(/id 1 is also the id of TabelNakes/);
    expect(structure).toMatch(/the name tabelnakes is also used/);
  });

  it('reports a relationship whose target is gone, and a part without content type', async () => {
    const gone = await planted('gone.xlsx', 'xl/tables/table1.xml', () => null);
    expect((await validateXlsx(gone)).structure).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/relationship \w+ points at xl\/tables\/table1.xml, which is not there/),
        expect.stringMatching(/names a part that is not there: \/xl\/tables\/table1.xml/),
      ]),
    );
    const untyped = await planted('untyped.xlsx', '[Content_Types].xml', (x) =>
      x.replace(/<Override[^>]*PartName="\/xl\/tables\/table1.xml"[^>]*\/>/, ''),
    );
    expect((await validateXlsx(untyped)).structure).toEqual([
      expect.stringMatching(/part xl\/tables\/table1.xml has content type application\/xml, not the table type/),
    ]);
    const bare = await planted('bare.xlsx', '[Content_Types].xml', (x) =>
      x.replace(/<Default Extension="xml"[^>]*\/>/, '').replace(/<Override[^>]*PartName="\/xl\/sharedStrings.xml"[^>]*\/>/, ''),
    );
    expect((await validateXlsx(bare)).structure).toEqual(['part xl/sharedStrings.xml has no content type']);
  });

  it('fails with a clear message, never skips, when the validator cannot run on this machine', async () => {
    const file = path.join(dir, 'elsewhere.xlsx');
    fs.writeFileSync(file, await workbook());
    const saved = process.env.OOXML_VALIDATOR_CLI;
    process.env.OOXML_VALIDATOR_CLI = path.join(dir, 'no-such-validator');
    try {
      await expect(validateXlsx(file)).rejects.toThrow(/Open XML SDK validator .* could not run on .*fails rather than skip/s);
    } finally {
      if (saved === undefined) delete process.env.OOXML_VALIDATOR_CLI;
      else process.env.OOXML_VALIDATOR_CLI = saved;
    }
  });
});
