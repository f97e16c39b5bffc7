// The demo in the shape a kabupaten health office really sends (issue 9), for trainers to show that the checker
// reads real files: the kab/kota only in the title, a two-row header with SUDAH / BELUM ticks under a merged
// "KEPESERTAAN BPJS KETENAGAKERJAAN", a row of column numbers, group rows per puskesmas with a JUMLAH row
// each and a JUMLAH TOTAL, a signature block with an NIP, job titles instead of categories, birth place and
// date in one cell (Indonesian month names), the statuses offices use; and a kader sheet of a kecamatan with
// one YA / TIDAK column. Every row is clean: a check gives no error or warning. Deterministic for a seed;
// names from syllables and NIK serials 9001–9999, so no row is a real person. `jamsostek demo --bentuk
// kabupaten`; the standard demo (demo.ts) is unchanged.
import type { Cell } from '../cells';
import { findRegency } from '../reference/regions';
import { personName, word } from './names';
import { Random } from './random';
import type { DemoSheet } from './demo';

/** Kabupaten Sanggau, Kalimantan Barat. */
export const KABUPATEN_DEMO_REGENCY = '6103';

export interface KabupatenDemoSheet extends DemoSheet {
  /** Merged cells, A1 ranges ("H5:I5"). */
  readonly merges: readonly string[];
  /** Worker rows written, and those of them marked as enrolled (SUDAH / YA). */
  readonly workers: number;
  readonly covered: number;
}

export interface KabupatenDemo {
  readonly seed: number;
  readonly sheets: readonly KabupatenDemoSheet[];
}

export const KABUPATEN_DEMO_SHEET_NAMES = { health: 'NAKES NON ASN', kader: 'KADER POSYANDU' } as const;

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_SHORT = ['Jan', 'Peb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nop', 'Des'];
const PLACES = ['Sanggau', 'Sanggau', 'Sanggau', 'Pontianak', 'Sekadau', 'Sintang', 'Entikong', 'Balai Karangan'];

/** Job titles as offices write them, each in the UU 17/2023 table (reference/job-titles.ts), by rough share. */
const JOB_TITLES: readonly (readonly [string, number])[] = [
  ['Dokter Umum', 4],
  ['dr. Gigi', 1],
  ['Perawat', 24],
  ['Bidan', 20],
  ['Apoteker', 3],
  ['Asisten Apoteker', 3],
  ['Analis Kesehatan', 4],
  ['Sanitarian', 3],
  ['Nutrisionis', 3],
  ['Perekam Medis', 4],
  ['Radiografer', 1],
  ['Fisioterapis', 1],
  ['Sopir Ambulans', 5],
  ['Cleaning Service', 8],
  ['Satpam', 4],
  ['Administrasi', 8],
  ['Juru Masak', 2],
];
const STATUSES = [
  'Honorer Daerah',
  'Honorer Daerah',
  'THL',
  'THL',
  'Kontrak BLUD',
  'PTT',
  'Nusantara Sehat',
  'Sukarela',
  'PPPK Paruh Waktu',
];

class People {
  private readonly niks = new Set<string>();
  private kpj: number;
  constructor(private readonly rng: Random) {
    this.kpj = 21_000_000_000 + rng.int(0, 1_000_000);
  }
  /** A clean person: NIK of the kab/kota agreeing with sex and birth date, and the birth place and date in one cell. */
  person(fromYear: number, toYear: number, womenShare: number) {
    const rng = this.rng;
    const sex: 'L' | 'P' = rng.next() < womenShare ? 'P' : 'L';
    const year = rng.int(fromYear, toYear);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const dob = `${String(day + (sex === 'P' ? 40 : 0)).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}`;
    let nik: string;
    do nik = `${KABUPATEN_DEMO_REGENCY}${String(rng.int(1, 15)).padStart(2, '0')}${dob}${rng.int(9001, 9999)}`;
    while (this.niks.has(nik));
    this.niks.add(nik);
    const place = rng.pick(PLACES);
    const dd = String(day).padStart(2, '0');
    const mm = String(month).padStart(2, '0');
    const form = rng.int(0, 3);
    const date =
      form === 0
        ? `${dd}-${mm}-${year}`
        : form === 1
          ? `${day} ${MONTHS[month - 1]} ${year}`
          : form === 2
            ? `${dd}/${mm}/${year}`
            : `${day} ${MONTHS_SHORT[month - 1]} ${year}`;
    return { name: personName(rng), nik, sex, ttl: `${place}, ${date}` };
  }
  nextKpj(): string {
    this.kpj += this.rng.int(1, 97);
    return String(this.kpj);
  }
}

/** The signature block under a table: place and date, "Mengetahui", the office, a synthetic name, rank and NIP. */
function signature(rng: Random, col: number, width: number, office: readonly string[]): Cell[][] {
  const at = (text: string): Cell[] => Array.from({ length: width }, (_, i) => (i === col ? text : null));
  const nip = `19${rng.int(68, 79)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')} 200${rng.int(0, 5)}0${rng.int(1, 9)} ${rng.int(1, 2)} 00${rng.int(1, 9)}`;
  return [
    [],
    at(`Sanggau, ${rng.int(2, 28)} Januari 2025`),
    at('Mengetahui,'),
    ...office.map(at),
    [],
    [],
    at(`${personName(rng).toUpperCase()}, S.KM`),
    at('Pembina Tk. I'),
    at(`NIP. ${nip}`),
  ];
}

const SYNTHETIC = 'Data sintetis untuk pelatihan: nama dan NIK dibuat komputer, bukan orang sungguhan.';

function healthSheet(rng: Random, people: People, regencyName: string): KabupatenDemoSheet {
  const header = [
    'NO',
    'NAMA',
    'NIK',
    'L/P',
    'TEMPAT, TANGGAL LAHIR',
    'JABATAN',
    'STATUS KEPEGAWAIAN',
    'KEPESERTAAN BPJS KETENAGAKERJAAN',
    null,
    'NO. KPJ',
  ];
  const width = header.length;
  const rows: Cell[][] = [
    [`DINAS KESEHATAN ${regencyName.toUpperCase()}`],
    ['DAFTAR TENAGA KESEHATAN NON ASN YANG SUDAH DAN BELUM TERDAFTAR BPJS KETENAGAKERJAAN TAHUN 2025'],
    [SYNTHETIC],
    [],
    header,
    [null, null, null, null, null, null, null, 'SUDAH', 'BELUM', null],
    header.map((_, i) => `(${i + 1})`),
  ];
  // Two-row header: the coverage group over SUDAH / BELUM, every other title merged down over both rows.
  const merges = ['H5:I5', ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'J'].map((c) => `${c}5:${c}6`)];
  const groups = ['PUSKESMAS', 'PUSKESMAS', 'PUSKESMAS', 'PUSKESMAS', 'RSUD'].map((kind, i) =>
    kind === 'RSUD' ? 'RSUD M. TH. DJAMAN' : `PUSKESMAS ${word(rng).toUpperCase()}${i === 2 ? ' (RAWAT INAP)' : ''}`,
  );
  const weights = JOB_TITLES.map(([, w]) => w);
  let no = 0;
  let workers = 0;
  let covered = 0;
  groups.forEach((group, g) => {
    rows.push([`${'ABCDE'[g]}. ${group}`]);
    const n = rng.int(8, group.startsWith('RSUD') ? 30 : 16);
    let sudah = 0;
    for (let i = 0; i < n; i++) {
      const p = people.person(1968, 2001, 0.65);
      const enrolled = rng.next() < 0.34;
      if (enrolled) sudah++;
      rows.push([
        ++no,
        p.name,
        p.nik,
        p.sex,
        p.ttl,
        JOB_TITLES[rng.weighted(weights)][0],
        rng.pick(STATUSES),
        enrolled ? '√' : null,
        enrolled ? null : '√',
        enrolled ? people.nextKpj() : null,
      ]);
    }
    rows.push([null, 'JUMLAH', null, null, null, null, null, sudah, n - sudah, null]);
    workers += n;
    covered += sudah;
  });
  rows.push([null, 'JUMLAH TOTAL', null, null, null, null, null, covered, workers - covered, null]);
  rows.push(...signature(rng, 6, width, ['KEPALA DINAS KESEHATAN', regencyName.toUpperCase()]));
  return {
    name: KABUPATEN_DEMO_SHEET_NAMES.health,
    rows,
    headerRow: 4,
    textColumns: [2, 9],
    dateColumns: [],
    columnWidths: [5, 26, 20, 5, 28, 20, 20, 10, 10, 14],
    merges,
    workers,
    covered,
  };
}

function kaderSheet(rng: Random, people: People, regencyName: string): KabupatenDemoSheet {
  const kecamatan = word(rng).toUpperCase();
  const rows: Cell[][] = [
    [`DAFTAR KADER POSYANDU KECAMATAN ${kecamatan} ${regencyName.toUpperCase()}`],
    [SYNTHETIC],
    [],
    ['No', 'Nama Kader', 'NIK', 'L/P', 'Tempat, Tgl Lahir', 'Terdaftar BPJSTK', 'No KPJ'],
  ];
  const n = rng.int(24, 40);
  let covered = 0;
  for (let i = 0; i < n; i++) {
    const p = people.person(1965, 2004, 0.9);
    const enrolled = rng.next() < 0.2;
    if (enrolled) covered++;
    rows.push([i + 1, p.name, p.nik, p.sex, p.ttl, enrolled ? 'YA' : 'TIDAK', enrolled ? people.nextKpj() : null]);
  }
  rows.push(...signature(rng, 4, 7, [`CAMAT ${kecamatan}`]));
  return {
    name: KABUPATEN_DEMO_SHEET_NAMES.kader,
    rows,
    headerRow: 3,
    textColumns: [2, 6],
    dateColumns: [],
    columnWidths: [5, 26, 20, 5, 28, 16, 14],
    merges: [],
    workers: n,
    covered,
  };
}

export function generateKabupatenDemo(seed = 1): KabupatenDemo {
  const rng = new Random(seed);
  const people = new People(rng);
  const regencyName = findRegency(KABUPATEN_DEMO_REGENCY)?.name ?? 'Kabupaten Sanggau';
  return { seed, sheets: [healthSheet(rng, people, regencyName), kaderSheet(rng, people, regencyName)] };
}
