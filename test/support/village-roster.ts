// A perangkat desa roster as a kecamatan office keeps it (issue 9, village fields): the kecamatan and kab/kota
// in the title, NAMA | NIK | JABATAN | DESA | KECAMATAN with SUDAH/BELUM ticks, a column-number row and a
// signature block; real desa of Kecamatan Sungai Ambawang (Kubu Raya), written as offices write them, and
// four planted mistakes on rows 16-19 (a misspelt desa twice, a desa of another kecamatan, a kecamatan of
// another kab/kota).
import type { Cell } from '../../src/core/cells';
import type { SheetGrid } from '../../src/core/roster/types';
import { makeNik } from './roster-rows';

const nik = (n: number): string => makeNik('6112', 1980 + (n % 20), 3, 10 + (n % 15), n % 3 ? 'L' : 'P', n);
const JOBS = ['Kepala Desa', 'Sekretaris Desa', 'Kaur Keuangan', 'Kasi Pemerintahan', 'Kepala Dusun'];

/** [desa, kecamatan] as written on clean rows: case, "Desa"/"Ds."/"Kec." prefixes, "Sui" for Sungai. */
const CLEAN: readonly (readonly [string, string])[] = [
  ['DESA LINGGA', 'SUNGAI AMBAWANG'],
  ['Lingga', 'Sungai Ambawang'],
  ['Sungai Ambawang Kuala', 'Kec. Sungai Ambawang'],
  ['DESA SUNGAI AMBAWANG KUALA', 'Sungai Ambawang'],
  ['Ds. Jawa Tengah', 'Sungai Ambawang'],
  ['Jawa Tengah', 'Sui Ambawang'],
  ['Pasak Piang', 'Kecamatan Sungai Ambawang'],
  ['Durian', 'Sungai Ambawang'],
  ['Durian', 'Sungai Ambawang'],
];

/**
 * `coverage`: SUDAH/BELUM ticks under a merged header (default), or one Status Kepesertaan column (one header
 * row, so the planted rows are 15-18).
 */
export function perangkatDesaSheet(coverage: 'ticks' | 'status' = 'ticks'): SheetGrid {
  const rows: Cell[][] = [
    ['DAFTAR PERANGKAT DESA KECAMATAN SUNGAI AMBAWANG KABUPATEN KUBU RAYA'],
    ['KEADAAN BULAN JUNI 2026'],
    [],
    ['NO', 'NAMA', 'NIK', 'JABATAN', 'DESA', 'KECAMATAN', 'KEPESERTAAN BPJS KETENAGAKERJAAN', null],
    [null, null, null, null, null, null, 'SUDAH', 'BELUM'],
    ['1', '2', '3', '4', '5', '6', '7', '8'],
  ];
  CLEAN.forEach(([desa, kec], i) => {
    const n = i + 1;
    // Durian: nobody covered.
    const covered = !desa.startsWith('Durian') && n % 4 !== 0;
    rows.push([n, `Perangkat ${n}`, nik(n), JOBS[i % JOBS.length], desa, kec, covered ? '√' : null, covered ? null : '√']);
  });
  // Planted: a misspelt desa (twice), a desa of another kecamatan, a kecamatan of another kab/kota.
  rows.push([10, 'Perangkat 10', nik(10), 'Kepala Desa', 'Sungai Ambawang Kula', 'Sungai Ambawang', '√', null]);
  rows.push([11, 'Perangkat 11', nik(11), 'Kaur Umum', 'Sungai Ambawang Kula', 'Sungai Ambawang', null, '√']);
  rows.push([12, 'Perangkat 12', nik(12), 'Kepala Dusun', 'Kubu Padi', 'Sungai Ambawang', '√', null]);
  rows.push([13, 'Perangkat 13', nik(13), 'Sekretaris Desa', 'Lingga', 'Kapuas', '√', null]);
  rows.push([]);
  rows.push([null, null, null, null, null, 'Sungai Ambawang, 30 Juni 2026', null, null]);
  rows.push([null, null, null, null, null, 'CAMAT SUNGAI AMBAWANG', null, null]);
  rows.push([]);
  rows.push([null, null, null, null, null, 'DRS. HENDRI, M.Si', null, null]);
  rows.push([null, null, null, null, null, 'NIP. 19700512 199303 1 006', null, null]);
  if (coverage === 'status') {
    rows.splice(4, 1);
    rows[3] = [...rows[3].slice(0, 6), 'STATUS KEPESERTAAN'];
    for (let i = 4; i < rows.length; i++) {
      const r = rows[i];
      if (r.length < 8) continue;
      const status = i === 4 ? '7' : r[6] === '√' ? 'Aktif' : r[7] === '√' ? 'Belum Terdaftar' : r[6];
      rows[i] = [...r.slice(0, 6), status];
    }
  }
  return { sheet: 'Perangkat Desa', origin: { row: 0, col: 0 }, rows };
}

/** A kader roster of Kecamatan Sungai Raya without a Kecamatan column: each desa places its kecamatan. */
export function kaderPosyanduSheet(): SheetGrid {
  return {
    sheet: 'Kader Posyandu',
    origin: { row: 0, col: 0 },
    rows: [
      ['DAFTAR KADER POSYANDU KABUPATEN KUBU RAYA'],
      ['No', 'Nama Kader', 'NIK', 'Desa', 'Posyandu', 'Status Kepesertaan', 'Status Kepegawaian'],
      [1, 'Siti', makeNik('6112', 1985, 1, 2, 'P', 1), 'Kapur', 'Mawar', 'Aktif', 'Relawan'],
      [2, 'Rina', makeNik('6112', 1986, 1, 2, 'P', 2), 'KAPUR', 'Melati', 'Belum Terdaftar', 'Relawan'],
      [3, 'Wati', makeNik('6112', 1987, 1, 2, 'P', 3), 'Desa Limbung', 'Anggrek', 'Belum Terdaftar', 'Relawan'],
      [4, 'Ani', makeNik('6112', 1988, 1, 2, 'P', 4), 'Limbung', 'Anggrek', 'Aktif', 'PNS'],
      [5, 'Yuni', makeNik('6112', 1989, 1, 2, 'P', 5), null, 'Kenanga', 'Aktif', 'Relawan'],
    ],
  };
}
