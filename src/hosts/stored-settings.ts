// The shape of the settings a host keeps for the add-in (Office document settings, the offline page's
// localStorage): what is read back is checked here, once for every host, so a hand-edited or older store
// gives only well-formed values (each then parsed by the pane's settings, src/taskpane/settings.ts). Only
// settings go there: codes, numbers, flags and sheet names, never a roster's cell values.
import type { StoredRosterSettings, WorkbookSettings } from './port';

export const STORED_SETTING_NAMES = ['province', 'target', 'year', 'lang', 'regencyTargets', 'rosters'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The well-formed part of stored settings; `get` reads one setting by name. */
export function readStoredSettings(get: (name: (typeof STORED_SETTING_NAMES)[number]) => unknown): WorkbookSettings {
  const province = get('province');
  const target = get('target');
  const year = get('year');
  const lang = get('lang');
  const regencyTargets: Record<string, number> = {};
  const storedTargets = get('regencyTargets');
  if (isRecord(storedTargets))
    for (const [code, v] of Object.entries(storedTargets)) if (/^\d{4}$/.test(code) && typeof v === 'number') regencyTargets[code] = v;
  const rosters: Record<string, StoredRosterSettings> = {};
  const storedRosters = get('rosters');
  if (isRecord(storedRosters))
    for (const [sheet, v] of Object.entries(storedRosters)) {
      if (!isRecord(v)) continue;
      const regency = typeof v.regency === 'string' && /^\d{4}$/.test(v.regency) ? v.regency : undefined;
      const kpj = v.kpjMeansActive === true;
      if (regency !== undefined || kpj)
        rosters[sheet] = { ...(regency !== undefined ? { regency } : {}), ...(kpj ? { kpjMeansActive: true } : {}) };
    }
  return {
    ...(typeof province === 'string' ? { province } : {}),
    ...(typeof target === 'number' ? { target } : {}),
    ...(typeof year === 'number' ? { year } : {}),
    ...(lang === 'id' || lang === 'en' ? { lang } : {}),
    ...(Object.keys(regencyTargets).length ? { regencyTargets } : {}),
    ...(Object.keys(rosters).length ? { rosters } : {}),
  };
}
