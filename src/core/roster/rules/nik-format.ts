import { NikState } from '../nik-reader';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const NIK_FORMAT = NikState.Format;

export const nikFormat = defineRule({
  id: 'nik-format',
  severity: 'error',
  title: { id: 'Format NIK salah', en: 'Malformed NIK' },
  description: {
    id: 'NIK bukan 16 digit angka (spasi, titik dan apostrof di depan diabaikan), atau nomor urutnya 0000 (nomor urut dimulai dari 0001)',
    en: 'NIK is not 16 digits (spaces, dots and a leading apostrophe ignored), or its serial is 0000 (serials start at 0001)',
  },
  guard: (ctx) => ctx.nik.state === NIK_FORMAT,
  checkRow(ctx) {
    if (ctx.nik.state !== NIK_FORMAT) return;
    const m = ctx.nik.message ?? { id: 'NIK harus 16 digit angka', en: 'NIK must be 16 digits' };
    // The cell is shown only when it cannot be a full NIK (a wrong-length NIK is still personal data).
    ctx.report(nikFormat, 'nik', { id: `${m.id}.`, en: `${m.en}.` });
  },
});
