import { FIELD_BY_ID } from '../fields';
import { LIST_FIELDS } from './list-fields';
import type { RuleDef } from './rule';

// Recognised values written another way ("Kab. Kubu Raya", "aktif ", "Laki-laki"). The check reads them
// correctly, but formulas that compare text (COUNTIFS) do not: the fix writes the standard spelling.
export const valueNonstandard: RuleDef = {
  id: 'value-nonstandard',
  severity: 'info',
  description: {
    id: 'Nilai dikenali tetapi ditulis tidak baku (perbaikan: tulisan baku)',
    en: 'Value recognised but not written in the standard form (fix: the standard spelling)',
  },
  checkRow(ctx) {
    if (ctx.oddMask === 0) return;
    // Column order: Jenis Kelamin, Kabupaten/Kota, then the list fields.
    const sex = ctx.sex;
    if (sex !== null && sex.value !== null && !sex.exact) report(ctx, 'sex', sex.value);
    const r = ctx.regency;
    if (r !== null && r.kind === 'ok' && !r.exact) report(ctx, 'regency', r.regency.name);
    for (let i = 1; i < LIST_FIELDS.length; i++) {
      const { field, get } = LIST_FIELDS[i];
      const m = get(ctx);
      if (m !== null && m.value !== null && !m.exact) report(ctx, field, m.value);
    }
    const p = ctx.programs;
    if (p !== null && !p.exact && p.fix !== null) report(ctx, 'program', p.fix);
  },
};

function report(
  ctx: Parameters<NonNullable<RuleDef['checkRow']>>[0],
  field: Parameters<typeof ctx.report>[1] & string,
  canonical: string,
): void {
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
