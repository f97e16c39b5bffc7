// The one table of published UCJ targets, each figure with its source.
import {
  defaultTarget,
  publishedRegencyTargets,
  publishedTarget,
  UCJ_REGENCY_TARGETS,
  UCJ_TARGETS,
} from '../../../src/core/reference/ucj-targets';
import { findRegency } from '../../../src/core/reference/regions';
import { findProvince } from '../../../src/core/reference/regions';
import { SettingError } from '../../../src/core/settings/setting-error';

describe('UCJ_TARGETS', () => {
  it('holds Kalimantan Barat: 59.56 % for 2025, 60.80 % for 2026, the same numbers as the literals', () => {
    expect(publishedTarget('61', 2025)).toBe(0.5956);
    expect(publishedTarget('61', 2026)).toBe(0.608);
  });

  it('cites a source for every figure, in both languages, and only for real provinces', () => {
    for (const t of UCJ_TARGETS) {
      expect(findProvince(t.province)).toBeDefined();
      expect(t.source.id.length).toBeGreaterThan(20);
      expect(t.source.en.length).toBeGreaterThan(20);
      expect(t.bp).toBeGreaterThan(0);
      expect(t.bp).toBeLessThanOrEqual(10_000);
    }
    expect(new Set(UCJ_TARGETS.map((t) => `${t.province}/${t.year}`)).size).toBe(UCJ_TARGETS.length);
  });

  it('has no figure for a province or year it does not list, and then asks for a target rather than borrowing one', () => {
    expect(publishedTarget('12', 2025)).toBeUndefined();
    expect(publishedTarget('61', 2027)).toBeUndefined();
    expect(() => defaultTarget('61', 2027)).toThrow(SettingError);
    expect(() => defaultTarget('12', 2025)).toThrow('There is no built-in UCJ target for Sumatera Utara (12) in 2025. Enter the target');
  });
});

describe('UCJ_REGENCY_TARGETS', () => {
  it('holds the kab/kota targets published so far, each with its source and a real kab/kota code', () => {
    expect(publishedRegencyTargets('61', 2026)).toEqual({ '6171': 0.45 });
    expect(publishedRegencyTargets('61', 2025)).toEqual({});
    expect(publishedRegencyTargets('12', 2026)).toEqual({});
    for (const t of UCJ_REGENCY_TARGETS) {
      expect(findRegency(t.regency)).toBeDefined();
      expect(t.source.id).toMatch(/\d{4}/);
      expect(t.source.en.length).toBeGreaterThan(20);
      expect(t.bp).toBeGreaterThan(0);
      expect(t.bp).toBeLessThanOrEqual(10_000);
    }
    expect(new Set(UCJ_REGENCY_TARGETS.map((t) => `${t.regency}/${t.year}`)).size).toBe(UCJ_REGENCY_TARGETS.length);
  });
});
