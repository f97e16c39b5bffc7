// The offline page's downloads, built in node exactly as the page builds them: the demo and template
// workbooks, a copy of an opened file with fixes and the generated sheets, and the workbook summarising
// every opened file. Each is checked by Microsoft's Open XML SDK validator and read back with the reader.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { cellText } from '../../src/core/cells';
import { demoGrids, generateDemo } from '../../src/core/demo/demo';
import { checkGrids } from '../../src/core/roster/check';
import { computeSummary, summaryJson } from '../../src/core/summary/model';
import { targetFromFraction } from '../../src/core/settings/target';
import { SUMMARY_SHEET_NAME } from '../../src/core/summary/sheet';
import { FilesWorkbook } from '../../src/hosts/memory/files-workbook';
import { LIST_SHEET_NAME } from '../../src/hosts/list-sheet';
import { savePackage } from '../../src/hosts/xlsx/inject';
import { newWorkbook } from '../../src/hosts/xlsx/new-workbook';
import { bytesSource } from '../../src/hosts/xlsx/read/byte-source';
import { fflateInflateRaw } from '../../src/hosts/xlsx/read/inflate';
import { UnusableInputError } from '../../src/hosts/xlsx/read/unusable-input';
import { combinedWorkbook, copyName, demoWorkbook, fileCopy, templateWorkbook } from '../../src/offline/downloads';
import { fixCandidates } from '../../src/taskpane/fixes';
import { expectValidXlsx } from '../support/ooxml';
import { readXlsx, rosterGridsOf } from '../support/read-xlsx';
import { TODAY } from '../support/roster-rows';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-offline-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, bytes: Uint8Array): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

const SETTINGS = { province: '61', year: 2025, target: targetFromFraction(0.5956), lang: 'id' as const, today: TODAY };

async function opened(files: Record<string, Uint8Array>): Promise<FilesWorkbook> {
  const wb = new FilesWorkbook();
  for (const [name, bytes] of Object.entries(files))
    await wb.addFile(name, bytesSource(bytes), async () => bytes, { inflate: fflateInflateRaw });
  return wb;
}

/** The demo's sheets cut to their first 400 rows: the same variety of rows and planted problems, quicker. */
const demos = new Map<number, ReturnType<typeof generateDemo>>();
const demoOf = (seed: number) => demos.get(seed) ?? demos.set(seed, generateDemo(seed)).get(seed)!;
const smallDemo = (seed: number) => demoOf(seed).sheets.map((s) => ({ ...s, rows: s.rows.slice(0, 400) }));
const smallGrids = (seed: number) => smallDemo(seed).map((s) => ({ sheet: s.name, origin: { row: 0, col: 0 }, rows: s.rows.slice() }));

let demoBytes: Uint8Array;
beforeAll(async () => {
  demoBytes = await savePackage(newWorkbook(smallDemo(1)));
});

describe('demo and template downloads', () => {
  it('the demo workbook reads back as the demo generator made it (its writer is validated on the smaller files below)', async () => {
    const file = write('demo.xlsx', (await demoWorkbook(1)).bytes);
    const demo = demoOf(1);
    const back = checkGrids(await rosterGridsOf(file), { province: '61', today: TODAY });
    const made = checkGrids(demoGrids(demo), { province: '61', today: TODAY });
    expect(back.counts).toEqual(made.counts);
    expect(back.rosters.map((r) => r.rows)).toEqual(made.rosters.map((r) => r.rows));
    const book = await readXlsx(file);
    expect(book.sheets.map((s) => s.info.name)).toEqual(demo.sheets.map((s) => s.name));
  }, 240_000);

  it('the template has the schema header, drop-downs and the long kab/kota list on the hidden list sheet', async () => {
    const { bytes } = await templateWorkbook('61', 'Roster', 'id');
    const file = write('template.xlsx', bytes);
    await expectValidXlsx(file);
    const book = await readXlsx(file);
    expect(book.sheets.map((s) => [s.info.name, s.info.state])).toEqual([
      ['Roster', 'visible'],
      [LIST_SHEET_NAME, 'hidden'],
    ]);
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain(`<formula1>'${LIST_SHEET_NAME}'!$`);
    expect(sheet).toContain('<formula1>&quot;L,P&quot;</formula1>');
    const lists = book.sheets[1].cells.rows.flat().map(cellText);
    expect(lists).toContain('Kabupaten Sambas');
  });
});

describe('a copy of an opened file', () => {
  it('writes the fixed cells, adds the summary and the issue list, and leaves every other part as it was', async () => {
    const wb = await opened({ 'demo.xlsx': demoBytes });
    const [file] = wb.files();
    const grids = smallGrids(1).map((g) => ({ ...g, sheet: `[demo.xlsx]${g.sheet}` }));
    const result = checkGrids(grids, { province: '61', today: TODAY });
    const fixes = fixCandidates(result, grids);
    expect(fixes.length).toBeGreaterThan(10);
    const chosen = fixes.slice(0, 10);
    expect((await wb.applyFixes(chosen)).applied).toBe(10);

    const copy = await fileCopy(wb, file, { summary: true, issues: true }, SETTINGS);
    expect(copy.name).toBe(copyName('demo.xlsx', 'id'));
    expect(copy.fixed).toBe(10);
    expect(copy.skipped).toEqual([]);
    const out = write('copy.xlsx', copy.bytes);
    await expectValidXlsx(out);

    // Fixed cells hold the fix; every other roster cell is as the file had it.
    const before = await readXlsx(write('orig.xlsx', demoBytes));
    const after = await readXlsx(out);
    const fixed = new Map(chosen.map((f) => [`${f.sheet.replace('[demo.xlsx]', '')}!${f.cell}`, f.fix.value]));
    for (const [i, sheet] of before.sheets.entries()) {
      const now = after.sheets[i];
      expect(now.info.name).toBe(sheet.info.name);
      sheet.cells.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const a1 = `${sheet.info.name}!${String.fromCharCode(65 + c)}${r + sheet.cells.firstRow + 1}`;
          const got = now.cells.rows[r + sheet.cells.firstRow - now.cells.firstRow]?.[c] ?? null;
          expect([a1, got]).toEqual([a1, fixed.has(a1) ? fixed.get(a1) : cell]);
        }),
      );
    }
    expect(after.sheets.map((s) => s.info.name)).toEqual([
      ...before.sheets.map((s) => s.info.name),
      SUMMARY_SHEET_NAME,
      'Pemeriksaan Data',
    ]);

    // The summary written is what the reader and the core make of the copy (as `jamsostek summary --json` does).
    const reread = checkGrids(await rosterGridsOf(out), { province: '61', year: 2025, today: TODAY });
    expect(summaryJson(copy.summary!)).toEqual(summaryJson(computeSummary(reread, { target: SETTINGS.target })));

    // Parts the copy did not need to touch are byte for byte the original's.
    const a = await JSZip.loadAsync(demoBytes);
    const b = await JSZip.loadAsync(copy.bytes);
    const touched = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);
    for (const f of chosen)
      touched.add(`xl/worksheets/sheet${before.sheets.findIndex((s) => `[demo.xlsx]${s.info.name}` === f.sheet) + 1}.xml`);
    for (const name of Object.keys(a.files)) {
      if (touched.has(name) || a.files[name].dir) continue;
      expect([name, await b.file(name)?.async('uint8array')]).toEqual([name, await a.file(name)!.async('uint8array')]);
    }
  }, 180_000);

  it('a fix undone by the user is not written', async () => {
    const wb = await opened({ 'demo.xlsx': demoBytes });
    const grids = await Promise.all(wb.sheetNames().map((s) => wb.readSheet(s)));
    const result = checkGrids(grids, { province: '61', today: TODAY });
    const [fix] = fixCandidates(result, grids);
    await wb.applyFixes([fix]);
    wb.setCell(fix.sheet, fix.cell, fix.expectedOld);
    const copy = await fileCopy(wb, wb.files()[0], { summary: false, issues: false }, SETTINGS);
    expect(copy.fixed).toBe(0);
  });
});

describe('files that cannot be opened', () => {
  it('get the command line reasons, and the workbook keeps the files that opened', async () => {
    const wb = await opened({ 'demo.xlsx': demoBytes });
    const tries: [string, Uint8Array][] = [
      ['lama.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(600).fill(0)])],
      ['catatan.xlsx', new TextEncoder().encode('NIK,Nama\n6101010101900001,Budi\n')],
      ['potong.xlsx', demoBytes.subarray(0, 4000)],
    ];
    const reasons: string[] = [];
    for (const [name, bytes] of tries) {
      await wb
        .addFile(name, bytesSource(bytes), async () => bytes)
        .catch((e: unknown) => {
          expect(e).toBeInstanceOf(UnusableInputError);
          reasons.push((e as UnusableInputError).reason);
        });
    }
    expect(reasons).toEqual(['legacy-xls', 'not-xlsx', 'corrupt']);
    expect(wb.files().map((f) => f.name)).toEqual(['demo.xlsx']);
  });

  it('files read at once join the workbook in the order given, whichever finished first, with one change heard', async () => {
    const other = await savePackage(newWorkbook(smallDemo(2)));
    // The bigger file is started first and finishes last.
    const reads = await Promise.all([
      FilesWorkbook.readFile('data.xlsx', bytesSource(demoBytes), async () => demoBytes),
      FilesWorkbook.readFile('data.xlsx', bytesSource(other), async () => other),
    ]);
    const wb = new FilesWorkbook();
    let heard = 0;
    wb.onChange(() => heard++);
    expect(wb.sheetNames()).toEqual([]); // reading adds nothing
    wb.addRead(...reads);
    expect(heard).toBe(1);
    expect(wb.files().map((f) => f.name)).toEqual(['data.xlsx', 'data (2).xlsx']);
    expect(wb.sheetNames()).toEqual([
      ...smallDemo(1).map((s) => `[data.xlsx]${s.name}`),
      ...smallDemo(2).map((s) => `[data (2).xlsx]${s.name}`),
    ]);
    expect(wb.cell(`[data (2).xlsx]${smallDemo(2)[0].name}`, 'A2')).toEqual(smallDemo(2)[0].rows[1][0]);
  });

  it('a workbook without a roster is refused with the no-roster reason', async () => {
    const notes = newWorkbook([{ name: 'Catatan', rows: [['Rapat koordinasi'], ['Hadir: 12 orang']] }]);
    const bytes = await savePackage(notes);
    const wb = new FilesWorkbook();
    await expect(wb.addFile('catatan.xlsx', bytesSource(bytes), async () => bytes)).rejects.toMatchObject({ reason: 'no-roster' });
    // An empty template is a roster (its header is there), so it opens.
    const template = (await templateWorkbook('61', 'Roster', 'id')).bytes;
    await expect(wb.addFile('templat.xlsx', bytesSource(template), async () => template)).resolves.toMatchObject({ name: 'templat.xlsx' });
  });
});

describe('the summary across every opened file', () => {
  it("copies each file's rosters into one new workbook and counts them all", async () => {
    const other = await savePackage(newWorkbook(smallDemo(2)));
    const wb = await opened({ 'kab-a.xlsx': demoBytes, 'kab-b.xlsx': other });
    const all = await combinedWorkbook(wb, { summary: true, issues: true }, SETTINGS);
    const file = write('combined.xlsx', all.bytes);
    await expectValidXlsx(file);
    const one = (seed: number) =>
      computeSummary(checkGrids(smallGrids(seed), { province: '61', year: 2025, today: TODAY }), { target: SETTINGS.target });
    expect(all.summary!.totals.eligible).toBe(one(1).totals.eligible + one(2).totals.eligible);
    expect(all.summary!.totals.covered).toBe(one(1).totals.covered + one(2).totals.covered);
    const reread = checkGrids(await rosterGridsOf(file), { province: '61', year: 2025, today: TODAY });
    expect(summaryJson(all.summary!)).toEqual(summaryJson(computeSummary(reread, { target: SETTINGS.target })));
  }, 180_000);
});
