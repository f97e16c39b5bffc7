import { FIELD_BY_ID } from '../fields';
import type { RuleDef } from './rule';

export const headerMissing: RuleDef = {
  id: 'header-missing',
  severity: 'error',
  description: { id: 'Kolom wajib tidak ditemukan pada baris judul', en: 'A required column is missing from the header row' },
  checkRoster(ctx) {
    for (const field of ctx.detected.missingRequired) {
      const label = FIELD_BY_ID[field].label;
      ctx.reportOnHeader(headerMissing, field, {
        id: `Kolom wajib "${label.id}" tidak ditemukan di baris judul (baris ${ctx.detected.roster.headerRow})`,
        en: `Required column "${label.en}" not found in the header row (row ${ctx.detected.roster.headerRow})`,
      });
    }
  },
};
