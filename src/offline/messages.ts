// The offline page's own words (the files card); the task pane's words come from taskpane/i18n.ts.
// Bahasa Indonesia first, English second; a test checks both packs have the same keys.
import type { Lang } from '../core/i18n/lang';

const id = {
  filesTitle: 'Berkas',
  filesIntro: 'Buka satu atau beberapa berkas .xlsx. Semua berjalan di komputer ini: tidak ada data yang dikirim ke mana pun.',
  pick: 'Buka berkas .xlsx…',
  dropHere: 'atau seret berkas ke sini',
  opening: 'Membuka {file}…',
  opened: '{count} berkas dibuka.',
  refused: 'tidak dibuka',
  close: 'Tutup {file}',
  sheetsOf: '{sheets} lembar',
  none: 'Belum ada berkas dibuka.',
  downloadTitle: 'Unduh',
  readOnly: 'Berkas asli tidak pernah diubah (peramban tidak dapat menulisnya): unduhan adalah salinan baru.',
  withSummary: 'dengan lembar "Ringkasan Rakor"',
  withIssues: 'dengan lembar "Pemeriksaan Data"',
  downloadCopy: 'Unduh salinan {file}',
  downloadAll: 'Unduh ringkasan semua berkas',
  downloaded: '{file} diunduh.',
  downloadedFixed: '{file} diunduh ({count} sel diperbaiki).',
  skipped: '{count} sel tidak diubah karena berisi rumus: {cells}.',
  noTarget: 'Isi target UCJ di panel dulu untuk menulis ringkasan.',
  failed: 'Gagal: {message}',
  trainers: 'Untuk pelatih',
  demo: 'Unduh buku kerja demo',
  template: 'Unduh templat roster kosong',
  templateSheet: 'Roster',
};

type Pack = Record<keyof typeof id, string>;

const en: Pack = {
  filesTitle: 'Files',
  filesIntro: 'Open one or more .xlsx files. Everything runs on this computer: no data is sent anywhere.',
  pick: 'Open .xlsx files…',
  dropHere: 'or drag files here',
  opening: 'Opening {file}…',
  opened: '{count} files open.',
  refused: 'not opened',
  close: 'Close {file}',
  sheetsOf: '{sheets} sheets',
  none: 'No file open yet.',
  downloadTitle: 'Download',
  readOnly: 'The original file is never changed (a browser cannot write it): downloads are new copies.',
  withSummary: 'with the "Ringkasan Rakor" sheet',
  withIssues: 'with the "Pemeriksaan Data" sheet',
  downloadCopy: 'Download a copy of {file}',
  downloadAll: 'Download the summary of all files',
  downloaded: '{file} downloaded.',
  downloadedFixed: '{file} downloaded ({count} cells fixed).',
  skipped: '{count} cells left unchanged because they hold formulas: {cells}.',
  noTarget: 'Enter the UCJ target in the pane first to write the summary.',
  failed: 'Failed: {message}',
  trainers: 'For trainers',
  demo: 'Download the demo workbook',
  template: 'Download the empty roster template',
  templateSheet: 'Roster',
};

export type PageKey = keyof typeof id;
export const PAGE_MESSAGES: Readonly<Record<Lang, Pack>> = { id, en };

export function pt(lang: Lang, key: PageKey, params: Record<string, string | number> = {}): string {
  return PAGE_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
