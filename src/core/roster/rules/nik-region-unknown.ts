import { NikState } from '../row-context';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const NIK_REGION_UNKNOWN = NikState.RegionUnknown;

export const nikRegionUnknown = defineRule({
  id: 'nik-region-unknown',
  severity: 'error',
  title: { id: 'Kode wilayah NIK tidak dikenal', en: 'Unknown region code in NIK' },
  description: {
    id: 'Kode provinsi atau kabupaten/kota pada NIK (digit 1–4) tidak ada',
    en: "The NIK's province or regency code (digits 1–4) does not exist",
  },
  guard: (ctx) => ctx.nikState === NIK_REGION_UNKNOWN,
  checkRow(ctx) {
    if (ctx.nikState !== NIK_REGION_UNKNOWN || ctx.nikMessage === null) return;
    const nik = ctx.nikDigits ? ` (${ctx.nikShown(ctx.nikDigits)})` : '';
    ctx.report(nikRegionUnknown, 'nik', { id: `${ctx.nikMessage.id}${nik}`, en: `${ctx.nikMessage.en}${nik}` });
  },
});
