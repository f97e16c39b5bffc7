// The Office.js adapter: naming and replacing generated sheets, settings and selection (fixes: fixes.test.ts).
import type { SheetRequest } from '../../../src/core/sheet-spec';
import { markerText } from '../../../src/hosts/sheet-names';
import { fakeSheet } from './excel-fake';
import { officeRosterSheet } from '../roster-fixture';
import { setup, summarySpec, syncsDuring } from './office-kit';

describe('OfficeWorkbook generated sheets and their names', () => {
  test('regenerating replaces only the sheet this add-in made; a user sheet with the name is kept', async () => {
    const user = fakeSheet('Ringkasan Rakor', [['my own notes']]);
    const { excel, wb } = setup([fakeSheet('Roster Nakes', officeRosterSheet(5)), user]);
    const first = await wb.writeGeneratedSheet(summarySpec());
    expect(first).toBe('Ringkasan Rakor (2)');
    expect(user.cells[0][0]).toBe('my own notes');
    const second = await wb.writeGeneratedSheet(summarySpec());
    expect(second).toBe('Ringkasan Rakor (2)');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Roster Nakes', 'Ringkasan Rakor', 'Ringkasan Rakor (2)']);
    expect(excel.sheets.includes(user)).toBe(true);
    const listed = await wb.listSheets();
    expect(listed.find((s) => s.name === 'Ringkasan Rakor (2)')?.generatedKind).toBe('summary');
    expect(listed.find((s) => s.name === 'Ringkasan Rakor')?.generatedKind).toBeUndefined();
  });

  test("defined names: the replaced sheet's name is renewed, a user's own name of the same spelling is kept", async () => {
    const { excel, wb } = setup();
    await wb.writeGeneratedSheet(summarySpec());
    await wb.writeGeneratedSheet(summarySpec());
    expect(excel.names).toEqual([{ name: 'UCJ_Target', formula: "='Ringkasan Rakor'!$B$2" }]);
    expect(excel.sheets.find((x) => x.name === 'Ringkasan Rakor')!.tables).toEqual(['RingkasanKabKota']);
  });

  test('names are picked free before the spec is built: formulas use them, no rewriting afterwards', async () => {
    const budget = fakeSheet('Anggaran', [['Anggaran BPU']], { tables: ['RingkasanKabKota'] });
    const { excel, wb } = setup([fakeSheet('Roster Nakes', officeRosterSheet(5)), budget]);
    excel.names.push({ name: 'UCJ_Target', formula: "='Anggaran'!$C$3" });
    // A plain spec's formulas would still say UCJ_Target: refused before anything is written.
    await expect(wb.writeGeneratedSheet(summarySpec())).rejects.toThrow(/UCJ_Target/);
    expect(excel.sheets.map((x) => x.name)).toEqual(['Roster Nakes', 'Anggaran']);

    const picked: string[] = [];
    const request: SheetRequest = {
      name: 'Ringkasan Rakor',
      kind: 'summary',
      build: (pick) => {
        const target = pick('UCJ_Target');
        picked.push(target);
        const s = summarySpec();
        return {
          ...s,
          names: [{ name: target, ref: '$B$2' }],
          tables: [{ name: pick('RingkasanKabKota'), range: 'A3:D4' }],
          // A text literal that spells the name is text, never a reference.
          rows: [...s.rows, [{ value: 'x' }, { formula: `=${target}*B4+LEN("UCJ_Target")`, expected: 1 }]],
        };
      },
    };
    const syncs = await syncsDuring(excel, () => wb.writeGeneratedSheet(request));
    expect(syncs).toBeLessThanOrEqual(8);
    expect(picked).toEqual(['UCJ_Target_2']);
    expect(excel.names).toEqual([
      { name: 'UCJ_Target', formula: "='Anggaran'!$C$3" },
      { name: 'UCJ_Target_2', formula: "='Ringkasan Rakor'!$B$2" },
    ]);
    const ours = excel.sheets.find((x) => x.name === 'Ringkasan Rakor')!;
    expect(ours.formulas.get('B5')).toBe('=UCJ_Target_2*B4+LEN("UCJ_Target")');
    expect(ours.tables).toEqual(['RingkasanKabKota_2']);
    expect(budget.tables).toEqual(['RingkasanKabKota']);

    // Regenerating: its own names are renewed, not suffixed again.
    await wb.writeGeneratedSheet(request);
    expect(excel.names.map((n) => n.name)).toEqual(['UCJ_Target', 'UCJ_Target_2']);
    expect(excel.sheets.find((x) => x.name === 'Ringkasan Rakor')!.tables).toEqual(['RingkasanKabKota_2']);
  });

  test('a broken (#REF!) name of the wanted spelling is taken over, as left when a summary sheet was deleted', async () => {
    const { excel, wb } = setup();
    excel.names.push({ name: 'UCJ_Target', formula: '=#REF!$B$2' });
    await wb.writeGeneratedSheet(summarySpec());
    expect(excel.names).toEqual([{ name: 'UCJ_Target', formula: "='Ringkasan Rakor'!$B$2" }]);
  });

  test('a same-named sheet carrying the marker (made by the command line) is replaced', async () => {
    const fromCli = fakeSheet('Ringkasan Rakor', [['Ringkasan', '', '', markerText('summary')]]);
    const { excel, wb } = setup([fakeSheet('Roster Nakes', officeRosterSheet(5)), fromCli]);
    const name = await wb.writeGeneratedSheet(summarySpec());
    expect(name).toBe('Ringkasan Rakor');
    expect(excel.sheets.includes(fromCli)).toBe(false);
    expect(excel.sheets.filter((s) => s.name.startsWith('Ringkasan'))).toHaveLength(1);
  });

  test('settings keep only the generated-sheet ids, never roster data', async () => {
    const { wb, settings } = setup();
    await wb.setSettings({ province: '61', target: 0.5956, year: 2025, lang: 'en' });
    await wb.writeGeneratedSheet(summarySpec());
    expect(await wb.getSettings()).toEqual({ province: '61', target: 0.5956, year: 2025, lang: 'en' });
    const stored = JSON.stringify(settings.data);
    expect(stored).not.toMatch(/\d{16}/);
    expect(stored).not.toMatch(/Sambas|Siti|Rahmawati/);
    expect(Object.keys(settings.data).sort()).toEqual(['cj.generatedSheets', 'cj.lang', 'cj.province', 'cj.target', 'cj.year']);
  });
});

describe('OfficeWorkbook selection', () => {
  test('selecting an issue activates its sheet and selects the cell in one sync', async () => {
    const { excel, wb } = setup([fakeSheet('A', [['x']]), fakeSheet('Roster Nakes', officeRosterSheet(5))]);
    expect(await syncsDuring(excel, () => wb.selectCell('Roster Nakes', 'C7'))).toBe(1);
    expect(excel.active).toBe('Roster Nakes');
    expect(excel.selection).toEqual({ sheet: 'Roster Nakes', cell: 'C7' });
  });
});
