import type { SheetRequest, SheetSpec } from '../../src/core/sheet-spec';
import { cleanSheetName, freeName, markerText, planGeneratedSheet, sheetOfReference, uniqueSheetName } from '../../src/hosts/sheet-names';

const plain = (extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: 'Ringkasan Rakor',
  kind: 'summary',
  rows: [[{ value: 'Ringkasan' }], [{ value: 'Target' }, { value: 0.5956 }]],
  ...extra,
});

const request = (tables: string[] = ['Rakor_Utama']): SheetRequest => ({
  name: 'Ringkasan Rakor',
  kind: 'summary',
  build: (pick) =>
    plain({
      names: [{ name: pick('Target_UCJ'), ref: '$B$2' }],
      tables: tables.map((t, i) => ({ name: pick(t), range: `A${i * 3 + 4}:B${i * 3 + 5}` })),
      rows: [[{ value: 'Ringkasan' }], [{ value: 'Target' }, { value: 0.5956 }], [{ formula: `=${pick('Target_UCJ')}*2` }]],
    }),
});

describe('sheet names', () => {
  test('cleanSheetName and uniqueSheetName follow Excel: 31 characters, no []:*?/\\, case-insensitive', () => {
    expect(cleanSheetName("'Rekap: Jan/Feb [2025]'")).toBe('Rekap Jan Feb 2025');
    expect(uniqueSheetName('Ringkasan Rakor', ['ringkasan rakor', 'Ringkasan Rakor (2)'])).toBe('Ringkasan Rakor (3)');
    expect(uniqueSheetName('x'.repeat(40), ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
  });

  test('freeName adds _2, _3... ignoring case', () => {
    expect(freeName('Target_UCJ', new Set())).toBe('Target_UCJ');
    expect(freeName('Target_UCJ', new Set(['target_ucj', 'target_ucj_2']))).toBe('Target_UCJ_3');
  });

  test.each([
    ["='Roster Nakes'!$A$1", 'Roster Nakes'],
    ["'Roster Nakes'!$A$1:$C$9", 'Roster Nakes'],
    ['=Ringkasan!$B$2', 'Ringkasan'],
    ["='Data ''24'!$1:$2", "Data '24"],
    ['=R1C1!$A:$C', 'R1C1'],
  ])('sheetOfReference(%s) is %s', (formula, sheet) => {
    expect(sheetOfReference(formula)).toBe(sheet);
  });

  test.each(['=#REF!$B$2', '=0.5956', '=SUM(A!$A$1,B!$A$1)', '=[1]Sheet1!$A$1', "='A'!$A$1+'B'!$A$1"])(
    'sheetOfReference(%s) is none',
    (f) => {
      expect(sheetOfReference(f)).toBeUndefined();
    },
  );
});

describe('planGeneratedSheet', () => {
  const empty = { sheets: ['Roster Nakes'], names: [], tables: [] };

  test('in an empty workbook every preferred name is kept and the marker added', () => {
    const plan = planGeneratedSheet(request(), empty);
    expect(plan.name).toBe('Ringkasan Rakor');
    expect(plan.spec.names).toEqual([{ name: 'Target_UCJ', ref: '$B$2' }]);
    expect(plan.spec.tables?.map((t) => t.name)).toEqual(['Rakor_Utama']);
    expect(JSON.stringify(plan.spec.rows)).toContain(markerText('summary'));
    expect(plan.dropNames).toEqual([]);
  });

  test('defined names and tables share one namespace: each taken name gets the next free variant, the same each time it is asked', () => {
    const plan = planGeneratedSheet(request(['Rakor_Utama', 'rakor_utama_2']), {
      sheets: ['Roster Nakes', 'ringkasan rakor'],
      names: [{ name: 'TARGET_UCJ', sheet: 'Roster Nakes' }],
      tables: [{ name: 'Rakor_Utama', sheet: 'Roster Nakes' }],
    });
    expect(plan.name).toBe('Ringkasan Rakor (2)');
    expect(plan.spec.names).toEqual([{ name: 'Target_UCJ_2', ref: '$B$2' }]);
    // Rakor_Utama took Rakor_Utama_2, so the table asked for as rakor_utama_2 gets the next one.
    expect(plan.spec.tables?.map((t) => t.name)).toEqual(['Rakor_Utama_2', 'rakor_utama_2_2']);
    expect(JSON.stringify(plan.spec.rows)).toContain('=Target_UCJ_2*2');
  });

  test('a builder that gives one name to two things is refused', () => {
    expect(() => planGeneratedSheet(request(['Rakor_Utama', 'target_ucj']), { sheets: [], names: [], tables: [] })).toThrow(
      /one name twice/,
    );
  });

  test("the replaced sheet's names and tables are free again, and its names are dropped", () => {
    const plan = planGeneratedSheet(
      request(),
      {
        sheets: ['Roster Nakes', 'Ringkasan Rakor'],
        names: [
          { name: 'Target_UCJ', sheet: 'Ringkasan Rakor' },
          { name: '_xlnm.Print_Titles', sheet: 'Ringkasan Rakor' },
          { name: '_xlnm.Print_Titles', sheet: 'Roster Nakes' },
        ],
        tables: [{ name: 'Rakor_Utama', sheet: 'ringkasan rakor' }],
      },
      'Ringkasan Rakor',
    );
    expect(plan.name).toBe('Ringkasan Rakor');
    expect(plan.spec.names?.[0].name).toBe('Target_UCJ');
    expect(plan.spec.tables?.[0].name).toBe('Rakor_Utama');
    expect(plan.dropNames).toEqual(['Target_UCJ', '_xlnm.Print_Titles']);
  });

  test('a broken (#REF!) name is taken over only for its own spelling', () => {
    const plan = planGeneratedSheet(request(['Rakor_Utama']), {
      sheets: [],
      names: [
        { name: 'Target_UCJ', broken: true },
        { name: 'Rakor_Utama', broken: true },
      ],
      tables: [],
    });
    expect(plan.spec.names?.[0].name).toBe('Target_UCJ');
    expect(plan.spec.tables?.[0].name).toBe('Rakor_Utama');
    expect(plan.dropNames).toEqual(['Target_UCJ', 'Rakor_Utama']);
    const other = planGeneratedSheet(request(['Target_UCJ_2']), {
      sheets: [],
      names: [{ name: 'Target_UCJ_2', broken: true }],
      tables: [],
    });
    expect(other.spec.names?.[0].name).toBe('Target_UCJ');
  });

  test("a plain spec's taken tables are renamed (no formula names them); a taken defined name is refused", () => {
    const taken = { sheets: [], names: [{ name: 'Target_UCJ', sheet: 'Anggaran' }], tables: [{ name: 'Pemeriksaan_Data', sheet: 'Lama' }] };
    const plan = planGeneratedSheet(plain({ tables: [{ name: 'Pemeriksaan_Data', range: 'A3:I9' }] }), taken);
    expect(plan.spec.tables).toEqual([{ name: 'Pemeriksaan_Data_2', range: 'A3:I9' }]);
    expect(() => planGeneratedSheet(plain({ names: [{ name: 'target_ucj', ref: '$B$2' }] }), taken)).toThrow(/target_ucj/);
  });

  test('the built spec must be the one requested', () => {
    const wrong: SheetRequest = { name: 'Ringkasan Rakor', kind: 'summary', build: () => plain({ kind: 'issues' }) };
    expect(() => planGeneratedSheet(wrong, empty)).toThrow(/not the one requested/);
  });
});
