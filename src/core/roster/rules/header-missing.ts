import { FIELD_BY_ID, FIELDS } from '../fields';
import { defineRule } from './rule';

const required = FIELDS.filter((f) => f.required);

export const headerMissing = defineRule({
  id: 'header-missing',
  severity: 'error',
  title: { id: 'Kolom wajib tidak ada', en: 'Required column missing' },
  description: {
    id: `Kolom wajib (${required.map((f) => f.label.id).join(', ')}) tidak ditemukan pada baris judul; dilaporkan di sel pertama baris judul`,
    en: `A required column (${required.map((f) => f.label.en).join(', ')}) is missing from the header row; reported on its first cell`,
  },
  checkRoster(ctx) {
    for (const field of ctx.detected.missingRequired) {
      const label = FIELD_BY_ID[field].label;
      ctx.reportOnHeader(headerMissing, field, {
        id: `Kolom wajib "${label.id}" tidak ditemukan di baris judul (baris ${ctx.detected.roster.headerRow})`,
        en: `Required column "${label.en}" not found in the header row (row ${ctx.detected.roster.headerRow})`,
      });
    }
  },
});
