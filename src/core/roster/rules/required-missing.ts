import { FIELDS } from '../fields';
import type { RuleDef } from './rule';

const REQUIRED = FIELDS.filter((f) => f.required);

export const requiredMissing: RuleDef = {
  id: 'required-missing',
  severity: 'error',
  description: { id: 'Sel wajib kosong', en: 'A required cell is empty' },
  checkRow(ctx) {
    if (ctx.blankMask === 0) return;
    for (const f of REQUIRED) {
      if (ctx.isBlank(f.id)) ctx.report(requiredMissing, f.id, { id: `${f.label.id} wajib diisi`, en: `${f.label.en} is required` });
    }
  },
};
