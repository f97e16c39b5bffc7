import { KpjState } from '../row-context';
import { ACTIVE, INACTIVE } from '../values';
import type { RuleDef } from './rule';

// Read once: imported enum members are property loads through the module object.
const KPJ_EMPTY = KpjState.Empty;

export const kpjMissing: RuleDef = {
  id: 'kpj-missing',
  severity: 'warning',
  description: { id: 'Status Aktif atau Tidak Aktif tanpa Nomor KPJ', en: 'Status Active or Inactive without a membership number (KPJ)' },
  checkRow(ctx) {
    if (ctx.kpjState !== KPJ_EMPTY || !ctx.hasColumn('kpj')) return;
    const status = ctx.membershipStatus?.value;
    if (status !== ACTIVE && status !== INACTIVE) return;
    ctx.report(kpjMissing, 'kpj', {
      id: `Status Kepesertaan "${status}" tetapi Nomor KPJ kosong`,
      en: `Membership status "${status}" but the membership number (KPJ) is empty`,
    });
  },
};
