// Published Universal Coverage Jamsostek (UCJ) targets: the share of the working population that should be
// active BPJS Ketenagakerjaan participants, per province and year. The one table of them; the task pane,
// the CLI and the summary take their default target from here.
import type { Localized } from '../i18n/lang';
import { type Target, targetFromFraction } from '../settings/target';
import { SettingError } from '../settings/setting-error';
import { findProvince } from './regions';

export interface UcjTarget {
  /** 2-digit province code. */
  readonly province: string;
  readonly year: number;
  /** The target in hundredths of a percent (basis points): 5956 = 59.56 %. */
  readonly bp: number;
  readonly source: Localized;
}

const KEMENDAGRI_UCJ: Localized = {
  id:
    'Target UCJ provinsi dari Kementerian Dalam Negeri (prioritas nasional sejak 2025, dimuat dalam RPJMD/RKPD; ' +
    'pelaksanaan Inpres 2/2021 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan)',
  en:
    "Provincial UCJ target set by the Ministry of Home Affairs (Kemendagri; a national priority since 2025, carried in the regions' " +
    'RPJMD/RKPD plans; implementing Presidential Instruction 2/2021 on optimising the employment social security programme)',
};

// The Kalimantan Barat figures are those its coordination meetings (rakor) work to; the number of the
// Kemendagri letter that sets them is not cited here yet.
export const UCJ_TARGETS: readonly UcjTarget[] = [
  { province: '61', year: 2025, bp: 5956, source: KEMENDAGRI_UCJ },
  { province: '61', year: 2026, bp: 6080, source: KEMENDAGRI_UCJ },
];

/** A kab/kota's own published UCJ target for a year (it differs from its province's). */
export interface RegencyUcjTarget {
  /** 4-digit kab/kota code. */
  readonly regency: string;
  readonly year: number;
  /** Basis points, as above. */
  readonly bp: number;
  readonly source: Localized;
}

export const UCJ_REGENCY_TARGETS: readonly RegencyUcjTarget[] = [
  {
    regency: '6171', // Kota Pontianak
    year: 2026,
    bp: 4500,
    source: {
      id: 'BPJS Ketenagakerjaan Cabang Pontianak (Kepala Cabang Suhuri Ali, Kantor Wali Kota Pontianak, 11 Februari 2026; Faktakalbar.id, 12 Februari 2026): target UCJ Kota Pontianak 2026 45 % (capaian 2025: 40 %)',
      en: 'BPJS Ketenagakerjaan Pontianak branch (branch head Suhuri Ali, Pontianak city hall, 11 February 2026; Faktakalbar.id, 12 February 2026): Kota Pontianak UCJ target for 2026 45 % (2025 achieved: 40 %)',
    },
  },
];

const byKey = new Map(UCJ_TARGETS.map((t) => [`${t.province}/${t.year}`, targetFromFraction(t.bp / 10_000)]));

/** The published target of a province for a year, if the table has one. */
export const publishedTarget = (province: string, year: number): Target | undefined => byKey.get(`${province}/${year}`);

/** The published target, or SettingError asking for one (no other province's figure is borrowed). */
export function defaultTarget(province: string, year: number): Target {
  const target = publishedTarget(province, year);
  if (target !== undefined) return target;
  const name = findProvince(province)?.name ?? province;
  throw new SettingError('target', {
    id: `Belum ada target UCJ bawaan untuk ${name} (${province}) tahun ${year}. Isi targetnya, misalnya 59,56 atau 59,56 %.`,
    en: `There is no built-in UCJ target for ${name} (${province}) in ${year}. Enter the target, e.g. 59.56 or 59.56 %.`,
  });
}

const byRegency = new Map(UCJ_REGENCY_TARGETS.map((t) => [`${t.regency}/${t.year}`, targetFromFraction(t.bp / 10_000)]));

/** The published targets of a province's kab/kota for a year (code → target), where a kab/kota has its own. */
export function publishedRegencyTargets(province: string, year: number): Record<string, Target> {
  const out: Record<string, Target> = {};
  for (const t of UCJ_REGENCY_TARGETS)
    if (t.year === year && t.regency.startsWith(province)) out[t.regency] = byRegency.get(`${t.regency}/${t.year}`)!;
  return out;
}
