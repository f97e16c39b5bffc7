// Regression: a Kab/Kota or Kategori column holding free text (addresses, job titles), with tens of
// thousands of distinct values, must not make the check search closest names for every one of them.
import { checkGrids } from '../../../src/core/roster/check';
import { REGENCY_SUGGESTION_BUDGET } from '../../../src/core/reference/regency-names';
import { rosterGrid, TODAY, validRow } from '../../support/roster-rows';

describe('free-text columns', () => {
  it('reports every unknown value, with suggestions only within the budget, and starts each check afresh', () => {
    const n = REGENCY_SUGGESTION_BUDGET + 2000;
    const rows = Array.from({ length: n }, (_, i) => ({ ...validRow(i + 1), regency: `Jl. Gajah Mada No. ${i}`, category: `Staf ${i}` }));
    const grid = rosterGrid(rows);
    const r = checkGrids([grid], { today: TODAY });
    const unknown = r.issues.filter((i) => i.rule === 'region-unknown');
    expect(unknown).toHaveLength(n);
    expect(r.issues.filter((i) => i.rule === 'value-unknown' && i.field === 'category')).toHaveLength(n);
    expect(r.parsed[0].records.every((x) => x.regencyCode === null && x.category === null)).toBe(true);
    // A later check still suggests for a new typo.
    const again = checkGrids([rosterGrid([{ ...validRow(1), regency: 'Kab. Sambass' }])], { today: TODAY });
    expect(again.issues.find((i) => i.rule === 'region-unknown')?.fix).toEqual({ value: 'Kabupaten Sambas' });
  });
});
