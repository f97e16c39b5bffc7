// The registry is the one list of rules: each entry comes from its own file with its own test, and
// carries everything the task pane, the CLI and the summary sheet show about it.
import * as fs from 'fs';
import * as path from 'path';
import { RULE_BY_ID, RULE_IDS, RULES } from '../../../../src/core/roster/rules';
import { SEVERITIES } from '../../../../src/core/roster/types';

const ROOT = path.join(__dirname, '..', '..', '..', '..');

describe('rule registry', () => {
  it('lists each rule once, under a kebab-case id', () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
    for (const r of RULES) expect(RULE_BY_ID[r.id]).toBe(r);
  });

  it.each(RULE_IDS.map((id) => [id]))('%s lives in its own file, with its test beside it in the same shape', async (id) => {
    const file = path.join(ROOT, 'src', 'core', 'roster', 'rules', `${id}.ts`);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'test', 'core', 'roster', 'rules', `${id}.test.ts`))).toBe(true);
    // The registered object is the one the file exports.
    const exported = Object.values((await import(file)) as Record<string, unknown>);
    expect(exported).toContain(RULE_BY_ID[id]);
  });

  it('every file in the rules folder that defines a rule is registered', () => {
    const folder = path.join(ROOT, 'src', 'core', 'roster', 'rules');
    const defining = fs
      .readdirSync(folder)
      .filter((f) => fs.readFileSync(path.join(folder, f), 'utf8').includes('= defineRule('))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(defining.sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULE_IDS.map((id) => [id]))('%s has a severity, bilingual titles and a longer description', (id) => {
    const r = RULE_BY_ID[id];
    expect(SEVERITIES).toContain(r.severity);
    for (const lang of ['id', 'en'] as const) {
      expect(r.title[lang].length).toBeGreaterThan(5);
      expect(r.title[lang].length).toBeLessThanOrEqual(48);
      expect(r.description[lang].length).toBeGreaterThan(r.title[lang].length);
      expect(r.title[lang]).not.toBe(id);
    }
    expect(r.title.id).not.toBe(r.title.en);
    expect(r.checkRoster ?? r.checkRow ?? r.finishCheck).toBeDefined();
    // A guard only means something for a row check.
    if (r.guard) expect(r.checkRow).toBeDefined();
  });

  it('gives every rule its own title, so groups and tables never merge two rules', () => {
    for (const lang of ['id', 'en'] as const) expect(new Set(RULES.map((r) => r.title[lang])).size).toBe(RULES.length);
  });
});
