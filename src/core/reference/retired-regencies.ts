// Kab/kota codes retired by later splits of a province. A NIK keeps the region code of the place it was
// first issued for life (PP 40/2019 Ps 30(2)), so a NIK with one of these codes is valid: the person was
// registered there before the split. The one table of them, with its sources; nik.ts and the NIK reader
// accept these codes, and the rule nik-region-retired says where they went.
//
// Which splits belong here: only those after the 16-digit NIK began. The NIK and its structure (6 digits of
// province, kab/kota and kecamatan code) come with SIAK: UU 23/2006 Ps 13, PP 37/2007 Ps 37, applied
// nationally by 2011 (UU 23/2006 Ps 101), on the Home Affairs code table first set by Permendagri 18/2005
// (replaced by Permendagri 6/2008, 66/2011, 18/2013, 56/2015, 137/2017, 72/2019, Kepmendagri 050-145/2022 …).
// The KTP numbers before SIAK (SIMDUK, "KTP nasional") used the old Depdagri numbering (Jawa Barat 10, DKI 09,
// e.g. "10 50 24 …" for Kota Bandung) and were replaced by a new NIK, so their codes are not NIK codes at all.
// A province split completed before that code table therefore left no old code on any NIK; those codes stay
// nik-region-unknown on purpose (a 16-digit number carrying one is not a NIK Dukcapil issued):
// - Timor Timur (province code 54): left Indonesia after the 1999 popular consultation (TAP MPR V/MPR/1999);
//   no SIAK NIK was issued there. Residents who stayed hold NIKs of where they were registered since.
// - Maluku Utara from Maluku, UU 46/1999 (codes 82xx from the start); Irian Jaya Barat (now Papua Barat) from
//   Irian Jaya, UU 45/1999 (92xx); Banten from Jawa Barat, UU 23/2000 (36xx); Kepulauan Bangka Belitung from
//   Sumatera Selatan, UU 27/2000 (19xx); Gorontalo from Sulawesi Utara, UU 38/2000 (75xx); Kepulauan Riau from
//   Riau, UU 25/2002 (21xx); Sulawesi Barat from Sulawesi Selatan, UU 26/2004 (76xx). In the code table the
//   parent provinces were numbered without their old kabupaten (Riau, Jawa Barat, Sumatera Selatan, Sulawesi
//   Utara, Maluku and Papua have no gaps), except Sulawesi Selatan, whose gaps 7319–7321, 7323 and 7325 match
//   the five kabupaten that left in 2004: never valid on a NIK, so they stay unknown too.
// Splits inside a province (e.g. Kalimantan Barat: Bengkayang UU 10/1999, Landak UU 55/1999, Kota Singkawang
// UU 12/2001, Sekadau and Melawi UU 34/2003, Kayong Utara UU 6/2007, Kubu Raya UU 35/2007) give the new
// kabupaten a new code and leave the parent's code in place, and renames keep the code (Kabupaten Pontianak →
// Kabupaten Mempawah, PP 58/2014, still 6102): neither retires a code. What is left are the province splits
// since the code table: Kalimantan Utara (2012) and the Papua provinces (2022), below.
import type { Localized } from '../i18n/lang';
import { findRegency } from './regions';

export interface RetiredRegency {
  /** The retired 4-digit code, e.g. "9101". */
  readonly code: string;
  /** Its name when the code was current. */
  readonly name: string;
  /** Year the code was retired (the split's law). */
  readonly retired: number;
  /** The code of the same kab/kota today (in regions.generated.ts). */
  readonly successor: string;
  readonly source: Localized;
}

const PAPUA_2022: Localized = {
  id:
    'UU 14/2022 (Papua Selatan), UU 15/2022 (Papua Tengah), UU 16/2022 (Papua Pegunungan); kode baru menurut Kepmendagri ' +
    '050-145/2022 (REF-2022-2), dicatat di idn-area-data commit f3fbd7e (kode lama pada commit 1f0d8f7)',
  en:
    'Laws 14/2022 (South Papua), 15/2022 (Central Papua), 16/2022 (Highland Papua); new codes per Home Affairs decree ' +
    '050-145/2022 (REF-2022-2), recorded in idn-area-data commit f3fbd7e (old codes at commit 1f0d8f7)',
};
const PAPUA_BARAT_DAYA_2022: Localized = {
  id: 'UU 29/2022 (Papua Barat Daya); kode 96 dicatat di idn-area-data commit 013f1f6 (kode lama pada commit 1f0d8f7)',
  en: 'Law 29/2022 (Southwest Papua); code 96 recorded in idn-area-data commit 013f1f6 (old codes at commit 1f0d8f7)',
};
const KALTARA_2012: Localized = {
  id: 'UU 20/2012 (pembentukan Provinsi Kalimantan Utara); kode 64 lama menurut Permendagri 66/2011, kode 65 menurut Permendagri 56/2015',
  en: 'Law 20/2012 (creating North Kalimantan); old code 64 per Home Affairs regulation 66/2011, code 65 per regulation 56/2015',
};

const rows = (retired: number, source: Localized, list: readonly (readonly [string, string, string])[]): RetiredRegency[] =>
  list.map(([code, name, successor]) => ({ code, name, retired, successor, source }));

export const RETIRED_REGENCIES: readonly RetiredRegency[] = [
  ...rows(2012, KALTARA_2012, [
    ['6404', 'Kabupaten Bulungan', '6501'],
    ['6405', 'Kabupaten Malinau', '6502'],
    ['6406', 'Kabupaten Nunukan', '6503'],
    ['6410', 'Kabupaten Tana Tidung', '6504'],
    ['6473', 'Kota Tarakan', '6571'],
  ]),
  ...rows(2022, PAPUA_2022, [
    ['9101', 'Kabupaten Merauke', '9301'],
    ['9102', 'Kabupaten Jayawijaya', '9501'],
    ['9104', 'Kabupaten Nabire', '9401'],
    ['9107', 'Kabupaten Puncak Jaya', '9402'],
    ['9108', 'Kabupaten Paniai', '9403'],
    ['9109', 'Kabupaten Mimika', '9404'],
    ['9112', 'Kabupaten Pegunungan Bintang', '9502'],
    ['9113', 'Kabupaten Yahukimo', '9503'],
    ['9114', 'Kabupaten Tolikara', '9504'],
    ['9116', 'Kabupaten Boven Digoel', '9302'],
    ['9117', 'Kabupaten Mappi', '9303'],
    ['9118', 'Kabupaten Asmat', '9304'],
    ['9121', 'Kabupaten Mamberamo Tengah', '9505'],
    ['9122', 'Kabupaten Yalimo', '9506'],
    ['9123', 'Kabupaten Lanny Jaya', '9507'],
    ['9124', 'Kabupaten Nduga', '9508'],
    ['9125', 'Kabupaten Puncak', '9405'],
    ['9126', 'Kabupaten Dogiyai', '9406'],
    ['9127', 'Kabupaten Intan Jaya', '9407'],
    ['9128', 'Kabupaten Deiyai', '9408'],
  ]),
  ...rows(2022, PAPUA_BARAT_DAYA_2022, [
    ['9201', 'Kabupaten Sorong', '9601'],
    ['9204', 'Kabupaten Sorong Selatan', '9602'],
    ['9205', 'Kabupaten Raja Ampat', '9603'],
    ['9209', 'Kabupaten Tambrauw', '9604'],
    ['9210', 'Kabupaten Maybrat', '9605'],
    ['9271', 'Kota Sorong', '9671'],
  ]),
];

const byCode = new Map(RETIRED_REGENCIES.map((r) => [r.code, r]));

export const findRetiredRegency = (code: string): RetiredRegency | undefined => byCode.get(code);

/** "diterbitkan di Kabupaten Merauke (kode 9101, sebelum 2022; kini Kabupaten Merauke (9301))": the retired code and where it went. */
export function retiredRegencyNote(r: RetiredRegency): Localized {
  const now = findRegency(r.successor);
  const successor = now ? `${now.name} (${now.code})` : r.successor;
  return {
    id: `diterbitkan di ${r.name} (kode ${r.code}, sebelum ${r.retired}; kini ${successor})`,
    en: `issued in ${r.name} (code ${r.code}, before ${r.retired}; now ${successor})`,
  };
}
