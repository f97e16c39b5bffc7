import { defineRule } from './rule';

export const regionUnknown = defineRule({
  id: 'region-unknown',
  severity: 'error',
  fix: 'spelling',
  title: { id: 'Kabupaten/kota tidak dikenal', en: 'Unknown regency/city' },
  description: {
    id: 'Kabupaten/kota tidak dikenal, atau bisa berarti dua tempat (nama tanpa "Kabupaten"/"Kota")',
    en: 'Regency/city not recognised, or ambiguous (a bare name that is both a kabupaten and a kota)',
  },
  guard: (ctx) => ctx.regency !== null && ctx.regency.kind !== 'ok',
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
});
