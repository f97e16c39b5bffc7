// The words for each severity live beside Severity, once; the pane, the CLI and the summary sheet take them from there.
import { SEVERITIES, SEVERITY_NAMES } from '../../../src/core/roster/types';
import { buildSummarySheet } from '../../../src/core/summary/sheet';
import { computeSummary } from '../../../src/core/summary/model';
import { checkGrids } from '../../../src/core/roster/check';
import { generateRoster } from '../../support/roster-fixture';

describe('severity names', () => {
  test('every severity has its words in both languages; errors are "Kesalahan", not the jargon "Galat"', () => {
    for (const s of SEVERITIES) {
      for (const form of ['one', 'many'] as const) {
        expect(SEVERITY_NAMES[s][form].id).toMatch(/^\p{Lu}/u);
        expect(SEVERITY_NAMES[s][form].en).toMatch(/^\p{Lu}/u);
      }
    }
    expect(SEVERITY_NAMES.error).toEqual({ one: { id: 'Kesalahan', en: 'Error' }, many: { id: 'Kesalahan', en: 'Errors' } });
    expect(JSON.stringify(SEVERITY_NAMES)).not.toMatch(/galat/i);
  });

  test("the summary sheet's data-quality table names the severity with them", () => {
    const roster = generateRoster({ rows: 40, seed: 3, sheet: 'Nakes', activeShare: 0.5, plant: 'all' });
    const result = checkGrids([roster.grid]);
    expect(result.counts.error).toBeGreaterThan(0);
    const spec = buildSummarySheet(computeSummary(result), result);
    const texts = spec.rows.flatMap((r) => r.map((c) => c?.value)).filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('Kesalahan (error)');
    expect(texts).toContain('Baris dengan kesalahan');
    expect(texts.filter((x) => /^galat/i.test(x))).toEqual([]);
  });
});
