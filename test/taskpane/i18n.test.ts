import { MESSAGES, t, formatCount, formatPercent } from '../../src/taskpane/i18n';

describe('task pane locale packs', () => {
  test('Indonesian and English have the same keys and the same placeholders', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.id).sort());
    for (const key of Object.keys(MESSAGES.id) as (keyof typeof MESSAGES.id)[]) {
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([key, holes(MESSAGES.en[key])]).toEqual([key, holes(MESSAGES.id[key])]);
      expect(MESSAGES.en[key].length).toBeGreaterThan(0);
    }
  });

  test('the main buttons carry the names users and tests look for', () => {
    expect([MESSAGES.id.checkButton, MESSAGES.id.summaryButton, MESSAGES.id.demoButton]).toEqual([
      'Periksa roster',
      'Sisipkan ringkasan',
      'Sisipkan data demo',
    ]);
    expect([MESSAGES.en.checkButton, MESSAGES.en.summaryButton, MESSAGES.en.demoButton]).toEqual([
      'Check roster',
      'Insert summary',
      'Insert demo data',
    ]);
  });

  test('fills placeholders and formats numbers the local way', () => {
    expect(t('id', 'reading', { sheet: 'Nakes', done: '10.000', total: '27.000' })).toBe('Membaca Nakes: 10.000 dari 27.000 baris…');
    expect(formatCount(9350, 'id')).toBe('9.350');
    expect(formatCount(9350, 'en')).toBe('9,350');
    expect(formatPercent(3141 / 9350, 'id')).toBe('33,6 %');
    expect(formatPercent(3141 / 9350, 'en')).toBe('33.6 %');
    expect(formatPercent(0.5956, 'en', 2)).toBe('59.56 %');
    expect(formatPercent(null, 'id')).toBe('–');
  });
});
