import { pooledTable } from '../digit-table';
import { NIK_LOG_WIDTH, type RowContext } from '../row-context';
import { defineRule } from './rule';

export const nikDuplicate = defineRule({
  id: 'nik-duplicate',
  severity: 'error',
  title: { id: 'NIK ganda', en: 'Duplicate NIK' },
  description: {
    id: 'NIK yang sudah ada di baris sebelumnya (di semua roster yang diperiksa bersama); dilaporkan di setiap baris berikutnya',
    en: 'A NIK already on an earlier row (across every roster checked together); reported on each later row',
  },
  guard: (ctx) => ctx.nik.hasDigits,
  checkRow(ctx) {
    if (!ctx.nik.hasDigits) return;
    // Looked up in finishCheck, once every row is logged: a tight loop of probes waits far less on memory.
    ctx.cross.nikLog.push(ctx.nik.hi, ctx.nik.lo, ctx.packedHere(), ctx.rowOrdinal, ctx.issueSeq);
  },
  finishCheck(ctx) {
    const log = ctx.cross.nikLog;
    // NIK → packed location of its first row; sized now that the number of NIKs is known.
    const seen = pooledTable('nik', 1, log.length);
    const d = log.data;
    // Entry offset and first row's location of each repeat, in reading order.
    let repeats: number[] | null = null;
    for (let at = 0; at < log.end; at += NIK_LOG_WIDTH) {
      const slot = seen.addIfAbsent(d[at], d[at + 1], d[at + 2]);
      if (slot >= 0) (repeats ??= []).push(at, seen.value(slot));
    }
    if (repeats === null) return;
    for (let k = 0; k < repeats.length; k += 2) {
      const at = repeats[k];
      ctx.revisit(d[at + 2], d[at + 3], d[at + 4]);
      report(ctx, repeats[k + 1]);
    }
  },
});

function report(ctx: RowContext, firstPacked: number): void {
  const nik = ctx.nik.digits as string;
  const first = ctx.unpack(firstPacked);
  const where = first.sheet === ctx.grid.sheet ? '' : ` (${first.sheet})`;
  ctx.report(nikDuplicate, 'nik', {
    id: `NIK ${ctx.nikShown(nik)} sudah ada di baris ${first.row}${where}`,
    en: `NIK ${ctx.nikShown(nik)} already appears on row ${first.row}${where}`,
  });
}
