import { checkRows, issuesOf } from '../../../support/roster-rows';

describe('kpj-format', () => {
  it.each([['123456789'], ['123456789012'], ['KPJ-12345'], [12345]])('fires for %p', (kpj) => {
    const found = issuesOf(checkRows([{ kpj }]), 'kpj-format');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', cell: 'K2', field: 'kpj' })]);
  });

  it.each([['12345678901'], ["'12345678901"], ['123 4567 8901'], ['1234-5678-901'], [12345678901]])('stays quiet for %p', (kpj) => {
    expect(issuesOf(checkRows([{ kpj }]), 'kpj-format')).toEqual([]);
  });
});
