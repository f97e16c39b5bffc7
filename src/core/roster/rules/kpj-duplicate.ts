import { pooledTable } from '../digit-table';
import { KPJ_LOG_WIDTH, type RowContext } from '../row-context';
import { KpjState } from '../kpj-reader';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const KPJ_OK = KpjState.Ok;

export const kpjDuplicate = defineRule({
  id: 'kpj-duplicate',
  severity: 'error',
  title: { id: 'Nomor KPJ ganda', en: 'Duplicate KPJ' },
  description: {
    id: 'Nomor KPJ yang sudah dipakai baris lain dengan NIK berbeda (atau tanpa NIK), di semua roster yang diperiksa bersama',
    en: 'A membership number (KPJ) already used by a row with another (or no) NIK, across every roster checked together',
  },
  guard: (ctx) => ctx.kpj.state === KPJ_OK,
  checkRow(ctx) {
    if (ctx.kpj.state !== KPJ_OK) return;
    const hasNik = ctx.nik.digits !== null;
    // Looked up in finishCheck, once every row is logged: a tight loop of probes waits far less on memory.
    ctx.cross.kpjLog.push(ctx.kpj.hi, ctx.kpj.lo, ctx.packedHere(), hasNik ? ctx.nik.hi : -1, ctx.nik.lo, ctx.rowOrdinal, ctx.issueSeq);
  },
  finishCheck(ctx) {
    const log = ctx.cross.kpjLog;
    // KPJ → log offset of its first row; sized now that the number of KPJs is known.
    const seen = pooledTable('kpj', 1, log.length);
    const d = log.data;
    // Entry offset and first row's location of each KPJ repeated with another NIK, in reading order.
    let repeats: number[] | null = null;
    for (let at = 0; at < log.end; at += KPJ_LOG_WIDTH) {
      const slot = seen.addIfAbsent(d[at], d[at + 1], at);
      if (slot < 0) continue;
      const first = seen.value(slot);
      // The same person listed twice is a NIK duplicate, reported there.
      const nikHi = d[at + 3];
      if (nikHi !== -1 && d[first + 3] === nikHi && d[first + 4] === d[at + 4]) continue;
      (repeats ??= []).push(at, d[first + 2]);
    }
    if (repeats === null) return;
    for (let k = 0; k < repeats.length; k += 2) {
      const at = repeats[k];
      ctx.revisit(d[at + 2], d[at + 5], d[at + 6]);
      report(ctx, repeats[k + 1]);
    }
  },
});

function report(ctx: RowContext, firstPacked: number): void {
  const kpj = ctx.kpj.digits as string;
  const first = ctx.unpack(firstPacked);
  const where = first.sheet === ctx.grid.sheet ? '' : ` (${first.sheet})`;
  ctx.report(kpjDuplicate, 'kpj', {
    id: `Nomor KPJ ${kpj} sudah dipakai di baris ${first.row}${where} oleh NIK lain`,
    en: `Membership number (KPJ) ${kpj} is already used on row ${first.row}${where} with another NIK`,
  });
}
