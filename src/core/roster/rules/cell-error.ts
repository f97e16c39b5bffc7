import { fieldBit, FIELDS } from '../fields';
import { defineRule } from './rule';

export const cellError = defineRule({
  id: 'cell-error',
  severity: 'error',
  title: { id: 'Sel berisi kesalahan Excel', en: 'Excel error in a cell' },
  description: {
    id: 'Sel kolom yang dikenali berisi kesalahan Excel (#N/A, #REF!, …); aturan lain tidak membaca sel itu',
    en: 'A cell of a recognised column holds an Excel error (#N/A, #REF!, …); no other rule reads that cell',
  },
  guard: (ctx) => ctx.errorMask !== 0,
  checkRow(ctx) {
    if (ctx.errorMask === 0) return;
    for (const f of FIELDS) {
      if ((ctx.errorMask & fieldBit(f.id)) === 0) continue;
      const code = ctx.shown(f.id);
      ctx.report(cellError, f.id, {
        id: `${f.label.id} berisi kesalahan Excel ${code}: periksa rumus atau sumber datanya`,
        en: `${f.label.en} holds the Excel error ${code}: check the formula or its source`,
      });
    }
  },
});
