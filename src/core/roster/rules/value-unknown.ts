import { FIELD_BY_ID, LIST_FIELD_DEFS } from '../fields';
import { VALUE_LISTS } from '../values';
import { LIST_FIELDS } from './list-fields';
import { defineRule } from './rule';

const allowed = (field: keyof typeof VALUE_LISTS): string => VALUE_LISTS[field].map((v) => v.value).join(', ');

export const valueUnknown = defineRule({
  id: 'value-unknown',
  severity: 'warning',
  fix: 'spelling',
  title: { id: 'Isian tidak ada dalam daftar', en: 'Value not in the list' },
  description: {
    id: `Nilai di luar daftar (${LIST_FIELD_DEFS.map((f) => f.label.id).join(', ')}); saran: nilai terdekat`,
    en: `Value not in the list (${LIST_FIELD_DEFS.map((f) => f.label.en).join(', ')}); suggestion: the closest value`,
  },
  guard: (ctx) => ctx.oddMask !== 0,
  checkRow(ctx) {
    if (ctx.oddMask === 0) return;
    for (const { field, get } of LIST_FIELDS) {
      const m = get(ctx);
      if (m === null || m.value !== null) continue;
      const label = FIELD_BY_ID[field].label;
      const hint =
        m.suggestion !== null
          ? { id: ` Mungkin maksudnya "${m.suggestion}"?`, en: ` Did you mean "${m.suggestion}"?` }
          : { id: '', en: '' };
      ctx.report(
        valueUnknown,
        field,
        {
          id: `${label.id} "${ctx.shown(field)}" tidak ada dalam daftar (${allowed(field)}).${hint.id}`,
          en: `${label.en} "${ctx.shown(field)}" is not in the list (${allowed(field)}).${hint.en}`,
        },
        m.confident && m.suggestion !== null ? m.suggestion : undefined,
      );
    }
    const p = ctx.programs;
    if (p !== null && p.unknown.length > 0) {
      const parts = p.unknown.map((u, i) => (p.suggestions[i] ? `"${u}" (${p.suggestions[i]}?)` : `"${u}"`)).join(', ');
      ctx.report(valueUnknown, 'program', {
        id: `Program tidak dikenal: ${parts}. Pilihan: ${allowed('program')}`,
        en: `Unknown programme: ${parts}. Choices: ${allowed('program')}`,
      });
    }
  },
});
