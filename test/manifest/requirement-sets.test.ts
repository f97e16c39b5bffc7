// Only the Office APIs the user's Excel has: every Office.js member the task pane and the Excel adapter use
// (src/taskpane/, src/hosts/office/) is resolved to its declaration in @types/office-js, and its requirement
// set must be within what manifest.xml requires, or the use must sit behind an isSetSupported guard the
// compiler can see (test/manifest/api-usage.ts says which guards count). The manifest requires exactly the
// highest ExcelApi version used without a guard. The fixtures in test/cases/requirement-sets/ are walked the
// same way: an unguarded ExcelApi 1.18 call must be caught, the guarded forms must pass.
import fs from 'fs';
import path from 'path';
import { type ApiUse, compareVersions, createProgram, findApiUses, typeScriptFiles } from './api-usage';
import { parseManifest } from './manifest-checks';

const ROOT = path.resolve(__dirname, '../..');
const CASES = path.join(ROOT, 'test/cases/requirement-sets');
const WALKED = [...typeScriptFiles(path.join(ROOT, 'src/hosts/office')), ...typeScriptFiles(path.join(ROOT, 'src/taskpane'))];
const FIXTURES = { unguarded: path.join(CASES, 'unguarded-notes.ts'), guarded: path.join(CASES, 'guarded-notes.ts') };

/** Requirement set name → the MinVersion manifest.xml requires. */
function manifestMinimums(): Map<string, string> {
  const doc = parseManifest(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
  const requirements = Array.from(doc.getElementsByTagNameNS('*', 'Requirements'));
  // The add-in's own <Requirements>, not one inside VersionOverrides.
  const own = requirements.find((r) => (r.parentNode as Element).localName === 'OfficeApp');
  if (!own) throw new Error('manifest.xml has no <Requirements>');
  const sets = Array.from(own.getElementsByTagNameNS('*', 'Set'));
  const defaultMin = (own.getElementsByTagNameNS('*', 'Sets')[0] as Element | undefined)?.getAttribute('DefaultMinVersion') ?? '1.1';
  return new Map(sets.map((s) => [s.getAttribute('Name')!, s.getAttribute('MinVersion') ?? defaultMin]));
}

/** A use that some Excel the manifest admits lacks: readable, one line each. */
function violations(uses: readonly ApiUse[], minimums: ReadonlyMap<string, string>): string[] {
  return uses
    .filter((u) => {
      const min = minimums.get(u.set);
      if (min !== undefined && compareVersions(u.version, min) <= 0) return false;
      return u.guard === null || compareVersions(u.guard, u.version) < 0;
    })
    .map(
      (u) =>
        `${path.basename(u.file)}:${u.line} ${u.member} needs ${u.set} ${u.version} (${u.guard === null ? 'no guard' : `guard checks ${u.guard}`})`,
    );
}

describe('Office APIs within the requirement sets the manifest declares', () => {
  let uses: ApiUse[];
  let fixtureUses: Record<keyof typeof FIXTURES, ApiUse[]>;
  const minimums = manifestMinimums();

  beforeAll(() => {
    // One program for all: the office-js declarations are the costly part.
    const program = createProgram(ROOT, [...WALKED, ...Object.values(FIXTURES)]);
    uses = WALKED.flatMap((f) => findApiUses(program, f, ROOT));
    fixtureUses = {
      unguarded: findApiUses(program, FIXTURES.unguarded, ROOT),
      guarded: findApiUses(program, FIXTURES.guarded, ROOT),
    };
  }, 240_000);

  test('the walk resolves the adapter’s Excel calls (a broken resolver finds none and proves nothing)', () => {
    expect(WALKED.some((f) => f.endsWith(path.join('office', 'marks.ts')))).toBe(true);
    expect(WALKED.some((f) => f.endsWith(path.join('taskpane', 'app.ts')))).toBe(true);
    const members = new Set(uses.map((u) => u.member));
    for (const m of ['Worksheet.getRange', 'Range.values', 'Worksheet.getRangeByIndexes', 'Range.dataValidation', 'Worksheet.notes'])
      expect(members).toContain(m);
    // From load('items/name,items/visibility') too, not only from property access.
    expect(uses.some((u) => u.member === 'Worksheet.visibility' && u.file.endsWith('office-workbook.ts'))).toBe(true);
  });

  test('manifest.xml requires ExcelApi and the shared runtime', () => {
    expect([...minimums.keys()].sort()).toEqual(['ExcelApi', 'SharedRuntime']);
    expect(minimums.get('SharedRuntime')).toBe('1.1');
  });

  test('every member used is within the manifest’s minimum or behind a guard of its set', () => {
    expect(violations(uses, minimums)).toEqual([]);
  });

  test('the manifest requires exactly the highest ExcelApi version used without a guard', () => {
    const unguarded = uses.filter((u) => u.set === 'ExcelApi' && u.guard === null);
    const highest = unguarded.map((u) => u.version).reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
    expect(minimums.get('ExcelApi')).toBe(highest);
    // What needs it, for the README's table: the template's drop-down lists and the chart's value format.
    expect([...new Set(unguarded.filter((u) => u.version === highest).map((u) => u.member))].sort()).toEqual(
      expect.arrayContaining(['ChartAxis.numberFormat', 'Range.dataValidation']),
    );
  });

  test('features above the minimum are guarded: notes on marks (1.18), print setup (1.9)', () => {
    const guarded = uses.filter((u) => u.guard !== null && compareVersions(u.version, minimums.get(u.set)!) > 0);
    const bySet = (member: string) => [...new Set(guarded.filter((u) => u.member === member).map((u) => `${u.version}/${u.guard}`))];
    expect(bySet('Worksheet.notes')).toEqual(['1.18/1.18']);
    expect(bySet('Worksheet.pageLayout')).toEqual(['1.9/1.9']);
  });

  test('an unguarded ExcelApi 1.18 call in a walked file fails, and so does a guard of too early a version', () => {
    const expected = JSON.parse(fs.readFileSync(path.join(CASES, 'expected.json'), 'utf8')) as { unguarded: string[] };
    expect(violations(fixtureUses.unguarded, minimums)).toEqual(expected.unguarded);
  });

  test('the guards the test sees pass: if, a const holding the check, ?:, &&, an early return, Office’s isSetSupported', () => {
    expect(fixtureUses.guarded.filter((u) => u.member === 'Worksheet.notes')).toHaveLength(3);
    expect(violations(fixtureUses.guarded, minimums)).toEqual([]);
  });
});
