import type { RuleDef } from './rule';

export const regionUnknown: RuleDef = {
  id: 'region-unknown',
  severity: 'error',
  description: { id: 'Kabupaten/kota tidak dikenal', en: 'Regency/city not recognised' },
  checkRow(ctx) {
    const r = ctx.regency;
    if (r === null || r.kind === 'ok') return;
    const text = ctx.shown('regency');
    if (r.kind === 'ambiguous') {
      const names = r.candidates.map((c) => c.name).join(' / ');
      ctx.report(regionUnknown, 'regency', {
        id: `"${text}" bisa berarti ${names}: tulis lengkap dengan "Kabupaten" atau "Kota"`,
        en: `"${text}" could mean ${names}: write it in full with "Kabupaten" or "Kota"`,
      });
      return;
    }
    const hint = r.suggestion
      ? { id: ` Mungkin maksudnya ${r.suggestion.name}?`, en: ` Did you mean ${r.suggestion.name}?` }
      : { id: '', en: '' };
    ctx.report(
      regionUnknown,
      'regency',
      { id: `Kabupaten/kota "${text}" tidak dikenal.${hint.id}`, en: `Regency/city "${text}" not recognised.${hint.en}` },
      r.suggestion && r.confident ? r.suggestion.name : undefined,
    );
  },
};
