import { fieldBit, FIELDS } from '../fields';
import { defineRule } from './rule';

const REQUIRED = FIELDS.filter((f) => f.required);
const REQUIRED_BITS = REQUIRED.reduce((bits, f) => bits | fieldBit(f.id), 0);

export const requiredMissing = defineRule({
  id: 'required-missing',
  severity: 'error',
  title: { id: 'Isian wajib kosong', en: 'Required value empty' },
  description: {
    id: `Sel wajib kosong (${REQUIRED.map((f) => f.label.id).join(', ')})`,
    en: `A required cell is empty (${REQUIRED.map((f) => f.label.en).join(', ')})`,
  },
  guard: (ctx) => (ctx.blankMask & REQUIRED_BITS) !== 0,
  checkRow(ctx) {
    if (ctx.blankMask === 0) return;
    for (const f of REQUIRED) {
      if (ctx.isBlank(f.id)) ctx.report(requiredMissing, f.id, { id: `${f.label.id} wajib diisi`, en: `${f.label.en} is required` });
    }
  },
});
