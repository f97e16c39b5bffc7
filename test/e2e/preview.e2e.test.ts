/**
 * End-to-end: the browser preview in headless Chromium (Debian package, driven by playwright-core).
 * Builds the add-in into test-output/preview-dist, serves it on 127.0.0.1 and uses the pane as a
 * person would: check the demo roster, select an issue, mark and clear, insert the summary, switch
 * language, with every request recorded (none may leave localhost).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { generateDemo, demoGrids, HOSTILE_NAMES } from '../../src/core/demo/demo';
import { checkGrids } from '../../src/core/roster/check';
import { RULE_BY_ID } from '../../src/core/roster/rules';
import { regenciesOf } from '../../src/core/reference/regions';
import { LIST_SHEET_NAME } from '../../src/hosts/list-sheet';
import { parseTarget } from '../../src/core/settings/target';
import { targetToStore } from '../../src/taskpane/settings';
import { OUT, openPreview, PANE_YEAR, paneTarget, type Preview } from './harness';

describe('task pane preview in Chromium', () => {
  let preview: Preview;
  let page: Page;
  let context: BrowserContext;
  let url: string;
  let requests: string[];
  let outside: string[];
  let pageErrors: string[];
  let dialogs: string[];
  let cspViolations: string[];
  let pagePolicy: string | undefined;

  beforeAll(async () => {
    preview = await openPreview({ dist: 'preview-dist', query: '?lang=id' });
    ({ page, context, url, requests, outside, pageErrors, dialogs, cspViolations, pagePolicy } = preview);
  }, 180_000);

  afterAll(async () => {
    await preview?.close();
  });

  const healthSheet = () => generateDemo(1).sheets[0].name;

  test('opens in Indonesian with the main buttons named, on the demo workbook', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    for (const name of ['Periksa roster', 'Sisipkan ringkasan', 'Sisipkan data demo', 'Sisipkan templat roster']) {
      await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    }
    const tabs = await page.locator('.sheet-tab').allTextContents();
    expect(tabs).toEqual(generateDemo(1).sheets.map((s) => s.name));
    expect(await page.locator('.sheet-tab[aria-selected=true]').textContent()).toBe(healthSheet());
  });

  test('checks the active demo roster and shows the counts the engine finds', async () => {
    const demo = generateDemo(1);
    const expected = checkGrids(
      demoGrids(demo).filter((g) => g.sheet === healthSheet()),
      { province: '61' },
    );
    await page.getByRole('button', { name: 'Periksa roster', exact: true }).click();
    await page.waitForSelector('#checked-summary');
    await page.screenshot({ path: path.join(OUT, 'preview-check.png') });
    const count = async (sev: string) =>
      Number((await page.locator(`.count[data-severity=${sev}] strong`).textContent())!.replace(/\./g, ''));
    expect(await count('error')).toBe(expected.counts.error);
    expect(await count('warning')).toBe(expected.counts.warning);
    expect(await count('info')).toBe(expected.counts.info);
    expect(expected.counts.error).toBeGreaterThan(0);
    const groups = await page.locator('details.group').count();
    expect(groups).toBe(new Set(expected.issues.map((i) => i.rule)).size);
  });

  test('selecting an issue selects its cell in the grid', async () => {
    const group = page.locator('details.group').first();
    await group.locator('summary').click();
    const issue = group.locator('button.issue').first();
    const cell = (await issue.getAttribute('data-cell'))!;
    const sheet = (await issue.getAttribute('data-sheet'))!;
    await issue.click();
    await expect(page.locator('td.selected').getAttribute('data-cell')).resolves.toBe(cell);
    expect(await page.locator('.sheet-tab[aria-selected=true]').textContent()).toBe(sheet);
    expect(await page.textContent('#namebox')).toBe(`${sheet}!${cell}`);
    // Keyboard: the issue buttons are reachable and named.
    await issue.focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('issue'))).toBe(true);
  });

  test('Mark in sheet colours the cell and Clear marks restores it', async () => {
    const cell = (await page.locator('td.selected').getAttribute('data-cell'))!;
    const before = await page.locator(`td[data-cell="${cell}"]`).evaluate((td) => (td as HTMLElement).style.background);
    await page.getByRole('button', { name: 'Tandai di lembar' }).click();
    await page.waitForFunction(() => /ditandai/.test(document.getElementById('status')?.textContent ?? ''));
    const marked = await page
      .locator(`td[data-cell="${cell}"]`)
      .evaluate((td) => ({ bg: (td as HTMLElement).style.background, note: td.getAttribute('title') }));
    expect(marked.bg).not.toBe(before);
    expect(marked.note).toContain('Cakupan Jamsostek:');
    await page.getByRole('button', { name: 'Hapus tanda' }).click();
    await page.waitForFunction(() => /dikembalikan/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.locator(`td[data-cell="${cell}"]`).evaluate((td) => (td as HTMLElement).style.background)).toBe(before);
  });

  test('roster text with <script> or =HYPERLINK( is shown as inert text', async () => {
    const found = await page.evaluate((hostile) => {
      const wb = window.cjWorkbook!;
      for (const name of wb.sheetNames()) {
        const s = wb.sheet(name)!;
        for (let r = 0; r < s.cells.length; r++) {
          const c = (s.cells[r] ?? []).findIndex((v) => v === hostile);
          if (c >= 0) return { sheet: name, row: r, col: c };
        }
      }
      return null;
    }, HOSTILE_NAMES[0]);
    expect(found).not.toBeNull();
    for (const hostile of HOSTILE_NAMES.slice(0, 2)) {
      const where = await page.evaluate(async (text) => {
        const wb = window.cjWorkbook!;
        for (const name of wb.sheetNames()) {
          const s = wb.sheet(name)!;
          for (let r = 0; r < s.cells.length; r++) {
            const c = (s.cells[r] ?? []).findIndex((v) => v === text);
            if (c >= 0) {
              const a = String.fromCharCode(65 + c) + (r + 1);
              await wb.selectCell(name, a);
              return { cell: a, formula: wb.format(name, a)?.formula ?? null, value: wb.cell(name, a) };
            }
          }
        }
        return null;
      }, hostile);
      expect(where).not.toBeNull();
      expect(where!.formula).toBeNull();
      expect(where!.value).toBe(hostile);
      await expect(page.locator(`td[data-cell="${where!.cell}"]`).textContent()).resolves.toBe(hostile);
    }
    expect(await page.locator('#preview-grid script, #app script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('Cancel stops a check cleanly', async () => {
    await page.check('#scope-all');
    await page.evaluate(() => {
      (document.getElementById('check') as HTMLButtonElement).click();
      (document.getElementById('cancel') as HTMLButtonElement).click();
    });
    await page.waitForFunction(() => /dibatalkan/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.locator('#check').isEnabled()).toBe(true);
    expect(await page.locator('#cancel').isHidden()).toBe(true);
    await page.check('#scope-active');
  });

  test('regression: province changed after the check, "Sisipkan ringkasan" no longer mixes the old check with the new province', async () => {
    // Checked for 61 Kalimantan Barat, then the planner picks 12 Sumatera Utara and inserts the summary.
    // The summary used to combine the Kalimantan Barat check with the Sumatera Utara title and tables.
    await page.locator('.sheet-tab', { hasText: healthSheet() }).click();
    await page.getByRole('button', { name: 'Periksa roster', exact: true }).click();
    await page.waitForSelector('#checked-summary');
    await page.selectOption('#province', '12');
    // The results say they were made for another province, and what inserting the summary will do.
    expect(await page.textContent('#stale-check')).toContain('akan memeriksa ulang');
    await page.getByRole('button', { name: 'Sisipkan ringkasan' }).click();
    await page.waitForSelector('#fig-coverage');
    expect(await page.textContent('#status')).toContain(`diperiksa ulang untuk 12 Sumatera Utara tahun ${PANE_YEAR}`);
    expect(await page.textContent('#checked-summary')).toContain(`Provinsi 12 Sumatera Utara, tahun ${PANE_YEAR}.`);
    expect(await page.locator('#stale-check').count()).toBe(0);
    // The pane checked again for Sumatera Utara: every Kalimantan Barat kab/kota is now outside the province.
    const expected = checkGrids(
      demoGrids(generateDemo(1)).filter((g) => g.sheet === healthSheet()),
      { province: '12' },
    );
    const count = async (sev: string) =>
      Number((await page.locator(`.count[data-severity=${sev}] strong`).textContent())!.replace(/\./g, ''));
    expect(await count('error')).toBe(expected.counts.error);
    expect(await count('warning')).toBe(expected.counts.warning);
    const sheet = await page.evaluate((title) => {
      const s = window.cjWorkbook!.sheet('Ringkasan Rakor')!;
      const quality = s.cells.find((row) => row?.[0] === title);
      return { title: s.cells[0][0] as string, outside: quality?.[2] ?? null };
    }, RULE_BY_ID['region-outside-province'].title.id);
    expect(sheet.title).toContain('Sumatera Utara (12)');
    // The data-quality table counts the region-outside-province errors of the Sumatera Utara check.
    const outside = expected.issues.filter((i) => i.rule === 'region-outside-province').length;
    expect(outside).toBeGreaterThan(9_000);
    expect(sheet.outside).toBe(outside);
    await page.selectOption('#province', '61');
  });

  test('regression: the target field reads "60,80" as 60,80 % (it became 6080 and was dropped); a refused value keeps its error beside it', async () => {
    const stored = () => page.evaluate(async () => (await window.cjWorkbook!.getSettings()).target);
    expect(await page.inputValue('#target')).toBe(paneTarget('id'));
    await page.fill('#target', '60,80');
    await page.press('#target', 'Enter');
    await page.waitForFunction(() => (document.getElementById('target') as HTMLInputElement).value === '60,80 %');
    // a target is stored while it is the planner's own (the published one of the year follows the year)
    expect(await stored()).toBe(targetToStore({ province: '61', year: PANE_YEAR, target: parseTarget('60,80') }) ?? undefined);
    expect(await page.locator('#target-error').isHidden()).toBe(true);

    await page.fill('#target', '6080');
    await page.press('#target', 'Enter');
    await page.waitForSelector('#target-error:not([hidden])');
    expect(await page.textContent('#target-error')).toBe(
      'Target "6080" tidak dapat dipakai. Tulis persen di atas 0 sampai 100, misalnya 59,56 atau 59,56 %, atau pecahan seperti 0,5956.',
    );
    expect(await page.inputValue('#target')).toBe('6080');
    expect(await page.getAttribute('#target', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#target', 'aria-describedby')).toBe('target-error');
    expect(await stored()).toBe(targetToStore({ province: '61', year: PANE_YEAR, target: parseTarget('60,80') }) ?? undefined);
    // The summary waits until the target is put right.
    const sheetsBefore = await page.locator('.sheet-tab').allTextContents();
    await page.getByRole('button', { name: 'Sisipkan ringkasan' }).click();
    await page.waitForFunction(() => /Perbaiki dulu isian/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.locator('.sheet-tab').allTextContents()).toEqual(sheetsBefore);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('target');

    await page.fill('#target', '0.5956');
    await page.press('#target', 'Enter');
    await page.waitForFunction(() => (document.getElementById('target') as HTMLInputElement).value === '59,56 %');
    expect(await page.locator('#target-error').isHidden()).toBe(true);
    expect(await stored()).toBe(targetToStore({ province: '61', year: PANE_YEAR, target: parseTarget('0.5956') }) ?? undefined);
  });

  test('inserts the summary and shows 33,6 % coverage; the sheet shows the computed values', async () => {
    await page.locator('.sheet-tab', { hasText: healthSheet() }).click();
    await page.getByRole('button', { name: 'Periksa roster', exact: true }).click();
    await page.waitForSelector('#checked-summary');
    await page.getByRole('button', { name: 'Sisipkan ringkasan' }).click();
    await page.waitForSelector('#fig-coverage');
    expect(await page.textContent('#fig-coverage dd')).toBe('33,6 %');
    expect(await page.textContent('#fig-eligible dd')).toBe('9.350');
    expect(await page.textContent('#fig-covered dd')).toBe('3.141');
    expect(await page.textContent('#fig-gap dd')).toBe('2.428');
    expect(await page.locator('.sheet-tab[aria-selected=true]').textContent()).toBe('Ringkasan Rakor');
    // The grid shows numbers as an Indonesian Excel does (33,6%, 9.350), like the pane.
    await expect(page.locator('td.formula', { hasText: '33,6%' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('td.formula', { hasText: '9.350' }).count()).resolves.toBeGreaterThan(0);
    const chart = await page.evaluate(() => window.cjWorkbook!.sheet('Ringkasan Rakor')!.charts.length);
    expect(chart).toBe(1);
  });

  test('writes the issue list with a link per cell and masked NIKs', async () => {
    await page.locator('.sheet-tab', { hasText: healthSheet() }).click();
    await page.getByRole('button', { name: 'Periksa roster', exact: true }).click();
    await page.waitForSelector('#checked-summary');
    await page.getByRole('button', { name: 'Tulis daftar masalah' }).click();
    await page.waitForFunction(() => /Pemeriksaan Data/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.locator('.sheet-tab[aria-selected=true]').textContent()).toBe('Pemeriksaan Data');
    const sheet = await page.evaluate(() => {
      const s = window.cjWorkbook!.sheet('Pemeriksaan Data')!;
      const links = [...s.formats.values()].filter((f) => f.link).length;
      return { links, text: JSON.stringify(s.cells) };
    });
    expect(sheet.links).toBeGreaterThan(50);
    expect(sheet.text).not.toMatch(/\d{16}/);
  });

  test('Fix shows a preview first and changes only the previewed cells', async () => {
    await page.locator('.sheet-tab', { hasText: healthSheet() }).click();
    await page.getByRole('button', { name: 'Periksa roster', exact: true }).click();
    await page.waitForSelector('#checked-summary');
    const before = await page.evaluate((name) => JSON.stringify(window.cjWorkbook!.sheet(name)!.cells), healthSheet());
    await page.getByRole('button', { name: 'Perbaiki…' }).click();
    await page.waitForSelector('#fix-preview:not([hidden])');
    const previewed = await page.locator('#fix-preview tbody tr').count();
    expect(previewed).toBeGreaterThan(0);
    // Nothing changed yet.
    expect(await page.evaluate((name) => JSON.stringify(window.cjWorkbook!.sheet(name)!.cells), healthSheet())).toBe(before);
    const firstCell = (await page.locator('#fix-preview tbody tr th.where').first().getAttribute('title'))!;
    await page.locator('#fix-apply').click();
    await page.waitForFunction(() => /diperbaiki|dilewati/.test(document.getElementById('status')?.textContent ?? ''));
    const after = JSON.parse(
      await page.evaluate((name) => JSON.stringify(window.cjWorkbook!.sheet(name)!.cells), healthSheet()),
    ) as unknown[][];
    const old = JSON.parse(before) as unknown[][];
    const changed: number[] = [];
    after.forEach((row, r) => row.forEach((v, c) => JSON.stringify(v) !== JSON.stringify(old[r]?.[c]) && changed.push(c)));
    expect(changed.length).toBeGreaterThan(0);
    // Never NIK (C), KPJ (L) or the wage (N).
    expect(changed.filter((c) => c === 2 || c === 11 || c === 13)).toEqual([]);
    expect(firstCell.startsWith(`${healthSheet()}!`)).toBe(true);
  });

  test('inserts the roster template with text NIK/KPJ columns', async () => {
    await page.getByRole('button', { name: 'Sisipkan templat roster' }).click();
    await page.waitForFunction(() => /Templat roster/.test(document.getElementById('status')?.textContent ?? ''));
    const name = (await page.locator('.sheet-tab[aria-selected=true]').textContent())!;
    expect(name).toBe('Roster Baru');
    const info = await page.evaluate((n) => {
      const wb = window.cjWorkbook!;
      return {
        header: wb.sheet(n)!.cells[0],
        nik: wb.format(n, 'C2')?.numberFormat,
        kpj: wb.format(n, 'L2')?.numberFormat,
        kabKota: wb.dropDownValues(n, 'F2'),
        sex: wb.dropDownValues(n, 'D2'),
      };
    }, name);
    expect(info.header.slice(0, 3)).toEqual(['No', 'Nama', 'NIK']);
    expect([info.nik, info.kpj]).toEqual(['@', '@']);
    // Kalimantan Barat's kab/kota list is over Excel's 255-character inline limit: it comes from the hidden list sheet.
    expect(info.kabKota).toEqual(regenciesOf('61').map((r) => r.name));
    expect(info.sex).toEqual(['L', 'P']);
    const tabs = await page.locator('.sheet-tab').allTextContents();
    expect(tabs).not.toContain(LIST_SHEET_NAME);
  });

  test('every control is reachable by keyboard and has a name', async () => {
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('#app button, #app select, #app input, #app summary')]
        .filter((el) => !(el as HTMLElement).hidden && (el as HTMLElement).offsetParent !== null)
        .filter((el) => {
          const label =
            el.getAttribute('aria-label') ||
            el.textContent?.trim() ||
            (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim()) ||
            el.closest('label')?.textContent?.trim();
          return !label || (el as HTMLElement).tabIndex < 0;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    await page.locator('#lang').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
    }
    expect(reached.has('check')).toBe(true);
  });

  test('switches to English', async () => {
    await page.selectOption('#lang', 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    for (const name of ['Check roster', 'Insert summary', 'Insert demo data']) {
      await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    }
    // The same figures in English after checking again (Fix above changed only spellings).
    await page.locator('.sheet-tab', { hasText: healthSheet() }).click();
    await page.getByRole('button', { name: 'Check roster', exact: true }).click();
    await page.waitForSelector('#checked-summary');
    await page.getByRole('button', { name: 'Insert summary', exact: true }).click();
    await page.waitForSelector('#fig-coverage');
    expect(await page.textContent('#fig-coverage dd')).toBe('33.6 %');
    expect(await page.textContent('#fig-eligible dd')).toBe('9,350');
    // The target as English writes it.
    expect(await page.inputValue('#target')).toBe('59.56 %');
    expect(await page.textContent('#headline .note')).toContain('59.56 %');
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, 'preview.png') });
  });

  test("the pane and the help page work under the preview server's Content-Security-Policy, with no violation", async () => {
    // No third-party origin, nothing inline allowed for scripts, no 'unsafe-' anything.
    expect(pagePolicy).toMatch(/script-src 'self';/);
    expect(pagePolicy).toMatch(/default-src 'none'/);
    expect(pagePolicy).not.toMatch(/unsafe-|https?:|\*/);
    // The stylesheet applied (a file now, not a <style> the script adds).
    expect(await page.locator('.layout').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    const help = await context.newPage();
    const response = await help.goto(url.replace('taskpane.html', 'help.html#NIKCHECK'));
    expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self' 'sha256-/);
    // The help page's own <style> applied under its hash (its header is blue: rgb(11, 84, 166)).
    expect(
      await help
        .locator('header')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(11, 84, 166)');
    await help.close();
    expect(cspViolations).toEqual([]);
  });

  test('no request left localhost and the page raised no errors', () => {
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.some((r) => r.includes('/office-js/office.js'))).toBe(true);
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
