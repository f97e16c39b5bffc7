import { isAsnStatus } from '../values';
import type { RuleDef } from './rule';

export const asnInRoster: RuleDef = {
  id: 'asn-in-roster',
  severity: 'info',
  description: { id: 'Baris ASN (PNS/PPPK): tidak dihitung sebagai sasaran', en: 'ASN row (PNS/PPPK): left out of the eligible count' },
  checkRow(ctx) {
    const status = ctx.employmentStatus?.value ?? null;
    if (!isAsnStatus(status)) return;
    ctx.report(asnInRoster, 'employmentStatus', {
      id: `${status} adalah ASN: baris ini tidak dihitung sebagai sasaran`,
      en: `${status} is a civil servant (ASN): this row is left out of the eligible count`,
    });
  },
};
