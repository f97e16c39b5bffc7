// The roster's kab/kota setting (--regency on the command line, the task pane's roster setting): it
// overrides the kab/kota inferred from a roster's title, sheet name or file name. A 4-digit code
// ("6103", "61.03") or a name the reference data knows ("Kabupaten Sanggau", "Kab. Sanggau").
import { resolveRegencyName } from '../reference/regency-names';
import { DEFAULT_PROVINCE, type Regency } from '../reference/regions';
import { SettingError, shownValue } from './setting-error';

export function parseRegency(raw: string | number, province: string = DEFAULT_PROVINCE): Regency {
  const text = String(raw).trim();
  const r = text === '' ? null : resolveRegencyName(text, province);
  if (r === null || r.kind !== 'ok') {
    const shown = shownValue(raw);
    throw new SettingError('regency', {
      id: `Kabupaten/kota "${shown}" tidak dikenal. Tulis kode 4 digit, mis. 6103 (Kabupaten Sanggau), atau namanya.`,
      en: `Unknown regency/city "${shown}". Write a 4-digit code, e.g. 6103 (Kabupaten Sanggau), or its name.`,
    });
  }
  return r.regency;
}
