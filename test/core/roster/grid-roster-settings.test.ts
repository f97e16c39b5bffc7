// Roster settings per grid (CheckOptions.rosterSettings): the task pane and the offline page store a kab/kota and
// "KPJ means Aktif" per sheet, and a check of several sheets applies each sheet's own to its grid only. Two
// kabupaten sheets as offices send them: one names its kab/kota only in the title, the other nowhere.
import { checkGrids } from '../../../src/core/roster/check';
import type { CheckOptions, CheckResult } from '../../../src/core/roster/types';
import { SettingError } from '../../../src/core/settings/setting-error';
import { computeSummary } from '../../../src/core/summary/model';
import { buildSummarySheet } from '../../../src/core/summary/sheet';
import { TODAY, titledRoster } from '../../support/roster-rows';

/** Kabupaten Sanggau (6103) in the title; a sheet of Kapuas Hulu (6106) workers that names no kab/kota at all. */
const sanggau = titledRoster(
  'Nakes RSUD',
  ['DINAS KESEHATAN KABUPATEN SANGGAU', 'DATA TENAGA KESEHATAN NON ASN TAHUN 2025'],
  '6103',
  11111111100,
);
const unnamed = titledRoster('Data Puskesmas', ['DATA TENAGA KESEHATAN NON ASN TAHUN 2025'], '6106', 22222222200);

const check = (options: CheckOptions): CheckResult => checkGrids([sanggau, unnamed], { today: TODAY, province: '61', ...options });
const regencies = (r: CheckResult) => r.parsed.map((p) => [...new Set(p.records.map((x) => x.regencyCode))]);
const statuses = (r: CheckResult) => r.parsed.map((p) => p.records.map((x) => x.membershipStatus));

describe('roster settings per grid (CheckOptions.rosterSettings)', () => {
  it('without settings: the title names one kab/kota, the other sheet has none (its Kab/Kota column is missing)', () => {
    const r = check({});
    expect(r.rosters.map((x) => x.context?.regency?.code)).toEqual(['6103', undefined]);
    expect(regencies(r)).toEqual([['6103'], [null]]);
    expect(r.issues.filter((i) => i.severity !== 'info').map((i) => [i.rule, i.sheet])).toEqual([['header-missing', 'Data Puskesmas']]);
  });

  it("a grid's own kab/kota applies to that grid only; the other keeps its title's", () => {
    const r = check({ rosterSettings: [undefined, { regency: '6106' }] });
    expect(r.rosters[0].context?.regency).toEqual({ code: '6103', name: 'Kabupaten Sanggau', from: 'title', cell: 'A1' });
    expect(r.rosters[1].context?.regency).toEqual({ code: '6106', name: 'Kabupaten Kapuas Hulu', from: 'setting' });
    expect(regencies(r)).toEqual([['6103'], ['6106']]);
    // the set kab/kota stands for the missing column: no alarm on either sheet
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const byRegency = computeSummary(r).byRegency.rows.filter((x) => x.eligible > 0);
    expect(byRegency.map((x) => [x.key, x.eligible])).toEqual([
      ['6103', 5],
      ['6106', 5],
    ]);
  });

  it("a grid's own setting wins over the check's; a grid without one takes the check's; names go through the one parser", () => {
    const r = check({ regency: '6171', rosterSettings: [{ regency: 'Kapuas Hulu' }] });
    expect(r.rosters.map((x) => [x.context?.regency?.code, x.context?.regency?.from])).toEqual([
      ['6106', 'setting'],
      ['6171', 'setting'],
    ]);
    expect(() => check({ rosterSettings: [undefined, { regency: '6199' }] })).toThrow(SettingError);
  });

  it('"KPJ means Aktif" on one grid counts its KPJ-only rows as Aktif and leaves the other grid\'s without status', () => {
    const r = check({ rosterSettings: [{ kpjMeansActive: true }, undefined] });
    expect(statuses(r)).toEqual([
      ['Aktif', 'Aktif', 'Aktif', 'Aktif', 'Belum Terdaftar'],
      ['Aktif', 'Aktif', null, null, 'Belum Terdaftar'],
    ]);
    expect(r.rosters.map((x) => x.context?.kpjMeansActive)).toEqual([true, undefined]);
    const said = r.issues.filter((i) => i.rule === 'kpj-without-status').map((i) => [i.sheet, i.message.en.includes(': counted as Aktif')]);
    expect(said).toEqual([
      ['Nakes RSUD', true],
      ['Nakes RSUD', true],
      ['Data Puskesmas', false],
      ['Data Puskesmas', false],
    ]);
    // not every roster counted so: the check as a whole does not say it did
    expect(r.options.kpjMeansActive).toBe(false);
    // a grid's own "off" wins over the check's "on"
    const off = check({ kpjMeansActive: true, rosterSettings: [undefined, { kpjMeansActive: false }] });
    expect(statuses(off)).toEqual(statuses(r));
    expect(check({ kpjMeansActive: true }).options.kpjMeansActive).toBe(true);
  });

  it('the summary marks the rosters whose KPJ means Aktif, and only their formulas count a KPJ as Aktif', () => {
    const r = check({ rosterSettings: [{ kpjMeansActive: true, regency: '6103' }, { regency: '6106' }] });
    const model = computeSummary(r);
    expect(model.totals.covered).toBe(4 + 2);
    expect(model.scope.map((s) => [s.sheet, s.kpjMeansActive])).toEqual([
      ['Nakes RSUD', true],
      ['Data Puskesmas', undefined],
    ]);
    const spec = buildSummarySheet(model, r);
    const texts = spec.rows.flatMap((row) => row.map((c) => c?.value)).filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes('Nomor KPJ tanpa status dihitung Aktif hanya pada daftar bertanda KPJ = Aktif'))).toBe(true);
    const scope = (sheet: string) => spec.rows.find((row) => row[0]?.value === sheet)?.[2]?.value;
    expect([scope('Nakes RSUD'), scope('Data Puskesmas')]).toEqual(['Ya / yes · KPJ = Aktif', 'Ya / yes']);
    const covered = spec.rows.find((row) => row[0]?.value === 'Terlindungi')![1]!;
    expect(covered.expected).toBe(6);
    // one SUMPRODUCT per roster: the KPJ test (11 digits) in the first roster's only
    const parts = covered.formula!.slice(1).split(/\+(?=SUMPRODUCT\()/);
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => p.includes("'Nakes RSUD'!") && p.includes('TEXT(--SUBSTITUTE('))).toEqual([true, false]);
    expect(parts[1]).toContain("'Data Puskesmas'!");
    expect(parts[1]).not.toContain('TEXT(--SUBSTITUTE(');
  });
});
