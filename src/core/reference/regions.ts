// Indonesian provinces and kabupaten/kota with their codes (idn-area-data, ODbL).
import { PROVINCE_ROWS, REGENCY_ROWS } from './regions.generated';

export interface Province {
  /** Two digits, e.g. "61". */
  readonly code: string;
  readonly name: string;
}

export interface Regency {
  /** Four digits, e.g. "6112" (province code + regency code, as in a NIK). */
  readonly code: string;
  readonly provinceCode: string;
  /** Official name, e.g. "Kabupaten Kubu Raya" or "Kota Pontianak". */
  readonly name: string;
}

const split = (row: string): [string, string] => {
  const bar = row.indexOf('|');
  return [row.slice(0, bar), row.slice(bar + 1)];
};

export const PROVINCES: readonly Province[] = PROVINCE_ROWS.map((r) => {
  const [code, name] = split(r);
  return { code, name };
});

export const REGENCIES: readonly Regency[] = REGENCY_ROWS.map((r) => {
  const [code, name] = split(r);
  return { code, provinceCode: code.slice(0, 2), name };
});

const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));
const regencyByCode = new Map(REGENCIES.map((r) => [r.code, r]));

export const DEFAULT_PROVINCE = '61';

export const findProvince = (code: string): Province | undefined => provinceByCode.get(code);
export const findRegency = (code: string): Regency | undefined => regencyByCode.get(code);

/** Kabupaten/kota of a province in code order. */
export const regenciesOf = (provinceCode: string): readonly Regency[] => REGENCIES.filter((r) => r.provinceCode === provinceCode);
