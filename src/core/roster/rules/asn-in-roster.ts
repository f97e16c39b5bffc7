import { formatCount, type Lang } from '../../i18n/lang';
import { FIELD_ORDINAL } from '../fields';
import type { CellPlace, RowContext } from '../row-context';
import { isAsnStatus } from '../values';
import { defineRule } from './rule';

const EMPLOYMENT = FIELD_ORDINAL.employmentStatus;
/** Rows named in the message; the issue lists every cell. */
const FIRST_ROWS = 5;

interface AsnRows {
  readonly first: CellPlace;
  readonly byStatus: Map<string, number>;
  readonly rows: number[];
  readonly cells: string[];
}

/** Each check's ASN rows, by roster (grid index). */
const found = new WeakMap<RowContext, Map<number, AsnRows>>();

// One item per roster: ASN rows are expected (offices list every staff member), so they are counted and
// named once rather than flagged row by row.
export const asnInRoster = defineRule({
  id: 'asn-in-roster',
  severity: 'info',
  title: { id: 'Baris ASN (tidak dihitung sebagai sasaran)', en: 'ASN row (not counted as eligible)' },
  description: {
    id: 'Status Kepegawaian PNS atau PPPK (ASN): baris tidak dihitung sebagai sasaran; satu laporan per daftar dengan jumlah dan barisnya',
    en: 'Employment status PNS or PPPK (civil servant, ASN): rows left out of the eligible count; one item per roster with the count and the rows',
  },
  guard: (ctx) => isAsnStatus(ctx.lists[EMPLOYMENT]?.value ?? null),
  checkRow(ctx) {
    const status = ctx.lists[EMPLOYMENT]?.value ?? null;
    if (status === null || !isAsnStatus(status)) return;
    let rosters = found.get(ctx);
    if (rosters === undefined) {
      rosters = new Map();
      found.set(ctx, rosters);
    }
    const place = ctx.place('employmentStatus');
    let r = rosters.get(ctx.gridIndex);
    if (r === undefined) {
      r = { first: place, byStatus: new Map(), rows: [], cells: [] };
      rosters.set(ctx.gridIndex, r);
    }
    r.byStatus.set(status, (r.byStatus.get(status) ?? 0) + 1);
    r.rows.push(ctx.sheetRow);
    r.cells.push(place.address);
  },
  finishCheck(ctx) {
    const rosters = found.get(ctx);
    if (rosters === undefined) return;
    found.delete(ctx);
    for (const r of rosters.values()) {
      const n = r.rows.length;
      const statuses = (lang: Lang): string => [...r.byStatus].map(([s, k]) => `${s} ${formatCount(k, lang)}`).join(', ');
      const rows = r.rows.slice(0, FIRST_ROWS).join(', ') + (n > FIRST_ROWS ? ', …' : '');
      ctx.reportCells(
        asnInRoster,
        r.first,
        'employmentStatus',
        {
          id: `${formatCount(n, 'id')} baris ASN (${statuses('id')}) tidak dihitung sebagai sasaran: baris ${rows}`,
          en: `${formatCount(n, 'en')} ASN ${n === 1 ? 'row' : 'rows'} (${statuses('en')}) left out of the eligible count: ${n === 1 ? 'row' : 'rows'} ${rows}`,
        },
        r.cells,
      );
    }
  },
});
