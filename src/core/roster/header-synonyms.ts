// Header texts real rosters use for each field, in Indonesian and English. Matching is on
// normalised text (case, spacing and punctuation ignored; "(L/P)", "(Rp)" and "*" marks dropped).
import type { FieldId } from './fields';
import { memoize, normalizeKey } from './text-match';

export const HEADER_SYNONYMS: Readonly<Record<FieldId, readonly string[]>> = {
  name: [
    'Nama',
    'Nama Lengkap',
    'Nama Pekerja',
    'Nama Peserta',
    'Nama Tenaga Kerja',
    'Nama TK',
    'Nama Karyawan',
    'Nama Pegawai',
    'Nama Kader',
    'Nama Nakes',
    'Nama Sesuai KTP',
    'Nama Lengkap Sesuai KTP',
    'Nama Lengkap (Sesuai KTP)',
    'Nama Petugas',
    'Name',
    'Full Name',
    'Worker Name',
    'Participant Name',
    'Employee Name',
  ],
  nik: [
    'NIK',
    'No KTP',
    'No. KTP',
    'Nomor KTP',
    'NIK KTP',
    'No NIK',
    'No. NIK',
    'Nomor NIK',
    'Nomor Induk Kependudukan',
    'No. Induk Kependudukan',
    'NIK e-KTP',
    'No e-KTP',
    'Nomor e-KTP',
    'KTP',
    'NIK Peserta',
    'NIK Pekerja',
    'NIK/No KTP',
    'National ID',
    'National ID Number',
    'ID Number',
    'Identity Number',
    'NIK (National ID)',
  ],
  sex: ['Jenis Kelamin', 'JK', 'J/K', 'L/P', 'Kelamin', 'Jns Kelamin', 'Jenis Kel', 'Jenis Kelamin (L/P)', 'Gender', 'Sex'],
  birthDate: [
    'Tanggal Lahir',
    'Tgl Lahir',
    'Tgl. Lahir',
    'Tgl Lhr',
    'Tanggal Kelahiran',
    'Tempat/Tanggal Lahir',
    'Tempat Tanggal Lahir',
    'Tempat, Tanggal Lahir',
    'TTL',
    'Tempat/Tgl Lahir',
    'Date of Birth',
    'Birth Date',
    'Birthdate',
    'DOB',
  ],
  regency: [
    'Kabupaten/Kota',
    'Kab/Kota',
    'Kab./Kota',
    'Kab Kota',
    'Kabupaten Kota',
    'Kota/Kabupaten',
    'Kota/Kab',
    'Kabupaten',
    'Kab',
    'Kab/Kot',
    'Kab/Kota Domisili',
    'Kabupaten/Kota Domisili',
    'Domisili Kab/Kota',
    'Kab/Kota Tempat Bekerja',
    'Kab/Kota Tempat Tugas',
    'Lokasi Kab/Kota',
    'Wilayah',
    'Wilayah Kab/Kota',
    'Regency/City',
    'Regency',
    'City/Regency',
    'District',
    'Kota',
  ],
  institution: [
    'Instansi/Fasilitas',
    'Instansi',
    'Fasilitas',
    'Fasilitas Kesehatan',
    'Faskes',
    'Nama Faskes',
    'Nama Instansi',
    'Instansi/Faskes',
    'Tempat Kerja',
    'Tempat Tugas',
    'Unit Kerja',
    'Satuan Kerja',
    'Satker',
    'OPD',
    'Puskesmas',
    'Puskesmas/RS',
    'Desa',
    'Nama Desa',
    'Desa/Kelurahan',
    'Perusahaan',
    'Nama Perusahaan',
    'Pemberi Kerja',
    'Institution',
    'Facility',
    'Institution/Facility',
    'Employer',
    'Workplace',
  ],
  category: [
    'Kategori Pekerja',
    'Kategori',
    'Jenis Pekerja',
    'Kelompok Pekerja',
    'Kategori Tenaga',
    'Jenis Tenaga',
    'Kategori Tenaga Kerja',
    'Jenis Tenaga Kerja',
    'Kelompok',
    'Worker Category',
    'Category',
  ],
  employmentStatus: [
    'Status Kepegawaian',
    'Status Pegawai',
    'Status Kerja',
    'Status Pekerjaan',
    'Jenis Kepegawaian',
    'Status ASN',
    'Status ASN/Non-ASN',
    'Kepegawaian',
    'Status Ketenagaan',
    'Employment Status',
    'Employment',
  ],
  segment: ['Segmen', 'Segmen Kepesertaan', 'Segmen Peserta', 'Jenis Kepesertaan', 'Segment', 'Membership Segment'],
  membershipStatus: [
    'Status Kepesertaan',
    'Status BPJS',
    'Status BPJS Ketenagakerjaan',
    'Status BPJSTK',
    'Status BPJamsostek',
    'Status Jamsostek',
    'Status Peserta',
    'Kepesertaan',
    'Status Keanggotaan',
    'Keaktifan',
    'Status Aktif',
    'Kepesertaan BPJS Ketenagakerjaan',
    'Membership Status',
    'Membership',
  ],
  kpj: [
    'Nomor KPJ',
    'KPJ',
    'No KPJ',
    'No. KPJ',
    'No. Kepesertaan',
    'Nomor Kepesertaan',
    'No Kepesertaan',
    'Nomor Peserta',
    'No Peserta',
    'No. Peserta',
    'Nomor Peserta BPJSTK',
    'No Peserta BPJSTK',
    'Nomor Peserta BPJS Ketenagakerjaan',
    'No. Peserta BPJS Ketenagakerjaan',
    'Nomor Kartu Peserta',
    'No Kartu BPJS Ketenagakerjaan',
    'Nomor Kartu Peserta Jamsostek',
    'Membership Number',
    'KPJ Number',
  ],
  program: [
    'Program',
    'Program Jaminan',
    'Program BPJS',
    'Program Kepesertaan',
    'Program yang Diikuti',
    'Jenis Program',
    'Programs',
    'Programmes',
  ],
  wage: [
    'Upah/Penghasilan',
    'Upah',
    'Gaji',
    'Penghasilan',
    'Upah per Bulan',
    'Upah Bulanan',
    'Gaji Pokok',
    'Gaji per Bulan',
    'Penghasilan per Bulan',
    'Honor',
    'Honorarium',
    'Insentif',
    'Nilai Upah',
    'Upah yang Dilaporkan',
    'Upah (Rp)',
    'Wage',
    'Salary',
    'Income',
    'Monthly Wage',
    'Monthly Income',
  ],
  membershipStart: [
    'Tanggal Mulai Kepesertaan',
    'TMT Kepesertaan',
    'TMT',
    'TMT Peserta',
    'Tgl Kepesertaan',
    'Tanggal Kepesertaan',
    'Tgl Mulai Kepesertaan',
    'Tanggal Daftar',
    'Tgl Daftar',
    'Tanggal Terdaftar',
    'Tanggal Pendaftaran',
    'Mulai Kepesertaan',
    'Tanggal Mulai',
    'Membership Start',
    'Membership Start Date',
    'Start Date',
    'Registration Date',
  ],
};

/** Row-number columns: recognised (not a field, and not reported as an unmapped header). */
export const ROW_NUMBER_HEADERS: readonly string[] = ['No', 'No.', 'Nomor', 'No Urut', 'Nomor Urut', 'Urut', 'Nmr', '#', 'Number', 'Row'];

/**
 * Phrases that identify a field even inside a longer header ("NIK Pekerja (16 digit)",
 * "Nomor KPJ BPJamsostek"); checked as whole words after an exact synonym misses.
 */
const CONTAINED: readonly (readonly [string, FieldId])[] = [
  ['nik', 'nik'],
  ['ktp', 'nik'],
  ['nomor induk kependudukan', 'nik'],
  ['kpj', 'kpj'],
  ['nomor peserta', 'kpj'],
  ['no peserta', 'kpj'],
  ['tanggal lahir', 'birthDate'],
  ['tgl lahir', 'birthDate'],
  ['jenis kelamin', 'sex'],
  ['kab kota', 'regency'],
  ['kabupaten kota', 'regency'],
  ['status kepesertaan', 'membershipStatus'],
  ['status kepegawaian', 'employmentStatus'],
  ['kategori pekerja', 'category'],
  ['tmt', 'membershipStart'],
  ['nama lengkap', 'name'],
];

/** Normalised key of a header cell: parenthesised notes and "*" marks dropped unless nothing else remains. */
export function headerKey(text: string): string {
  const withoutNotes = normalizeKey(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  return withoutNotes !== '' ? withoutNotes : normalizeKey(text);
}

const SYNONYM_FIELD = new Map<string, FieldId>();
for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [FieldId, readonly string[]][]) {
  for (const s of synonyms) {
    const key = headerKey(s);
    if (!SYNONYM_FIELD.has(key)) SYNONYM_FIELD.set(key, field);
  }
}
const ROW_NUMBER_KEYS = new Set(ROW_NUMBER_HEADERS.map((h) => normalizeKey(h)));

export type HeaderMatch = FieldId | 'rowNumber' | null;

/** The field a header text names, 'rowNumber' for a "No." column, or null (memoised: every check reads the top rows). */
export const matchHeader = memoize(matchHeaderUncached, 10_000);

function matchHeaderUncached(text: string): HeaderMatch {
  if (text.trim() === '#') return 'rowNumber';
  const key = headerKey(text);
  if (key === '') return null;
  if (ROW_NUMBER_KEYS.has(key)) return 'rowNumber';
  const exact = SYNONYM_FIELD.get(key) ?? SYNONYM_FIELD.get(normalizeKey(text));
  if (exact) return exact;
  const padded = ` ${key} `;
  for (const [phrase, field] of CONTAINED) if (padded.includes(` ${phrase} `)) return field;
  return null;
}
