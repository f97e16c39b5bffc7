import { categoryOfJobTitle, JOB_TITLES, TENAGA_KESEHATAN, TENAGA_MEDIS, TENAGA_PENUNJANG } from '../../../src/core/reference/job-titles';
import { CATEGORIES } from '../../../src/core/roster/fields';

describe('job titles → category (UU 17/2023, Pasal 197–199)', () => {
  it.each([
    ['Dokter Umum', TENAGA_MEDIS],
    ['dr. Gigi', TENAGA_MEDIS],
    ['drg.', TENAGA_MEDIS],
    ['Dokter Gigi Spesialis', TENAGA_MEDIS],
    ['DOKTER SPESIALIS ANAK', TENAGA_MEDIS],
    ['Perawat', TENAGA_KESEHATAN],
    ['Perawat Gigi', TENAGA_KESEHATAN],
    ['Perawat Pelaksana', TENAGA_KESEHATAN],
    ['Bidan Desa', TENAGA_KESEHATAN],
    ['Apoteker', TENAGA_KESEHATAN],
    ['Asisten Apoteker', TENAGA_KESEHATAN],
    ['Analis Kesehatan', TENAGA_KESEHATAN],
    ['Sanitarian', TENAGA_KESEHATAN],
    ['Nutrisionis', TENAGA_KESEHATAN],
    ['Perekam Medis', TENAGA_KESEHATAN],
    ['Radiografer', TENAGA_KESEHATAN],
    ['Fisioterapis', TENAGA_KESEHATAN],
    ['Tenaga Promosi Kesehatan', TENAGA_KESEHATAN],
    ['Staf Farmasi', TENAGA_KESEHATAN],
    ['Sopir Ambulans', TENAGA_PENUNJANG],
    ['Cleaning Service', TENAGA_PENUNJANG],
    ['Satpam', TENAGA_PENUNJANG],
    ['Staf Administrasi', TENAGA_PENUNJANG],
    ['Administrasi', TENAGA_PENUNJANG],
    ['Juru Masak', TENAGA_PENUNJANG],
    ['Teknisi Elektromedis', TENAGA_KESEHATAN],
  ])('%s → %s', (title, category) => {
    expect(categoryOfJobTitle(title)).toBe(category);
  });

  it('gives no category for titles not in the table', () => {
    for (const t of ['Kepala Puskesmas', 'Ketua', '', '  ', 'Rani Lestari']) expect(categoryOfJobTitle(t)).toBeNull();
  });

  it('maps only to categories of the field schema, each title once', () => {
    const values = new Set(CATEGORIES.map((c) => c.value));
    for (const category of Object.keys(JOB_TITLES)) expect(values.has(category)).toBe(true);
    const all = Object.values(JOB_TITLES).flat();
    expect(new Set(all).size).toBe(all.length);
    // Every listed title reads as its own category.
    for (const [category, titles] of Object.entries(JOB_TITLES)) for (const t of titles) expect(categoryOfJobTitle(t)).toBe(category);
  });
});
