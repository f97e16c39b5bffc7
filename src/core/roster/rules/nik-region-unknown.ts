import { NikState } from '../row-context';
import type { RuleDef } from './rule';

// Read once: imported enum members are property loads through the module object.
const NIK_REGION_UNKNOWN = NikState.RegionUnknown;

export const nikRegionUnknown: RuleDef = {
  id: 'nik-region-unknown',
  severity: 'error',
  description: { id: 'Kode provinsi atau kabupaten/kota pada NIK tidak ada', en: "The NIK's province or regency code does not exist" },
  checkRow(ctx) {
    if (ctx.nikState !== NIK_REGION_UNKNOWN || ctx.nikMessage === null) return;
    const nik = ctx.nikDigits ? ` (${ctx.nikShown(ctx.nikDigits)})` : '';
    ctx.report(nikRegionUnknown, 'nik', { id: `${ctx.nikMessage.id}${nik}`, en: `${ctx.nikMessage.en}${nik}` });
  },
};
