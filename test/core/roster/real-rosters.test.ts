// Rosters made the way offices make them (issue 9), built in code one shape at a time: the kab/kota only in
// the title, coverage as ticks or yes/no, group titles, subtotal rows, a column-number row, a signature
// block with an NIP, job titles instead of categories, a kader sheet. Each asserts the rows counted, the
// fields mapped, the covered count, the rows skipped with their reason, and no error or warning on clean rows.
import type { Cell } from '../../../src/core/cells';
import { checkGrids } from '../../../src/core/roster/check';
import type { CheckOptions, CheckResult, SheetGrid } from '../../../src/core/roster/types';
import { SANGGAU_SIGNATURE } from '../../support/office-rosters';
import { makeNik, TODAY } from '../../support/roster-rows';

const grid = (sheet: string, rows: readonly (readonly Cell[])[], file?: string): SheetGrid => ({
  sheet,
  origin: { row: 0, col: 0 },
  rows,
  ...(file ? { file } : {}),
});
const check = (grids: readonly SheetGrid[], options: CheckOptions = {}): CheckResult => checkGrids(grids, { today: TODAY, ...options });
const records = (r: CheckResult) => r.parsed.flatMap((p) => p.records);
const covered = (r: CheckResult): number => records(r).filter((x) => x.membershipStatus === 'Aktif').length;
/** Errors and warnings: none may fall on a clean row. */
const alarms = (r: CheckResult) => r.issues.filter((i) => i.severity !== 'info').map((i) => `${i.rule} ${i.cell}`);
const nik = (n: number, regency = '6103'): string => makeNik(regency, 1988, 5, 12, n % 2 ? 'L' : 'P', n);

/** A Dinas Kesehatan Kabupaten Sanggau roster: the kab/kota only in the title, ticks under a merged header. */
function sanggauNakes(): SheetGrid {
  return grid('Nakes', [
    ['PEMERINTAH KABUPATEN SANGGAU'],
    ['DINAS KESEHATAN KABUPATEN SANGGAU'],
    ['DATA TENAGA KESEHATAN NON ASN TAHUN 2025'],
    [],
    ['NO', 'NAMA', 'NIK', 'JABATAN', 'STATUS PEGAWAI', 'KEPESERTAAN BPJS KETENAGAKERJAAN', null, 'NO. KPJ'],
    [null, null, null, null, null, 'SUDAH', 'BELUM', null],
    ['1', '2', '3', '4', '5', '6', '7', '8'],
    ['I. RSUD M.TH. DJAMAN SANGGAU', null, null, null, null, null, null, null],
    [1, 'dr. Andi Wijaya', nik(1), 'Dokter Umum', 'Kontrak', '√', null, '11111111101'],
    [2, 'Sri Wahyuni, Amd.Kep', nik(2), 'Perawat', 'Honorer', '√', null, '11111111102'],
    [3, 'Budi', nik(3), 'Sopir Ambulans', 'Honorer', null, '√', null],
    [null, 'JUMLAH', null, null, null, '=COUNTA(F9:F11)', null, null],
    ['II. PUSKESMAS ENTIKONG', null, null, null, null, null, null, null],
    [4, 'Maria Goretti', nik(4), 'Bidan', 'Honorer', '√', null, '11111111104'],
    [5, 'Yusuf', nik(5), 'Cleaning Service', 'Honorer', null, 'x', null],
    [null, 'JUMLAH', null, null, null, 1, 1, null],
    [null, 'JUMLAH TOTAL', null, null, null, 3, 2, null],
    ...SANGGAU_SIGNATURE,
  ]);
}

describe('rosters as offices keep them', () => {
  it('kab/kota only in the title, ticks, group titles, subtotals, column numbers, signature with NIP, job titles', () => {
    const r = check([sanggauNakes()]);
    const [roster] = r.rosters;
    expect(roster.rows).toBe(5);
    expect(roster.columns).toEqual({ name: 'B', nik: 'C', jobTitle: 'D', employmentStatus: 'E', kpj: 'H' });
    expect(roster.context).toEqual({
      regency: { code: '6103', name: 'Kabupaten Sanggau', from: 'title', cell: 'A1' },
      coverage: { form: 'ticks', columns: ['F', 'G'] },
    });
    expect(roster.skipped).toEqual([
      { row: 7, reason: 'column-numbers' },
      { row: 8, reason: 'group-title' },
      { row: 12, reason: 'subtotal' },
      { row: 13, reason: 'group-title' },
      { row: 16, reason: 'subtotal' },
      { row: 17, reason: 'subtotal' },
      { row: 18, reason: 'blank' },
      { row: 19, reason: 'signature' },
      { row: 20, reason: 'signature' },
      { row: 21, reason: 'signature' },
      { row: 22, reason: 'blank' },
      { row: 23, reason: 'signature' },
      { row: 24, reason: 'signature' },
      { row: 25, reason: 'signature' },
    ]);
    expect(covered(r)).toBe(3);
    expect(records(r).map((x) => [x.regencyCode, x.category, x.membershipStatus])).toEqual([
      ['6103', 'Tenaga Medis', 'Aktif'],
      ['6103', 'Tenaga Kesehatan', 'Aktif'],
      ['6103', 'Tenaga Penunjang Kesehatan', 'Belum Terdaftar'],
      ['6103', 'Tenaga Kesehatan', 'Aktif'],
      ['6103', 'Tenaga Penunjang Kesehatan', 'Belum Terdaftar'],
    ]);
    // No header-missing for Kab/Kota or Status Kepesertaan, no NIK error for the NIP, nothing on clean rows.
    expect(alarms(r)).toEqual([]);
  });

  it('finds a data row after the signature block', () => {
    const g = sanggauNakes();
    const late: Cell[] = [6, 'Rahmat', nik(6), 'Apoteker', 'Honorer', '√', null, '11111111106'];
    const r = check([{ ...g, rows: [...g.rows, [], late] }]);
    expect(r.rosters[0].rows).toBe(6);
    expect(r.rosters[0].lastDataRow).toBe(27);
    expect(records(r)[5]).toMatchObject({ row: 27, category: 'Tenaga Kesehatan', membershipStatus: 'Aktif', regencyCode: '6103' });
    expect(alarms(r)).toEqual([]);
  });

  it('kab/kota from the sheet name, then the file name; --regency overrides; a row with its own keeps it', () => {
    const rows: Cell[][] = [
      ['Nama', 'NIK', 'Kab/Kota', 'Status Kepesertaan'],
      ['A', nik(1, '6103'), null, 'Aktif'],
      ['B', nik(2, '6171'), 'Kota Pontianak', 'Aktif'],
    ];
    const bySheet = check([grid('Sanggau', rows)]);
    expect(bySheet.rosters[0].context?.regency).toEqual({ code: '6103', name: 'Kabupaten Sanggau', from: 'sheet' });
    expect(records(bySheet).map((x) => x.regencyCode)).toEqual(['6103', '6171']);
    expect(alarms(bySheet)).toEqual([]);
    const byFile = check([grid('Data', rows, 'Rekap Nakes Kab Sekadau 2025.xlsx')]);
    expect(byFile.rosters[0].context?.regency).toMatchObject({ code: '6109', from: 'file' });
    const set = check([grid('Sanggau', rows)], { regency: '6106' });
    expect(set.rosters[0].context?.regency).toEqual({ code: '6106', name: 'Kabupaten Kapuas Hulu', from: 'setting' });
    expect(records(set).map((x) => x.regencyCode)).toEqual(['6106', '6171']);
    // Without any, a blank Kab/Kota is still a required value.
    const none = check([grid('Data', rows)]);
    expect(none.rosters[0].context).toBeUndefined();
    expect(alarms(none)).toEqual(['required-missing C2']);
  });

  it('a header lacking Kab/Kota gets header-missing only when no kab/kota was inferred', () => {
    const rows: Cell[][] = [
      ['Nama', 'NIK', 'Status Kepesertaan'],
      ['A', nik(1), 'Aktif'],
    ];
    expect(alarms(check([grid('Data', rows)]))).toEqual(['header-missing A1']);
    expect(alarms(check([grid('Kab. Sanggau', rows)]))).toEqual([]);
  });

  it('one yes/no column: YA/TIDAK, Y/T, Sudah/Belum, Ada/Tidak ada, 1/0', () => {
    const answers: Cell[] = ['YA', 'TIDAK', 'Y', 'T', 'Sudah', 'Belum', 'Ada', 'Tidak ada', 1, 0];
    const r = check([
      grid('Kota Singkawang', [
        ['No', 'Nama', 'NIK', 'Terdaftar BPJSTK'],
        ...answers.map((a, i) => [i + 1, `P${i + 1}`, nik(i + 1, '6172'), a]),
      ]),
    ]);
    expect(r.rosters[0].rows).toBe(10);
    expect(r.rosters[0].context?.coverage).toEqual({ form: 'yes-no', columns: ['D'] });
    expect(covered(r)).toBe(5);
    expect(records(r).map((x) => x.membershipStatus)).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 ? 'Belum Terdaftar' : 'Aktif')));
    expect(alarms(r)).toEqual([]);
  });

  it('ticks under TERDAFTAR / BELUM TERDAFTAR and AKTIF / TIDAK AKTIF in the header row itself', () => {
    const r = check([
      grid('Kab Sambas', [
        ['Nama', 'NIK', 'Terdaftar', 'Belum Terdaftar'],
        ['A', nik(1, '6101'), '✓', null],
        ['B', nik(2, '6101'), null, 'V'],
      ]),
      grid('Kab Sambas 2', [
        ['Nama', 'NIK', 'Kab/Kota', 'Tidak Aktif', 'Aktif'],
        ['C', nik(3, '6101'), 'Sambas', null, 'v'],
        ['D', nik(4, '6101'), 'Sambas', '1', null],
      ]),
    ]);
    expect(records(r).map((x) => x.membershipStatus)).toEqual(['Aktif', 'Belum Terdaftar', 'Aktif', 'Tidak Aktif']);
    expect(alarms(r).filter((a) => !a.startsWith('kpj-missing'))).toEqual([]);
  });

  it('a kader sheet: category from the sheet name or the title, a category column wins', () => {
    const rows = (category: Cell): Cell[][] => [
      ['DAFTAR KADER POSYANDU DESA SEI AMBAWANG KABUPATEN KUBU RAYA'],
      ['No', 'Nama Kader', 'NIK', 'Kategori', 'Status Kepesertaan'],
      [1, 'Siti', nik(1, '6112'), category, 'Belum Terdaftar'],
      [2, 'Rina', nik(2, '6112'), null, 'Aktif'],
    ];
    const r = check([grid('Sheet1', rows('Perangkat Desa'))]);
    expect(r.rosters[0].context).toMatchObject({
      regency: { code: '6112', from: 'title', cell: 'A1' },
      category: { value: 'Kader Kesehatan', from: 'title', cell: 'A1' },
    });
    expect(records(r).map((x) => [x.category, x.regencyCode])).toEqual([
      ['Perangkat Desa', '6112'],
      ['Kader Kesehatan', '6112'],
    ]);
    expect(alarms(r)).toEqual([]);
    const sheets: [string, string][] = [
      ['KADER KESEHATAN', 'Kader Kesehatan'],
      ['Perangkat Desa', 'Perangkat Desa'],
      ['Aparat Desa Kec. Toba', 'Perangkat Desa'],
      ['BPD', 'Anggota BPD'],
      ['RT-RW', 'Ketua RT/RW'],
      ['Linmas', 'Linmas'],
    ];
    for (const [sheet, category] of sheets) {
      const g = grid(sheet, [
        ['Nama', 'NIK', 'Kab/Kota', 'Status Kepesertaan'],
        ['A', nik(1, '6112'), 'Kubu Raya', 'Aktif'],
      ]);
      expect([sheet, records(check([g]))[0].category]).toEqual([sheet, category]);
    }
  });

  it('a name alone in the name column is a worker with missing values, not a group title', () => {
    const r = check([
      grid('Data', [
        ['No', 'Nama', 'NIK', 'Kab/Kota', 'Status Kepesertaan'],
        [1, 'Rani', nik(1, '6112'), 'Kubu Raya', 'Aktif'],
        [null, 'Hendra Saputra', null, null, null],
        ['PUSKESMAS RASAU JAYA', null, null, null, null],
      ]),
    ]);
    expect(r.rosters[0].rows).toBe(2);
    expect(r.rosters[0].skipped).toEqual([{ row: 4, reason: 'group-title' }]);
    expect(alarms(r)).toEqual(['required-missing C3', 'required-missing D3', 'required-missing E3']);
  });
});
