// Birth place and date in one cell (TTL) and Indonesian month names, as kabupaten offices write them.
import * as ExcelJS from 'exceljs';
import * as path from 'path';
import { parseDateText, serialFromYmd } from '../../../src/core/dates';
import { checkGrids } from '../../../src/core/roster/check';
import { birthPlaceOf, parseRosterDateText, splitPlaceAndDate } from '../../../src/core/roster/date-cells';
import { makeNik, TODAY } from '../../support/roster-rows';
import { rosterGridsOf } from '../../support/read-xlsx';
import { tempDir, writeWorkbook } from '../../support/xlsx-fixtures';

const ymd = (y: number, m: number, d: number): number => serialFromYmd(y, m, d);

describe('Indonesian month names, read everywhere a date is read', () => {
  it.each([
    ['12 Jan 1990', 1],
    ['12 Peb 1990', 2],
    ['12 Feb 1990', 2],
    ['12 Pebruari 1990', 2],
    ['12 Mar 1990', 3],
    ['12 Apr 1990', 4],
    ['12 Mei 1990', 5],
    ['12 Jun 1990', 6],
    ['12 Jul 1990', 7],
    ['12 Agu 1990', 8],
    ['12 Agt 1990', 8],
    ['12 Ags 1990', 8],
    ['12 Agustus 1990', 8],
    ['12 Sep 1990', 9],
    ['12 Okt 1990', 10],
    ['12 Nop 1990', 11],
    ['12 Nov 1990', 11],
    ['12 Nopember 1990', 11],
    ['12 Des 1990', 12],
    ['12-Des-1990', 12],
    ['12 Des. 1990', 12],
  ])('%s', (text, month) => {
    expect(parseDateText(text)).toBe(ymd(1990, month, 12));
    expect(parseRosterDateText(text)).toBe(ymd(1990, month, 12));
  });

  it('refuses a day the month does not have, and words that are not months', () => {
    expect(parseDateText('31 Jun 1990')).toBeNull();
    expect(parseDateText('12 Bulan 1990')).toBeNull();
  });
});

describe('TTL: birth place and date in one cell', () => {
  it.each([
    ['Sanggau, 12-05-1990', 'Sanggau', ymd(1990, 5, 12)],
    ['Pontianak, 3 Agustus 1988', 'Pontianak', ymd(1988, 8, 3)],
    ['Sekadau, 17/08/1985', 'Sekadau', ymd(1985, 8, 17)],
    ['Sungai Raya, 1 Peb 1979', 'Sungai Raya', ymd(1979, 2, 1)],
    ['Sintang 17-08-1985', 'Sintang', ymd(1985, 8, 17)],
    ['Putussibau / 17-08-1985', 'Putussibau', ymd(1985, 8, 17)],
    ['Kab. Kubu Raya, 9 Nop 1991', 'Kab. Kubu Raya', ymd(1991, 11, 9)],
  ])('%s: place kept, date read', (text, place, serial) => {
    expect(parseRosterDateText(text)).toBe(serial);
    expect(birthPlaceOf(text)).toBe(place);
  });

  it('has no place for a plain date, and no split for text that is not a date', () => {
    expect(birthPlaceOf('17-08-1985')).toBeNull();
    expect(birthPlaceOf('17 Agustus 1985')).toBeNull();
    expect(birthPlaceOf('Sanggau, kemarin sore')).toBeNull();
    expect(splitPlaceAndDate('Sanggau')).toBeNull();
  });
});

describe('a roster with a TTL column (workbook built in code, read as the command line reads it)', () => {
  it('reads every date, keeps the places, and raises nothing on the clean rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nakes');
    ws.addRow(['DAFTAR TENAGA KESEHATAN NON ASN']);
    ws.addRow(['No', 'Nama', 'NIK', 'Tempat, Tanggal Lahir', 'Kab/Kota', 'Status Kepegawaian', 'Status Kepesertaan']);
    const people: [string, string, string, number][] = [
      ['Sanggau, 12-05-1990', 'Sanggau', 'P', ymd(1990, 5, 12)],
      ['Pontianak, 3 Agustus 1988', 'Pontianak', 'L', ymd(1988, 8, 3)],
      ['Sekadau, 17/08/1985', 'Sekadau', 'P', ymd(1985, 8, 17)],
      ['Sintang, 1 Peb 1979', 'Sintang', 'L', ymd(1979, 2, 1)],
      ['Ketapang, 9 Nop 1991', 'Ketapang', 'P', ymd(1991, 11, 9)],
    ];
    people.forEach(([ttl, , sex], i) => {
      const [d, m, y] = ttl.match(/\d+|[A-Za-z]+(?=\s\d{4})/g)!.slice(-3);
      const month = /^\d+$/.test(m) ? Number(m) : { Agustus: 8, Peb: 2, Nop: 11 }[m]!;
      const nik = makeNik('6103', Number(y), month, Number(d), sex as 'L' | 'P', i + 1);
      ws.addRow([i + 1, `Pegawai ${i + 1}`, nik, ttl, 'Kabupaten Sanggau', i === 0 ? 'Honorer Daerah' : 'THL', 'Aktif']);
    });
    ws.getColumn(3).numFmt = '@';
    const file = await writeWorkbook(wb, path.join(tempDir(), 'ttl.xlsx'));
    const grids = await rosterGridsOf(file);
    const r = checkGrids(grids, { today: TODAY });
    expect(r.rosters).toHaveLength(1);
    expect(r.rosters[0]).toMatchObject({ rows: 5, columns: { name: 'B', nik: 'C', birthDate: 'D', regency: 'E' } });
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.issues).toEqual([]);
    const records = r.parsed[0].records;
    expect(records.map((x) => x.birthPlace)).toEqual(people.map((p) => p[1]));
    expect(records.map((x) => x.employmentStatus)).toEqual(['Honorer Daerah', 'THL', 'THL', 'THL', 'THL']);
    expect(records.every((x) => !x.isAsn && x.regencyCode === '6103' && x.membershipStatus === 'Aktif')).toBe(true);
  });
});
