import { findProvince } from '../../reference/regions';
import { defineRule } from './rule';

export const regionOutsideProvince = defineRule({
  id: 'region-outside-province',
  severity: 'warning',
  title: { id: 'Kabupaten/kota di luar provinsi', en: 'Regency/city outside the province' },
  description: {
    id: 'Kabupaten/kota yang ada, tetapi di provinsi lain dari provinsi roster',
    en: "A real regency/city, but in another province than the roster's",
  },
  guard: (ctx) => ctx.regency !== null && ctx.regency.kind === 'ok' && ctx.regency.regency.provinceCode !== ctx.options.province,
  checkRow(ctx) {
    const r = ctx.regency;
    if (r === null || r.kind !== 'ok' || r.regency.provinceCode === ctx.options.province) return;
    const theirs = findProvince(r.regency.provinceCode)?.name ?? r.regency.provinceCode;
    const ours = findProvince(ctx.options.province)?.name ?? ctx.options.province;
    ctx.report(regionOutsideProvince, 'regency', {
      id: `${r.regency.name} ada di Provinsi ${theirs}, bukan ${ours}`,
      en: `${r.regency.name} is in ${theirs} province, not ${ours}`,
    });
  },
});
