// Realistic roster rows for host tests, generated deterministically (synthetic names and NIKs).
import type { Cell } from '../../src/core/cells';
import { FIELD_BY_ID, type FieldId, ROW_NUMBER_COLUMN } from '../../src/core/roster/fields';
import { FIELD_ORDER } from '../support/roster-fixture';

/** The fields these rows fill: the generator's, in the order of the field schema. */
const FILLED = FIELD_ORDER;

/** The header row: the template's labels of the fields filled. */
export const ROSTER_HEADER: readonly string[] = [ROW_NUMBER_COLUMN.header, ...FILLED.map((f) => FIELD_BY_ID[f].label.id)];

const FIRST = ['Siti', 'Rina', 'Agus', 'Budi', 'Dewi', 'Yohanes', 'Fransiska', 'Hendra', 'Nurul', 'Maria'];
const LAST = ['Rahmawati', 'Santoso', 'Lestari', 'Kurniawan', 'Apui', 'Sutrisno', 'Anggraini', 'Tan', 'Hidayat', 'Pratama'];
const REGENCIES = ['Kabupaten Sambas', 'Kab. Kubu Raya', 'KOTA PONTIANAK', 'Kabupaten Ketapang', 'Kota Singkawang', 'Sintang'];
const CODES = ['6101', '6112', '6171', '6104', '6172', '6105'];
const CATEGORIES = ['Tenaga Medis', 'Tenaga Kesehatan', 'Tenaga Penunjang Kesehatan'];
const STATUS = ['Aktif', 'Tidak Aktif', 'Belum Terdaftar'];

/** A NIK with a valid region and birth date (day + 40 for women). */
export function syntheticNik(i: number): string {
  const code = CODES[i % CODES.length];
  const female = i % 2 === 1;
  const day = (i % 28) + 1 + (female ? 40 : 0);
  const month = (i % 12) + 1;
  const year = 70 + (i % 30);
  return `${code}${String((i % 9) + 1).padStart(2, '0')}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}${String(i % 10000).padStart(4, '0')}`;
}

/** Row i (0-based) as Office.js would report its values: text, numbers (dates are serials), "" for empty. */
export function officeRosterRow(i: number): unknown[] {
  const status = STATUS[i % 3];
  const birthSerial = 25569 + ((i * 37) % 12000);
  const values: Partial<Record<FieldId, Cell>> = {
    name: `${FIRST[i % 10]} ${LAST[(i * 7) % 10]}`,
    nik: syntheticNik(i),
    sex: i % 2 ? 'P' : 'L',
    birthDate: birthSerial,
    regency: REGENCIES[i % REGENCIES.length],
    institution: `Puskesmas ${LAST[i % 10]}`,
    category: CATEGORIES[i % 3],
    employmentStatus: 'Non-ASN',
    segment: 'BPU',
    membershipStatus: status,
    kpj: status === 'Belum Terdaftar' ? '' : String(10000000000 + i),
    program: 'JKK, JKM',
    wage: 2500000 + (i % 50) * 10000,
    membershipStart: status === 'Belum Terdaftar' ? '' : 44927 + (i % 365),
  };
  return [i + 1, ...FILLED.map((f) => values[f] ?? '')];
}

/** A sheet's values: two title rows, a blank row, the header and n data rows. */
export function officeRosterSheet(n: number): unknown[][] {
  const rows: unknown[][] = [
    ['DAFTAR TENAGA KESEHATAN NON-ASN', ...Array<string>(FILLED.length).fill('')],
    ['Provinsi Kalimantan Barat', ...Array<string>(FILLED.length).fill('')],
    Array(ROSTER_HEADER.length).fill(''),
    [...ROSTER_HEADER],
  ];
  for (let i = 0; i < n; i++) rows.push(officeRosterRow(i));
  return rows;
}
