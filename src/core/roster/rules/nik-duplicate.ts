import { pooledTable } from '../digit-table';
import { NIK_LOG_WIDTH, NikState, type RowContext } from '../row-context';
import type { RuleDef } from './rule';

// Read once: imported enum members are property loads through the module object.
const NIK_BIRTH_INVALID = NikState.BirthInvalid;
const NIK_OK = NikState.Ok;
const NIK_REGION_UNKNOWN = NikState.RegionUnknown;

export const nikDuplicate: RuleDef = {
  id: 'nik-duplicate',
  severity: 'error',
  description: {
    id: 'NIK yang sama ada di lebih dari satu baris (di semua daftar yang diperiksa)',
    en: 'The same NIK on more than one row (across every roster checked)',
  },
  checkRow(ctx) {
    const s = ctx.nikState;
    if (s !== NIK_OK && s !== NIK_REGION_UNKNOWN && s !== NIK_BIRTH_INVALID) return;
    // Looked up in finishCheck, once every row is logged: a tight loop of probes waits far less on memory.
    ctx.cross.nikLog.push(ctx.nikHi, ctx.nikLo, ctx.packedHere(), ctx.rowOrdinal, ctx.issueSeq);
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
};

function report(ctx: RowContext, firstPacked: number): void {
  const nik = ctx.nikDigits as string;
  const first = ctx.unpack(firstPacked);
  const where = first.sheet === ctx.grid.sheet ? '' : ` (${first.sheet})`;
  ctx.report(nikDuplicate, 'nik', {
    id: `NIK ${ctx.nikShown(nik)} sudah ada di baris ${first.row}${where}`,
    en: `NIK ${ctx.nikShown(nik)} already appears on row ${first.row}${where}`,
  });
}
