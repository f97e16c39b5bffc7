import { KpjState } from '../row-context';
import type { RuleDef } from './rule';

export const kpjDuplicate: RuleDef = {
  id: 'kpj-duplicate',
  severity: 'error',
  description: { id: 'Nomor KPJ yang sama pada baris dengan NIK berbeda', en: 'The same membership number (KPJ) on rows with different NIKs' },
  checkRow(ctx) {
    if (ctx.kpjState !== KpjState.Ok) return;
    const kpj = ctx.kpjDigits as string;
    const nik = ctx.nikDigits;
    const first = ctx.cross.kpjSeen.get(kpj);
    if (first === undefined) {
      ctx.cross.kpjSeen.set(kpj, { nik, at: ctx.here() });
      return;
    }
    // The same person listed twice is a NIK duplicate, reported there.
    if (nik !== null && first.nik === nik) return;
    const where = first.at.sheet === ctx.grid.sheet ? '' : ` (${first.at.sheet})`;
    ctx.report(kpjDuplicate, 'kpj', {
      id: `Nomor KPJ ${kpj} sudah dipakai di baris ${first.at.row}${where} oleh NIK lain`,
      en: `Membership number (KPJ) ${kpj} is already used on row ${first.at.row}${where} with another NIK`,
    });
  },
};
