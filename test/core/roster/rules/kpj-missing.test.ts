import { checkGrids } from '../../../../src/core/roster/check';
import { checkRows, issuesOf, rosterGrid, TODAY, validRow } from '../../../support/roster-rows';

describe('kpj-missing', () => {
  it('fires for Aktif and Tidak Aktif rows without a KPJ', () => {
    const r = checkRows([{ kpj: null }, { kpj: '', membershipStatus: 'Tidak Aktif' }, { kpj: ' ', membershipStatus: 'aktif' }]);
    expect(issuesOf(r, 'kpj-missing').map((i) => i.cell)).toEqual(['K2', 'K3', 'K4']);
    expect(issuesOf(r, 'kpj-missing')[0].severity).toBe('warning');
  });

  it('stays quiet for Belum Terdaftar rows without a KPJ, and when the roster has no KPJ column', () => {
    expect(issuesOf(checkRows([{ kpj: null, membershipStatus: 'Belum Terdaftar' }]), 'kpj-missing')).toEqual([]);
    const noKpj = rosterGrid([validRow(1)], { fields: ['name', 'nik', 'regency', 'membershipStatus'] });
    expect(checkGrids([noKpj], { today: TODAY }).issues).toEqual([]);
  });
});
