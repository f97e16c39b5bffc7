import { FIELD_ORDINAL } from '../fields';
import { isAsnStatus } from '../values';
import { defineRule } from './rule';

const EMPLOYMENT = FIELD_ORDINAL.employmentStatus;

export const asnInRoster = defineRule({
  id: 'asn-in-roster',
  severity: 'info',
  title: { id: 'Baris ASN (tidak dihitung sebagai sasaran)', en: 'ASN row (not counted as eligible)' },
  description: {
    id: 'Status Kepegawaian PNS atau PPPK (ASN): baris tidak dihitung sebagai sasaran',
    en: 'Employment status PNS or PPPK (civil servant, ASN): the row is left out of the eligible count',
  },
  guard: (ctx) => isAsnStatus(ctx.lists[EMPLOYMENT]?.value ?? null),
  checkRow(ctx) {
    const status = ctx.lists[EMPLOYMENT]?.value ?? null;
    if (!isAsnStatus(status)) return;
    ctx.report(asnInRoster, 'employmentStatus', {
      id: `${status} adalah ASN: baris ini tidak dihitung sebagai sasaran`,
      en: `${status} is a civil servant (ASN): this row is left out of the eligible count`,
    });
  },
});
