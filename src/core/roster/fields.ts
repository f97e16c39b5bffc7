// The field schema: every field of the roster, once. Each field gives its labels, the header texts real
// rosters use for it (exact synonyms, and phrases found inside longer headers), its list of values, its
// column in the roster template, whether it is required and whether the summary counts by it. Header
// matching (header-match.ts), list-value reading (values.ts), the template, the demo workbook, the summary
// and the test fixtures all derive from FIELDS. Adding a field: an entry here, its reader in
// row-context.ts (list fields need none), and its tests.
import type { Localized } from '../i18n/lang';

export interface ListValue {
  /** Canonical value as written in the standard roster. */
  readonly value: string;
  readonly label: Localized;
  /** Other spellings (any case, spacing or punctuation) that mean this value. */
  readonly variants: readonly string[];
}

/** Excel number format of a text column: every digit of a NIK or KPJ survives. */
export const TEXT_FORMAT = '@';
/** Number format of the template's date columns. */
export const DATE_FORMAT = 'dd-mm-yyyy';

/** A field's column in the roster template (the task pane's "Sisipkan templat roster" and the demo workbook). */
export interface TemplateColumn {
  /** Column width in characters. */
  readonly width: number;
  /** TEXT_FORMAT or DATE_FORMAT; General when absent. */
  readonly numberFormat?: typeof TEXT_FORMAT | typeof DATE_FORMAT;
  /** Drop-down list: the field's values, or the kab/kota of the roster's province. */
  readonly dropDown?: 'values' | 'regencies';
}

export interface FieldDef<Id extends string = string> {
  readonly id: Id;
  /** Header text of the standard roster template (Indonesian) and its English label. */
  readonly label: Localized;
  /** A roster lacking the column gets header-missing; an empty cell gets required-missing. */
  readonly required: boolean;
  /** Header texts that name the field, Indonesian and English (matched on normalised text). */
  readonly synonyms: readonly string[];
  /** Normalised phrases that name the field inside a longer header ("NIK Pekerja (16 digit)"). */
  readonly phrases?: readonly string[];
  /** The allowed values of a list field. */
  readonly values?: readonly ListValue[];
  /** Several values in one cell ("JKK, JKM, JHT"). */
  readonly multiValued?: boolean;
  /** The summary counts by it (its alias table lists every spelling the roster uses). */
  readonly summarised: boolean;
  readonly template: TemplateColumn;
}

/** What the types derived from FIELDS see of a field: its literal id and flags, not every synonym. */
type Declared<F extends FieldDef> = FieldDef<F['id']> & {
  readonly values: F extends { readonly values: readonly ListValue[] } ? readonly ListValue[] : undefined;
  readonly multiValued: F extends { readonly multiValued: true } ? true : undefined;
  readonly summarised: F['summarised'];
  readonly required: F['required'];
};

/** Declares a field; the const type parameter keeps its id and flags literal for the derived types. */
const defineField = <const F extends FieldDef>(field: F): Declared<F> => field as unknown as Declared<F>;

export const SEXES: readonly ListValue[] = [
  {
    value: 'L',
    label: { id: 'Laki-laki', en: 'Male' },
    variants: ['laki-laki', 'laki laki', 'lakilaki', 'laki', 'lk', 'pria', 'male', 'm', 'man'],
  },
  { value: 'P', label: { id: 'Perempuan', en: 'Female' }, variants: ['perempuan', 'pr', 'pr.', 'wanita', 'female', 'f', 'w', 'woman'] },
];

export const CATEGORIES: readonly ListValue[] = [
  {
    value: 'Tenaga Medis',
    label: { id: 'Tenaga Medis', en: 'Medical staff' },
    variants: ['medis', 'tenaga medik', 'medical staff', 'medical worker', 'nakes medis'],
  },
  {
    value: 'Tenaga Kesehatan',
    label: { id: 'Tenaga Kesehatan', en: 'Health worker' },
    variants: ['nakes', 'tenkes', 'kesehatan', 'health worker', 'health workers', 'tenaga kesehatan lainnya'],
  },
  {
    value: 'Tenaga Penunjang Kesehatan',
    label: { id: 'Tenaga Penunjang Kesehatan', en: 'Health support staff' },
    variants: [
      'tenaga penunjang',
      'penunjang',
      'penunjang kesehatan',
      'tenaga pendukung kesehatan',
      'support staff',
      'health support staff',
    ],
  },
  {
    value: 'Kader Kesehatan',
    label: { id: 'Kader Kesehatan', en: 'Village health cadre' },
    variants: ['kader', 'kader posyandu', 'kader kesehatan desa', 'health cadre', 'village health cadre'],
  },
  {
    value: 'Perangkat Desa',
    label: { id: 'Perangkat Desa', en: 'Village official' },
    variants: ['aparat desa', 'aparatur desa', 'perangkat kelurahan', 'village official', 'village officials'],
  },
  // UU 3/2024 (Desa) extends social security to village heads, village officials and BPD members.
  {
    value: 'Anggota BPD',
    label: { id: 'Anggota BPD', en: 'Village council (BPD) member' },
    // No bare "bpd", "rt", "rw": three letters or fewer would be offered as the fix for "bpu" and the like.
    variants: ['anggota bpd', 'badan permusyawaratan desa', 'anggota badan permusyawaratan desa', 'village council member'],
  },
  {
    value: 'Ketua RT/RW',
    label: { id: 'Ketua RT/RW', en: 'Neighbourhood head (RT/RW)' },
    variants: ['rt rw', 'ketua rt', 'ketua rw', 'ketua rt rw', 'pengurus rt rw', 'neighbourhood head'],
  },
  {
    value: 'Linmas',
    label: { id: 'Linmas', en: 'Community protection (Linmas)' },
    variants: ['satlinmas', 'anggota linmas', 'perlindungan masyarakat', 'hansip', 'community protection'],
  },
  {
    value: 'Pekerja Rentan',
    label: { id: 'Pekerja Rentan', en: 'Vulnerable worker' },
    variants: ['rentan', 'pekerja informal rentan', 'vulnerable worker', 'vulnerable workers'],
  },
  { value: 'Lainnya', label: { id: 'Lainnya', en: 'Other' }, variants: ['lain-lain', 'lain lain', 'lain', 'other', 'others'] },
];

/**
 * `asn`: a civil servant (ASN: PNS or PPPK, UU 20/2023). `eligible`: counted in the eligible (sasaran) count
 * of BPJS Ketenagakerjaan coverage. PNS and full-time PPPK are not: their work-accident and death
 * protection is with PT Taspen (PP 70/2015, as amended by PP 66/2017). PPPK Paruh Waktu (part-time PPPK,
 * KepmenPANRB 16/2025) are ASN but eligible: their JKK and JKM are with BPJS Ketenagakerjaan, like the
 * non-ASN staff they were before, so they are counted. Every other status is non-ASN and eligible.
 */
export const EMPLOYMENT_STATUSES: readonly (ListValue & { readonly asn: boolean; readonly eligible: boolean })[] = [
  {
    value: 'PNS',
    asn: true,
    eligible: false,
    label: { id: 'PNS (ASN)', en: 'Civil servant (ASN)' },
    variants: ['pegawai negeri sipil', 'cpns', 'civil servant'],
  },
  {
    value: 'PPPK',
    asn: true,
    eligible: false,
    label: { id: 'PPPK (ASN)', en: 'Contract civil servant, PPPK (ASN)' },
    variants: ['p3k', 'pegawai pemerintah dengan perjanjian kerja', 'pppk penuh waktu', 'p3k penuh waktu'],
  },
  {
    value: 'PPPK Paruh Waktu',
    asn: true,
    eligible: true,
    label: { id: 'PPPK Paruh Waktu (dihitung sasaran)', en: 'Part-time PPPK (counted as eligible)' },
    variants: ['p3k paruh waktu', 'pppk pw', 'p3k pw', 'pppk paruh waktu', 'part time pppk', 'part-time pppk'],
  },
  {
    value: 'Non-ASN',
    asn: false,
    eligible: true,
    label: { id: 'Non-ASN', en: 'Non-civil-servant' },
    variants: ['non asn', 'nonasn', 'bukan asn', 'non pns', 'non-pns'],
  },
  {
    value: 'Honorer',
    asn: false,
    eligible: true,
    label: { id: 'Honorer', en: 'Honorary staff' },
    variants: ['honor', 'tenaga honorer', 'tenaga honor'],
  },
  {
    value: 'Honorer Daerah',
    asn: false,
    eligible: true,
    label: { id: 'Honorer Daerah', en: 'Regional honorary staff' },
    variants: ['honda', 'tenaga honorer daerah', 'honor daerah'],
  },
  {
    value: 'THL',
    asn: false,
    eligible: true,
    label: { id: 'Tenaga Harian Lepas (THL)', en: 'Casual day worker (THL)' },
    variants: ['tenaga harian lepas', 'harian lepas', 'pekerja harian lepas', 'phl'],
  },
  {
    value: 'PTT',
    asn: false,
    eligible: true,
    label: { id: 'Pegawai Tidak Tetap (PTT)', en: 'Non-permanent staff (PTT)' },
    variants: ['pegawai tidak tetap', 'ptt daerah', 'ptt pusat', 'tenaga tidak tetap'],
  },
  {
    value: 'Kontrak',
    asn: false,
    eligible: true,
    label: { id: 'Kontrak', en: 'Contract' },
    variants: ['tenaga kontrak', 'pegawai kontrak', 'pkwt', 'contract'],
  },
  {
    value: 'BLUD',
    asn: false,
    eligible: true,
    label: { id: 'BLUD', en: 'Public service agency (BLUD) staff' },
    variants: ['pegawai blud', 'tenaga blud', 'non pns blud'],
  },
  {
    value: 'Kontrak BLUD',
    asn: false,
    eligible: true,
    label: { id: 'Kontrak BLUD', en: 'BLUD contract staff' },
    variants: ['tenaga kontrak blud', 'pegawai kontrak blud', 'kontrak blu'],
  },
  {
    value: 'Nusantara Sehat',
    asn: false,
    eligible: true,
    label: { id: 'Nusantara Sehat', en: 'Nusantara Sehat (health posting programme)' },
    variants: ['tenaga nusantara sehat', 'program nusantara sehat', 'tim nusantara sehat'],
  },
  {
    value: 'Sukarela',
    asn: false,
    eligible: true,
    label: { id: 'Sukarela', en: 'Unpaid volunteer staff' },
    variants: ['tenaga sukarela', 'tks', 'tenaga kerja sukarela'],
  },
  {
    value: 'Relawan',
    asn: false,
    eligible: true,
    label: { id: 'Relawan', en: 'Volunteer' },
    variants: ['sukarelawan', 'volunteer'],
  },
  {
    value: 'Magang',
    asn: false,
    eligible: true,
    label: { id: 'Magang', en: 'Intern' },
    variants: ['pemagangan', 'peserta magang', 'tenaga magang', 'intern', 'internship'],
  },
  {
    value: 'Outsourcing',
    asn: false,
    eligible: true,
    label: { id: 'Outsourcing (alih daya)', en: 'Outsourced' },
    variants: ['alih daya', 'tenaga alih daya', 'outsource', 'outsourced'],
  },
];

export const SEGMENTS: readonly ListValue[] = [
  {
    value: 'PU',
    label: { id: 'Penerima Upah (PU)', en: 'Wage earners (PU)' },
    variants: ['penerima upah', 'ppu', 'wage earner', 'wage earners'],
  },
  {
    value: 'BPU',
    label: { id: 'Bukan Penerima Upah (BPU)', en: 'Non-wage earners (BPU)' },
    variants: ['bukan penerima upah', 'pbpu', 'non wage earner', 'informal'],
  },
  {
    value: 'Jakon',
    label: { id: 'Jasa Konstruksi (Jakon)', en: 'Construction services (Jakon)' },
    variants: ['jasa konstruksi', 'konstruksi', 'construction'],
  },
  {
    value: 'PMI',
    label: { id: 'Pekerja Migran Indonesia (PMI)', en: 'Indonesian migrant workers (PMI)' },
    variants: ['pekerja migran indonesia', 'pekerja migran', 'tki', 'migrant worker'],
  },
];

export const MEMBERSHIP_STATUSES: readonly ListValue[] = [
  { value: 'Aktif', label: { id: 'Aktif', en: 'Active' }, variants: ['active', 'terdaftar aktif', 'aktif terdaftar'] },
  {
    value: 'Tidak Aktif',
    label: { id: 'Tidak Aktif', en: 'Inactive' },
    variants: ['non aktif', 'nonaktif', 'tdk aktif', 'inactive', 'not active', 'tidak aktif lagi'],
  },
  {
    value: 'Belum Terdaftar',
    label: { id: 'Belum Terdaftar', en: 'Not registered' },
    variants: ['belum daftar', 'blm terdaftar', 'belum', 'belum menjadi peserta', 'tidak terdaftar', 'not registered', 'unregistered'],
  },
];

/**
 * Coverage written as ticks or yes/no instead of a Status Kepesertaan value (read by coverage.ts): two
 * columns under a merged "KEPESERTAAN BPJS KETENAGAKERJAAN" header (SUDAH | BELUM) with a tick in one,
 * or one column answering yes or no ("TERDAFTAR BPJSTK": YA / TIDAK). Texts are matched normalised.
 */
export const COVERAGE_ANSWERS = {
  /** Header pairs of tick columns and the statuses a tick in each means. */
  tickPairs: [
    {
      yes: ['sudah', 'sudah terdaftar', 'terdaftar', 'sudah peserta', 'peserta', 'ya', 'ada'],
      no: ['belum', 'belum terdaftar', 'tidak terdaftar', 'belum peserta', 'bukan peserta', 'tidak', 'tidak ada'],
      status: { yes: 'Aktif', no: 'Belum Terdaftar' },
    },
    { yes: ['aktif'], no: ['tidak aktif', 'non aktif', 'nonaktif'], status: { yes: 'Aktif', no: 'Tidak Aktif' } },
  ],
  /** Words in a group title over tick columns that say it is about coverage. */
  groupWords: ['bpjs', 'bpjstk', 'kepesertaan', 'jamsostek', 'bpjamsostek', 'ketenagakerjaan', 'terdaftar', 'status', 'jaminan sosial'],
  /** What a tick cell holds ("√", "✓", "v", "x", "1", "ada"; Wingdings "ü" and "P" show as ticks). */
  ticks: ['√', '✓', '✔', '☑', '✅', 'v', 'x', '1', 'ada', 'ya', 'sudah', 'ü', 'p', 'ok', 'o', '•'],
  /** Headers of one column answering yes or no. */
  yesNoHeaders: [
    'Terdaftar BPJSTK',
    'Terdaftar BPJS TK',
    'Terdaftar BPJS Ketenagakerjaan',
    'Terdaftar BPJamsostek',
    'Terdaftar Jamsostek',
    'Sudah Terdaftar',
    'Sudah Terdaftar BPJS TK',
    'Sudah Terdaftar BPJS Ketenagakerjaan',
    'BPJS TK',
    'BPJSTK',
    'BPJS Ketenagakerjaan',
    'BPJamsostek',
    'Peserta BPJS TK',
    'Peserta BPJS Ketenagakerjaan',
    'Ikut BPJS TK',
    'Ikut BPJS Ketenagakerjaan',
  ],
  yes: ['ya', 'y', 'iya', 'sudah', 'ada', '1', 'terdaftar', 'sudah terdaftar', 'peserta', 'yes', '√', '✓', '✔', 'v'],
  no: [
    'tidak',
    't',
    'tdk',
    'belum',
    'blm',
    'tidak ada',
    'belum ada',
    '0',
    'belum terdaftar',
    'tidak terdaftar',
    'bukan peserta',
    'no',
    'n',
    '-',
  ],
} as const;

export const PROGRAMS: readonly ListValue[] = [
  { value: 'JKK', label: { id: 'Jaminan Kecelakaan Kerja', en: 'Work accident' }, variants: ['jaminan kecelakaan kerja'] },
  { value: 'JKM', label: { id: 'Jaminan Kematian', en: 'Death benefit' }, variants: ['jaminan kematian'] },
  { value: 'JHT', label: { id: 'Jaminan Hari Tua', en: 'Old-age savings' }, variants: ['jaminan hari tua'] },
  { value: 'JP', label: { id: 'Jaminan Pensiun', en: 'Pension' }, variants: ['jaminan pensiun'] },
  { value: 'JKP', label: { id: 'Jaminan Kehilangan Pekerjaan', en: 'Job loss' }, variants: ['jaminan kehilangan pekerjaan'] },
];

/** In the order of the standard roster template. */
export const FIELDS = [
  defineField({
    id: 'name',
    label: { id: 'Nama', en: 'Name' },
    required: true,
    synonyms: [
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
    phrases: ['nama lengkap'],
    summarised: false,
    template: { width: 28 },
  }),
  defineField({
    id: 'nik',
    label: { id: 'NIK', en: 'National ID (NIK)' },
    required: true,
    synonyms: [
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
    phrases: ['nik', 'ktp', 'nomor induk kependudukan'],
    summarised: false,
    template: { width: 20, numberFormat: TEXT_FORMAT },
  }),
  defineField({
    id: 'sex',
    label: { id: 'Jenis Kelamin', en: 'Sex' },
    required: false,
    synonyms: ['Jenis Kelamin', 'JK', 'J/K', 'L/P', 'Kelamin', 'Jns Kelamin', 'Jenis Kel', 'Jenis Kelamin (L/P)', 'Gender', 'Sex'],
    phrases: ['jenis kelamin'],
    values: SEXES,
    summarised: false,
    template: { width: 8, dropDown: 'values' },
  }),
  defineField({
    id: 'birthDate',
    label: { id: 'Tanggal Lahir', en: 'Date of birth' },
    required: false,
    synonyms: [
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
    phrases: ['tanggal lahir', 'tgl lahir'],
    summarised: false,
    template: { width: 13, numberFormat: DATE_FORMAT },
  }),
  defineField({
    id: 'regency',
    label: { id: 'Kabupaten/Kota', en: 'Regency/City' },
    required: true,
    synonyms: [
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
    phrases: ['kab kota', 'kabupaten kota'],
    summarised: true,
    template: { width: 26, dropDown: 'regencies' },
  }),
  defineField({
    id: 'institution',
    label: { id: 'Instansi/Fasilitas', en: 'Institution/Facility' },
    required: false,
    synonyms: [
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
      'Perusahaan',
      'Nama Perusahaan',
      'Pemberi Kerja',
      'Institution',
      'Facility',
      'Institution/Facility',
      'Employer',
      'Workplace',
    ],
    summarised: false,
    template: { width: 28 },
  }),
  defineField({
    id: 'category',
    label: { id: 'Kategori Pekerja', en: 'Worker category' },
    required: false,
    synonyms: [
      'Kategori Pekerja',
      'Kategori',
      'Jenis Pekerja',
      'Kelompok Pekerja',
      'Kategori Tenaga',
      'Kategori Tenaga Kerja',
      'Jenis Tenaga Kerja',
      'Kelompok',
      'Worker Category',
      'Category',
    ],
    phrases: ['kategori pekerja'],
    values: CATEGORIES,
    summarised: true,
    template: { width: 26, dropDown: 'values' },
  }),
  defineField({
    id: 'employmentStatus',
    label: { id: 'Status Kepegawaian', en: 'Employment status' },
    required: false,
    synonyms: [
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
    phrases: ['status kepegawaian'],
    values: EMPLOYMENT_STATUSES,
    summarised: true,
    template: { width: 18, dropDown: 'values' },
  }),
  defineField({
    id: 'segment',
    label: { id: 'Segmen', en: 'Segment' },
    required: false,
    synonyms: ['Segmen', 'Segmen Kepesertaan', 'Segmen Peserta', 'Jenis Kepesertaan', 'Segment', 'Membership Segment'],
    values: SEGMENTS,
    summarised: true,
    template: { width: 9, dropDown: 'values' },
  }),
  defineField({
    id: 'membershipStatus',
    label: { id: 'Status Kepesertaan', en: 'Membership status' },
    required: true,
    synonyms: [
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
    phrases: ['status kepesertaan'],
    values: MEMBERSHIP_STATUSES,
    summarised: true,
    template: { width: 18, dropDown: 'values' },
  }),
  defineField({
    id: 'kpj',
    label: { id: 'Nomor KPJ', en: 'Membership number (KPJ)' },
    required: false,
    synonyms: [
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
    phrases: ['kpj', 'nomor peserta', 'no peserta'],
    summarised: false,
    template: { width: 15, numberFormat: TEXT_FORMAT },
  }),
  defineField({
    id: 'program',
    label: { id: 'Program', en: 'Programmes' },
    required: false,
    synonyms: [
      'Program',
      'Program Jaminan',
      'Program BPJS',
      'Program Kepesertaan',
      'Program yang Diikuti',
      'Jenis Program',
      'Programs',
      'Programmes',
    ],
    values: PROGRAMS,
    multiValued: true,
    summarised: true,
    template: { width: 18 },
  }),
  defineField({
    id: 'wage',
    label: { id: 'Upah/Penghasilan', en: 'Monthly wage/income' },
    required: false,
    synonyms: [
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
      'Monthly Wage/Income',
    ],
    summarised: false,
    template: { width: 16 },
  }),
  defineField({
    id: 'membershipStart',
    label: { id: 'Tanggal Mulai Kepesertaan', en: 'Membership start date' },
    required: false,
    synonyms: [
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
    phrases: ['tmt'],
    summarised: false,
    template: { width: 14, numberFormat: DATE_FORMAT },
  }),
  defineField({
    // The category follows from it where the roster has no category (reference/job-titles.ts, UU 17/2023).
    // Last in the template, so that adding it moved no column of the standard roster.
    id: 'jobTitle',
    label: { id: 'Jabatan', en: 'Job title' },
    required: false,
    synonyms: [
      'Jabatan',
      'Nama Jabatan',
      'Jabatan/Profesi',
      'Profesi',
      'Jenis Tenaga',
      'Jenis Tenaga Kesehatan',
      'Jenis Nakes',
      'Jenis Profesi',
      'Tugas',
      'Bidang Tugas',
      'Jabatan Fungsional',
      'Pekerjaan',
      'Job Title',
      'Position',
      'Occupation',
      'Profession',
    ],
    phrases: ['jabatan', 'profesi'],
    summarised: false,
    template: { width: 20 },
  }),
  // Village fields, after Jabatan so that no column of the standard roster moved. Kecamatan and Desa are
  // resolved against the reference data (reference/villages.ts) where the province has it.
  defineField({
    id: 'district',
    label: { id: 'Kecamatan', en: 'Kecamatan (sub-district)' },
    required: false,
    synonyms: [
      'Kecamatan',
      'Kec',
      'Kec.',
      'Nama Kecamatan',
      'Kecamatan Domisili',
      'Wilayah Kecamatan',
      'Kecamatan/Wilayah',
      'Subdistrict',
      'Sub-district',
      'Sub District',
    ],
    summarised: false,
    template: { width: 20 },
  }),
  defineField({
    id: 'village',
    label: { id: 'Desa/Kelurahan', en: 'Village (desa/kelurahan)' },
    required: false,
    synonyms: [
      'Desa/Kelurahan',
      'Desa',
      'Nama Desa',
      'Kelurahan',
      'Nama Kelurahan',
      'Desa/Kel',
      'Desa/Kel.',
      'Kelurahan/Desa',
      'Nama Desa/Kelurahan',
      'Desa Domisili',
      'Asal Desa',
      'Desa Tempat Tugas',
      'Village',
      'Village Name',
      'Village (Desa/Kelurahan)',
    ],
    summarised: false,
    template: { width: 22 },
  }),
  defineField({
    id: 'unit',
    label: { id: 'Posyandu/Unit', en: 'Posyandu/Unit' },
    required: false,
    synonyms: [
      'Posyandu/Unit',
      'Posyandu',
      'Nama Posyandu',
      'Posyandu/Posbindu',
      'Posbindu',
      'Nama Posbindu',
      'Unit',
      'Nama Unit',
      'Unit/Posyandu',
      'Dusun/Posyandu',
      'Health Post',
      'Unit/Post',
    ],
    summarised: false,
    template: { width: 20 },
  }),
] as const;

export type FieldId = (typeof FIELDS)[number]['id'];
/** Fields with a list of values (sex, category, …, program). */
export type ListField = Extract<(typeof FIELDS)[number], { readonly values: readonly ListValue[] }>['id'];
/** List fields holding one value per cell. */
export type SingleListField = Exclude<ListField, Extract<(typeof FIELDS)[number], { readonly multiValued: true }>['id']>;
/** Fields the summary counts by. */
export type SummarisedField = Extract<(typeof FIELDS)[number], { readonly summarised: true }>['id'];

export const FIELD_BY_ID: Readonly<Record<FieldId, FieldDef<FieldId>>> = Object.fromEntries(FIELDS.map((f) => [f.id, f])) as Record<
  FieldId,
  FieldDef<FieldId>
>;

/** The engine keeps one bit per field in 32-bit masks (blank, error, odd cells): at most 31 fields. */
export const MAX_FIELDS = 31;
export function assertFieldCount(count: number): void {
  if (count > MAX_FIELDS) throw new Error(`${count} roster fields, but the row masks hold ${MAX_FIELDS}: widen them in row-context.ts`);
}
assertFieldCount(FIELDS.length);

/** Position of each field in FIELDS: its bit in the row masks and its slot in per-field arrays. */
export const FIELD_ORDINAL: Readonly<Record<FieldId, number>> = Object.fromEntries(FIELDS.map((f, i) => [f.id, i])) as Record<
  FieldId,
  number
>;
/** The field's bit in the row masks. */
export const fieldBit = (field: FieldId): number => 1 << FIELD_ORDINAL[field];

/** A field with a list of values. */
export interface ListFieldDef extends FieldDef<ListField> {
  readonly values: readonly ListValue[];
}

/** The list fields, in template order. */
export const LIST_FIELD_DEFS: readonly ListFieldDef[] = FIELDS.flatMap((f) => (f.values !== undefined ? [f as ListFieldDef] : []));
/** The single-valued list fields, in template order. */
export const SINGLE_LIST_FIELDS: readonly SingleListField[] = LIST_FIELD_DEFS.filter((f) => f.multiValued !== true).map(
  (f) => f.id as SingleListField,
);
export const SUMMARISED_FIELDS: readonly SummarisedField[] = FIELDS.filter((f) => f.summarised).map((f) => f.id);
export const REQUIRED_FIELDS: readonly FieldId[] = FIELDS.filter((f) => f.required).map((f) => f.id);

/** Row-number columns: recognised (not a field, and not reported as an unmapped header). */
export const ROW_NUMBER_HEADERS: readonly string[] = ['No', 'No.', 'Nomor', 'No Urut', 'Nomor Urut', 'Urut', 'Nmr', '#', 'Number', 'Row'];
/** The template's first column, numbering the rows. */
export const ROW_NUMBER_COLUMN = { header: 'No', width: 5 } as const;

/** The template's header row: the row-number column, then every field's label. */
export const TEMPLATE_HEADERS: readonly string[] = [ROW_NUMBER_COLUMN.header, ...FIELDS.map((f) => f.label.id)];
/** Template column widths, in the order of TEMPLATE_HEADERS. */
export const TEMPLATE_WIDTHS: readonly number[] = [ROW_NUMBER_COLUMN.width, ...FIELDS.map((f) => f.template.width)];
