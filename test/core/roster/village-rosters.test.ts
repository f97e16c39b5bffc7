// A perangkat desa roster as a kecamatan office keeps it (issue 9, village fields), built in code: the
// kecamatan and kab/kota in the title, NAMA | NIK | JABATAN | DESA | KECAMATAN with SUDAH/BELUM ticks, a
// column-number row and a signature block; real desa of Kecamatan Sungai Ambawang (Kubu Raya), written as
// offices write them. Clean rows raise nothing; the area rules fire on the planted mistakes only.
import { checkGrids } from '../../../src/core/roster/check';
import type { CheckResult } from '../../../src/core/roster/types';
import { TODAY } from '../../support/roster-rows';
import { perangkatDesaSheet } from '../../support/village-roster';

const check = (): CheckResult => checkGrids([perangkatDesaSheet()], { today: TODAY });

describe('a perangkat desa roster with desa and kecamatan names', () => {
  it('counts its rows, maps the fields and files every row as Perangkat Desa of Kubu Raya', () => {
    const r = check();
    const [roster] = r.rosters;
    expect(roster.rows).toBe(13);
    expect(roster.columns).toEqual({ name: 'B', nik: 'C', jobTitle: 'D', village: 'E', district: 'F' });
    expect(roster.context).toMatchObject({ regency: { code: '6112', from: 'title' }, category: { value: 'Perangkat Desa' } });
    const records = r.parsed[0].records;
    expect(new Set(records.map((x) => x.category))).toEqual(new Set(['Perangkat Desa']));
    expect(new Set(records.map((x) => x.regencyCode))).toEqual(new Set(['6112']));
    expect(records.filter((x) => x.membershipStatus === 'Aktif')).toHaveLength(9);
    expect(records.slice(0, 9).map((x) => [x.village, x.districtCode])).toEqual([
      ['Lingga', '611203'],
      ['Lingga', '611203'],
      ['Sungai Ambawang Kuala', '611203'],
      ['Sungai Ambawang Kuala', '611203'],
      ['Jawa Tengah', '611203'],
      ['Jawa Tengah', '611203'],
      ['Pasak Piang', '611203'],
      ['Durian', '611203'],
      ['Durian', '611203'],
    ]);
    expect(roster.skipped?.map((s) => s.reason)).toContain('column-numbers');
  });

  it('raises no error or warning on clean rows; the area rules fire on the planted mistakes only', () => {
    const r = check();
    const plantedRows = new Set([16, 17, 18, 19]);
    const alarms = r.issues.filter((i) => i.severity !== 'info');
    expect(alarms.filter((i) => !plantedRows.has(i.row)).map((i) => `${i.rule} ${i.cell}`)).toEqual([]);
    const area = r.issues.filter((i) => i.rule.startsWith('area-'));
    expect(area.map((i) => [i.rule, i.field, i.cells, i.fix?.value])).toEqual([
      ['area-unknown', 'village', ['E16', 'E17'], 'Sungai Ambawang Kuala'],
      ['area-outside-region', 'village', ['E18'], undefined],
      ['area-outside-region', 'district', ['F19'], undefined],
    ]);
    expect(area[1].message.id).toBe(
      "Desa/Kelurahan: 'Kubu Padi' tidak ada di Kecamatan Sungai Ambawang, tetapi di Kecamatan Kuala Mandor B, Kabupaten Kubu Raya (1 kali: E18)",
    );
  });
});

describe('the kecamatan of the title', () => {
  /** The perangkat desa sheet without its KECAMATAN column (F). */
  const withoutDistrictColumn = () => {
    const g = perangkatDesaSheet();
    return { ...g, rows: g.rows.map((r) => [...r.slice(0, 5), ...r.slice(6)]) };
  };

  it('places rows without a Kecamatan column, and a desa of another kecamatan is reported against it', () => {
    const r = checkGrids([withoutDistrictColumn()], { today: TODAY });
    expect(r.rosters[0].context?.district).toEqual({ code: '611203', name: 'Sungai Ambawang', from: 'title', cell: 'A1' });
    const records = r.parsed[0].records;
    expect(records.every((x) => x.districtCode === '611203')).toBe(true);
    const outside = r.issues.filter((i) => i.rule === 'area-outside-region');
    expect(outside.map((i) => [i.field, i.cells])).toEqual([['village', ['E18']]]);
    expect(outside[0].message.id).toContain("'Kubu Padi' tidak ada di Kecamatan Sungai Ambawang");
  });

  it('is read only where the title names exactly one kecamatan of the kab/kota', () => {
    const titled = (title: string) => {
      const g = withoutDistrictColumn();
      return checkGrids([{ ...g, rows: [[title], ...g.rows.slice(1)] }], { today: TODAY }).rosters[0].context?.district?.code;
    };
    expect(titled('DAFTAR PERANGKAT DESA KEC. SUNGAI AMBAWANG KAB. KUBU RAYA TAHUN 2026')).toBe('611203');
    expect(titled('PERANGKAT DESA SE-KECAMATAN SUNGAI RAYA KABUPATEN KUBU RAYA')).toBe('611201');
    // two kecamatan, a kecamatan of another kab/kota, none at all
    expect(titled('PERANGKAT DESA KECAMATAN SUNGAI RAYA DAN SUNGAI AMBAWANG KABUPATEN KUBU RAYA')).toBeUndefined();
    expect(titled('PERANGKAT DESA KECAMATAN KAPUAS KABUPATEN KUBU RAYA')).toBeUndefined();
    expect(titled('DAFTAR PERANGKAT DESA KABUPATEN KUBU RAYA')).toBeUndefined();
  });
});
