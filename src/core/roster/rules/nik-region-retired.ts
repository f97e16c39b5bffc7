import { findRetiredRegency, RETIRED_REGENCIES, retiredRegencyNote } from '../../reference/retired-regencies';
import { NikState } from '../nik-reader';
import { defineRule } from './rule';

// Read once: imported enum members are property loads through the module object.
const NIK_OK = NikState.Ok;
/** Retired kab/kota codes by number (index = 4-digit code), so the guard needs no string. */
const RETIRED = new Uint8Array(10000);
for (const r of RETIRED_REGENCIES) RETIRED[Number(r.code)] = 1;
/** A valid NIK's reading keeps its first 8 digits in `hi`, plus 16 × 10^8 (see digitHalves). */
const HI_BASE = 1_600_000_000;

export const nikRegionRetired = defineRule({
  id: 'nik-region-retired',
  severity: 'info',
  title: { id: 'NIK dengan kode wilayah lama', en: 'NIK with a retired region code' },
  description: {
    id: 'Kode kabupaten/kota pada NIK sudah diganti karena pemekaran (mis. Papua 2022, Kalimantan Utara 2012). NIK tetap sah: kodenya tidak berubah seumur hidup',
    en: "The NIK's regency code was retired by a province split (e.g. Papua 2022, North Kalimantan 2012). The NIK is still valid: it keeps its code for life",
  },
  guard: (ctx) => ctx.nik.state === NIK_OK && RETIRED[((ctx.nik.hi - HI_BASE) / 10000) | 0] === 1,
  checkRow(ctx) {
    const digits = ctx.nik.digits;
    if (ctx.nik.state !== NIK_OK || digits === null) return;
    const retired = findRetiredRegency(digits.slice(0, 4));
    if (retired === undefined) return;
    const note = retiredRegencyNote(retired);
    const nik = ctx.nikShown(digits);
    ctx.report(nikRegionRetired, 'nik', { id: `NIK ${nik} ${note.id}`, en: `NIK ${nik} ${note.en}` });
  },
});
