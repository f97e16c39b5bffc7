// Roster sheets written with ExcelJS's streaming writer: NIK/KPJ stay text, dates are dates, errors stay
// errors, and a name that looks like a formula stays text.
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dateCell, errorCell } from '../../../src/core/cells';
import { serialFromYmd } from '../../../src/core/dates';
import { dateOfSerial, writeRosterWorkbook } from '../../../src/hosts/xlsx/write-rosters';
import { expectValidXlsx } from '../../support/ooxml';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-rosters-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('keeps NIK and KPJ as text, dates as dates, errors as errors, formula-like text as text', async () => {
  const file = path.join(dir, 'r.xlsx');
  const birth = serialFromYmd(1990, 3, 15);
  await writeRosterWorkbook(file, [
    {
      name: 'Roster',
      headerRow: 1,
      textColumns: [1, 3],
      dateColumns: [2],
      rows: [
        ['DAFTAR'],
        ['Nama', 'NIK', 'Tanggal Lahir', 'Nomor KPJ', 'Upah'],
        ['=HYPERLINK("http://contoh.invalid","x")', '6112015503900001', dateCell(birth), '20000000001', errorCell('#N/A')],
        ['<script>', 6112015503900002, dateCell(birth + 1), null, 2_500_000],
      ],
    },
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Roster')!;
  expect(ws.getCell('A3').value).toBe('=HYPERLINK("http://contoh.invalid","x")');
  expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
  expect(ws.getCell('B3').value).toBe('6112015503900001');
  expect(ws.getCell('B3').numFmt).toBe('@');
  expect(ws.getCell('D3').value).toBe('20000000001');
  expect(ws.getCell('C3').value).toEqual(dateOfSerial(birth));
  expect(ws.getCell('C3').numFmt).toBe('dd-mm-yyyy');
  expect(ws.getCell('E3').value).toEqual({ error: '#N/A' });
  expect(ws.getCell('B4').value).toBe(6112015503900002); // a NIK typed as a number stays a number (the checker flags it)
  expect(ws.getCell('E4').value).toBe(2_500_000);
  expect(ws.getCell('A2').font?.bold).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  await expectValidXlsx(file);
});
