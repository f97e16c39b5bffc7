import { checkGrids } from '../../../../src/core/roster/check';
import type { Cell } from '../../../../src/core/cells';
import type { SheetGrid } from '../../../../src/core/roster/types';
import { issuesOf, makeNik, TODAY } from '../../../support/roster-rows';

/** A kader roster with coverage as ticks under a merged "KEPESERTAAN BPJS KETENAGAKERJAAN" header. */
function tickRoster(ticks: readonly [Cell, Cell][], kpj: readonly Cell[] = []): SheetGrid {
  return {
    sheet: 'Kader',
    origin: { row: 0, col: 0 },
    rows: [
      ['No', 'Nama', 'NIK', 'Kab/Kota', 'KEPESERTAAN BPJS KETENAGAKERJAAN', null, 'No. KPJ'],
      [null, null, null, null, 'SUDAH', 'BELUM', null],
      ...ticks.map(([yes, no], i) => [
        i + 1,
        `Kader ${i + 1}`,
        makeNik('6103', 1990, 4, 12, 'P', i + 1),
        'Kabupaten Sanggau',
        yes,
        no,
        kpj[i] ?? null,
      ]),
    ],
  };
}

/** A roster with one yes/no column "TERDAFTAR BPJSTK". */
function yesNoRoster(answers: readonly Cell[]): SheetGrid {
  return {
    sheet: 'Data',
    origin: { row: 0, col: 0 },
    rows: [
      ['No', 'Nama', 'NIK', 'Kab/Kota', 'TERDAFTAR BPJSTK'],
      ...answers.map((a, i) => [i + 1, `Pekerja ${i + 1}`, makeNik('6103', 1990, 4, 12, 'P', i + 1), 'Kabupaten Sanggau', a]),
    ],
  };
}

describe('coverage-unclear', () => {
  it('fires on a row ticked in both columns, and on one ticked in neither', () => {
    const r = checkGrids(
      [
        tickRoster(
          [
            ['√', null],
            ['v', 'x'],
            [null, null],
            [null, '✓'],
          ],
          ['12345678901'],
        ),
      ],
      { today: TODAY },
    );
    const found = issuesOf(r, 'coverage-unclear');
    expect(found.map((i) => [i.cell, i.severity])).toEqual([
      ['E4', 'warning'],
      ['E5', 'warning'],
    ]);
    expect(found[0].message.id).toContain('sekaligus');
    expect(found[1].message.en).toContain('neither');
    expect(r.issues.filter((i) => i.rule !== 'coverage-unclear')).toEqual([]);
  });

  it('stays quiet on rows with one tick, and on a row with no tick but a KPJ (kpj-without-status)', () => {
    const r = checkGrids(
      [
        tickRoster(
          [
            ['√', null],
            [null, 'V'],
            [1, null],
            ['ada', ''],
            [null, null],
          ],
          [null, null, null, null, '12345678901'],
        ),
      ],
      {
        today: TODAY,
      },
    );
    expect(issuesOf(r, 'coverage-unclear')).toEqual([]);
  });

  it('fires on an empty or unreadable yes/no answer, not on YA/TIDAK, Y/T, Sudah/Belum, Ada/Tidak ada, 1/0', () => {
    const r = checkGrids([yesNoRoster(['YA', 'TIDAK', 'Y', 'T', 'Sudah', 'Belum', 'Ada', 'Tidak ada', 1, 0, null, 'mungkin'])], {
      today: TODAY,
    });
    expect(issuesOf(r, 'coverage-unclear').map((i) => i.cell)).toEqual(['E12', 'E13']);
    expect(r.issues.filter((i) => i.rule !== 'coverage-unclear')).toEqual([]);
  });

  it('is quiet on a roster with a Status Kepesertaan column', () => {
    const grid: SheetGrid = {
      sheet: 'S',
      origin: { row: 0, col: 0 },
      rows: [
        ['Nama', 'NIK', 'Kab/Kota', 'Status Kepesertaan'],
        ['Rani', makeNik('6112', 1990, 4, 12, 'P'), 'Kabupaten Kubu Raya', 'Aktif'],
      ],
    };
    expect(issuesOf(checkGrids([grid], { today: TODAY }), 'coverage-unclear')).toEqual([]);
  });
});
