import { FIELDS } from '../fields';
import { fieldBit } from '../row-context';
import type { RuleDef } from './rule';

export const cellError: RuleDef = {
  id: 'cell-error',
  severity: 'error',
  description: { id: 'Sel berisi galat Excel (#N/A, #REF!, …)', en: 'The cell holds an Excel error (#N/A, #REF!, …)' },
  checkRow(ctx) {
    if (ctx.errorMask === 0) return;
    for (const f of FIELDS) {
      if ((ctx.errorMask & fieldBit(f.id)) === 0) continue;
      const code = ctx.shown(f.id);
      ctx.report(cellError, f.id, {
        id: `${f.label.id} berisi galat Excel ${code}: periksa rumus atau sumber datanya`,
        en: `${f.label.en} holds the Excel error ${code}: check the formula or its source`,
      });
    }
  },
};
