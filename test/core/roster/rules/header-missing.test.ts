import { checkGrids } from '../../../../src/core/roster/check';
import { rosterGrid, TODAY, validRow } from '../../../support/roster-rows';

describe('header-missing', () => {
  it('fires once per required column the header lacks, on the header row', () => {
    const grid = rosterGrid([validRow(1)], { fields: ['name', 'sex', 'regency', 'institution', 'kpj'] });
    const r = checkGrids([grid], { today: TODAY });
    const missing = r.issues.filter((i) => i.rule === 'header-missing');
    expect(missing.map((i) => i.field)).toEqual(['nik', 'membershipStatus']);
    expect(missing[0]).toMatchObject({ severity: 'error', sheet: 'Roster', cell: 'A1', row: 1 });
    expect(missing[0].message.id).toContain('NIK');
    expect(missing[1].message.en).toContain('Membership status');
    // The roster is still read: records exist for the data row.
    expect(r.parsed[0].records).toHaveLength(1);
  });

  it('stays quiet when every required column is there under any accepted name', () => {
    const grid = {
      sheet: 'S',
      origin: { row: 0, col: 0 },
      rows: [
        ['Nama Lengkap', 'No KTP', 'Kab/Kota', 'Status BPJS Ketenagakerjaan'],
        ['Rani', validRow(1).nik as string, 'Kubu Raya', 'Aktif'],
      ],
    };
    expect(checkGrids([grid], { today: TODAY }).issues.filter((i) => i.rule === 'header-missing')).toEqual([]);
  });

  it('does not treat a sheet that is not a roster as one missing its columns', () => {
    const notes = { sheet: 'Catatan', origin: { row: 0, col: 0 }, rows: [['Catatan rapat'], ['Kabupaten/Kota', 'Target']] };
    const r = checkGrids([notes], { today: TODAY });
    expect(r.rosters).toEqual([]);
    expect(r.issues).toEqual([]);
  });
});
