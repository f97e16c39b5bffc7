import { NikState } from '../nik-reader';
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
  guard: (ctx) => ctx.nik.state === NIK_REGION_UNKNOWN,
  checkRow(ctx) {
    if (ctx.nik.state !== NIK_REGION_UNKNOWN || ctx.nik.message === null) return;
    const nik = ctx.nik.digits ? ` (${ctx.nikShown(ctx.nik.digits)})` : '';
    ctx.report(nikRegionUnknown, 'nik', { id: `${ctx.nik.message.id}${nik}`, en: `${ctx.nik.message.en}${nik}` });
  },
});
