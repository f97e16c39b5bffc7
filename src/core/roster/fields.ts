// The fields of the standard roster. Header synonyms live in header-synonyms.ts; allowed values
// of list fields live in values.ts.
import type { Localized } from '../i18n/lang';

export type FieldId =
  | 'name'
  | 'nik'
  | 'sex'
  | 'birthDate'
  | 'regency'
  | 'institution'
  | 'category'
  | 'employmentStatus'
  | 'segment'
  | 'membershipStatus'
  | 'kpj'
  | 'program'
  | 'wage'
  | 'membershipStart';

export interface FieldDef {
  readonly id: FieldId;
  /** Header text of the standard roster template (Indonesian) and its English label. */
  readonly label: Localized;
  readonly required: boolean;
}

/** In the order of the standard roster template. */
export const FIELDS: readonly FieldDef[] = [
  { id: 'name', label: { id: 'Nama', en: 'Name' }, required: true },
  { id: 'nik', label: { id: 'NIK', en: 'National ID (NIK)' }, required: true },
  { id: 'sex', label: { id: 'Jenis Kelamin', en: 'Sex' }, required: false },
  { id: 'birthDate', label: { id: 'Tanggal Lahir', en: 'Date of birth' }, required: false },
  { id: 'regency', label: { id: 'Kabupaten/Kota', en: 'Regency/City' }, required: true },
  { id: 'institution', label: { id: 'Instansi/Fasilitas', en: 'Institution/Facility' }, required: false },
  { id: 'category', label: { id: 'Kategori Pekerja', en: 'Worker category' }, required: false },
  { id: 'employmentStatus', label: { id: 'Status Kepegawaian', en: 'Employment status' }, required: false },
  { id: 'segment', label: { id: 'Segmen', en: 'Segment' }, required: false },
  { id: 'membershipStatus', label: { id: 'Status Kepesertaan', en: 'Membership status' }, required: true },
  { id: 'kpj', label: { id: 'Nomor KPJ', en: 'Membership number (KPJ)' }, required: false },
  { id: 'program', label: { id: 'Program', en: 'Programmes' }, required: false },
  { id: 'wage', label: { id: 'Upah/Penghasilan', en: 'Monthly wage/income' }, required: false },
  { id: 'membershipStart', label: { id: 'Tanggal Mulai Kepesertaan', en: 'Membership start date' }, required: false },
];

export const FIELD_BY_ID: Readonly<Record<FieldId, FieldDef>> = Object.fromEntries(FIELDS.map((f) => [f.id, f])) as Record<
  FieldId,
  FieldDef
>;
