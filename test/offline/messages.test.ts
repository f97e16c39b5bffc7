import { PAGE_MESSAGES, pt } from '../../src/offline/messages';

describe('the offline page words', () => {
  it('has the same keys in Indonesian and English, every placeholder in both', () => {
    expect(Object.keys(PAGE_MESSAGES.en).sort()).toEqual(Object.keys(PAGE_MESSAGES.id).sort());
    for (const key of Object.keys(PAGE_MESSAGES.id) as (keyof typeof PAGE_MESSAGES.id)[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([key, names(PAGE_MESSAGES.en[key])]).toEqual([key, names(PAGE_MESSAGES.id[key])]);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(pt('id', 'downloadedFixed', { file: 'a.xlsx', count: 3 })).toBe('a.xlsx diunduh (3 sel diperbaiki).');
    expect(pt('en', 'opening', {})).toBe('Opening {file}…');
  });
});
