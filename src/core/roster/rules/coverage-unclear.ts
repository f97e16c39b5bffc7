import { Answer } from '../coverage';
import { defineRule } from './rule';

const BOTH = Answer.Both;
const NEITHER = Answer.Neither;

export const coverageUnclear = defineRule({
  id: 'coverage-unclear',
  severity: 'warning',
  title: { id: 'Kepesertaan tidak jelas', en: 'Coverage unclear' },
  description: {
    id: 'Kepesertaan ditulis dengan centang (SUDAH/BELUM) atau ya/tidak, tetapi baris ini dicentang di kedua kolom, atau tidak di keduanya (tanpa Nomor KPJ), atau jawabannya kosong atau tidak terbaca',
    en: 'Coverage is given as ticks (SUDAH/BELUM) or yes/no, but this row is ticked in both columns, or in neither (and has no KPJ), or its answer is empty or unreadable',
  },
  guard: (ctx) => ctx.coverage !== null && (ctx.answer === BOTH || (ctx.answer === NEITHER && !ctx.kpjNoStatus)),
  checkRow(ctx) {
    const c = ctx.coverage;
    if (c === null || ctx.answer === Answer.Yes || ctx.answer === Answer.No) return;
    if (ctx.answer === NEITHER && ctx.kpjNoStatus) return; // registered by its KPJ: kpj-without-status says so
    if (c.form === 'ticks') {
      const both = ctx.answer === BOTH;
      ctx.reportAtColumn(
        coverageUnclear,
        c.yesCol,
        both
          ? { id: `Dicentang sebagai "${c.yes}" dan "${c.no}" sekaligus`, en: `Ticked as both "${c.yes}" and "${c.no}"` }
          : {
              id: `Tidak dicentang sebagai "${c.yes}" maupun "${c.no}"`,
              en: `Ticked as neither "${c.yes}" nor "${c.no}"`,
            },
      );
      return;
    }
    ctx.reportAtColumn(coverageUnclear, c.col, {
      id: 'Kepesertaan kosong atau tidak terbaca (tulis Ya atau Tidak)',
      en: 'Coverage empty or unreadable (write Ya or Tidak)',
    });
  },
});
