// Rows under a roster's header that are not workers: a row of column numbers, group titles ("I. RSUD …",
// "PUSKESMAS …"), subtotal and total lines, blank separators, notes, and the signature block (place and
// date, "Mengetahui", "KEPALA …", a name, "NIP. 19720315 200212 1 004"). None is counted or checked; each
// is reported once in Roster.skipped with its reason. A data row after the signature block is still read.
import type { Cell } from '../cells';
import { normalizeKey } from './text-match';

export type SkipReason = 'column-numbers' | 'group-title' | 'subtotal' | 'blank' | 'notes' | 'signature';

export interface SkippedRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly reason: SkipReason;
}

export const SKIP_REASON_LABELS: Readonly<Record<SkipReason, { readonly id: string; readonly en: string }>> = {
  'column-numbers': { id: 'baris nomor kolom', en: 'column-number row' },
  'group-title': { id: 'judul kelompok', en: 'group title' },
  subtotal: { id: 'baris jumlah/subtotal', en: 'subtotal or total' },
  blank: { id: 'baris kosong', en: 'blank row' },
  // Counted per row ("3 baris tanda tangan"): a signature block or notes take several rows.
  notes: { id: 'baris catatan', en: 'note row' },
  signature: { id: 'baris tanda tangan', en: 'signature row' },
};

const isBlankCell = (c: Cell | undefined): boolean => c === undefined || c === null || (typeof c === 'string' && c.trim() === '');

/** "(1) (2) (3)…" or 1 2 3… under the header, as government forms number their columns. */
export function isColumnNumberRow(row: readonly Cell[] | undefined): boolean {
  if (!row) return false;
  let expected = 0;
  let count = 0;
  for (const c of row) {
    if (isBlankCell(c)) continue;
    let n: number;
    if (typeof c === 'number') n = c;
    else if (typeof c === 'string') {
      const m = /^\(?\s*(\d{1,2})\s*\)?$/.exec(c.trim());
      if (!m) return false;
      n = Number(m[1]);
    } else return false;
    if (expected === 0) expected = n;
    if (n !== expected) return false;
    expected++;
    count++;
  }
  return count >= 3;
}

const TOTAL_KEYS = new Set([
  'jumlah',
  'total',
  'jumlah total',
  'grand total',
  'total keseluruhan',
  'jumlah keseluruhan',
  'jumlah seluruhnya',
  'sub total',
  'subtotal',
  'sub jumlah',
  'jumlah sub total',
]);
/** "JUMLAH PUSKESMAS A", "TOTAL KECAMATAN X", "SUB TOTAL I". */
const TOTAL_START = /^(jumlah|total|sub total|subtotal|sub jumlah|grand total)( |$)/;

/** A text that says total: "JUMLAH", "Sub Total", "Jumlah Puskesmas Entikong". */
export function isTotalText(text: string): boolean {
  if (text.length > 60) return false;
  const key = normalizeKey(text);
  return TOTAL_KEYS.has(key) || TOTAL_START.test(key);
}

/** The first lines of a signature block or of notes below the table. */
const SIGNATURE_START =
  /^(mengetahui|menyetujui|disetujui|diketahui|dibuat oleh|yang membuat|yang melaporkan|pelapor|kepala|ka |plt|plh|pj|direktur|camat|sekretaris|a n |an |nip|nrp|ttd|tanda tangan)( |$)/;
const NOTES_START = /^(catatan|keterangan|ket|note|notes|nb|sumber)( |$)/;
/** "Sanggau, 30 Juni 2025", "Pontianak, 12-05-2025". */
const PLACE_AND_DATE = /^[a-z][a-z .'-]{1,40}, ?(\d{1,2}[ ./-]+[a-z0-9]+[ ./-]+\d{4}|[a-z]+ \d{4})$/i;
/** "NIP. 19720315 200212 1 004" or its 18 digits alone: a civil servant's number, never a NIK. */
const NIP = /^(nip\.?\s*:?\s*)?\d{8}\s*\d{6}\s*\d\s*\d{3}$/i;

export function signatureKind(text: string): 'signature' | 'notes' | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 80) return null;
  if (NIP.test(t)) return 'signature';
  if (PLACE_AND_DATE.test(t)) return 'signature';
  const key = normalizeKey(t);
  if (NOTES_START.test(key)) return 'notes';
  if (SIGNATURE_START.test(key)) return 'signature';
  return null;
}

/** Non-blank cells a group title or a line of the signature block holds at most. */
const SPARSE_CELLS = 2;

/** "I. RSUD …", "A. KECAMATAN …", "1) Puskesmas …": an enumerated heading. */
const ENUMERATED = /^(\(?[ivxlc]{1,6}|\(?[a-z]|\d{1,2})[.)]\s*\S/i;
/** Words of a group heading (a facility, an area, a unit), not of a person's name. */
const GROUP_WORDS =
  /(^| )(puskesmas|pustu|polindes|poskesdes|posyandu|rsud|rs|rumah sakit|klinik|dinas|instalasi|bidang|unit|seksi|kecamatan|kelurahan|desa|kabupaten|kota|uptd|labkesda|gudang farmasi|kelompok)( |$)/;

/** A group heading's text; `inNameColumn`: only its words, not its place, tell it from a worker's name. */
function isGroupLabel(text: string, inNameColumn: boolean): boolean {
  const t = text.trim();
  if (ENUMERATED.test(t)) return true;
  if (GROUP_WORDS.test(normalizeKey(t))) return true;
  return !inNameColumn;
}

/**
 * Why a non-blank row under the header is not a worker, or null for a worker row. `nikCol`: the NIK
 * column (-1 when none). `afterSignature`: a signature block or notes started above (its names and ranks
 * are skipped too, until a row that looks like data).
 */
export function nonWorkerReason(row: readonly Cell[], nikCol: number, nameCol: number, afterSignature: boolean): SkipReason | null {
  const nik = nikCol >= 0 ? row[nikCol] : undefined;
  const nikBlank = isBlankCell(nik);
  let filled = 0;
  let allText = true;
  let signature: 'signature' | 'notes' | null = null;
  let total = false;
  let group = true;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (isBlankCell(c)) continue;
    filled++;
    if (typeof c === 'string') {
      if (group && filled <= SPARSE_CELLS && !isGroupLabel(c, i === nameCol)) group = false;
      if (!total && isTotalText(c)) total = true;
      if (signature === null && filled <= SPARSE_CELLS + 1) signature = signatureKind(c);
    } else allText = false;
  }
  if (total && nikBlank) return 'subtotal';
  const sparse = filled <= SPARSE_CELLS || (filled <= SPARSE_CELLS + 1 && signature !== null);
  if (!sparse) return null;
  // The NIK column of a worker row holds a NIK; a NIP there (in a signature) is not one.
  if (!nikBlank && !(typeof nik === 'string' && NIP.test(nik.trim()))) return null;
  if (signature !== null) return signature;
  if (afterSignature) return 'signature';
  return allText && group ? 'group-title' : null;
}

/** The NIK cell holds what can only be a worker's NIK (the fast path: most rows). */
export function plainNikCell(c: Cell | undefined): boolean {
  if (typeof c === 'string') {
    if (c.length !== 16) return false;
    const first = c.charCodeAt(0);
    return first >= 49 && first <= 57;
  }
  return typeof c === 'number' && c >= 1e14 && c < 1e16;
}
