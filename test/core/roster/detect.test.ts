import { dateCell } from '../../../src/core/cells';
import { detectRoster, looksLikeRoster } from '../../../src/core/roster/detect';
import { matchHeader } from '../../../src/core/roster/header-match';
import type { SheetGrid } from '../../../src/core/roster/types';
import { generateRoster } from '../../support/roster-fixture';

const grid = (rows: SheetGrid['rows'], origin = { row: 0, col: 0 }): SheetGrid => ({ sheet: 'S', origin, rows });

describe('header synonyms', () => {
  it.each([
    ['No.', 'rowNumber'],
    ['Nomor', 'rowNumber'],
    ['NIK', 'nik'],
    ['No KTP', 'nik'],
    ['Nomor Induk Kependudukan', 'nik'],
    ['NIK (16 digit)', 'nik'],
    ['KPJ', 'kpj'],
    ['No. Kepesertaan', 'kpj'],
    ['Nomor Peserta BPJSTK', 'kpj'],
    ['L/P', 'sex'],
    ['JK', 'sex'],
    ['Jenis Kelamin (L/P)', 'sex'],
    ['Tgl Lahir', 'birthDate'],
    ['Tempat/Tanggal Lahir', 'birthDate'],
    ['Kab/Kota', 'regency'],
    ['KABUPATEN / KOTA', 'regency'],
    ['Kabupaten/Kota*', 'regency'],
    ['TMT Kepesertaan', 'membershipStart'],
    ['Gaji', 'wage'],
    ['Upah (Rp)', 'wage'],
    ['Status BPJS Ketenagakerjaan', 'membershipStatus'],
    ['Status ASN/Non-ASN', 'employmentStatus'],
    ['Jenis Tenaga', 'jobTitle'],
    ['Jabatan', 'jobTitle'],
    ['Kategori Tenaga', 'category'],
    ['Full Name', 'name'],
    ['Date of Birth', 'birthDate'],
    ['Keterangan', null],
    ['Status', null],
    ['', null],
  ])('%p → %p', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });
});

describe('detectRoster', () => {
  it('finds the header below title rows, with columns in any order and synonyms', () => {
    const fx = generateRoster({ rows: 30, titleRows: 3, headers: 'variant', shuffleColumns: true, seed: 4 });
    const d = detectRoster(fx.grid)!;
    expect(d.headerIndex).toBe(4);
    expect(d.columnIndex).toEqual(fx.columnIndex);
    expect(d.roster).toMatchObject({ sheet: 'Roster', headerRow: 5, firstDataRow: 6, lastDataRow: 35, rows: 30, unmappedHeaders: [] });
    expect(d.missingRequired).toEqual([]);
  });

  it('reports headers it did not map (but not the row-number column), as written', () => {
    const d = detectRoster(grid([['No', 'Nama', 'NIK', 'Kab/Kota', 'Status Kepesertaan', ' Keterangan ', 'Nama Ibu Kandung']]))!;
    expect(d.roster.unmappedHeaders).toEqual(['Keterangan', 'Nama Ibu Kandung']);
    expect(d.roster.rows).toBe(0);
  });

  it('reads only the first column of a field named twice and reports the second', () => {
    const d = detectRoster(grid([['Nama', 'NIK', 'No KTP', 'Kab/Kota']]))!;
    expect(d.columnIndex.nik).toBe(1);
    expect(d.roster.unmappedHeaders).toEqual(['No KTP']);
  });

  it('gives column letters and rows on the sheet when the grid starts below and right of A1', () => {
    const d = detectRoster(
      grid(
        [
          ['Nama', 'NIK', 'Kab/Kota', 'Status Kepesertaan'],
          ['A', '6112035204900001', 'Sambas', 'Aktif'],
        ],
        { row: 4, col: 2 },
      ),
    )!;
    expect(d.roster.columns).toEqual({ name: 'C', nik: 'D', regency: 'E', membershipStatus: 'F' });
    expect(d.roster).toMatchObject({ headerRow: 5, firstDataRow: 6, lastDataRow: 6, rows: 1 });
  });

  it('skips blank rows inside the data, counts to the last non-empty row, and ignores ragged rows', () => {
    const d = detectRoster(
      grid([
        ['Nama', 'NIK', 'Kab/Kota', 'Status Kepesertaan'],
        ['A', '1'],
        [],
        [null, '  ', null],
        ['B', '2', 'Sambas'],
        ['C'],
        [null, null],
        [],
      ]),
    )!;
    expect(d.roster).toMatchObject({ firstDataRow: 2, lastDataRow: 6, rows: 3 });
    expect(d.dataRows).toEqual([1, 4, 5]);
  });

  it('skips a column-number row under the header and a totals row at the foot', () => {
    const d = detectRoster(
      grid([
        ['No', 'Nama', 'NIK', 'Kab/Kota', 'Status Kepesertaan', 'Upah'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
        [1, 'A', '6112035204900001', 'Sambas', 'Aktif', 100],
        [2, 'B', '6112035204900002', 'Sambas', 'Aktif', 100],
        [null, 'JUMLAH', null, null, null, 200],
      ]),
    )!;
    expect(d.dataRows).toEqual([2, 3]);
    expect(d.roster).toMatchObject({ firstDataRow: 3, lastDataRow: 4, rows: 2 });
  });

  it('does not search beyond the first 20 rows', () => {
    const rows: SheetGrid['rows'] = [
      ...Array.from({ length: 20 }, (_, i) => [`catatan ${i}`]),
      ['Nama', 'NIK', 'Kab/Kota', 'Status Kepesertaan'],
    ];
    expect(detectRoster(grid(rows))).toBeNull();
    expect(detectRoster(grid(rows.slice(1)))).not.toBeNull();
  });

  it('returns null for grids that are not rosters', () => {
    expect(detectRoster(grid([]))).toBeNull();
    expect(detectRoster(grid([['Kabupaten/Kota', 'Sasaran', 'Terlindungi', 'Cakupan', 'Target', 'Kekurangan', 'Status']]))).toBeNull();
    expect(
      detectRoster(
        grid([
          [1, 2, 3],
          [dateCell(45000), true, null],
        ]),
      ),
    ).toBeNull();
  });
});

describe('looksLikeRoster', () => {
  it('is true for a roster header (three fields, or Nama/NIK with one more) and false otherwise', () => {
    expect(looksLikeRoster(grid([['Judul'], ['Nama', 'NIK']]))).toBe(true);
    expect(looksLikeRoster(grid([['Instansi', 'Kab/Kota', 'Upah']]))).toBe(true);
    expect(looksLikeRoster(grid([['Nama', 'Jabatan']]))).toBe(false);
    expect(looksLikeRoster(grid([['Kab/Kota', 'Target']]))).toBe(false);
  });
});

describe('two-row headers', () => {
  it('reads sub-headers under a merged group title, and Nama/NIK merged down both rows', () => {
    const d = detectRoster(
      grid([
        ['DAFTAR KADER KESEHATAN'],
        ['No', 'Nama', 'NIK', 'Kab/Kota', 'Kepesertaan BPJS Ketenagakerjaan', null, null, 'Keterangan'],
        [null, null, null, null, 'Status', 'No. KPJ', 'Program', null],
        [1, 'Ani', '6112035204900001', 'Sambas', 'Aktif', '12345678901', 'JKK, JKM', null],
      ]),
    )!;
    expect(d.columnIndex).toEqual({ name: 1, nik: 2, regency: 3, membershipStatus: 4, kpj: 5, program: 6 });
    expect(d.roster).toMatchObject({ headerRow: 2, firstDataRow: 4, lastDataRow: 4, rows: 1, unmappedHeaders: ['Keterangan'] });
    expect(d.missingRequired).toEqual([]);
  });

  it('does not take the first data row for a sub-header', () => {
    const d = detectRoster(
      grid([
        ['Nama', 'NIK', 'Kab/Kota', 'Status Kepesertaan', 'Program'],
        ['Ani', '6112035204900001', 'Sambas', 'Aktif', 'Program'],
      ]),
    )!;
    expect(d.dataRows).toEqual([1]);
  });
});
