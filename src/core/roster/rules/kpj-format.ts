import { KpjState } from '../kpj-reader';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const KPJ_FORMAT = KpjState.Format;

export const kpjFormat = defineRule({
  id: 'kpj-format',
  severity: 'error',
  title: { id: 'Nomor KPJ tidak 11 digit', en: 'KPJ not 11 digits' },
  description: {
    id: 'Nomor KPJ bukan 11 digit angka (spasi, titik, tanda hubung dan apostrof di depan diabaikan)',
    en: 'Membership number (KPJ) is not 11 digits (spaces, dots, dashes and a leading apostrophe ignored)',
  },
  guard: (ctx) => ctx.kpj.state === KPJ_FORMAT,
  checkRow(ctx) {
    if (ctx.kpj.state !== KPJ_FORMAT) return;
    const c = ctx.cell('kpj');
    const count = typeof c === 'string' || typeof c === 'number' ? (String(c).match(/\d/g) ?? []).length : 0;
    ctx.report(kpjFormat, 'kpj', {
      id: `Nomor KPJ harus 11 digit angka (ada ${count} digit)`,
      en: `Membership number (KPJ) must be 11 digits (found ${count})`,
    });
  },
});
