// What `jamsostek summary -o` writes opens in Excel without repair, also from workbooks other programs saved:
// one Excel has saved with a calculation chain, one LibreOffice re-saved, and sheets whose names Excel quotes.
// Each output goes through Microsoft's Open XML SDK validator and the structural checks (test/support/ooxml.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { openPackage } from '../../src/hosts/xlsx/inject';
import { withCalcChain } from '../support/excel-saved';
import { addRosterSheet, tempDir, validRows } from '../support/xlsx-fixtures';
import { readSheetValues, recalculateInLibreOffice } from '../support/libreoffice';
import { expectValidXlsx } from '../support/ooxml';
import { runCli } from './run-cli';

const dir = tempDir('jamsostek-valid-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function summary(input: string, output: string): Promise<void> {
  const run = await runCli(['summary', input, '--year', '2025', '-o', output], { LANG: 'C' }, dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
}

/** Two rosters and a user sheet with a formula, as an office would keep them. */
async function rosterWorkbook(file: string, sheets: readonly string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((name, i) => addRosterSheet(wb, name, validRows(12, 1 + i * 12)));
  const notes = wb.addWorksheet('Catatan');
  notes.getCell('A1').value = 'Jumlah baris';
  notes.getCell('B1').value = { formula: `COUNTA('${sheets[0].replace(/'/g, "''")}'!B:B)`, result: 15 };
  await wb.xlsx.writeFile(path.join(dir, file));
  return file;
}

describe('summary -o writes files Excel opens without repair', () => {
  it('regression: a workbook Excel saved with a calculation chain loses the chain, its relationship and content type', async () => {
    await rosterWorkbook('chain-input.xlsx', ['Roster Nakes', 'Kader Kesehatan']);
    await summary('chain-input.xlsx', 'chain-1.xlsx');
    // Excel saves the copy: the chain lists the summary's formula cells (and one the next summary will not have).
    const first = await openPackage(fs.readFileSync(path.join(dir, 'chain-1.xlsx')));
    const ours = first.sheets.find((s) => s.name === 'Ringkasan Rakor')!;
    expect(
      await withCalcChain(path.join(dir, 'chain-1.xlsx'), path.join(dir, 'chain-saved.xlsx'), [{ sheetId: ours.sheetId, cell: 'C900' }]),
    ).toBeGreaterThan(10);
    await expectValidXlsx(path.join(dir, 'chain-saved.xlsx'));

    await summary('chain-saved.xlsx', 'chain-2.xlsx');
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'chain-2.xlsx')));
    expect(zip.file('xl/calcChain.xml')).toBeNull();
    expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toMatch(/calcChain/);
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toMatch(/calcChain/);
    // Excel rebuilds the chain on load, recalculating everything.
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    await expectValidXlsx(path.join(dir, 'chain-2.xlsx'));
  }, 240_000);

  it('sheets whose names Excel quotes (R1C1, A1, a leading digit, an apostrophe) are quoted in every formula', async () => {
    const names = ['R1C1', 'A1', '2025 Nakes', "Kader'24"];
    await rosterWorkbook('quoted-input.xlsx', names);
    await summary('quoted-input.xlsx', 'quoted.xlsx');
    const pkg = await openPackage(fs.readFileSync(path.join(dir, 'quoted.xlsx')));
    const sheet = pkg.sheets.find((s) => s.name === 'Ringkasan Rakor')!;
    const formulas = [...pkg.zip.text(sheet.part)!.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    expect(formulas.length).toBeGreaterThan(20);
    const all = formulas.join('\n');
    for (const q of ["'R1C1'!", "'A1'!", "'2025 Nakes'!", "'Kader''24'!"]) expect(all).toContain(q);
    expect(all).not.toMatch(/(^|[^'])\b(R1C1|A1)!/m);
    await expectValidXlsx(path.join(dir, 'quoted.xlsx'));

    // LibreOffice recalculates every formula from those references to the values the core wrote.
    const recalculated = await readSheetValues(recalculateInLibreOffice(path.join(dir, 'quoted.xlsx')), 'Ringkasan Rakor');
    const cached = await readSheetValues(path.join(dir, 'quoted.xlsx'), 'Ringkasan Rakor');
    const numbers = [...cached].filter(([, v]) => typeof v === 'number');
    expect(numbers.length).toBeGreaterThan(20);
    const off = numbers.filter(([cell, v]) => {
      const r = recalculated.get(cell);
      return typeof r !== 'number' || Math.abs(r - (v as number)) > 1e-9 * Math.max(1, Math.abs(v as number));
    });
    expect(off.map(([cell, v]) => [cell, v, recalculated.get(cell)])).toEqual([]);
  }, 240_000);

  it('a workbook LibreOffice re-saved, summarised (its summary replaced in place) still validates', async () => {
    await rosterWorkbook('lo-input.xlsx', ['Roster Nakes', 'Kader Kesehatan']);
    await summary('lo-input.xlsx', 'lo-1.xlsx');
    const resaved = recalculateInLibreOffice(path.join(dir, 'lo-1.xlsx'));
    fs.copyFileSync(resaved, path.join(dir, 'lo-resaved.xlsx'));
    await summary('lo-resaved.xlsx', 'lo-2.xlsx');
    const pkg = await openPackage(fs.readFileSync(path.join(dir, 'lo-2.xlsx')));
    expect(pkg.sheets.map((s) => s.name)).toEqual(['Roster Nakes', 'Kader Kesehatan', 'Catatan', 'Ringkasan Rakor']);
    await expectValidXlsx(path.join(dir, 'lo-2.xlsx'));
  }, 240_000);
});
