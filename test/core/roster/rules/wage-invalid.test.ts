import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('wage-invalid', () => {
  it('fires for text and negative wages, without a fix (numbers are never rewritten)', () => {
    const r = checkRows([{ wage: 'Rp 2.500.000' }, { wage: -1 }, { wage: true }]);
    const found = issuesOf(r, 'wage-invalid');
    expect(found.map((i) => i.cell)).toEqual(['M2', 'M3', 'M4']);
    expect(found.every((i) => i.severity === 'warning' && i.fix === undefined)).toBe(true);
    expect(r.parsed[0].records.map((x) => x.wage)).toEqual([null, null, null]);
  });

  it('stays quiet for numbers, zero and empty cells', () => {
    const r = checkRows([{ wage: 2_500_000 }, { wage: 0 }, { wage: null }, { wage: 1234.5 }]);
    expect(issuesOf(r, 'wage-invalid')).toEqual([]);
    expect(r.parsed[0].records.map((x) => x.wage)).toEqual([2_500_000, 0, null, 1234.5]);
  });
});
