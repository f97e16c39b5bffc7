// Rosters shaped as offices keep them (issue 9), built in code and written to .xlsx: a Dinas Kesehatan
// kabupaten file (kab/kota only in the title, a two-row merged header with SUDAH/BELUM ticks under
// "KEPESERTAAN BPJS KETENAGAKERJAAN", a column-number row, group titles, JUMLAH rows with COUNTA/SUM
// formulas, a signature block with an 18-digit NIP, JABATAN job titles), a yes/no sheet and a kader sheet.
import ExcelJS from 'exceljs';
import type { Cell } from '../../src/core/cells';
import { makeNik } from './roster-rows';
import { excelValue } from './xlsx-fixtures';

export interface OfficeSheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** Merged ranges ("F5:G5"); the value sits in the first cell, as Excel keeps it. */
  readonly merges?: readonly string[];
}

/** Writes the sheets; a text starting with "=" is written as a real formula (JUMLAH rows' COUNTA/SUM). */
export async function writeOfficeWorkbook(sheets: readonly OfficeSheet[], file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((cells, r) =>
      cells.forEach((c, col) => {
        if (c === null) return;
        const cell = ws.getCell(r + 1, col + 1);
        cell.value = typeof c === 'string' && c.startsWith('=') ? { formula: c.slice(1) } : excelValue(c);
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

/** The head of office's signature block under an 8-column table: place and date, title, name, rank, an 18-digit NIP. */
export const SANGGAU_SIGNATURE: readonly (readonly Cell[])[] = [
  [],
  [null, null, null, null, null, 'Sanggau, 30 Juni 2025', null, null],
  [null, null, null, null, null, 'KEPALA DINAS KESEHATAN', null, null],
  [null, null, null, null, null, 'KABUPATEN SANGGAU', null, null],
  [],
  [null, null, null, null, null, 'dr. H. ANDREAS, M.Kes', null, null],
  [null, null, null, null, null, 'Pembina Utama Muda', null, null],
  [null, null, null, null, null, 'NIP. 19720315 200212 1 004', null, null],
];

/** One worker of the kabupaten file: job title, employment status, ticks under SUDAH / BELUM, KPJ. */
export interface NakesWorker {
  readonly name: string;
  readonly job: Cell;
  readonly employment: string;
  readonly sudah: Cell;
  readonly belum: Cell;
  readonly kpj?: string;
}

const JOBS: readonly string[] = [
  'Dokter Umum',
  'dr. Gigi',
  'Perawat',
  'Bidan',
  'Apoteker',
  'Analis Kesehatan',
  'Sanitarian',
  'Nutrisionis',
  'Perekam Medis',
  'Sopir Ambulans',
  'Cleaning Service',
  'Satpam',
  'Administrasi',
  'Juru Masak',
];
const YES_TICKS: readonly Cell[] = ['√', '✓', 'v', 'V', 'x', 'X', 1, 'ada', '√ '];

/** Workers of one group, varied deterministically: every tick spelling, some ASN, some unclear (both or no tick). */
export function nakesWorkers(count: number, seed: number): NakesWorker[] {
  return Array.from({ length: count }, (_, k) => {
    const n = seed * 100 + k;
    const answer = n % 11 === 5 ? 'both' : n % 13 === 7 ? 'neither' : n % 3 === 0 ? 'belum' : 'sudah';
    const tick = YES_TICKS[n % YES_TICKS.length];
    return {
      name: `Pegawai ${seed}-${k + 1}`,
      job: JOBS[n % JOBS.length],
      employment: n % 17 === 3 ? 'PNS' : n % 2 ? 'Honorer' : 'Kontrak BLUD',
      sudah: answer === 'sudah' || answer === 'both' ? tick : null,
      belum: answer === 'belum' || answer === 'both' ? '√' : null,
      ...(answer !== 'belum' ? { kpj: String(11_100_000_000 + n) } : {}),
    };
  });
}

/**
 * The Dinas Kesehatan Kabupaten Sanggau file: groups of workers, each with its title row and a JUMLAH row of
 * COUNTA formulas under the tick columns, a JUMLAH TOTAL row of SUMs, then the signature block with an NIP.
 */
export function kabupatenNakesSheet(groups: readonly { title: string; workers: readonly NakesWorker[] }[], name = 'Nakes'): OfficeSheet {
  const rows: Cell[][] = [
    ['PEMERINTAH KABUPATEN SANGGAU'],
    ['DINAS KESEHATAN KABUPATEN SANGGAU'],
    ['DATA TENAGA KESEHATAN NON ASN TAHUN 2025'],
    [],
    ['NO', 'NAMA', 'NIK', 'JABATAN', 'STATUS PEGAWAI', 'KEPESERTAAN BPJS KETENAGAKERJAAN', null, 'NO. KPJ'],
    [null, null, null, null, null, 'SUDAH', 'BELUM', null],
    [1, 2, 3, 4, 5, 6, 7, 8],
  ];
  const merges = ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:E6', 'F5:G5', 'H5:H6'];
  const subtotals: number[] = [];
  let no = 0;
  groups.forEach((g, gi) => {
    rows.push([g.title, null, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:H${rows.length}`);
    const first = rows.length + 1;
    for (const w of g.workers) {
      no++;
      rows.push([
        no,
        w.name,
        makeNik('6103', 1980 + (no % 20), 1 + (no % 12), 1 + (no % 28), no % 2 ? 'L' : 'P', gi * 100 + no),
        w.job,
        w.employment,
        w.sudah,
        w.belum,
        w.kpj ?? null,
      ]);
    }
    const last = rows.length;
    rows.push([null, 'JUMLAH', null, null, null, `=COUNTA(F${first}:F${last})`, `=COUNTA(G${first}:G${last})`, null]);
    subtotals.push(rows.length);
  });
  const sum = (col: string) => `=${subtotals.map((r) => `${col}${r}`).join('+')}`;
  rows.push([null, 'JUMLAH TOTAL', null, null, null, sum('F'), sum('G'), null]);
  rows.push(...SANGGAU_SIGNATURE.map((r) => [...r]));
  return { name, rows, merges };
}

/**
 * A kota's sheet answering in one "TERDAFTAR BPJSTK" column (YA/TIDAK, Y/T, Sudah/Belum, Ada/Tidak ada, 1/0): the
 * kab/kota from the sheet name for rows whose Kab/Kota is blank (one row keeps its own), the category from the
 * Kategori column where filled, else from the job title.
 */
export function yesNoSheet(name = 'Kota Singkawang'): OfficeSheet {
  const answers: readonly Cell[] = ['YA', 'TIDAK', 'Y', 'T', 'Sudah', 'Belum', 'Ada', 'Tidak ada', 1, 0, 'ya', 'tdk'];
  const rows: Cell[][] = [['No', 'Nama', 'NIK', 'Kab/Kota', 'Kategori', 'Jabatan', 'Terdaftar BPJSTK', 'No KPJ']];
  for (let i = 0; i < 36; i++) {
    const own = i === 4 ? 'Kota Pontianak' : i % 9 === 2 ? '   ' : null;
    const category = i % 5 === 0 ? 'Tenaga Kesehatan' : null;
    const answer = i % 12 === 11 ? null : answers[i % answers.length];
    rows.push([
      i + 1,
      `Warga ${i + 1}`,
      makeNik(own === 'Kota Pontianak' ? '6171' : '6172', 1985 + (i % 10), 1 + (i % 12), 1 + (i % 27), i % 2 ? 'L' : 'P', 500 + i),
      own,
      category,
      JOBS[(i * 5) % JOBS.length],
      answer,
      answer === null || i % 2 === 0 ? String(12_200_000_000 + i) : null,
    ]);
  }
  return { name, rows };
}

/** A kader sheet: the category only in the sheet name, the kab/kota in a column, Status Kepesertaan with blanks beside a KPJ. */
export function kaderSheet(name = 'KADER KESEHATAN'): OfficeSheet {
  const rows: Cell[][] = [['REKAP DATA TAHUN 2025'], ['No', 'Nama Kader', 'NIK', 'Kab/Kota', 'Status Kepesertaan', 'No KPJ']];
  const places = ['Kabupaten Kubu Raya', 'Kab. Landak', 'Kubu Raya', 'Kota Pontianak'];
  for (let i = 0; i < 24; i++) {
    const status = i % 4 === 0 ? 'Aktif' : i % 4 === 1 ? 'Belum Terdaftar' : i % 4 === 2 ? null : 'aktif';
    rows.push([
      i + 1,
      `Kader ${i + 1}`,
      makeNik('6112', 1975 + (i % 20), 1 + (i % 12), 1 + (i % 27), 'P', 700 + i),
      places[i % places.length],
      status,
      status === 'Belum Terdaftar' ? null : String(13_300_000_000 + i),
    ]);
  }
  // a JUMLAH line in the middle, its COUNTA under Status Kepesertaan
  rows.splice(14, 0, [null, 'JUMLAH', null, null, '=COUNTA(E3:E14)', null]);
  return { name, rows };
}
