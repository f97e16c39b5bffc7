// The one province parser: the CLI's --province, the pane's province setting, the check options and the summary.
import { parseProvince } from '../../../src/core/settings/province';
import { SettingError } from '../../../src/core/settings/setting-error';
import { parseYear } from '../../../src/core/settings/year';

describe('parseProvince', () => {
  it('reads a 2-digit province code, as text or a number', () => {
    expect(parseProvince('61')).toEqual({ code: '61', name: 'Kalimantan Barat' });
    expect(parseProvince(' 12 ')).toEqual({ code: '12', name: 'Sumatera Utara' });
    expect(parseProvince(62)).toEqual({ code: '62', name: 'Kalimantan Tengah' });
  });

  it.each(['99', '00', '6', '610', '6171', '', 'Kalbar', '61a'])('refuses %j with one SettingError message', (raw) => {
    expect(() => parseProvince(raw)).toThrow(SettingError);
    expect(() => parseProvince(raw)).toThrow(`Unknown province code "${raw}". Write a 2-digit province code, e.g. 61 (Kalimantan Barat).`);
    try {
      parseProvince(raw);
    } catch (e) {
      expect((e as SettingError).setting).toBe('province');
      expect((e as SettingError).text.id).toBe(
        `Kode provinsi "${raw}" tidak dikenal. Tulis kode provinsi 2 digit, misalnya 61 (Kalimantan Barat).`,
      );
    }
  });
});

describe('parseYear', () => {
  it('reads a 4-digit year from 2000 to 2100', () => {
    expect(parseYear('2026')).toBe(2026);
    expect(parseYear(2025)).toBe(2025);
  });

  it.each(['25', '1999', '2101', '2025.5', 'tahun ini', ''])('refuses %j', (raw) => {
    expect(() => parseYear(raw)).toThrow(SettingError);
  });
});
