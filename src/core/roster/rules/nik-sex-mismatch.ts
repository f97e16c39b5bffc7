import { FIELD_ORDINAL } from '../fields';
import { NikState } from '../nik-reader';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const NIK_OK = NikState.Ok;
const SEX = FIELD_ORDINAL.sex;

const SEX_ID = { L: 'laki-laki', P: 'perempuan' } as const;
const SEX_EN = { L: 'male', P: 'female' } as const;

export const nikSexMismatch = defineRule({
  id: 'nik-sex-mismatch',
  severity: 'warning',
  title: { id: 'NIK tidak cocok dengan Jenis Kelamin', en: 'NIK disagrees with the sex' },
  description: {
    id: 'Jenis kelamin pada NIK (tanggal + 40 untuk perempuan) berbeda dengan kolom Jenis Kelamin',
    en: 'The sex in the NIK (day + 40 for women) differs from the Sex column',
  },
  guard: (ctx) => ctx.nik.state === NIK_OK && ctx.lists[SEX] !== null && ctx.lists[SEX].value !== ctx.nik.sex,
  checkRow(ctx) {
    const sex = ctx.lists[SEX];
    if (ctx.nik.state !== NIK_OK || sex === null || sex.value === null) return;
    const column = sex.value as 'L' | 'P';
    if (column === ctx.nik.sex) return;
    ctx.report(nikSexMismatch, 'sex', {
      id: `Jenis Kelamin ${column} (${SEX_ID[column]}), tetapi NIK ${ctx.nikShown(ctx.nik.digits ?? '')} milik ${SEX_ID[ctx.nik.sex]}`,
      en: `Sex is ${column} (${SEX_EN[column]}), but NIK ${ctx.nikShown(ctx.nik.digits ?? '')} belongs to a ${SEX_EN[ctx.nik.sex]}`,
    });
  },
});
