/**
 * End-to-end: Fix by kind and Undo in the browser preview (headless Chromium), as a planner does it: preview the
 * fixes grouped by kind, apply one group, undo (values, number formats and blank cells back), and see Undo refuse a
 * cell edited after the fix. Then the whole flow with the keyboard only (Tab, Enter, Space), checking where the
 * focus lands after each action.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { demoGrids, generateDemo } from '../../src/core/demo/demo';
import { checkGrids } from '../../src/core/roster/check';
import { fixCandidates, groupFixes, type FixCandidate } from '../../src/taskpane/fixes';
import { OUT, openPreview, type Preview } from './harness';

const demo = generateDemo(1);
const SHEET = demo.sheets[0].name;
/** The fixes the engine offers on the first demo roster, by group, as the pane should list them. */
const expected = (() => {
  const grids = demoGrids(demo).filter((g) => g.sheet === SHEET);
  const fixes = fixCandidates(checkGrids(grids, { province: '61' }), grids);
  return new Map(groupFixes(fixes).map((g) => [g.key, g.fixes]));
})();
const cellsOf = (fixes: readonly FixCandidate[] | undefined) => new Set((fixes ?? []).map((f) => f.cell));
const id = (n: number) => n.toLocaleString('id-ID');

type Snapshot = { cells: unknown[][]; formats: [string, unknown][] };

/** The roster's cells and formats (one JSON string: Playwright passes a string fast, a 9,350-row array slowly). */
const snapshot = async (page: Page): Promise<Snapshot> =>
  JSON.parse(
    await page.evaluate((name) => {
      const s = window.cjWorkbook!.sheet(name)!;
      return JSON.stringify({ cells: s.cells, formats: [...s.formats.entries()] });
    }, SHEET),
  ) as Snapshot;

/** A1 addresses whose value differs between two snapshots. */
function changedCells(a: Snapshot, b: Snapshot): Set<string> {
  const out = new Set<string>();
  const rows = Math.max(a.cells.length, b.cells.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(a.cells[r]?.length ?? 0, b.cells[r]?.length ?? 0);
    for (let c = 0; c < width; c++)
      if (JSON.stringify(a.cells[r]?.[c] ?? null) !== JSON.stringify(b.cells[r]?.[c] ?? null))
        out.add(`${String.fromCharCode(65 + c)}${r + 1}`);
  }
  return out;
}

const status = (page: Page) => page.textContent('#status');
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const waitStatus = (page: Page, re: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(document.getElementById('status')?.textContent ?? ''), re.source);

describe('Fix by kind and Undo in the browser preview', () => {
  let preview: Preview;
  let page: Page;

  beforeAll(async () => {
    preview = await openPreview({ dist: 'fix-undo-dist', query: '?lang=id' });
    page = preview.page;
  }, 180_000);

  afterAll(async () => {
    await preview?.close();
  });

  test('the preview groups the fixes by kind, each with a count and a checkbox, each cell with its sheet and column', async () => {
    expect([...expected.keys()]).toEqual(['regency', 'listValue', 'spaces']);
    await page.getByRole('button', { name: 'Periksa roster', exact: true }).click();
    await page.waitForSelector('#checked-summary');
    await page.getByRole('button', { name: 'Perbaiki…' }).click();
    await page.waitForSelector('#fix-preview:not([hidden])');
    expect(await focused(page)).toBe('h-fix');
    const total = [...expected.values()].reduce((s, f) => s + f.length, 0);
    expect(await page.textContent('#fix-preview > p')).toContain(`${id(total)} sel bisa diperbaiki`);
    const groups = await page.locator('.fix-group').evaluateAll((els) =>
      els.map((el) => ({
        key: el.getAttribute('data-group'),
        label: el.querySelector('label')!.textContent,
        checked: (el.querySelector('input[type=checkbox]') as HTMLInputElement).checked,
      })),
    );
    expect(groups).toEqual([
      { key: 'regency', label: `Nama kabupaten/kota ${id(expected.get('regency')!.length)}`, checked: true },
      { key: 'listValue', label: `Penulisan nilai daftar ${id(expected.get('listValue')!.length)}`, checked: true },
      { key: 'spaces', label: `Spasi berlebih ${id(expected.get('spaces')!.length)}`, checked: true },
    ]);
    // Every group's checkbox is a named control; the apply button counts the chosen fixes: "Terapkan 10.623 perbaikan".
    expect(await page.getByRole('checkbox', { name: /Nama kabupaten\/kota/ }).isChecked()).toBe(true);
    expect(await page.textContent('#fix-apply')).toBe(`Terapkan ${id(total)} perbaikan`);
    // A row: the cell, its sheet and column header, the value now and after.
    await page.locator('.fix-group[data-group=regency] summary').click();
    const first = expected.get('regency')![0];
    const row = page.locator(`.fix-group[data-group=regency] tbody tr[data-cell="${first.cell}"]`);
    expect(await row.locator('.addr').textContent()).toBe(first.cell);
    expect(await row.locator('.place').textContent()).toBe(`${SHEET} › Kabupaten/Kota`);
    expect(await row.locator('.old').textContent()).toBe(JSON.stringify(first.expectedOld));
    expect(await row.locator('.new').textContent()).toBe(first.fix.value);
    await page.locator('#fix-preview').screenshot({ path: path.join(OUT, 'fix-preview.png') });
    // The scrolling table takes the keyboard focus (axe: scrollable-region-focusable).
    expect(await page.locator('.fix-group[data-group=regency] .table-scroll').getAttribute('tabindex')).toBe('0');
  });

  test('Cancel closes the preview without a change and gives the focus back to "Perbaiki…"', async () => {
    const before = await snapshot(page);
    await page.locator('#fix-cancel').click();
    expect(await page.locator('#fix-preview').isHidden()).toBe(true);
    expect(await focused(page)).toBe('fix');
    expect(changedCells(before, await snapshot(page)).size).toBe(0);
  });

  test("applying one group changes only that group's cells; Undo puts back values, number formats and blank cells", async () => {
    const regency = expected.get('regency')!;
    // The planner had formatted one kab/kota cell as text, and another cell of the sheet is blank.
    const formatted = regency[3].cell;
    await page.evaluate(({ name, cell }) => window.cjWorkbook!.sheet(name)!.formats.set(cell, { numberFormat: '@', bold: true }), {
      name: SHEET,
      cell: formatted,
    });
    const before = await snapshot(page);
    await page.getByRole('button', { name: 'Perbaiki…' }).click();
    await page.waitForSelector('#fix-preview:not([hidden])');
    await page.getByRole('checkbox', { name: /Penulisan nilai daftar/ }).uncheck();
    await page.getByRole('checkbox', { name: /Spasi berlebih/ }).uncheck();
    expect(await page.textContent('#fix-apply')).toBe(`Terapkan ${id(regency.length)} perbaikan`);
    await page.locator('#fix-apply').click();
    await waitStatus(page, /sel diperbaiki/);
    expect(await status(page)).toBe(
      `${id(regency.length)} sel diperbaiki dan pemeriksaan diulang. "Batalkan perbaikan terakhir" mengembalikan isinya.`,
    );
    expect(await focused(page)).toBe('undo-fix');
    const fixed = await snapshot(page);
    expect(changedCells(before, fixed)).toEqual(cellsOf(regency));
    expect(await page.textContent('#undo-note')).toBe(`Perbaikan terakhir: ${id(regency.length)} sel. Bisa dibatalkan: 1 kali penerapan.`);

    // A second batch, through the workbook port, writes into a blank cell (the port takes any cell; no engine
    // fix does that yet): Undo takes it first, and the cell is blank again, not an empty text.
    const blank = await page.evaluate(async (name) => {
      const wb = window.cjWorkbook!;
      const s = wb.sheet(name)!;
      const row = s.cells.findIndex((r, i) => i > 5 && (r[16] ?? null) === null);
      const cell = `Q${row + 1}`;
      await wb.applyFixes([{ sheet: name, cell, expectedOld: '', fix: { value: 'Catatan' } }]);
      return { cell, value: wb.cell(name, cell) };
    }, SHEET);
    expect(blank.value).toBe('Catatan');
    await page.locator('#undo-fix').click();
    await waitStatus(page, /^1 sel dikembalikan/);
    expect(await page.evaluate(({ name, cell }) => window.cjWorkbook!.cell(name, cell), { name: SHEET, cell: blank.cell })).toBeNull();
    expect(await focused(page)).toBe('undo-fix');

    await page.locator('#undo-fix').click();
    await waitStatus(page, new RegExp(`^${id(regency.length).replace('.', '\\.')} sel dikembalikan`));
    expect(await status(page)).toBe(`${id(regency.length)} sel dikembalikan ke isi dan format angka sebelum perbaikan.`);
    const undone = await snapshot(page);
    // Every cell as before (the blank one null again; rows may have grown by trailing empty cells).
    expect(changedCells(before, undone)).toEqual(new Set());
    expect(new Map(undone.formats)).toEqual(new Map(before.formats));
    expect(await page.locator('#undo-bar').isHidden()).toBe(true);
    expect(await focused(page)).toBe('fix');
    // The hidden store is gone with the last batch, and never showed as a sheet tab.
    expect(await page.evaluate(() => window.cjWorkbook!.sheet('CJ_Marks'))).toBeUndefined();
    expect(await page.locator('.sheet-tab').allTextContents()).toEqual(demo.sheets.map((s) => s.name));
  });

  test('Undo refuses a fixed cell edited afterwards, says how many and where, and restores the rest', async () => {
    const spaces = expected.get('spaces')!;
    await page.getByRole('button', { name: 'Perbaiki…' }).click();
    await page.waitForSelector('#fix-preview:not([hidden])');
    await page.getByRole('checkbox', { name: /Nama kabupaten\/kota/ }).uncheck();
    await page.getByRole('checkbox', { name: /Penulisan nilai daftar/ }).uncheck();
    const before = await snapshot(page);
    await page.locator('#fix-apply').click();
    await waitStatus(page, /sel diperbaiki/);
    expect(changedCells(before, await snapshot(page))).toEqual(cellsOf(spaces));
    // The planner types over one of the fixed cells.
    const edited = spaces[0];
    await page.evaluate(({ name, cell }) => window.cjWorkbook!.setCell(name, cell, 'Honorer Daerah'), { name: SHEET, cell: edited.cell });
    await page.locator('#undo-fix').click();
    await waitStatus(page, /tidak dikembalikan/);
    expect(await status(page)).toBe(
      `${id(spaces.length - 1)} sel dikembalikan. 1 sel tidak dikembalikan karena isinya diubah setelah perbaikan: ${SHEET}!${edited.cell}.`,
    );
    const after = await snapshot(page);
    expect(changedCells(before, after)).toEqual(new Set([edited.cell]));
    expect(await page.evaluate(({ name, cell }) => window.cjWorkbook!.cell(name, cell), { name: SHEET, cell: edited.cell })).toBe(
      'Honorer Daerah',
    );
    // Nothing left to undo: the focus goes back to "Perbaiki…", not to the top of the page.
    await page.waitForFunction(() => document.activeElement?.id === 'fix');
    expect(await page.locator('#undo-bar').isHidden()).toBe(true);
    // Put the cell back as the demo had it, for the next test.
    await page.evaluate(({ name, cell, value }) => window.cjWorkbook!.setCell(name, cell, value), {
      name: SHEET,
      cell: edited.cell,
      value: edited.expectedOld,
    });
  });

  test('keyboard only: check, open the preview, choose a group with Space, apply, undo and see Undo refuse an edited cell; focus after each', async () => {
    const press = async (key: string) => page.keyboard.press(key);
    /** Tabs forward until the element with this id has the focus. */
    const tabTo = async (target: string) => {
      for (let i = 0; i < 120; i++) {
        if ((await focused(page)) === target) return;
        await press('Tab');
      }
      throw new Error(`Tab never reached #${target}; focus on #${await focused(page)}`);
    };
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('#lang').focus();
    await tabTo('check');
    await press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'checked-summary');

    // Open the preview, leave with Cancel: the focus is back on "Perbaiki…".
    await tabTo('fix');
    await press('Enter');
    await page.waitForSelector('#fix-preview:not([hidden])');
    expect(await focused(page)).toBe('h-fix');
    await tabTo('fix-cancel');
    await press('Enter');
    expect(await page.locator('#fix-preview').isHidden()).toBe(true);
    expect(await focused(page)).toBe('fix');

    // Open it again; Space on the checkboxes keeps only "Spasi berlebih".
    await press('Enter');
    await page.waitForSelector('#fix-preview:not([hidden])');
    for (const key of ['regency', 'listValue']) {
      await tabTo(`fix-group-${key}`);
      await press('Space');
      expect(await page.isChecked(`#fix-group-${key}`)).toBe(false);
      // The pane redrew: the focus stays on the checkbox.
      expect(await focused(page)).toBe(`fix-group-${key}`);
    }
    expect(await page.isChecked('#fix-group-spaces')).toBe(true);
    // The list of a group opens from the keyboard too.
    await tabTo('fix-group-spaces');
    await press('Tab');
    await press('Enter');
    expect(await page.locator('.fix-group[data-group=spaces] details').getAttribute('open')).toBe('');
    const before = await snapshot(page);
    await tabTo('fix-apply');
    expect(await page.textContent('#fix-apply')).toBe(`Terapkan ${id(expected.get('spaces')!.length)} perbaikan`);
    await press('Enter');
    await waitStatus(page, /sel diperbaiki/);
    await page.waitForFunction(() => document.activeElement?.id === 'undo-fix');
    expect(changedCells(before, await snapshot(page))).toEqual(cellsOf(expected.get('spaces')));

    // Undo from where the focus already is.
    await press('Enter');
    await waitStatus(page, /sel dikembalikan/);
    await page.waitForFunction(() => document.activeElement?.id === 'fix');
    expect(changedCells(before, await snapshot(page)).size).toBe(0);

    // Again with every group (the preview opens with all chosen); then one fixed cell is retyped and Undo,
    // still from the keyboard, refuses it and restores the rest.
    await press('Enter');
    await page.waitForSelector('#fix-preview:not([hidden])');
    expect(await focused(page)).toBe('h-fix');
    const all = [...expected.values()].flat();
    await tabTo('fix-apply');
    expect(await page.textContent('#fix-apply')).toBe(`Terapkan ${id(all.length)} perbaikan`);
    await press('Enter');
    await waitStatus(page, /sel diperbaiki/);
    await page.waitForFunction(() => document.activeElement?.id === 'undo-fix');
    expect(changedCells(before, await snapshot(page))).toEqual(cellsOf(all));
    const edited = expected.get('regency')![0];
    await page.evaluate(({ name, cell }) => window.cjWorkbook!.setCell(name, cell, 'Kota Singkawang'), { name: SHEET, cell: edited.cell });
    await press('Enter');
    await waitStatus(page, /tidak dikembalikan/);
    expect(await status(page)).toBe(
      `${id(all.length - 1)} sel dikembalikan. 1 sel tidak dikembalikan karena isinya diubah setelah perbaikan: ${SHEET}!${edited.cell}.`,
    );
    await page.waitForFunction(() => document.activeElement?.id === 'fix');
    expect(changedCells(before, await snapshot(page))).toEqual(new Set([edited.cell]));
  });

  test('no request left localhost and the page raised no errors or dialogs', () => {
    expect(preview.outside).toEqual([]);
    expect(preview.pageErrors).toEqual([]);
    expect(preview.dialogs).toEqual([]);
    expect(preview.cspViolations).toEqual([]);
  });
});
