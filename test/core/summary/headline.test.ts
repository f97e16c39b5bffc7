// The headline sentence: the text the core writes, and the formula the sheet writes for the same text.
// (test/summary/libreoffice.test.ts recalculates the formula in LibreOffice and compares it with the text.)
import { parseTarget } from '../../../src/core/settings/target';
import { formatCount, formatCoverage, headlineFormula, headlineSentence } from '../../../src/core/summary/headline';

const kalbar = { eligible: 9_350, covered: 3_141, gap: 2_428, target: parseTarget('59,56') };
const refs = { eligible: 'B12', covered: 'B13', gap: 'B16', target: 'Target_UCJ' };

describe('headlineSentence', () => {
  it("says the rakor's figures in the sheet's language", () => {
    expect(headlineSentence(kalbar, 'id')).toBe('Cakupan 33,6 % dari 9.350 sasaran; perlu 2.428 pekerja lagi untuk target 59,56 %.');
    expect(headlineSentence(kalbar, 'en')).toBe(
      'Coverage 33.6 % of 9,350 eligible; 2,428 more workers needed to reach the 59.56 % target.',
    );
  });

  it('a reached target, a single worker and nobody eligible', () => {
    const reached = { eligible: 100, covered: 61, gap: 0, target: parseTarget('60,80') };
    expect(headlineSentence(reached, 'id')).toBe('Cakupan 61,0 % dari 100 sasaran; target 60,80 % tercapai.');
    expect(headlineSentence(reached, 'en')).toBe('Coverage 61.0 % of 100 eligible; the 60.80 % target is reached.');
    expect(headlineSentence({ ...reached, covered: 60, gap: 1 }, 'en')).toMatch(/; 1 more worker needed/);
    const none = { eligible: 0, covered: 0, gap: 0, target: parseTarget('59,56') };
    expect(headlineSentence(none, 'id')).toBe('Belum ada sasaran yang dihitung; target 59,56 %.');
    expect(headlineSentence(none, 'en')).toBe('No eligible workers counted yet; target 59.56 %.');
  });

  it('numbers: thousands grouped by language, coverage rounded half up from the exact quotient', () => {
    expect([formatCount(0, 'id'), formatCount(999, 'id'), formatCount(1_000, 'id'), formatCount(1_048_576, 'id')]).toEqual([
      '0',
      '999',
      '1.000',
      '1.048.576',
    ]);
    expect(formatCount(27_410, 'en')).toBe('27,410');
    // 669 / 2000 = 33.45 %: exactly half a tenth, rounded up as Excel's ROUND does
    expect(formatCoverage(669, 2_000, 'id')).toBe('33,5 %');
    expect(formatCoverage(1, 3, 'en')).toBe('33.3 %');
    expect(formatCoverage(5, 5, 'id')).toBe('100,0 %');
  });
});

describe('headlineFormula', () => {
  it('reads the headline cells and the named target, in one native formula', () => {
    const f = headlineFormula(refs, 'id');
    expect(f.startsWith('=IF(B12=0,')).toBe(true);
    for (const ref of ['B12', 'B13', 'B16', 'Target_UCJ']) expect(f).toContain(ref);
    // only functions every spreadsheet has
    const functions = new Set([...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]));
    expect([...functions].sort()).toEqual(['IF', 'INT', 'MOD', 'ROUND', 'TEXT']);
  });

  it('never uses a number format that depends on the reader’s locale (only digit placeholders)', () => {
    for (const lang of ['id', 'en'] as const) {
      const formats = [...headlineFormula(refs, lang).matchAll(/TEXT\([^"]*"([^"]*)"\)/g)].map((m) => m[1]);
      expect(formats.length).toBeGreaterThan(0);
      for (const code of formats) expect(code).toMatch(/^0+$/);
    }
  });

  it('carries the sentence text of each language', () => {
    expect(headlineFormula(refs, 'id')).toContain('" pekerja lagi untuk target "');
    expect(headlineFormula(refs, 'en')).toContain('" needed to reach the "');
  });
});
