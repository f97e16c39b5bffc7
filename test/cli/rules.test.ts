import { RULES } from '../../src/core/roster/rules';
import { expectOneLineFailure, runCli } from './run-cli';

describe('jamsostek rules', () => {
  it('lists every registered rule with its severity, title and description, in registry order', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length * 2);
    RULES.forEach((r, i) => {
      expect(lines[2 * i]).toMatch(new RegExp(`^${r.id} +${r.severity} +`));
      expect(lines[2 * i].endsWith(r.title.id)).toBe(true);
      expect(lines[2 * i + 1].trim()).toBe(r.description.id);
    });
  });

  it('speaks English with --lang en', async () => {
    const run = await runCli(['rules', '--lang', 'en']);
    for (const r of RULES) expect(run.stdout).toContain(r.title.en);
  });

  it('--json gives ids, severities and both languages', async () => {
    const run = await runCli(['rules', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title, description: r.description })),
    );
  });

  it('refuses a file argument with one line', async () => {
    expectOneLineFailure(await runCli(['rules', 'roster.xlsx']));
  });
});
