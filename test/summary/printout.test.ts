// The summary as the planner prints it for the rakor: the CLI's copy of the demo workbook, printed through
// LibreOffice to PDF. Page 1's PNG is kept in test-output/summary-printout/ for a person to look at.
// The rosters are hidden before printing so the PDF holds the handout only (Calc prints every visible sheet).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { DEFAULT_TARGET_NAME, SUMMARY_SHEET_NAME } from '../../src/core/summary/sheet';
import { runCli } from '../cli/run-cli';
import { expectValidXlsx } from '../support/ooxml';
import { printToPdf } from '../support/libreoffice';
import { requireTool } from '../support/system-tools';

const OUTPUT = path.join(__dirname, '..', '..', 'test-output', 'summary-printout');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jamsostek-printout-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Text of each PDF page (pdftotext sits beside pdftoppm in poppler-utils). */
function pagesOf(pdf: string): string[] {
  const pdftotext = path.join(path.dirname(requireTool('pdftoppm')), 'pdftotext');
  const text = execFileSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

describe('the summary printout (jamsostek summary -o on the demo)', () => {
  let workbook: JSZip;
  let pages: string[];

  beforeAll(async () => {
    requireTool('soffice');
    expect((await runCli(['demo', '-o', 'demo.xlsx', '--seed', '1'], {}, dir)).code).toBe(0);
    const run = await runCli(['summary', 'demo.xlsx', '--year', '2025', '-o', 'ringkasan.xlsx'], {}, dir);
    expect(run.stderr).toBe('');
    await expectValidXlsx(path.join(dir, 'ringkasan.xlsx'));
    workbook = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'ringkasan.xlsx')));

    // only the handout on paper: the rosters are hidden in a copy
    const handout = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'ringkasan.xlsx')));
    const xml = await handout.file('xl/workbook.xml')!.async('string');
    handout.file(
      'xl/workbook.xml',
      xml.replace(/<sheet\b[^>]*>/g, (tag) =>
        tag.includes(`name="${SUMMARY_SHEET_NAME}"`)
          ? tag
          : tag.replace(/\sstate="[^"]*"/, '').replace('<sheet ', '<sheet state="hidden" '),
      ),
    );
    const handoutFile = path.join(dir, 'handout.xlsx');
    fs.writeFileSync(handoutFile, await handout.generateAsync({ type: 'nodebuffer' }));
    const pdf = printToPdf(handoutFile);
    pages = pagesOf(pdf);

    fs.mkdirSync(OUTPUT, { recursive: true });
    const pdftoppm = requireTool('pdftoppm');
    execFileSync(pdftoppm, ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(OUTPUT, 'page-1')]);
    fs.copyFileSync(pdf, path.join(OUTPUT, 'ringkasan.pdf'));
  }, 600_000);

  it('the copy opens on the summary, which has the kab/kota chart as a native chart part', async () => {
    const xml = await workbook.file('xl/workbook.xml')!.async('string');
    const sheets = [...xml.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const active = Number(/<workbookView\b[^>]*activeTab="(\d+)"/.exec(xml)?.[1]);
    expect(sheets[active]).toBe(SUMMARY_SHEET_NAME);
    const charts = Object.keys(workbook.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chart = await workbook.file(charts[0])!.async('string');
    expect(chart).toContain(`<c:f>'${SUMMARY_SHEET_NAME}'!$A$`);
    expect(chart).toContain('<c:v>Kabupaten Sambas</c:v>');
    expect(chart).not.toContain('Tidak diketahui');
  });

  it('is one page wide; page 1 holds the headline sentence, the scope and the whole kab/kota table', () => {
    expect(fs.existsSync(path.join(OUTPUT, 'page-1.png'))).toBe(true);
    // three pages down (headline and kab/kota; regional UCJ, categories, segments, programmes; the rest)
    // and none across: a page cut across would add pages
    expect(pages).toHaveLength(3);
    const [first, second] = pages;
    expect(first).toContain('Cakupan 15,8 % dari 27.350 sasaran; perlu 11.962 pekerja lagi untuk target 59,56 %.');
    expect(first).toMatch(/Draf Perangkat Desa\s+60\s+Tidak \/ no: tidak ada kolom Status Kepesertaan/);
    expect(first).toMatch(/Kota Singkawang\s+1,500/);
    // the Total row stays with its table
    expect(first).toMatch(/Total\s+27,350\s+4,328/);
    expect(second).toContain('Ringkasan Rakor Cakupan Jamsostek'); // title rows repeat
    expect(second).toContain('Capaian UCJ wilayah');
  });

  it('prints page numbers and the date in the footer; neither the marker nor the alias table is printed', () => {
    pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`));
    const all = pages.join('\n');
    expect(all).toContain('Dicetak ');
    expect(all).not.toContain('cakupan-jamsostek:generated');
    expect(all).not.toContain('Tabel padanan');
    expect(all).not.toContain(DEFAULT_TARGET_NAME + '!');
  });
});
