/**
 * End-to-end: the task pane as a planner or a trainer meets it on a 1280×720 projector at 125 % zoom (a 1024×576
 * window, the pane 350 px wide). Feedback appears right under the control that started an action and inside the
 * window; the actions on the results stay in view above the issue list; focus goes to the result or back to the
 * control that opened a panel; severity is written; the grid brings the chosen cell into view under its frozen
 * header; numbers follow the UI language; and axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 target size) finds
 * nothing in any state of the pane or on the help page. Screenshots go to test-output/pane-*.png.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { generateDemo } from '../../src/core/demo/demo';
import { checkGrids } from '../../src/core/roster/check';
import { RULES } from '../../src/core/roster/rules';
import { computeSummary } from '../../src/core/summary/model';
import { villageDisplay } from '../../src/taskpane/village-view';
import { makeNik } from '../support/roster-rows';
import { perangkatDesaSheet } from '../support/village-roster';
import { axeViolations } from './axe';
import { OUT, openPreview, PANE_YEAR, type Preview } from './harness';

const VIEW = { width: 1024, height: 576 };
const HOSTILE = '<img src=x onerror=alert(1)>';

describe('task pane at 1280×720 and 125 % zoom: feedback, focus, severity, accessibility', () => {
  let preview: Preview;
  let page: Page;
  const nakes = generateDemo(1).sheets[0].name;

  beforeAll(async () => {
    preview = await openPreview({ dist: 'pane-feedback-dist', viewport: VIEW, query: '?lang=id' });
    page = preview.page;
  }, 180_000);

  afterAll(async () => {
    await preview?.close();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(OUT, `pane-${name}.png`) });
  const box = async (selector: string) => {
    const b = await page.locator(selector).boundingBox();
    if (!b) throw new Error(`${selector} is not visible`);
    return { top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width };
  };
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  const statusText = () => page.textContent('#status');
  /** The status line is visible, inside the window, and starts within `gap` px under the element. */
  async function expectStatusUnder(selector: string, gap = 40): Promise<void> {
    const under = await box(selector);
    const status = await box('#status');
    expect(status.top).toBeGreaterThanOrEqual(under.bottom - 1);
    expect(status.top - under.bottom).toBeLessThan(gap);
    expect(status.top).toBeGreaterThanOrEqual(0);
    expect(status.bottom).toBeLessThanOrEqual(VIEW.height);
  }
  /**
   * Controls whose focus ring a scrolling box would cut off: each control is focused as by keyboard (scrolled into
   * view), and when it lies inside every scrolling box around it, its ring (outline width and offset, as
   * :focus-visible draws it) must fit inside those boxes too.
   */
  async function clippedFocusRings(): Promise<string[]> {
    await page.keyboard.press('Shift'); // keyboard modality, so programmatic focus shows :focus-visible
    const clipped = await page.evaluate(() => {
      const out: string[] = [];
      const scrollers = (el: Element): Element[] => {
        const found: Element[] = [];
        for (let a = el.parentElement; a; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX !== 'visible' || s.overflowY !== 'visible') found.push(a);
        }
        return found;
      };
      const inner = (a: Element) => {
        const r = a.getBoundingClientRect();
        const s = getComputedStyle(a);
        const left = r.left + parseFloat(s.borderLeftWidth);
        const top = r.top + parseFloat(s.borderTopWidth);
        return { left, top, right: left + a.clientWidth, bottom: top + a.clientHeight };
      };
      const controls = document.querySelectorAll<HTMLElement>(
        '#app button, #app select, #app input, #app summary, #app a, #app [tabindex], #preview-grid [tabindex], #preview-grid button',
      );
      for (const el of controls) {
        if (el.getBoundingClientRect().width === 0 || el.closest('[hidden]') || (el as HTMLButtonElement).disabled) continue;
        el.focus(); // scrolled into view as a keyboard user's Tab would
        const r = el.getBoundingClientRect();
        const boxes = scrollers(el).map(inner);
        if (!boxes.every((b) => r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom)) continue;
        const s = getComputedStyle(el);
        const ring = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
        if (ring <= 0) continue;
        const cut = boxes.some(
          (b) => r.left - ring < b.left || r.right + ring > b.right || r.top - ring < b.top || r.bottom + ring > b.bottom,
        );
        if (cut) out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className} "${(el.textContent ?? '').slice(0, 30)}"`);
      }
      (document.activeElement as HTMLElement | null)?.blur();
      return out;
    });
    return clipped;
  }
  /**
   * Presses Tab (or Shift+Tab) until the element matching `selector` has the focus, as a keyboard-only user would;
   * fails when it is not reached within `max` presses. Returns the presses it took.
   */
  async function tabTo(selector: string, options: { back?: boolean; max?: number } = {}): Promise<number> {
    const key = options.back ? 'Shift+Tab' : 'Tab';
    for (let presses = 1; presses <= (options.max ?? 60); presses++) {
      await page.keyboard.press(key);
      if (await page.evaluate((sel) => document.activeElement?.matches(sel) === true, selector)) return presses;
    }
    throw new Error(`${selector} not reached by ${key}; the focus is on ${await focused()}`);
  }
  /**
   * Controls of the pane smaller than 24 × 24 px (WCAG 2.2 target size), measured rather than left to axe's spacing
   * exception; a radio's or checkbox's label is part of its target.
   */
  const smallTargets = () =>
    page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '#app button, #app input, #app select, #app summary, #app label:has(input[type=radio], input[type=checkbox])',
        ),
      ]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden]'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ el, r }) => `${el.tagName.toLowerCase()}#${el.id} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
  async function expectNoAxeViolations(state: string): Promise<void> {
    expect({ state, violations: await axeViolations(page) }).toEqual({ state, violations: [] });
  }

  test('start: nothing to report, and axe finds nothing', async () => {
    expect(await page.locator('footer #status').count()).toBe(0);
    await shot('start');
    await expectNoAxeViolations('start');
    expect(await clippedFocusRings()).toEqual([]);
    expect(await smallTargets()).toEqual([]);
  });

  test('checking: progress and Cancel right under Check; a cancelled check leaves the focus on Check with the reason under it', async () => {
    // Hold the read until the test lets it go, so the pane can be seen (and audited) while it checks.
    await page.evaluate(() => {
      const wb = window.cjWorkbook! as unknown as { readSheet: (...a: unknown[]) => Promise<unknown>; cjRead?: unknown };
      const read = wb.readSheet.bind(wb);
      wb.cjRead = read;
      wb.readSheet = (name: unknown, options: unknown) =>
        new Promise((resolve, reject) => {
          const signal = (options as { signal?: AbortSignal }).signal;
          signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
          (window as unknown as { cjRelease: () => void }).cjRelease = () => void read(name, options).then(resolve, reject);
        });
    });
    await page.locator('#check').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#cancel:not([hidden])');
    const check = await box('#check');
    const cancel = await box('#cancel');
    const progress = await box('#progress');
    expect(cancel.top - check.bottom).toBeGreaterThanOrEqual(0);
    expect(cancel.top - check.bottom).toBeLessThan(40);
    expect(progress.top - check.bottom).toBeLessThan(40);
    expect(cancel.bottom).toBeLessThanOrEqual(VIEW.height);
    expect(await page.getAttribute('#app', 'aria-busy')).toBe('true');
    await shot('checking');
    await expectNoAxeViolations('checking');

    await page.locator('#cancel').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /dibatalkan/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await focused()).toBe('check');
    expect(await page.locator('#cancel').isHidden()).toBe(true);
    await expectStatusUnder('#check');
    await shot('cancelled');
    await expectNoAxeViolations('check cancelled');
    await page.evaluate(() => {
      const wb = window.cjWorkbook! as unknown as { readSheet: unknown; cjRead?: unknown };
      wb.readSheet = wb.cjRead;
    });
  });

  test('results: focus on the line that says what was checked; severity written as headings; axe finds nothing', async () => {
    await page.locator('#check').click();
    // the check is over once its button is enabled again (an earlier check's results may still be shown)
    await page.waitForSelector('#check:not([disabled])');
    await page.waitForSelector('#checked-summary');
    expect(await focused()).toBe('checked-summary');
    expect(await page.textContent('#checked-summary')).toBe(
      `Diperiksa (lembar aktif): ${nakes} (10.000 baris). Provinsi 61 Kalimantan Barat, tahun ${PANE_YEAR}.`,
    );
    const headings = await page.locator('.severity-heading').evaluateAll((els) => els.map((e) => e.firstChild?.textContent));
    expect(headings).toEqual(['Kesalahan', 'Peringatan', 'Info']);
    // Written, not only coloured: no dot, and each group sits under its severity's heading.
    expect(await page.locator('.dot').count()).toBe(0);
    expect(await page.locator('section.severity-section[data-severity=error] details.group[data-rule=nik-format]').count()).toBe(1);
    expect(await page.textContent('#count-error')).toBe('50Kesalahan');
    expect(await page.locator('#app').innerText()).not.toMatch(/galat/i);
    await shot('results');
    await expectNoAxeViolations('results');
    expect(await clippedFocusRings()).toEqual([]);
    expect(await smallTargets()).toEqual([]);
  });

  test('Mark and Clear marks: the outcome appears right under the action bar, inside the window', async () => {
    await page.locator('#mark').click();
    await page.waitForFunction(() => /ditandai/.test(document.getElementById('status')?.textContent ?? ''));
    await expectStatusUnder('.action-bar .actions');
    expect(await focused()).toBe('mark');
    await shot('marked');
    await expectNoAxeViolations('cells marked');
    await page.locator('#clear-marks').click();
    await page.waitForFunction(() => /dikembalikan/.test(document.getElementById('status')?.textContent ?? ''));
    await expectStatusUnder('.action-bar .actions');
    expect(await focused()).toBe('clear-marks');
  });

  test('the action bar stays in view above the issue groups while the list scrolls', async () => {
    const group = page.locator('details.group[data-rule=date-future]');
    await group.locator('summary').click();
    // Scroll the pane until the warnings are at the top, under the bar.
    await page.evaluate(() =>
      document.querySelector('section.severity-section[data-severity=warning]')!.scrollIntoView({ block: 'start' }),
    );
    const bar = await box('.action-bar');
    const groups = await box('#issue-groups');
    expect(bar.top).toBeGreaterThanOrEqual(0);
    expect(bar.top).toBeLessThan(2);
    expect(groups.top).toBeLessThan(bar.top); // the list has scrolled up under the bar
    // The bar's buttons are on top, not covered by the list.
    const mark = await box('#mark');
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, {
      x: (mark.left + mark.right) / 2,
      y: (mark.top + mark.bottom) / 2,
    });
    expect(hit).toBe('mark');
    await shot('scrolled');
    await expectNoAxeViolations('results scrolled, a group open');
    expect(await clippedFocusRings()).toEqual([]);
  });

  test('choosing an issue says so under the bar, and the grid scrolls row and column into view under the frozen header', async () => {
    const issue = page.locator('details.group[data-rule=date-future] button.issue').nth(3);
    const cell = (await issue.getAttribute('data-cell'))!;
    expect(cell).toMatch(/^O\d{4}$/); // the last column, thousands of rows down
    await issue.click();
    await page.waitForFunction((c) => document.querySelector('td.selected')?.getAttribute('data-cell') === c, cell);
    await expectStatusUnder('.action-bar .actions');
    expect(await statusText()).toBe(`Sel ${cell} di lembar "${nakes}" dipilih.`);
    const grid = await box('.grid-scroll');
    const head = await box('table.grid thead');
    const selected = await box('td.selected');
    expect(selected.top).toBeGreaterThanOrEqual(head.bottom - 1);
    expect(selected.bottom).toBeLessThanOrEqual(grid.bottom);
    expect(selected.left).toBeGreaterThanOrEqual(grid.left + 47); // right of the row numbers
    expect(selected.right).toBeLessThanOrEqual(grid.right);
    // The roster's header row is frozen: still in view above the chosen row.
    const header = page.locator('table.grid thead tr.frozen td', { hasText: 'Tanggal Mulai Kepesertaan' });
    expect(await header.isVisible()).toBe(true);
    const headerBox = (await header.boundingBox())!;
    expect(headerBox.y).toBeGreaterThanOrEqual(grid.top);
    expect(headerBox.y + headerBox.height).toBeLessThanOrEqual(selected.top + 1);
    await shot('issue-selected');
    // The focus stays on the issue chosen, so the next one is a Tab away.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(cell);
    await expectNoAxeViolations('issue selected');
  });

  test('the count tiles filter the list and say so (keyboard: Space)', async () => {
    await page.locator('#count-error').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.getElementById('count-error')?.getAttribute('aria-pressed') === 'true');
    expect(await page.getAttribute('#count-error', 'aria-controls')).toBe('issue-groups');
    expect(await page.locator('.severity-section:visible').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.severity))).toEqual([
      'error',
    ]);
    expect(await statusText()).toMatch(/^Hanya Kesalahan yang ditampilkan: 50 masalah dalam 10 aturan\./);
    expect(await focused()).toBe('count-error');
    await shot('filtered');
    await expectNoAxeViolations('filtered to errors');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.getElementById('count-error')?.getAttribute('aria-pressed') === 'false');
    expect(await page.locator('.severity-section:visible').count()).toBe(3);
    expect(await statusText()).toBe('Semua masalah ditampilkan.');
  });

  test('the fix preview: axe finds nothing, its table scrolls by keyboard, and Cancel returns the focus to Perbaiki…', async () => {
    await page.locator('#fix').click();
    await page.waitForSelector('#fix-preview:not([hidden])');
    // A group's cells open in a table that scrolls by keyboard: a focusable, named region.
    await page.locator('#fix-preview .fix-cells summary').first().click();
    const region = page.locator('#fix-preview .table-scroll').first();
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toMatch(/^Sel: \S/);
    await shot('fix-preview');
    await expectNoAxeViolations('fix preview');
    expect(await clippedFocusRings()).toEqual([]);
    expect(await smallTargets()).toEqual([]);
    await page.locator('#fix-cancel').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#fix-preview[hidden]', { state: 'attached' });
    expect(await focused()).toBe('fix');
  });

  test('Insert summary: the focus goes to its figures, which name the rosters they count, under the status', async () => {
    await page.locator('#summary').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#fig-coverage');
    await page.waitForFunction(() => document.activeElement?.id === 'headline');
    expect(await page.textContent('#summary-scope')).toBe(`Dihitung dari lembar aktif: ${nakes} (10.000 baris).`);
    expect(await page.textContent('#fig-eligible dd')).toBe('9.350');
    expect(await page.textContent('#fig-coverage dd')).toBe('33,6 %');
    await expectStatusUnder('#summary');
    const headline = await box('#headline');
    expect(headline.top).toBeGreaterThanOrEqual(0);
    expect(headline.top).toBeLessThan(VIEW.height);
    // The preview grid shows the summary sheet as an Indonesian Excel would.
    await expect(page.locator('td.formula', { hasText: '33,6%' }).count()).resolves.toBeGreaterThan(0);
    await shot('summary');
    await expectNoAxeViolations('after summary');
    expect(await clippedFocusRings()).toEqual([]);
  });

  test('a refused target shows its reason beside the field, and results made for another province say so; axe finds nothing in either', async () => {
    await page.fill('#target', '6080');
    await page.press('#target', 'Enter');
    await page.waitForSelector('#target-error:not([hidden])');
    const field = await box('#target');
    const error = await box('#target-error');
    expect(error.top).toBeGreaterThanOrEqual(field.bottom - 1);
    expect(error.top - field.bottom).toBeLessThan(24);
    expect(await page.getAttribute('#target', 'aria-invalid')).toBe('true');
    await shot('target-refused');
    await expectNoAxeViolations('target refused');
    await page.fill('#target', '59,56');
    await page.press('#target', 'Enter');
    await page.waitForSelector('#target-error', { state: 'hidden' });

    await page.selectOption('#province', '12');
    await page.waitForSelector('#stale-check');
    await shot('stale-check');
    await expectNoAxeViolations('results made for another province');
    await page.selectOption('#province', '61');
    await page.waitForSelector('#stale-check', { state: 'detached' });
  });

  test('targets per kab/kota: typed as the language writes them, a refused one explained beside its field; axe finds nothing', async () => {
    await page.locator('#regency-targets > summary').click();
    await page.waitForSelector('#target-6171');
    // empty fields show the default faintly: the kab/kota's published target, else the province's
    expect(await page.getAttribute('#target-6101', 'placeholder')).toBe(await page.inputValue('#target'));
    await page.fill('#target-6171', '45');
    await page.press('#target-6171', 'Enter');
    await page.waitForFunction(() => (document.getElementById('target-6171') as HTMLInputElement).value === '45,00 %');
    expect(await page.evaluate(async () => (await window.cjWorkbook!.getSettings()).regencyTargets)).toEqual({ '6171': 0.45 });
    await page.fill('#target-6101', '5956');
    await page.press('#target-6101', 'Enter');
    await page.waitForSelector('#target-6101-error:not([hidden])');
    expect(await page.textContent('#target-6101-error')).toContain('Target "5956" tidak dapat dipakai');
    expect(await page.getAttribute('#target-6101', 'aria-invalid')).toBe('true');
    const field = await box('#target-6101');
    const error = await box('#target-6101-error');
    expect(error.top).toBeGreaterThanOrEqual(field.bottom - 1);
    expect(error.top - field.bottom).toBeLessThan(24);
    // the list stays open across the redraw, and the value stays in its field
    expect(await page.inputValue('#target-6101')).toBe('5956');
    await shot('regency-targets');
    await expectNoAxeViolations('targets per kab/kota, one refused');
    expect(await smallTargets()).toEqual([]);
    for (const code of ['6101', '6171']) {
      await page.fill(`#target-${code}`, '');
      await page.press(`#target-${code}`, 'Enter');
    }
    await page.waitForSelector('#target-6101-error', { state: 'hidden' });
    expect(await page.evaluate(async () => (await window.cjWorkbook!.getSettings()).regencyTargets)).toBeUndefined();
    await page.locator('#regency-targets > summary').click();
  });

  test('Write issue list: the outcome under the action bar, the focus kept on the button; axe finds nothing', async () => {
    await page.locator('.sheet-tab', { hasText: nakes }).click();
    await page.locator('#check').click();
    // the check is over once its button is enabled again (an earlier check's results may still be shown)
    await page.waitForSelector('#check:not([disabled])');
    await page.waitForSelector('#checked-summary');
    await page.locator('#issue-sheet').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Pemeriksaan Data/.test(document.getElementById('status')?.textContent ?? ''));
    await expectStatusUnder('.action-bar .actions');
    expect(await focused()).toBe('issue-sheet');
    await shot('issue-list');
    await expectNoAxeViolations('issue list written');
  });

  test('regression: checking an empty roster template says there are no rows to check, not "Data siap dipakai"', async () => {
    await page.locator('#template').click();
    await page.waitForFunction(() => /Templat roster/.test(document.getElementById('status')?.textContent ?? ''));
    await expectStatusUnder('#template');
    await page.locator('#check').click();
    // the check is over once its button is enabled again (an earlier check's results may still be shown)
    await page.waitForSelector('#check:not([disabled])');
    await page.waitForSelector('#checked-summary');
    expect(await page.textContent('#results .no-rows')).toBe('Tidak ada baris untuk diperiksa: Roster Baru hanya berisi judul kolom.');
    expect(await statusText()).toBe('Tidak ada baris untuk diperiksa: Roster Baru hanya berisi judul kolom.');
    expect(await page.locator('#results .ok').count()).toBe(0);
    await expectNoAxeViolations('empty template checked');
  });

  test('English: numbers as English writes them, no raw rule id in the pane nor on the issue list ("Data check"), and axe finds nothing', async () => {
    await page.selectOption('#lang', 'en');
    await page.locator('.sheet-tab', { hasText: nakes }).click();
    await page.locator('#check').click();
    // the check is over once its button is enabled again (an earlier check's results may still be shown)
    await page.waitForSelector('#check:not([disabled])');
    await page.waitForSelector('#checked-summary');
    expect(await page.textContent('#checked-summary')).toBe(
      `Checked (the active sheet): ${nakes} (10,000 rows). Province 61 Kalimantan Barat, year ${PANE_YEAR}.`,
    );
    // One item per spelling now (issue 9): the counts are small, written as English writes numbers.
    const infoCount = (await page.textContent('#count-info strong'))!;
    expect(infoCount).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(await page.locator('.severity-heading').evaluateAll((els) => els.map((e) => e.firstChild?.textContent))).toEqual([
      'Errors',
      'Warnings',
      'Info',
    ]);
    await page.locator('#summary').click();
    await page.waitForSelector('#fig-coverage');
    expect(await page.textContent('#fig-eligible dd')).toBe('9,350');
    expect(await page.textContent('#fig-coverage dd')).toBe('33.6 %');
    await expect(page.locator('td.formula', { hasText: '33.6%' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('td.formula', { hasText: '9,350' }).count()).resolves.toBeGreaterThan(0);
    const paneText = await page.locator('#app').innerText();
    expect(RULES.map((r) => r.id).filter((id) => paneText.includes(id))).toEqual([]);
    // The issue list in English: its sheet is "Data check", its rule column holds titles, not ids.
    await page.locator('.sheet-tab', { hasText: nakes }).click();
    await page.locator('#check').click();
    // the check is over once its button is enabled again (an earlier check's results may still be shown)
    await page.waitForSelector('#check:not([disabled])');
    await page.waitForSelector('#checked-summary');
    await page.locator('#issue-sheet').click();
    await page.waitForFunction(() => /"Data check"/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.locator('.sheet-tab[aria-selected=true]').textContent()).toBe('Data check');
    const written = await page.evaluate(() => JSON.stringify(window.cjWorkbook!.sheet('Data check')!.cells));
    expect(written).toContain(`${infoCount} info items in 1 roster`);
    expect(RULES.map((r) => r.id).filter((id) => written.includes(`"${id}"`))).toEqual([]);
    expect(written).not.toMatch(/galat/i);
    await expectNoAxeViolations('English, issue list written');
    await shot('english');
    await expectNoAxeViolations('English, after summary');
  });

  test('keyboard only (Tab, Shift+Tab, Enter, Space): check, filter, open a group, choose an issue, mark, the fix preview and back, the summary; the focus after each', async () => {
    await page.locator('.sheet-tab', { hasText: nakes }).click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo('#check');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'checked-summary');
    expect(await page.textContent('#checked-summary')).toMatch(/^Checked \(the active sheet\)/);

    await tabTo('#count-warning');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.getElementById('count-warning')?.getAttribute('aria-pressed') === 'true');
    expect(await focused()).toBe('count-warning');
    expect(await statusText()).toMatch(/^Showing Warnings only: 45 issues under 9 rules\./);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.getElementById('count-warning')?.getAttribute('aria-pressed') === 'false');
    expect(await focused()).toBe('count-warning');

    // Past the action bar into the list: the first group opens with Enter, its first issue is next.
    await tabTo('#issue-groups details.group summary');
    const rule = await page.evaluate(() => (document.activeElement!.parentElement as HTMLElement).dataset.rule);
    await page.keyboard.press('Enter');
    expect(await page.locator(`details.group[data-rule="${rule}"]`).getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Tab');
    const cell = await page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await page.keyboard.press('Enter');
    await page.waitForFunction((c) => document.querySelector('td.selected')?.getAttribute('data-cell') === c, cell);
    expect(await statusText()).toBe(`Cell ${cell} on sheet "${nakes}" selected.`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(cell);

    // Back up to the action bar.
    await tabTo('#mark', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /cells marked/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await focused()).toBe('mark');
    await expectStatusUnder('.action-bar .actions');
    await tabTo('#clear-marks');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /Marks cleared/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await focused()).toBe('clear-marks');

    await tabTo('#fix');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#fix-preview:not([hidden])');
    const inPreview = await page.evaluate(() => document.getElementById('fix-preview')!.contains(document.activeElement));
    expect(inPreview).toBe(true);
    await tabTo('#fix-cancel');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#fix-preview[hidden]', { state: 'attached' });
    expect(await focused()).toBe('fix');

    await tabTo('#summary', { max: 200 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'headline');
    expect(await page.textContent('#fig-coverage dd')).toBe('33.6 %');
    await expectStatusUnder('#summary');
    expect(preview.pageErrors).toEqual([]);
  });

  test('Apply in the fix preview (English): axe finds nothing in the preview, and after Apply the outcome and the focus are back at Fix…', async () => {
    await page.locator('.sheet-tab', { hasText: nakes }).click();
    await page.locator('#check').click();
    // the check is over once its button is enabled again (an earlier check's results may still be shown)
    await page.waitForSelector('#check:not([disabled])');
    await page.waitForSelector('#checked-summary');
    await page.locator('#fix').click();
    await page.waitForSelector('#fix-preview:not([hidden])');
    await page.locator('#fix-preview .fix-cells summary').first().click();
    expect(await page.locator('#fix-preview .table-scroll').first().getAttribute('aria-label')).toMatch(/^Cells: \S/);
    await expectNoAxeViolations('fix preview, English');
    await page.locator('#fix-apply').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /cells fixed/.test(document.getElementById('status')?.textContent ?? ''));
    // The outcome can be undone at once: the focus goes to "Undo last fix".
    expect(await focused()).toBe('undo-fix');
    await expectStatusUnder('.action-bar .actions');
    await shot('fixed');
    await expectNoAxeViolations('fixes applied');
  });

  test('village view: a perangkat desa roster shows its villages with nobody covered per kecamatan in a table; a kecamatan written as markup stays text; axe finds nothing', async () => {
    // The roster of a kecamatan office, with one more row whose Kecamatan cell holds markup.
    const grid = perangkatDesaSheet('status');
    const rows = grid.rows.map((r) => [...r]);
    const end = rows.findIndex((r, i) => i > 3 && r.length === 0);
    rows.splice(end, 0, [14, 'Perangkat 14', makeNik('6112', 1984, 5, 6, 'L', 14), 'Kepala Desa', 'Lingga', HOSTILE, 'Belum Terdaftar']);
    await page.selectOption('#lang', 'id');
    await page.evaluate((input) => window.cjWorkbook!.insertRosterSheet(input), { name: grid.sheet, rows, headerRow: 3 });
    await page.locator('#check').click();
    await page.waitForSelector('#check:not([disabled])');
    await page.waitForSelector('#checked-summary');
    await page.locator('#summary').click();
    await page.waitForSelector('#villages');
    await page.waitForFunction(() => document.activeElement?.id === 'headline');

    // The figures are the summary model's, as the pane formats them.
    const view = computeSummary(checkGrids([{ ...grid, rows }], { province: '61', year: PANE_YEAR })).villages!;
    const expected = villageDisplay(view, 'id');
    expect(await page.textContent('#villages-total')).toBe(expected.totalLine);
    expect(await page.textContent('#villages-total')).toBe('Desa tanpa peserta aktif: 2 dari 9 desa yang tercantum.');
    const table = await page.locator('#villages table').evaluate((t: HTMLTableElement) => ({
      caption: t.caption?.textContent,
      head: [...t.tHead!.rows[0].cells].map((c) => [c.tagName, c.getAttribute('scope'), c.textContent]),
      body: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)),
      rowHeads: [...t.tBodies[0].rows].map((r) => [r.cells[0].tagName, r.cells[0].getAttribute('scope')]),
      foot: [...t.tFoot!.rows[0].cells].map((c) => c.textContent),
      digitsAlign: [...t.querySelectorAll('td')].map((c) => getComputedStyle(c).textAlign),
    }));
    expect(table.caption).toBe('Desa per kecamatan (kader dan perangkat desa)');
    expect(table.head).toEqual([
      ['TH', 'col', 'Kecamatan'],
      ['TH', 'col', 'Desa tanpa aktif'],
      ['TH', 'col', 'Tercantum'],
      ['TH', 'col', 'Cakupan'],
    ]);
    expect(table.body).toEqual(expected.rows.map((r) => [r.name, r.uncovered, r.listed, r.coverage]));
    expect(table.rowHeads.every(([tag, scope]) => tag === 'TH' && scope === 'row')).toBe(true);
    expect(table.foot).toEqual(['Total', '2', '9', '64,3 %']);
    expect(new Set(table.digitsAlign)).toEqual(new Set(['right']));
    // The markup is text in a cell: no element made from it, no script run.
    expect(table.body.map((r) => r[0])).toContain(HOSTILE);
    expect(await page.locator('#villages img').count()).toBe(0);
    expect(preview.dialogs).toEqual([]);
    // The table fits the pane (long kecamatan names wrap), inside the projector's window width.
    const fits = await page.evaluate(() => {
      const t = document.querySelector('#villages table')!;
      return t.scrollWidth <= t.parentElement!.clientWidth;
    });
    expect(fits).toBe(true);
    await page.locator('#villages').scrollIntoViewIfNeeded();
    await shot('villages');
    await expectNoAxeViolations('village view');

    await page.selectOption('#lang', 'en');
    await page.waitForFunction(() => /^Villages with nobody covered/.test(document.getElementById('villages-total')?.textContent ?? ''));
    expect(await page.textContent('#villages-total')).toBe('Villages with nobody covered: 2 of 9 villages listed.');
    expect(await page.locator('#villages th[scope=col]').allTextContents()).toEqual(['Kecamatan', 'None covered', 'Listed', 'Coverage']);
    await expectNoAxeViolations('village view, English');
  });

  test('the help page: axe finds nothing', async () => {
    const help = await preview.context.newPage();
    await help.setViewportSize(VIEW);
    await help.goto(preview.url.replace('taskpane.html', 'help.html'));
    const findings = await axeViolations(help);
    await help.close();
    expect(findings).toEqual([]);
  });

  test("axe ran through the DevTools protocol: the app's Content-Security-Policy saw no violation, the page no error", () => {
    expect(preview.cspViolations).toEqual([]);
    expect(preview.pageErrors).toEqual([]);
    expect(preview.outside).toEqual([]);
  });
});
