import { FIELD_ORDINAL } from '../fields';
import { KpjState } from '../kpj-reader';
import { ACTIVE, INACTIVE } from '../values';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const KPJ_EMPTY = KpjState.Empty;
const MEMBERSHIP_STATUS = FIELD_ORDINAL.membershipStatus;

export const kpjMissing = defineRule({
  id: 'kpj-missing',
  severity: 'warning',
  title: { id: 'Nomor KPJ kosong', en: 'KPJ missing' },
  description: {
    id: 'Status Kepesertaan Aktif atau Tidak Aktif tanpa Nomor KPJ (hanya bila roster punya kolom Nomor KPJ)',
    en: 'Membership status Aktif or Tidak Aktif without a membership number (KPJ), when the roster has a KPJ column',
  },
  guard: (ctx) => ctx.kpj.state === KPJ_EMPTY,
  checkRow(ctx) {
    if (ctx.kpj.state !== KPJ_EMPTY || !ctx.hasColumn('kpj')) return;
    const status = ctx.lists[MEMBERSHIP_STATUS]?.value;
    if (status !== ACTIVE && status !== INACTIVE) return;
    ctx.report(kpjMissing, 'kpj', {
      id: `Status Kepesertaan "${status}" tetapi Nomor KPJ kosong`,
      en: `Membership status "${status}" but the membership number (KPJ) is empty`,
    });
  },
});
