// Why a file cannot be read as an .xlsx roster, as one bilingual line for the command line (and, later,
// for the offline page).
import type { Localized } from '../../../core/i18n/lang';
import type { LimitName } from './limits';

export type UnusableReason =
  | 'missing'
  | 'not-a-file'
  | 'not-xlsx'
  | 'legacy-xls'
  | 'encrypted'
  | 'corrupt'
  | 'no-roster'
  | 'unreadable'
  /** Past one of the reader's limits (limits.ts); the detail names it. */
  | 'too-large'
  /** The machine ran out of memory for it (an allocation failed). */
  | 'out-of-memory';

export class UnusableInputError extends Error {
  constructor(
    readonly reason: UnusableReason,
    readonly file: string,
    readonly text: Localized,
    /** What was wrong in particular (the part of `text` in brackets), for a host to add to. */
    readonly detail?: Localized,
    /** For 'too-large': which limit (limits.ts), so a host can say how to raise it. */
    readonly limit?: LimitName,
  ) {
    super(`${file}: ${text.en}`);
    this.name = 'UnusableInputError';
  }
}

const messages: Record<UnusableReason, Localized> = {
  missing: { id: 'berkas tidak ditemukan', en: 'file not found' },
  'not-a-file': { id: 'bukan berkas (mungkin folder)', en: 'not a file (perhaps a folder)' },
  'not-xlsx': {
    id: 'bukan berkas Excel .xlsx; simpan ulang sebagai "Buku Kerja Excel (.xlsx)"',
    en: 'not an Excel .xlsx file; save it again as "Excel Workbook (.xlsx)"',
  },
  'legacy-xls': {
    id: 'berkas Excel 97-2003 (.xls) tidak didukung; simpan ulang sebagai .xlsx',
    en: 'Excel 97-2003 (.xls) files are not supported; save it again as .xlsx',
  },
  encrypted: {
    id: 'berkas dilindungi kata sandi; buka di Excel, hapus kata sandi, lalu simpan ulang',
    en: 'the file is password-protected; open it in Excel, remove the password and save it again',
  },
  corrupt: { id: 'berkas .xlsx rusak atau tidak lengkap', en: 'the .xlsx file is corrupt or incomplete' },
  'no-roster': {
    id: 'tidak ada roster pekerja (baris judul dengan Nama, NIK, Kabupaten/Kota, Status Kepesertaan) di 20 baris pertama lembar mana pun',
    en: 'no worker roster found (a header row with Nama, NIK, Kabupaten/Kota, Status Kepesertaan) in the first 20 rows of any sheet',
  },
  unreadable: { id: 'berkas tidak dapat dibaca', en: 'the file cannot be read' },
  'too-large': { id: 'berkas melampaui batas pembacaan', en: 'the file exceeds a reading limit' },
  'out-of-memory': { id: 'berkas terlalu besar untuk komputer ini', en: 'file too large for this machine' },
};

export function unusable(reason: UnusableReason, file: string, detail?: Localized, limit?: LimitName): UnusableInputError {
  const base = messages[reason];
  const text = detail ? { id: `${base.id} (${detail.id})`, en: `${base.en} (${detail.en})` } : base;
  return new UnusableInputError(reason, file, text, detail, limit);
}

/**
 * V8's catchable allocation failures: a string, array or buffer larger than the engine allows. (Running
 * out of heap altogether cannot be caught; the reader's limits keep it from happening.)
 */
export function isAllocationFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if ((error as { code?: unknown }).code === 'ERR_STRING_TOO_LONG') return true;
  return error instanceof RangeError && /^(Invalid (string|array|typed array) length|Array buffer allocation failed)/.test(error.message);
}
