// The packed check result crosses from the worker to the page and reads back as the very result: every issue
// (fields and fixes present or absent as the check made them), every record (null NIKs, wages and codes,
// programmes, errors found late), the rosters with their own grids. After a real structured clone that
// moves its typed arrays, too.
import { checkGrids } from '../../../src/core/roster/check';
import { packCheckResult, packedBuffers, unpackCheckResult } from '../../../src/core/roster/packed-result';
import type { CheckResult, SheetGrid } from '../../../src/core/roster/types';
import { generateRoster } from '../../support/roster-fixture';
import { perangkatDesaSheet } from '../../support/village-roster';

const today = 46037;
const nakes = generateRoster({ rows: 900, seed: 3, sheet: 'Nakes', titleRows: 2, plant: 'all', oddSpellings: 0.08, blankRows: 4 });
const kader = generateRoster({
  rows: 300,
  seed: 3,
  sheet: 'Kader RT/RW',
  categories: 'kader',
  origin: { row: 5, col: 2 },
  omitFields: ['category', 'segment'],
});
const notes: SheetGrid = { sheet: 'Catatan', origin: { row: 0, col: 0 }, rows: [['Catatan']] };
const grids = [notes, nakes.grid, kader.grid];
const checked = checkGrids(grids, { today, province: '61' });

function roundTrip(result: CheckResult, step = 1_000, clone = false): CheckResult {
  let packed = packCheckResult(result, (g) => grids.indexOf(g));
  if (clone) packed = structuredClone(packed, { transfer: packedBuffers(packed) });
  const unpacker = unpackCheckResult(packed, grids);
  let steps = 0;
  while (!unpacker.step(step)) steps++;
  expect(unpacker.done).toBe(unpacker.total);
  expect(steps).toBe(Math.max(0, Math.ceil(unpacker.total / step) - 1));
  return unpacker.result();
}

describe('packCheckResult / unpackCheckResult', () => {
  it('the fixture covers what the form must carry', () => {
    const issues = checked.issues;
    expect(issues.some((i) => i.fix)).toBe(true);
    expect(issues.some((i) => !i.fix)).toBe(true);
    const records = checked.parsed.flatMap((p) => p.records);
    for (const key of ['nik', 'wage', 'regencyCode', 'category', 'segment'] as const)
      expect([key, records.some((r) => r[key] === null)]).toEqual([key, true]);
    expect(records.some((r) => r.programs.length > 1)).toBe(true);
    expect(records.some((r) => r.programs.length === 0)).toBe(true);
    expect(records.some((r) => r.hasError)).toBe(true);
    expect(records.some((r) => r.isAsn)).toBe(true);
  });

  it('reads back exactly the result that was packed', () => {
    const back = roundTrip(checked);
    expect(back.issues).toStrictEqual(checked.issues);
    expect(back.counts).toEqual(checked.counts);
    expect(back.options).toEqual(checked.options);
    expect(back.rosters).toStrictEqual(checked.rosters);
    expect(back.parsed.map((p) => p.records)).toStrictEqual(checked.parsed.map((p) => p.records));
    expect(back.parsed.map((p) => [p.columnIndex, p.headerIndex])).toEqual(checked.parsed.map((p) => [p.columnIndex, p.headerIndex]));
    // The grids are the receiver's own objects, not copies.
    expect(back.parsed.map((p) => p.grid)).toEqual([nakes.grid, kader.grid]);
    expect(back.parsed[0].grid).toBe(nakes.grid);
  });

  it('survives a structured clone that moves its typed arrays', () => {
    const packed = packCheckResult(checked, (g) => grids.indexOf(g));
    const buffers = packedBuffers(packed);
    expect(new Set(buffers).size).toBe(buffers.length);
    const back = roundTrip(checked, 333, true);
    expect(back.issues).toStrictEqual(checked.issues);
    expect(back.parsed.map((p) => p.records)).toStrictEqual(checked.parsed.map((p) => p.records));
  });

  it('keeps each distinct text once: a message repeated on a thousand rows costs one entry', () => {
    const packed = packCheckResult(checked, (g) => grids.indexOf(g));
    const messages = new Set(checked.issues.flatMap((i) => [i.message.id, i.message.en]));
    expect(packed.strings.ends.length).toBeLessThan(messages.size + 200);
    expect(packed.issues.count).toBe(checked.issues.length);
    expect(packed.records.count).toBe(nakes.dataRows + kader.dataRows);
  });

  it('an address not of the A1 shape, an issue without a field, and texts of any characters come back as they were', () => {
    const withoutField = { ...checked.issues[2] };
    delete withoutField.field;
    const odd: CheckResult = {
      ...checked,
      issues: [
        { ...checked.issues[0], cell: 'R1C1', message: { id: 'NIK "6171\u200b…" \u0000', en: '' } },
        { ...checked.issues[1], cell: 'A0', sheet: '𝔇 Sheet', fix: { value: '' } },
        withoutField,
        { ...withoutField, cell: 'XFD1048576', fix: { value: '=1+1' } },
      ],
    };
    expect(roundTrip(odd).issues).toStrictEqual(odd.issues);
  });

  it('carries the kecamatan and desa of village rosters (placed, as written, or absent)', () => {
    const village = [perangkatDesaSheet()];
    const result = checkGrids(village, { today, province: '61' });
    const records = result.parsed[0].records;
    expect(records.some((r) => r.districtCode !== undefined)).toBe(true);
    expect(records.some((r) => r.district !== undefined && r.districtCode === undefined)).toBe(true);
    const packed = packCheckResult(result, (g) => village.indexOf(g));
    const unpacker = unpackCheckResult(packed, village);
    while (!unpacker.step(1_000));
    const back = unpacker.result();
    expect(back.parsed[0].records).toStrictEqual(records);
    expect(back.issues).toStrictEqual(result.issues);
  });

  it('an empty result', () => {
    const none = checkGrids([notes], { today });
    expect(roundTrip(none)).toStrictEqual({ ...none, parsed: [], rosters: [] });
  });
});
