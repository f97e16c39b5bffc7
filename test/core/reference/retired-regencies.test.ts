import { analyzeNik } from '../../../src/core/nik';
import { findProvince, findRegency } from '../../../src/core/reference/regions';
import { findRetiredRegency, RETIRED_REGENCIES, retiredRegencyNote } from '../../../src/core/reference/retired-regencies';
import { makeNik } from '../../support/roster-rows';

describe('retired kab/kota codes', () => {
  it('are no longer current codes, each with a current successor of the same name and a source', () => {
    expect(new Set(RETIRED_REGENCIES.map((r) => r.code)).size).toBe(RETIRED_REGENCIES.length);
    for (const r of RETIRED_REGENCIES) {
      expect(findRegency(r.code)).toBeUndefined();
      expect(findProvince(r.code.slice(0, 2))).toBeDefined();
      const now = findRegency(r.successor);
      expect(now).toBeDefined();
      expect(now!.name.toLowerCase().replace(/\s/g, '')).toBe(r.name.toLowerCase().replace(/\s/g, ''));
      expect(r.source.id.length).toBeGreaterThan(20);
      expect(r.source.en.length).toBeGreaterThan(20);
    }
  });

  it('cover the Papua split of 2022, Papua Barat Daya and Kalimantan Utara (2012)', () => {
    expect(findRetiredRegency('9101')).toMatchObject({ name: 'Kabupaten Merauke', successor: '9301', retired: 2022 });
    expect(findRetiredRegency('9271')).toMatchObject({ name: 'Kota Sorong', successor: '9671' });
    expect(findRetiredRegency('6473')).toMatchObject({ name: 'Kota Tarakan', successor: '6571', retired: 2012 });
    for (const code of ['6404', '6405', '6406', '6410']) expect(findRetiredRegency(code)?.successor.slice(0, 2)).toBe('65');
    expect(findRetiredRegency('6199')).toBeUndefined();
  });

  it('words the note in both languages with the successor', () => {
    const note = retiredRegencyNote(findRetiredRegency('9101')!);
    expect(note.id).toBe('diterbitkan di Kabupaten Merauke (kode 9101, sebelum 2022; kini Kabupaten Merauke (9301))');
    expect(note.en).toContain('now Kabupaten Merauke (9301)');
  });

  it('make a NIK valid: people born in Merauke or Tarakan before the split', () => {
    for (const code of ['9101', '6473', '9201']) {
      const a = analyzeNik(makeNik(code, 1988, 8, 3, 'L'), { currentYear: 2026 });
      expect(a.ok).toBe(true);
    }
  });

  it('hold only splits after the first code table NIKs were issued under (Permendagri 18/2005)', () => {
    for (const r of RETIRED_REGENCIES) expect(r.retired).toBeGreaterThan(2005);
  });

  it.each([
    ['Timor Timur (54, left in 1999)', '5401'],
    ['Timor Timur, another kabupaten', '5413'],
    ['Sulawesi Selatan gap left by Sulawesi Barat (2004)', '7319'],
    ['Sulawesi Selatan gap left by Sulawesi Barat (2004)', '7321'],
    ['Sulawesi Selatan gap left by Sulawesi Barat (2004)', '7325'],
  ])('leave codes retired before the NIK existed unknown: %s %s', (_label, code) => {
    expect(findRetiredRegency(code)).toBeUndefined();
    const a = analyzeNik(makeNik(code, 1975, 5, 20, 'L'), { currentYear: 2026 });
    expect(a).toMatchObject({ ok: false, problem: 'region-unknown' });
  });

  it('serial 0000 does not exist (serials start at 0001)', () => {
    const a = analyzeNik(makeNik('6112', 1990, 4, 12, 'P', 0), { currentYear: 2026 });
    expect(a).toMatchObject({ ok: false, problem: 'serial-zero' });
    expect(analyzeNik(makeNik('6112', 1990, 4, 12, 'P', 1), { currentYear: 2026 }).ok).toBe(true);
  });
});
