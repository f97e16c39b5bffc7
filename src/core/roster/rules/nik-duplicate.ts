import { NikState } from '../row-context';
import type { RuleDef } from './rule';

// Read once: imported enum members are property loads through the module object.
const NIK_BIRTH_INVALID = NikState.BirthInvalid;
const NIK_OK = NikState.Ok;
const NIK_REGION_UNKNOWN = NikState.RegionUnknown;

export const nikDuplicate: RuleDef = {
  id: 'nik-duplicate',
  severity: 'error',
  description: { id: 'NIK yang sama ada di lebih dari satu baris (di semua daftar yang diperiksa)', en: 'The same NIK on more than one row (across every roster checked)' },
  checkRow(ctx) {
    const s = ctx.nikState;
    if (s !== NIK_OK && s !== NIK_REGION_UNKNOWN && s !== NIK_BIRTH_INVALID) return;
    const slot = ctx.cross.nikSeen.addIfAbsent(ctx.nikHi, ctx.nikLo, ctx.packedHere());
    if (slot < 0) return;
    const nik = ctx.nikDigits as string;
    const first = ctx.unpack(ctx.cross.nikSeen.value(slot));
    const where = first.sheet === ctx.grid.sheet ? '' : ` (${first.sheet})`;
    ctx.report(nikDuplicate, 'nik', {
      id: `NIK ${ctx.nikShown(nik)} sudah ada di baris ${first.row}${where}`,
      en: `NIK ${ctx.nikShown(nik)} already appears on row ${first.row}${where}`,
    });
  },
};
