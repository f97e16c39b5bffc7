// Worker category from a job title (JABATAN / JENIS TENAGA / PROFESI), following UU 17/2023 tentang
// Kesehatan:
// - Pasal 197: health human resources are tenaga medis, tenaga kesehatan, and tenaga pendukung atau
//   penunjang kesehatan (everyone else who works in a health service: drivers, cleaners, security,
//   administration, cooks, …).
// - Pasal 198: tenaga medis are dokter (incl. dokter spesialis/subspesialis) and dokter gigi (incl.
//   dokter gigi spesialis/subspesialis).
// - Pasal 199: tenaga kesehatan are grouped as psikologi klinis, keperawatan, kebidanan, kefarmasian,
//   kesehatan masyarakat, kesehatan lingkungan, gizi, keterapian fisik, keteknisian medis, teknik
//   biomedika, kesehatan tradisional, and other tenaga kesehatan set by the minister.
// Source: Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan (LN 2023 No. 105), Pasal 197–199.
// Titles are matched on normalised words ("dr. Gigi" → "dr gigi"); the longest known title at the start
// of the text wins ("Perawat Gigi" is a nurse, "Dokter Gigi" a dentist), then any known title word
// ("Bidan Desa", "Staf Administrasi"). Unknown titles give no category.
import { normalizeKey } from '../roster/text-match';

export const TENAGA_MEDIS = 'Tenaga Medis';
export const TENAGA_KESEHATAN = 'Tenaga Kesehatan';
export const TENAGA_PENUNJANG = 'Tenaga Penunjang Kesehatan';

/** Job titles by category (normalised: lower case, punctuation as spaces). */
export const JOB_TITLES: Readonly<Record<string, readonly string[]>> = {
  // Pasal 198.
  [TENAGA_MEDIS]: [
    'dokter',
    'dokter umum',
    'dokter spesialis',
    'dokter subspesialis',
    'dokter gigi',
    'dokter gigi spesialis',
    'dokter internship',
    'dokter ptt',
    'dokter jaga',
    'dokter igd',
    'dr',
    'dr umum',
    'dr gigi',
    'drg',
    'dr sp',
    'dokter muda',
    'sp a',
    'sp og',
    'sp pd',
    'sp b',
    'sp an',
    'sp rad',
    'sp pk',
    'sp m',
    'sp s',
    'sp kj',
    'sp tht',
    'sp jp',
    'sp kk',
    'sp p',
    'sp bs',
    'sp ot',
    'sp u',
    'sp n',
  ],
  // Pasal 199.
  [TENAGA_KESEHATAN]: [
    'perawat',
    'perawat gigi',
    'terapis gigi',
    'terapis gigi dan mulut',
    'ners',
    'bidan',
    'bidan desa',
    'apoteker',
    'asisten apoteker',
    'tenaga teknis kefarmasian',
    'ttk',
    'farmasi',
    'tenaga farmasi',
    'analis kesehatan',
    'analis laboratorium',
    'pranata laboratorium kesehatan',
    'ahli teknologi laboratorium medik',
    'atlm',
    'laboran',
    'sanitarian',
    'tenaga sanitasi',
    'kesehatan lingkungan',
    'kesling',
    'nutrisionis',
    'dietisien',
    'ahli gizi',
    'tenaga gizi',
    'gizi',
    'perekam medis',
    'perekam medis dan informasi kesehatan',
    'rekam medis',
    'radiografer',
    'radiologi',
    'fisioterapis',
    'fisioterapi',
    'okupasi terapis',
    'terapis wicara',
    'akupunktur terapis',
    'elektromedis',
    'teknisi elektromedis',
    'refraksionis optisien',
    'optometris',
    'penata anestesi',
    'perawat anestesi',
    'psikolog klinis',
    'psikolog',
    'epidemiolog',
    'epidemiolog kesehatan',
    'penyuluh kesehatan',
    'promosi kesehatan',
    'promkes',
    'tenaga promosi kesehatan',
    'kesehatan masyarakat',
    'skm',
    'administrator kesehatan',
    'entomolog kesehatan',
    'fisikawan medik',
    'teknisi transfusi darah',
    'teknisi kardiovaskuler',
    'ortotis prostetis',
    'tenaga kesehatan tradisional',
    'penyehat tradisional',
  ],
  // Pasal 197 huruf c.
  [TENAGA_PENUNJANG]: [
    'sopir',
    'sopir ambulans',
    'sopir ambulance',
    'supir',
    'supir ambulans',
    'driver',
    'driver ambulans',
    'pengemudi',
    'pengemudi ambulans',
    'cleaning service',
    'petugas kebersihan',
    'kebersihan',
    'tenaga kebersihan',
    'pramu bakti',
    'pramubakti',
    'pekarya',
    'satpam',
    'security',
    'petugas keamanan',
    'keamanan',
    'penjaga malam',
    'administrasi',
    'staf administrasi',
    'tenaga administrasi',
    'admin',
    'tata usaha',
    'bendahara',
    'operator',
    'operator komputer',
    'petugas loket',
    'loket',
    'kasir',
    'juru masak',
    'tukang masak',
    'pengolah makanan',
    'tukang kebun',
    'pertamanan',
    'laundry',
    'binatu',
    'teknisi',
    'teknisi it',
    'it',
    'programmer',
    'porter',
    'pemulasaraan jenazah',
    'petugas gudang',
    'gudang',
    'pengelola keuangan',
    'akuntan',
  ],
};

const BY_TITLE = new Map<string, string>();
for (const [category, titles] of Object.entries(JOB_TITLES)) {
  for (const t of titles) {
    if (BY_TITLE.has(t)) throw new Error(`job-titles: "${t}" is listed twice`);
    BY_TITLE.set(t, category);
  }
}
/** Longest title in words, for the prefix search. */
const MAX_WORDS = Math.max(...[...BY_TITLE.keys()].map((t) => t.split(' ').length));

/** Words that qualify a title without changing it ("Perawat Pelaksana", "Bidan PTT", "Staf Honorer"). */
const QUALIFIERS = new Set(['pelaksana', 'ahli', 'terampil', 'penyelia', 'mahir', 'muda', 'madya', 'pertama', 'honorer', 'kontrak', 'ptt']);

/** The category a job title falls under, or null when the title is not in the table. */
export function categoryOfJobTitle(text: string): string | null {
  const words = normalizeKey(text)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  // The longest known title at the start: "dokter gigi spesialis", "perawat gigi", "sopir".
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
    const hit = BY_TITLE.get(words.slice(0, n).join(' '));
    if (hit !== undefined) return hit;
  }
  // A known title later in the text: "Tenaga Perawat", "Petugas Sanitarian".
  for (let i = 1; i < words.length; i++) {
    if (QUALIFIERS.has(words[i])) continue;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      const hit = BY_TITLE.get(words.slice(i, i + n).join(' '));
      if (hit !== undefined) return hit;
    }
  }
  return null;
}
