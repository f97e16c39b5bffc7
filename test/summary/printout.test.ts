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

/** Words of one PDF page with their boxes in points from the top (pdftotext -bbox). */
function wordsOf(pdf: string, page: number): { word: string; yMin: number; yMax: number }[] {
  const pdftotext = path.join(path.dirname(requireTool('pdftoppm')), 'pdftotext');
  const html = execFileSync(pdftotext, ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[3],
    yMin: Number(m[1]),
    yMax: Number(m[2]),
  }));
}

/**
 * Rows (in points from the top) of one page's rendering that hold the chart's bar colours: the orange of the
 * target series and the blue of the covered one, as LibreOffice draws a chart without its own colours. The
 * sheet itself has no such saturated colour (its fills are pale), so only a printed chart puts them on paper.
 */
function barRows(pdf: string, page: number, dpi = 40): { orange: number[]; blue: number[] } {
  const out = path.join(dir, `bars-${page}`);
  execFileSync(requireTool('pdftoppm'), ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, out]);
  const ppm = fs.readFileSync(`${out}.ppm`);
  // P6 header: "P6\n<width> <height>\n255\n", then RGB bytes
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  const orange: number[] = [];
  const blue: number[] = [];
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [ppm[offset + 3 * i], ppm[offset + 3 * i + 1], ppm[offset + 3 * i + 2]];
    const y = (Math.floor(i / width) * 72) / dpi;
    if (r > 200 && g > 40 && g < 140 && b < 80) orange.push(y);
    else if (b > 150 && r < 110 && g < 150 && b - r > 80) blue.push(y);
  }
  return { orange, blue };
}

describe('the summary printout (jamsostek summary -o on the demo)', () => {
  let workbook: JSZip;
  let pages: string[];
  let pdf: string;

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
    pdf = printToPdf(handoutFile);
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

  it('prints the kab/kota chart on page 1, under the kab/kota table: its title, names and bars are on paper', () => {
    const [first] = pages;
    const total = first.search(/Total\s+27,350\s+4,328/);
    const title = first.indexOf('Terlindungi dan target per kabupaten/kota');
    expect(title).toBeGreaterThan(total);
    // the chart's category axis names the kab/kota again, below its title
    expect(first.slice(title)).toMatch(/Kabupaten Sambas[\s\S]*Kota Singkawang/);
    // its bars: both series' colours, only below the table's Total row and above the footer
    const words = wordsOf(pdf, 1);
    const totalRow = words.filter((w) => w.word === 'Total').at(-1)!;
    const footer = words.find((w) => w.word === 'Halaman')!;
    const { orange, blue } = barRows(pdf, 1);
    expect(orange.length).toBeGreaterThan(500);
    expect(blue.length).toBeGreaterThan(200);
    const ys = [...orange, ...blue];
    expect(Math.min(...ys)).toBeGreaterThan(totalRow.yMax);
    expect(Math.max(...ys)).toBeLessThan(footer.yMin);
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
