// The pane's settings: read once from the workbook when the pane opens, from a field when the user types;
// a value that cannot be used stays visible with the parser's message and is never dropped.
import { parseTarget, type Target } from '../../src/core/settings/target';
import { checkGrids } from '../../src/core/roster/check';
import { checkedWithOther, readRegency, readTarget, readYear, settingsFromStore, targetAfterChange } from '../../src/taskpane/settings';

const pct = (text: string): Target => parseTarget(text);

describe('settingsFromStore', () => {
  test('a new workbook starts with Kalimantan Barat, 2025 and its published target', () => {
    expect(settingsFromStore({})).toEqual({
      settings: { province: '61', year: 2025, target: 0.5956, regency: null, kpjMeansActive: false },
      problems: {},
    });
  });

  test('stored settings are read as they are', () => {
    expect(settingsFromStore({ province: '61', year: 2026, target: 0.608 }).settings).toEqual({
      province: '61',
      year: 2026,
      target: 0.608,
      regency: null,
      kpjMeansActive: false,
    });
    expect(settingsFromStore({ province: '12', target: 0.5 }).settings).toMatchObject({ province: '12', year: 2025, target: 0.5 });
  });

  test('a stored target outside (0, 100 %] is shown as the percentage it means, with the message, not dropped', () => {
    const { settings, problems } = settingsFromStore({ target: 59.56 });
    expect(settings.target).toBeNull();
    expect(problems.target?.text).toBe('5956 %');
    expect(problems.target?.error.id).toContain('Target "5956 %" tidak dapat dipakai');
  });

  test('a stored unknown province is named beside the province list, which shows the default', () => {
    const { settings, problems } = settingsFromStore({ province: '99' });
    expect(settings.province).toBe('61');
    expect(problems.province?.error.en).toContain('Unknown province code "99"');
  });

  test("a province without a published target asks for one instead of borrowing Kalimantan Barat's", () => {
    const { settings, problems } = settingsFromStore({ province: '12' });
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
    const settings = { province: '61', year: 2025, target: pct('59,56'), regency: null, kpjMeansActive: false };
    expect(checkedWithOther(result.options, settings)).toBe(false);
    expect(checkedWithOther(result.options, { ...settings, target: pct('70') })).toBe(false);
    expect(checkedWithOther(result.options, { ...settings, province: '12' })).toBe(true);
    expect(checkedWithOther(result.options, { ...settings, year: 2026 })).toBe(true);
    // Counting a KPJ alone as Aktif changes the covered count: the summary checks again.
    expect(checkedWithOther(result.options, { ...settings, kpjMeansActive: true })).toBe(true);
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
