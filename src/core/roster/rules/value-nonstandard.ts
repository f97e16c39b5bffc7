import { FIELD_BY_ID, type FieldId } from '../fields';
import type { RowContext } from '../row-context';
import { LIST_FIELDS } from './list-fields';
import { defineRule } from './rule';

// Recognised values written another way ("Kab. Kubu Raya", "aktif ", "Laki-laki"). The check reads them
// correctly, but formulas that compare text (COUNTIFS) do not: the fix writes the standard spelling.
export const valueNonstandard = defineRule({
  id: 'value-nonstandard',
  severity: 'info',
  fix: 'spelling',
  title: { id: 'Penulisan isian tidak baku', en: 'Non-standard spelling of a value' },
  description: {
    id: 'Nilai daftar atau kabupaten/kota dikenali tetapi ditulis tidak baku (perbaikan: tulisan baku)',
    en: 'A list value or regency/city recognised but not written in the standard form (fix: the standard spelling)',
  },
  guard: (ctx) => ctx.oddMask !== 0,
  checkRow(ctx) {
    if (ctx.oddMask === 0) return;
    // Issues are sorted by column afterwards, so the order of these tests does not matter.
    for (const { field, get } of LIST_FIELDS) {
      const m = get(ctx);
      if (m !== null && m.value !== null && !m.exact) report(ctx, field, m.value);
    }
    const r = ctx.regency;
    if (r !== null && r.kind === 'ok' && !r.exact) report(ctx, 'regency', r.regency.name);
    const p = ctx.programs;
    if (p !== null && !p.exact && p.fix !== null) report(ctx, 'program', p.fix);
  },
});

function report(ctx: RowContext, field: FieldId, canonical: string): void {
  const label = FIELD_BY_ID[field].label;
  ctx.report(
    valueNonstandard,
    field,
    {
      id: `${label.id} "${ctx.shown(field)}" ditulis tidak baku; bentuk baku: ${canonical}`,
      en: `${label.en} "${ctx.shown(field)}" is not in the standard form: ${canonical}`,
    },
    canonical,
  );
}
