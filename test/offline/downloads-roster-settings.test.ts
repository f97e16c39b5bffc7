// The offline page's downloads check the files again: with the roster settings stored per sheet (by the name the
// page shows, "[file.xlsx]Sheet"), as the page's own check did, so a copy's "Ringkasan Rakor" says what the page
// showed. They used to check with the province and year alone: a kab/kota set on a sheet, or "KPJ means Aktif",
// was lost in the download.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SheetGrid } from '../../src/core/roster/types';
import { computeSummary, type SummaryModel } from '../../src/core/summary/model';
import { SUMMARY_SHEET_NAME } from '../../src/core/summary/sheet';
import { FilesWorkbook } from '../../src/hosts/memory/files-workbook';
import { savePackage } from '../../src/hosts/xlsx/inject';
import { newWorkbook } from '../../src/hosts/xlsx/new-workbook';
import { bytesSource } from '../../src/hosts/xlsx/read/byte-source';
import { fflateInflateRaw } from '../../src/hosts/xlsx/read/inflate';
import { combinedWorkbook, downloadSettings, fileCopy } from '../../src/offline/downloads';
import { PaneActions } from '../../src/taskpane/actions';
import { readXlsx } from '../support/read-xlsx';
import { TODAY, titledRoster } from '../support/roster-rows';

const TITLE_2025 = 'DATA TENAGA KESEHATAN NON ASN TAHUN 2025';
/** Sanggau's workers on a sheet naming no kab/kota; the planner sets it on the page. */
const rsud = titledRoster('Data RSUD', [TITLE_2025], '6103', 11111111100);
/** Sambas names itself in the title. */
const sambas = titledRoster('Nakes', ['DINAS KESEHATAN KABUPATEN SAMBAS', TITLE_2025], '6101', 22222222200);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-offline-settings-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const xlsx = (grid: SheetGrid) => savePackage(newWorkbook([{ name: grid.sheet, rows: grid.rows.map((r) => [...r]) }]));

/** The page with two files open, the pane on the first file's sheet: Kabupaten Sanggau and "KPJ means Aktif" set there. */
async function page() {
  const wb = new FilesWorkbook();
  for (const [name, grid] of [
    ['rekap-rsud.xlsx', rsud],
    ['rekap-nakes.xlsx', sambas],
  ] as const) {
    const bytes = await xlsx(grid);
    await wb.addFile(name, bytesSource(bytes), async () => bytes, { inflate: fflateInflateRaw });
  }
  wb.setActive('[rekap-rsud.xlsx]Data RSUD');
  const actions = new PaneActions(wb, 'id', undefined, undefined, () => TODAY);
  await actions.loadSettings();
  actions.state.scope = 'all';
  await actions.enterRegency('Kabupaten Sanggau');
  await actions.setKpjMeansActive(true);
  await actions.check();
  return { wb, actions };
}

const figures = (m: SummaryModel) => ({
  totals: [m.totals.eligible, m.totals.covered],
  byRegency: m.byRegency.rows.filter((r) => r.eligible > 0).map((r) => [r.key, r.eligible, r.covered]),
});

describe('offline downloads use the roster settings stored per sheet', () => {
  it('the settings are stored under the name the page shows', async () => {
    const { wb } = await page();
    expect((await wb.getSettings()).rosters).toEqual({ '[rekap-rsud.xlsx]Data RSUD': { regency: '6103', kpjMeansActive: true } });
  });

  it("a file's copy counts its sheet as the page did: Sanggau, KPJ without status as Aktif", async () => {
    const { wb, actions } = await page();
    const shown = computeSummary(actions.state.result!);
    expect(figures(shown)).toEqual({
      totals: [10, 6],
      byRegency: [
        ['6101', 5, 2],
        ['6103', 5, 4],
      ],
    });
    const settings = downloadSettings(await wb.getSettings(), 'id', TODAY);
    const copy = await fileCopy(wb, wb.files()[0], { summary: true, issues: false }, settings);
    expect(figures(copy.summary!)).toEqual({ totals: [5, 4], byRegency: [['6103', 5, 4]] });
    expect(copy.summary!.scope).toEqual([{ sheet: 'Data RSUD', rows: 5, counted: true, kpjMeansActive: true }]);
    // the other file's sheet keeps its title's kab/kota and counts a KPJ alone as registered only
    const other = await fileCopy(wb, wb.files()[1], { summary: true, issues: false }, settings);
    expect(figures(other.summary!)).toEqual({ totals: [5, 2], byRegency: [['6101', 5, 2]] });
    // the summary sheet written in the copy says so
    const file = path.join(dir, copy.name);
    fs.writeFileSync(file, copy.bytes);
    const book = await readXlsx(file);
    const summary = book.sheets.find((s) => s.info.name === SUMMARY_SHEET_NAME)!;
    const texts = summary.cells.rows.flatMap((r) => r.map((c) => (typeof c === 'string' ? c : '')));
    expect(texts.some((t) => t.includes('Nomor KPJ tanpa status dihitung Aktif /'))).toBe(true);
    expect(texts).toContain('Kabupaten Sanggau');
  });

  it('the workbook summarising every file equals the summary of what the page showed', async () => {
    const { wb, actions } = await page();
    const all = await combinedWorkbook(wb, { summary: true, issues: false }, downloadSettings(await wb.getSettings(), 'id', TODAY));
    expect(figures(all.summary!)).toEqual(figures(computeSummary(actions.state.result!)));
    expect(all.summary!.scope.map((s) => [s.sheet, s.kpjMeansActive])).toEqual([
      ['rekap-rsud Data RSUD', true],
      ['rekap-nakes Nakes', undefined],
    ]);
  });
});
