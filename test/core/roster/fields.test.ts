// The field schema is the one description of the roster's fields: these check it is coherent, so that
// everything derived from it (header matching, list readers, template, demo, summary) can trust it.
import { assertFieldCount, FIELD_BY_ID, FIELDS, LIST_FIELD_DEFS, MAX_FIELDS, TEMPLATE_HEADERS } from '../../../src/core/roster/fields';
import { matchHeader } from '../../../src/core/roster/header-match';
import { matchValue } from '../../../src/core/roster/values';
import { normalizeKey } from '../../../src/core/roster/text-match';

describe('field schema', () => {
  it('lists each field once, and FIELD_BY_ID finds it', () => {
    expect(new Set(FIELDS.map((f) => f.id)).size).toBe(FIELDS.length);
    for (const f of FIELDS) expect(FIELD_BY_ID[f.id]).toBe(f);
  });

  it.each(FIELDS.map((f) => [f.id]))('%s: its labels and every synonym name it as a header', (id) => {
    const f = FIELD_BY_ID[id];
    expect(f.synonyms[0]).toBe(f.label.id);
    for (const text of [f.label.id, f.label.en, ...f.synonyms]) expect([text, matchHeader(text)]).toEqual([text, id]);
  });

  it.each(FIELDS.filter((f) => f.phrases).map((f) => [f.id]))('%s: its phrases name it inside a longer header', (id) => {
    for (const phrase of FIELD_BY_ID[id].phrases ?? []) {
      expect(normalizeKey(phrase)).toBe(phrase);
      expect(matchHeader(`Data ${phrase} terbaru`)).toBe(id);
    }
  });

  it.each(LIST_FIELD_DEFS.map((f) => [f.id]))('%s: values are distinct, and no spelling means two of them', (id) => {
    const values = FIELD_BY_ID[id].values ?? [];
    expect(values.length).toBeGreaterThan(1);
    expect(new Set(values.map((v) => v.value)).size).toBe(values.length);
    const meaning = new Map<string, string>();
    for (const v of values) {
      for (const text of [v.value, v.label.id, v.label.en, ...v.variants]) {
        const key = normalizeKey(text);
        expect([text, meaning.get(key) ?? v.value]).toEqual([text, v.value]);
        meaning.set(key, v.value);
      }
    }
  });

  it('single-valued list fields read their own values back', () => {
    for (const f of LIST_FIELD_DEFS) {
      if (f.multiValued || f.id === 'program') continue;
      for (const v of f.values) expect(matchValue(f.id, v.value)).toMatchObject({ value: v.value, exact: true });
    }
  });

  it('gives every field a template column; drop-downs only where there is a list to offer', () => {
    expect(TEMPLATE_HEADERS).toEqual(['No', ...FIELDS.map((f) => f.label.id)]);
    for (const f of FIELDS) {
      expect(f.template.width).toBeGreaterThanOrEqual(6);
      if (f.template.dropDown === 'values') {
        expect(f.values).toBeDefined();
        expect(f.multiValued).toBeUndefined();
      }
    }
  });

  it('fails at load time, not silently, past the 31 fields the row masks hold', () => {
    expect(FIELDS.length).toBeLessThanOrEqual(MAX_FIELDS);
    expect(() => assertFieldCount(MAX_FIELDS)).not.toThrow();
    expect(() => assertFieldCount(MAX_FIELDS + 1)).toThrow(/32 roster fields, but the row masks hold 31/);
  });
});
