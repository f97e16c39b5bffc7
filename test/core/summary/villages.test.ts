import { checkGrids } from '../../../src/core/roster/check';
import type { SheetGrid } from '../../../src/core/roster/types';
import { computeSummary, summaryJson } from '../../../src/core/summary/model';
import { buildSummarySheet } from '../../../src/core/summary/sheet';
import { TODAY, makeNik } from '../../support/roster-rows';
import { kaderPosyanduSheet, perangkatDesaSheet } from '../../support/village-roster';

const kader: SheetGrid = kaderPosyanduSheet();

const summary = (grids: readonly SheetGrid[]) => {
  const result = checkGrids(grids, { today: TODAY });
  return { result, model: computeSummary(result) };
};

describe('village view (Desa per kecamatan)', () => {
  it('counts per kecamatan the villages listed, those with nobody covered, and their coverage', () => {
    const { model, result } = summary([perangkatDesaSheet(), kader]);
    expect(result.rosters.map((r) => r.columns.village)).toEqual(['E', 'D']);
    const v = model.villages!;
    expect(v.rows.map((r) => [r.code, r.name, r.villagesInData, r.villagesListed, r.villagesUncovered, r.eligible, r.covered])).toEqual([
      ['611201', 'Sungai Raya (Kabupaten Kubu Raya)', 22, 2, 1, 3, 1],
      ['611203', 'Sungai Ambawang (Kabupaten Kubu Raya)', 15, 7, 1, 12, 8],
      // the planted kecamatan of another kab/kota stays as written
      [null, 'Kapuas', null, 1, 0, 1, 1],
    ]);
    // Spellings of one desa count once; a misspelt desa stands apart until it is fixed.
    expect(v.rows[1].villages.map((x) => [x.name, x.listed, x.covered])).toEqual([
      ['Durian', 2, 0],
      ['Jawa Tengah', 2, 2],
      ['Kubu Padi', 1, 1],
      ['Lingga', 2, 2],
      ['Pasak Piang', 1, 1],
      ['Sungai Ambawang Kuala', 2, 1],
      ['Sungai Ambawang Kula', 2, 1],
    ]);
    // Limbung: its only covered worker is ASN (not eligible), so nobody is covered there.
    expect(v.rows[0].villages).toEqual([
      { name: 'Kapur', listed: 2, eligible: 2, covered: 1 },
      { name: 'Limbung', listed: 2, eligible: 1, covered: 0 },
    ]);
    expect(v.total).toEqual({ villagesListed: 10, villagesUncovered: 2, eligible: 16, covered: 10, coverage: 10 / 16 });
    expect(summaryJson(model).villages?.byDistrict[1]).toMatchObject({
      code: '611203',
      villagesListed: 7,
      villagesUncovered: 1,
      coverage: 8 / 12,
    });
  });

  it('is absent without a village roster: a health roster with a Desa column does not make one', () => {
    const nakes: SheetGrid = {
      sheet: 'Nakes',
      origin: { row: 0, col: 0 },
      rows: [
        ['Nama', 'NIK', 'Kab/Kota', 'Desa', 'Kategori', 'Status Kepesertaan'],
        ['A', makeNik('6112', 1990, 1, 1, 'L', 1), 'Kubu Raya', 'Kapur', 'Tenaga Kesehatan', 'Aktif'],
      ],
    };
    const { model } = summary([nakes]);
    expect(model.villages).toBeNull();
    expect(summaryJson(model)).not.toHaveProperty('villages');
  });

  it('is absent when the Desa column is empty (the template and the demo have one)', () => {
    const empty: SheetGrid = { ...kader, rows: kader.rows.map((r, i) => (i < 2 ? r : [...r.slice(0, 3), null, ...r.slice(4)])) };
    const { model, result } = summary([empty]);
    expect(result.rosters[0].columns.village).toBe('D');
    expect(model.villages).toBeNull();
    const spec = buildSummarySheet(model, result);
    expect(spec.rows.some((r) => typeof r[0]?.value === 'string' && r[0].value.startsWith('Desa per kecamatan'))).toBe(false);
  });

  it('puts a printed block per kecamatan on the sheet and a detail row per village below the alias table', () => {
    const { model, result } = summary([perangkatDesaSheet(), kader]);
    const spec = buildSummarySheet(model, result);
    const at = (label: string) => spec.rows.findIndex((r) => r[0]?.value === label);
    const title = spec.rows.findIndex((r) => typeof r[0]?.value === 'string' && r[0].value.startsWith('Desa per kecamatan'));
    const detail = spec.rows.findIndex((r) => typeof r[0]?.value === 'string' && r[0].value.startsWith('Rincian desa'));
    expect(title).toBeGreaterThan(0);
    const area = spec.print!.area!;
    const lastPrinted = Number(/\$(\d+)$/.exec(area)![1]);
    // the block prints; the detail list does not
    expect(title + 1).toBeLessThanOrEqual(lastPrinted);
    expect(detail + 1).toBeGreaterThan(lastPrinted);
    const row = spec.rows[at('Sungai Ambawang (Kabupaten Kubu Raya)')];
    expect(row.map((c) => c?.expected ?? c?.value)).toEqual(['Sungai Ambawang (Kabupaten Kubu Raya)', 1, 7, 15, 12, 8, 8 / 12]);
    expect(row[2]?.formula).toMatch(/^=COUNTIF\(\$C\$\d+:\$C\$\d+,">0"\)$/);
    expect(row[1]?.formula).toMatch(/^=COUNTIFS\(\$C\$\d+:\$C\$\d+,">0",\$E\$\d+:\$E\$\d+,0\)$/);
    // a detail formula compares the desa and kecamatan cells as written, never with XLOOKUP or LET
    const durian = spec.rows.find((r, i) => i > detail && r[1]?.value === 'Durian')!;
    expect(durian[2]?.formula).toContain(`'Perangkat Desa'!$E$7:$E$19="Durian"`);
    expect(durian[2]?.formula).toContain(`'Perangkat Desa'!$F$7:$F$19="Sungai Ambawang"`);
    for (const r of spec.rows) for (const c of r) expect(c?.formula ?? '').not.toMatch(/XLOOKUP|LET\(/);
  });
});
