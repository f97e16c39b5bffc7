// The kabupaten-shaped demo (`demo --bentuk kabupaten`): a real office's file, every row clean. Read back by the
// checker as grids: the workers it wrote are the rows counted, the ticks and YA/TIDAK the covered ones, the
// title's kab/kota and the job titles' categories, the other rows skipped with their reason, no error or warning.
import { generateKabupatenDemo, KABUPATEN_DEMO_REGENCY, KABUPATEN_DEMO_SHEET_NAMES } from '../../../src/core/demo/kabupaten';
import { checkGrids } from '../../../src/core/roster/check';
import { computeSummary } from '../../../src/core/summary/model';

const TODAY = 46_000;
const grids = (seed: number) =>
  generateKabupatenDemo(seed).sheets.map((s) => ({ sheet: s.name, origin: { row: 0, col: 0 }, rows: s.rows }));

describe('generateKabupatenDemo', () => {
  it.each([1, 2, 7])('seed %i: every worker counted under the title’s kab/kota, covered as ticked, no error or warning', (seed) => {
    const demo = generateKabupatenDemo(seed);
    const result = checkGrids(grids(seed), { today: TODAY });
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(result.rosters.map((r) => [r.sheet, r.rows])).toEqual(demo.sheets.map((s) => [s.name, s.workers]));
    for (const r of result.rosters) expect(r.context?.regency).toMatchObject({ code: KABUPATEN_DEMO_REGENCY, from: 'title', cell: 'A1' });
    const model = computeSummary(result);
    expect(model.totals.eligible).toBe(demo.sheets.reduce((n, s) => n + s.workers, 0));
    expect(model.totals.covered).toBe(demo.sheets.reduce((n, s) => n + s.covered, 0));
    expect(model.totals.covered).toBeGreaterThan(0);
    // Job titles give every health worker a category; the kader sheet's title gives its rows theirs.
    expect(model.byCategory.rows.find((r) => r.key === null)?.eligible ?? 0).toBe(0);
    expect(model.byRegency.rows.filter((r) => r.eligible > 0).map((r) => r.key)).toEqual([KABUPATEN_DEMO_REGENCY]);
  });

  it('has the shapes real files have: merged SUDAH/BELUM header, column numbers, groups, JUMLAH rows, signature with NIP', () => {
    const [health, kader] = generateKabupatenDemo(1).sheets;
    expect(health.name).toBe(KABUPATEN_DEMO_SHEET_NAMES.health);
    expect(health.merges).toContain('H5:I5');
    const result = checkGrids(grids(1), { today: TODAY });
    const [nakes, kaderRoster] = result.rosters;
    expect(nakes.context?.coverage).toEqual({ form: 'ticks', columns: ['H', 'I'] });
    expect(kaderRoster.context?.coverage).toEqual({ form: 'yes-no', columns: ['F'] });
    expect(kaderRoster.context?.category).toMatchObject({ value: 'Kader Kesehatan', from: 'title' });
    const reasons = (r: typeof nakes) => new Set((r.skipped ?? []).map((k) => k.reason));
    expect(reasons(nakes)).toEqual(new Set(['column-numbers', 'group-title', 'subtotal', 'blank', 'signature']));
    // One subtotal per group and the total; the NIP line is in the signature block, never read as a NIK.
    const groups = nakes.skipped!.filter((k) => k.reason === 'group-title').length;
    expect(nakes.skipped!.filter((k) => k.reason === 'subtotal')).toHaveLength(groups + 1);
    const nipRow = health.rows.findIndex((r) => typeof r[6] === 'string' && r[6].startsWith('NIP. '));
    expect(nakes.skipped!.find((k) => k.row === nipRow + 1)?.reason).toBe('signature');
    expect(reasons(kaderRoster).has('signature')).toBe(true);
    expect(kader.rows.some((r) => r.includes('YA')) && kader.rows.some((r) => r.includes('TIDAK'))).toBe(true);
  });

  it('is the same for the same seed', () => {
    expect(generateKabupatenDemo(3)).toEqual(generateKabupatenDemo(3));
    expect(generateKabupatenDemo(3)).not.toEqual(generateKabupatenDemo(4));
  });
});
