// The pane's settings: read once from the workbook when the pane opens, from a field when the user types;
// a value that cannot be used stays visible with the parser's message and is never dropped.
import { serialFromYmd } from '../../src/core/dates';
import { parseTarget, type Target } from '../../src/core/settings/target';
import { checkGrids } from '../../src/core/roster/check';
import {
  checkedWithOther,
  readRegency,
  readRegencyTarget,
  readTarget,
  readYear,
  regencyTargetsOf,
  rosterSettingsFromStore,
  settingsFromStore,
  targetAfterChange,
  targetToStore,
} from '../../src/taskpane/settings';

const pct = (text: string): Target => parseTarget(text);
const IN_2025 = serialFromYmd(2025, 11, 26);
const IN_2026 = serialFromYmd(2026, 11, 26);

describe('settingsFromStore', () => {
  test("a new workbook starts with Kalimantan Barat, the year of today and that year's published target (as the CLI)", () => {
    expect(settingsFromStore({}, IN_2026)).toEqual({
      settings: { province: '61', year: 2026, target: 0.608, regency: null, kpjMeansActive: false, regencyTargets: {} },
      problems: {},
      targetProblems: {},
    });
    // the same rule as the check's default year (figuresYear): a check today is for this year
    expect(settingsFromStore({}, IN_2026).settings.year).toBe(checkGrids([], { today: IN_2026 }).options.year);
    expect(settingsFromStore({}, IN_2025).settings).toMatchObject({ year: 2025, target: 0.5956 });
  });

  test('stored settings are read as they are; a year the user picked stays picked', () => {
    expect(settingsFromStore({ province: '61', year: 2025, target: 0.55 }, IN_2026).settings).toEqual({
      province: '61',
      year: 2025,
      target: 0.55,
      regency: null,
      kpjMeansActive: false,
      regencyTargets: {},
    });
    expect(settingsFromStore({ province: '61', year: 2025 }, IN_2026).settings).toMatchObject({ year: 2025, target: 0.5956 });
    expect(settingsFromStore({ province: '12', target: 0.5 }, IN_2026).settings).toMatchObject({ province: '12', year: 2026, target: 0.5 });
  });

  test('own kab/kota targets are read back; one that cannot be used is shown with its message, not dropped', () => {
    const { settings, targetProblems } = settingsFromStore({ regencyTargets: { '6171': 0.45, '6172': 45 } }, IN_2026);
    expect(settings.regencyTargets).toEqual({ '6171': 0.45 });
    expect(targetProblems['6172']?.text).toBe('4500 %');
    expect(targetProblems['6172']?.error.id).toContain('tidak dapat dipakai');
  });

  test('a stored target outside (0, 100 %] is shown as the percentage it means, with the message, not dropped', () => {
    const { settings, problems } = settingsFromStore({ target: 59.56 }, IN_2025);
    expect(settings.target).toBeNull();
    expect(problems.target?.text).toBe('5956 %');
    expect(problems.target?.error.id).toContain('Target "5956 %" tidak dapat dipakai');
  });

  test('a stored unknown province is named beside the province list, which shows the default', () => {
    const { settings, problems } = settingsFromStore({ province: '99' }, IN_2025);
    expect(settings.province).toBe('61');
    expect(problems.province?.error.en).toContain('Unknown province code "99"');
  });

  test("a province without a published target asks for one instead of borrowing Kalimantan Barat's", () => {
    const { settings, problems } = settingsFromStore({ province: '12' }, IN_2025);
    expect(settings.target).toBeNull();
    expect(problems.target?.text).toBe('');
    expect(problems.target?.error.id).toContain('Belum ada target UCJ bawaan untuk Sumatera Utara (12) tahun 2025');
  });
});

describe('fields', () => {
  test('the target field reads every accepted form, and explains a refusal', () => {
    for (const text of ['60,80', '60.80', '60,80 %', '60.80%', '0,608', '0.608']) expect(readTarget(text)).toEqual({ value: 0.608 });
    // The pane used to turn "60,80" into 6080 and drop it silently.
    const refused = readTarget('6080');
    expect('problem' in refused && refused.problem.text).toBe('6080');
    expect('problem' in refused && refused.problem.error.en).toContain('Target "6080" cannot be used');
  });

  test('the year field takes a 4-digit year', () => {
    expect(readYear(' 2026 ')).toEqual({ value: 2026 });
    expect(readYear('26')).toHaveProperty('problem.text', '26');
  });
});

describe('targetAfterChange', () => {
  test("follows the published Kalimantan Barat target between years, keeps a planner's own figure", () => {
    expect(targetAfterChange(pct('59,56'), { province: '61', year: 2025 }, { province: '61', year: 2026 })).toBe(0.608);
    expect(targetAfterChange(pct('60,80'), { province: '61', year: 2026 }, { province: '61', year: 2025 })).toBe(0.5956);
    expect(targetAfterChange(pct('55'), { province: '61', year: 2025 }, { province: '61', year: 2026 })).toBe(0.55);
    expect(targetAfterChange(pct('59,56'), { province: '61', year: 2025 }, { province: '12', year: 2025 })).toBe(0.5956);
  });

  test('a field without a target takes the published one of the new province and year, if any', () => {
    expect(targetAfterChange(null, { province: '12', year: 2025 }, { province: '61', year: 2026 })).toBe(0.608);
    expect(targetAfterChange(null, { province: '61', year: 2025 }, { province: '12', year: 2025 })).toBeNull();
  });
});

describe('checkedWithOther', () => {
  test("tells when a check's province or year is not the pane's any more (its summary would mix them)", () => {
    const result = checkGrids([], { province: '61', year: 2025 });
    const settings = { province: '61', year: 2025, target: pct('59,56'), regency: null, kpjMeansActive: false, regencyTargets: {} };
    expect(checkedWithOther(result, settings, {})).toBe(false);
    const otherTarget = { ...settings, target: pct('70') };
    expect(checkedWithOther(result, otherTarget, {})).toBe(false);
    expect(checkedWithOther(result, { ...settings, province: '12' }, {})).toBe(true);
    expect(checkedWithOther(result, { ...settings, year: 2026 }, {})).toBe(true);
  });

  test("tells when a checked roster's own kab/kota or KPJ flag, stored for its sheet, changed since; other sheets' do not matter", () => {
    const settings = { province: '61', year: 2025 };
    const grid = (sheet: string) => ({ sheet, origin: { row: 0, col: 0 }, rows: [['Nama', 'NIK', 'Status Kepesertaan', 'No KPJ']] });
    const plain = checkGrids([grid('Nakes'), grid('Kader')], settings);
    expect(checkedWithOther(plain, settings, {})).toBe(false);
    // Counting a KPJ alone as Aktif changes the covered count: the summary checks again.
    expect(checkedWithOther(plain, settings, { Kader: { kpjMeansActive: true } })).toBe(true);
    expect(checkedWithOther(plain, settings, { Nakes: { regency: '6103' } })).toBe(true);
    expect(checkedWithOther(plain, settings, { 'Sheet not checked': { regency: '6103', kpjMeansActive: true } })).toBe(false);
    const stored = { Nakes: { regency: '6103' }, Kader: { kpjMeansActive: true } };
    const set = checkGrids([grid('Nakes'), grid('Kader')], {
      ...settings,
      rosterSettings: [{ regency: '6103' }, { kpjMeansActive: true }],
    });
    expect(checkedWithOther(set, settings, stored)).toBe(false);
    expect(checkedWithOther(set, settings, { ...stored, Nakes: { regency: '6106' } })).toBe(true);
  });
});

describe('readRegency (the roster setting)', () => {
  test('empty infers; a code or name reads through the one kab/kota parser; anything else keeps its text with the message', () => {
    expect(readRegency('', '61')).toEqual({ value: null });
    expect(readRegency('6103', '61')).toEqual({ value: '6103' });
    expect(readRegency('Kab. Sanggau', '61')).toEqual({ value: '6103' });
    const bad = readRegency('Gotham', '61');
    expect('problem' in bad && bad.problem.text).toBe('Gotham');
    expect('problem' in bad && bad.problem.error.id).toContain('tidak dikenal');
  });
});

describe('targets per kab/kota (the pane side of --targets)', () => {
  test('a field reads every form the one target parser accepts; empty gives the default back; anything else keeps its text', () => {
    for (const text of ['45', '45,00 %', '45.00%', '0,45']) expect(readRegencyTarget(text)).toEqual({ value: 0.45 });
    expect(readRegencyTarget('  ')).toEqual({ value: null });
    const bad = readRegencyTarget('4500');
    expect('problem' in bad && bad.problem.text).toBe('4500');
    expect('problem' in bad && bad.problem.error.en).toContain('Target "4500" cannot be used');
  });

  test("the summary takes only the province's kab/kota (codes of another province stay stored, unused)", () => {
    const regencyTargets = { '6171': pct('45'), '1271': pct('50') };
    expect(regencyTargetsOf({ province: '61', regencyTargets })).toEqual({ '6171': 0.45 });
    expect(regencyTargetsOf({ province: '12', regencyTargets })).toEqual({ '1271': 0.5 });
  });

  test('the published target is not stored (it follows the year); a planner’s own figure is', () => {
    expect(targetToStore({ province: '61', year: 2026, target: pct('60,80') })).toBeNull();
    expect(targetToStore({ province: '61', year: 2025, target: pct('60,80') })).toBe(0.608);
    expect(targetToStore({ province: '61', year: 2026, target: pct('55') })).toBe(0.55);
  });
});

describe('rosterSettingsFromStore (kept per sheet: a code and a flag)', () => {
  test('restores the kab/kota code and the KPJ flag; a code that is no kab/kota is shown, not applied', () => {
    expect(rosterSettingsFromStore(undefined, '61')).toEqual({ regency: null, kpjMeansActive: false });
    expect(rosterSettingsFromStore({ regency: '6103', kpjMeansActive: true }, '61')).toEqual({ regency: '6103', kpjMeansActive: true });
    const other = rosterSettingsFromStore({ regency: '6199' }, '61');
    expect(other.regency).toBeNull();
    expect(other.problem?.text).toBe('6199');
  });
});
