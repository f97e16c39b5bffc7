import { NikState } from '../nik-reader';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const NIK_NUMBER = NikState.Number;

export const nikPrecisionLost = defineRule({
  id: 'nik-precision-lost',
  severity: 'error',
  title: { id: 'NIK tersimpan sebagai angka', en: 'NIK stored as a number' },
  description: {
    id: 'NIK tersimpan sebagai angka: Excel hanya menyimpan 15 digit, digit terakhir hilang',
    en: 'NIK stored as a number: Excel keeps 15 significant digits, the last digit is lost',
  },
  guard: (ctx) => ctx.nik.state === NIK_NUMBER,
  checkRow(ctx) {
    if (ctx.nik.state !== NIK_NUMBER) return;
    ctx.report(nikPrecisionLost, 'nik', {
      id: 'NIK tersimpan sebagai angka: Excel hanya menyimpan 15 digit, digit terakhir sudah hilang. Format kolom sebagai Teks lalu ketik ulang NIK dari KTP.',
      en: 'NIK stored as a number: Excel keeps only 15 digits, so the last digit is already lost. Format the column as Text and retype the NIK from the ID card.',
    });
  },
});
