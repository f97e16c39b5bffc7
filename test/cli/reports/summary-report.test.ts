import { summaryText } from '../../../src/cli/reports/summary-report';
import { checkGrids } from '../../../src/core/roster/check';
import { computeSummary } from '../../../src/core/summary/model';
import { TODAY } from '../../support/roster-rows';
import { perangkatDesaSheet } from '../../support/village-roster';

describe('summary text report', () => {
  it('shows the village view per kecamatan when a perangkat desa roster has a Desa column', () => {
    const model = computeSummary(checkGrids([perangkatDesaSheet()], { today: TODAY }));
    const text = summaryText(model, 'id');
    const lines = text.split('\n');
    const head = lines.findIndex((l) => l.startsWith('Kecamatan'));
    expect(lines[head]).toMatch(/Desa tercantum\s+Tanpa peserta aktif\s+Cakupan$/);
    expect(lines[head + 1]).toMatch(/^Sungai Ambawang \(Kabupaten Kubu Raya\)\s+7\s+1\s+66,7\s?%$/);
    expect(lines[head + 2]).toMatch(/^Kapuas\s+1\s+0\s+100,0\s?%$/);
    expect(lines[head + 3]).toMatch(/^Total\s+8\s+1\s+69,2\s?%$/);
    expect(summaryText(model, 'en')).toContain('Villages listed');
  });
});
