// The province setting: a 2-digit code of an Indonesian province (61 = Kalimantan Barat).
import { findProvince, type Province } from '../reference/regions';
import { SettingError, shownValue } from './setting-error';

/** "61", " 61 " or 61 → Kalimantan Barat; anything else raises SettingError. */
export function parseProvince(raw: string | number): Province {
  const code = String(raw).trim();
  const province = /^\d{2}$/.test(code) ? findProvince(code) : undefined;
  if (!province) {
    const shown = shownValue(raw);
    throw new SettingError('province', {
      id: `Kode provinsi "${shown}" tidak dikenal. Tulis kode provinsi 2 digit, misalnya 61 (Kalimantan Barat).`,
      en: `Unknown province code "${shown}". Write a 2-digit province code, e.g. 61 (Kalimantan Barat).`,
    });
  }
  return province;
}
