import { defineRule } from './rule';

export const kpjWithoutStatus = defineRule({
  id: 'kpj-without-status',
  severity: 'info',
  title: { id: 'Ada Nomor KPJ tanpa status', en: 'KPJ without status' },
  description: {
    id: 'Nomor KPJ terisi tetapi Status Kepesertaan kosong (atau tidak dicentang): pekerja sudah terdaftar. Dihitung Aktif hanya bila pengaturan "Nomor KPJ berarti Aktif" dinyalakan',
    en: 'A membership number (KPJ) but no membership status (or no tick): the worker is registered. Counted as Aktif only with the setting "KPJ means Aktif"',
  },
  guard: (ctx) => ctx.kpjNoStatus,
  checkRow(ctx) {
    if (!ctx.kpjNoStatus) return;
    const counted = ctx.kpjMeansActive;
    ctx.report(kpjWithoutStatus, ctx.hasColumn('membershipStatus') ? 'membershipStatus' : 'kpj', {
      id: counted
        ? 'Status Kepesertaan kosong, tetapi ada Nomor KPJ: dihitung Aktif'
        : 'Status Kepesertaan kosong, tetapi ada Nomor KPJ: sudah terdaftar (tidak dihitung Aktif kecuali pengaturan "Nomor KPJ berarti Aktif" dinyalakan)',
      en: counted
        ? 'Membership status empty, but a KPJ is given: counted as Aktif'
        : 'Membership status empty, but a KPJ is given: registered (not counted as Aktif unless the setting "KPJ means Aktif" is on)',
    });
  },
});
