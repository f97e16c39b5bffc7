import { findProvince } from '../../reference/regions';
import type { RuleDef } from './rule';

export const regionOutsideProvince: RuleDef = {
  id: 'region-outside-province',
  severity: 'warning',
  description: { id: 'Kabupaten/kota berada di luar provinsi daftar', en: "Regency/city lies outside the roster's province" },
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
};
