// The kind of a fix, from the issue's rule and field and the text it replaces (never from the message).
import { parseCellAddress } from '../../../src/core/address';
import { cellText } from '../../../src/core/cells';
import { checkGrids } from '../../../src/core/roster/check';
import { FIX_KINDS, fixKindOf, onlySpacesDiffer } from '../../../src/core/roster/fix-kind';
import { RULE_BY_ID } from '../../../src/core/roster/rules';
import type { Issue } from '../../../src/core/roster/types';
import { generateRoster } from '../../support/roster-fixture';

const issue = (rule: Issue['rule'], field: Issue['field'], value: string): Pick<Issue, 'rule' | 'field' | 'fix'> => ({
  rule,
  field,
  fix: { value },
});

describe('fixKindOf', () => {
  test.each([
    ['value-nonstandard', 'regency', 'Kab. Kubu Raya', 'Kabupaten Kubu Raya', 'regency'],
    ['region-unknown', 'regency', 'Kubu Raia', 'Kabupaten Kubu Raya', 'regency'],
    ['value-nonstandard', 'membershipStatus', 'aktif', 'Aktif', 'listValue'],
    ['value-unknown', 'membershipStatus', 'Aktf', 'Aktif', 'listValue'],
    ['value-nonstandard', 'sex', 'Laki-laki', 'L', 'listValue'],
    ['value-nonstandard', 'program', 'jkk,jkm', 'JKK, JKM', 'listValue'],
    ['value-nonstandard', 'regency', ' Kota  Pontianak', 'Kota Pontianak', 'spaces'],
    ['value-nonstandard', 'membershipStatus', 'Aktif\u00a0', 'Aktif', 'spaces'],
    // Case and spaces both change: a spelling fix, not only spaces.
    ['value-nonstandard', 'membershipStatus', 'aktif ', 'Aktif', 'listValue'],
  ] as const)('%s on %s: %j → %j is %s', (rule, field, before, after, kind) => {
    expect(fixKindOf(issue(rule, field, after), before)).toBe(kind);
  });

  test('a fix of any other rule or field has no kind of its own; an issue without a fix none at all', () => {
    expect(fixKindOf(issue('date-invalid', 'birthDate', '17-08-1985'), '17/08/85')).toBeUndefined();
    expect(fixKindOf(issue('value-nonstandard', 'institution', 'Puskesmas A'), 'puskesmas a')).toBeUndefined();
    expect(fixKindOf({ rule: 'value-nonstandard', field: 'regency' }, 'x')).toBeUndefined();
  });

  test('the message text plays no part: same rule, field and values give the same kind whatever it says', () => {
    const a = { ...issue('value-nonstandard', 'regency', 'Kabupaten Sambas'), message: { id: 'spasi', en: 'spaces' } };
    expect(fixKindOf(a, 'Kab Sambas')).toBe('regency');
  });

  test('every fix the engine suggests on a realistic roster falls in one of the kinds', () => {
    const roster = generateRoster({ rows: 3_000, seed: 11, oddSpellings: 0.3 });
    const result = checkGrids([roster.grid], { province: '61' });
    // One item per spelling (issue 9): count the cells the fixes stand for.
    const fixed = result.issues.filter((i) => i.fix);
    expect(fixed.reduce((n, i) => n + (i.cells?.length ?? 1), 0)).toBeGreaterThan(100);
    const cell = (i: Issue) => {
      const { row, col } = parseCellAddress(i.cell);
      return cellText(roster.grid.rows[row - roster.grid.origin.row][col - roster.grid.origin.col] ?? null);
    };
    // Each rule that suggested a fix says in the registry what its fixes write.
    expect(fixed.filter((i) => RULE_BY_ID[i.rule].fix === undefined).map((i) => i.rule)).toEqual([]);
    const kinds = new Set(fixed.map((i) => fixKindOf(i, cell(i))));
    expect([...kinds].every((k) => FIX_KINDS.some((x) => x.id === k))).toBe(true);
    expect(kinds.size).toBeGreaterThanOrEqual(2);
  });
});

describe('onlySpacesDiffer', () => {
  test('leading, trailing and doubled spaces, not case or other characters', () => {
    expect(onlySpacesDiffer('  Aktif', 'Aktif')).toBe(true);
    expect(onlySpacesDiffer('Kota  Pontianak', 'Kota Pontianak')).toBe(true);
    expect(onlySpacesDiffer('Kota\tPontianak', 'Kota Pontianak')).toBe(true);
    expect(onlySpacesDiffer('Aktif', 'Aktif')).toBe(false);
    expect(onlySpacesDiffer('aktif ', 'Aktif')).toBe(false);
    expect(onlySpacesDiffer('Aktif\u200b', 'Aktif')).toBe(false);
  });
});
