import { KpjState } from '../row-context';
import type { RuleDef } from './rule';

// Read once: imported enum members are property loads through the module object.
const KPJ_OK = KpjState.Ok;

export const kpjDuplicate: RuleDef = {
  id: 'kpj-duplicate',
  severity: 'error',
  description: { id: 'Nomor KPJ yang sama pada baris dengan NIK berbeda', en: 'The same membership number (KPJ) on rows with different NIKs' },
  checkRow(ctx) {
    if (ctx.kpjState !== KPJ_OK) return;
    const hasNik = ctx.nikDigits !== null;
    const seen = ctx.cross.kpjSeen;
    const slot = seen.addIfAbsent(ctx.kpjHi, ctx.kpjLo, ctx.packedHere(), hasNik ? ctx.nikHi : -1, ctx.nikLo);
    if (slot < 0) return;
    // The same person listed twice is a NIK duplicate, reported there.
    if (hasNik && seen.value(slot, 1) === ctx.nikHi && seen.value(slot, 2) === ctx.nikLo) return;
    const kpj = ctx.kpjDigits as string;
    const first = { at: ctx.unpack(seen.value(slot, 0)) };
    const where = first.at.sheet === ctx.grid.sheet ? '' : ` (${first.at.sheet})`;
    ctx.report(kpjDuplicate, 'kpj', {
      id: `Nomor KPJ ${kpj} sudah dipakai di baris ${first.at.row}${where} oleh NIK lain`,
      en: `Membership number (KPJ) ${kpj} is already used on row ${first.at.row}${where} with another NIK`,
    });
  },
};
