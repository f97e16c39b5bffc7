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
    // The sheet's words (VILLAGE_LABELS), under the sheet's title of the block.
    expect(lines[head - 1]).toBe('Desa per kecamatan (kader dan perangkat desa)');
    expect(lines[head]).toMatch(/Tercantum\s+Desa tanpa aktif\s+Cakupan$/);
    expect(lines[head + 1]).toMatch(/^Sungai Ambawang \(Kabupaten Kubu Raya\)\s+7\s+1\s+66,7\s?%$/);
    expect(lines[head + 2]).toMatch(/^Kapuas\s+1\s+0\s+100,0\s?%$/);
    expect(lines[head + 3]).toMatch(/^Total\s+8\s+1\s+69,2\s?%$/);
    expect(summaryText(model, 'en')).toMatch(
      /^Villages by kecamatan \(village cadres and officials\)\nKecamatan\s+Listed\s+None covered\s+Coverage$/m,
    );
  });
});
