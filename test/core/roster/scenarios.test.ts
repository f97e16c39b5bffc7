// Runs every roster scenario in test/cases/roster-*/: input.json (grids + options) → expected.json
// (rosters found and issues: rule, severity, sheet, cell, field, fix).
import * as fs from 'fs';
import * as path from 'path';
import { checkGrids } from '../../../src/core/roster/check';
import type { CheckOptions, Issue, Roster, SheetGrid } from '../../../src/core/roster/types';

/** expected.json: the rosters found and each issue reduced to what the scenario pins down. */
interface Expected {
  rosters: Roster[];
  issues: (Pick<Issue, 'rule' | 'severity' | 'sheet' | 'cell' | 'field' | 'cells'> & { fix?: string })[];
}

const CASES = path.join(__dirname, '..', '..', 'cases');
const scenarios = fs
  .readdirSync(CASES)
  .filter((d) => d.startsWith('roster-') && fs.existsSync(path.join(CASES, d, 'input.json')))
  .sort();

describe('roster scenarios', () => {
  it('has scenarios to run', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(4);
  });

  it.each(scenarios)('%s', (name) => {
    const input = JSON.parse(fs.readFileSync(path.join(CASES, name, 'input.json'), 'utf8')) as {
      options: CheckOptions;
      grids: SheetGrid[];
    };
    const expected = JSON.parse(fs.readFileSync(path.join(CASES, name, 'expected.json'), 'utf8')) as Expected;
    const result = checkGrids(input.grids, input.options);
    expect(result.rosters).toEqual(expected.rosters);
    const issues = result.issues.map((i) => ({
      rule: i.rule,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      field: i.field,
      ...(i.fix ? { fix: i.fix.value } : {}),
      ...(i.cells ? { cells: i.cells } : {}),
    }));
    if (process.env.UPDATE_SCENARIOS === '1') {
      // One issue a line; prettier --write then lays the file out as committed.
      const rosters = JSON.stringify(expected.rosters, null, 2);
      const lines = issues.map((i) => `    ${JSON.stringify(i)}`).join(',\n');
      fs.writeFileSync(path.join(CASES, name, 'expected.json'), `{\n  "rosters": ${rosters},\n  "issues": [\n${lines}\n  ]\n}\n`);
      return;
    }
    expect(issues).toEqual(expected.issues);
    for (const i of result.issues) {
      expect(i.message.id).not.toBe('');
      expect(i.message.en).not.toBe('');
      // No full NIK in any message.
      expect(i.message.id + i.message.en).not.toMatch(/\d{16}/);
    }
  });
});
