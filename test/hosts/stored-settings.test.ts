// What a host reads back from its settings store (document settings, the offline page's localStorage): only
// well-formed settings, whatever an older version or a hand edit left there.
import { readStoredSettings } from '../../src/hosts/stored-settings';

const from = (raw: Record<string, unknown>) => readStoredSettings((name) => raw[name]);

describe('readStoredSettings', () => {
  test('keeps well-formed settings as they are', () => {
    const raw = {
      province: '61',
      target: 0.55,
      year: 2025,
      lang: 'en',
      regencyTargets: { '6171': 0.45 },
      rosters: { 'Nakes Sanggau': { regency: '6103', kpjMeansActive: true }, Kader: { kpjMeansActive: true } },
    };
    expect(from(raw)).toEqual(raw);
  });

  test('drops what is not a setting of the expected shape (a cleared target, text for numbers, cell values)', () => {
    expect(
      from({
        target: null,
        year: '2025',
        lang: 'fr',
        regencyTargets: { Pontianak: 0.45, '6172': '45' },
        rosters: { A: { regency: 'Kabupaten Sanggau', nik: '6112035204900001' }, B: 'x', C: { kpjMeansActive: 'yes' } },
      }),
    ).toEqual({});
  });
});
