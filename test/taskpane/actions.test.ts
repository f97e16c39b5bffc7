// The pane's actions on an in-memory workbook, without the DOM: the settings a summary uses, the target field
// and the stored settings, the scope a check and its summary cover, Fix and Undo, as a planner meets them.
import { cellText } from '../../src/core/cells';
import { serialFromYmd } from '../../src/core/dates';
import { generateDemo } from '../../src/core/demo/demo';
import { checkGrids } from '../../src/core/roster/check';
import { parseTarget } from '../../src/core/settings/target';
import { computeSummary } from '../../src/core/summary/model';
import { MemoryWorkbook } from '../../src/hosts/memory/memory-workbook';
import { PaneActions } from '../../src/taskpane/actions';
import { t } from '../../src/taskpane/i18n';
import { rosterTemplate } from '../../src/taskpane/workflow';
import { generateRoster } from '../support/roster-fixture';

const roster = generateRoster({ rows: 80, seed: 5, sheet: 'Nakes', activeShare: 0.4 });

/** "Today" in the pane's clock: 26 November 2025, so a new workbook's year is 2025 (the year of today). */
const IN_2025 = serialFromYmd(2025, 11, 26);

function pane(settings: Parameters<MemoryWorkbook['setSettings']>[0] = {}, today = IN_2025) {
  const wb = new MemoryWorkbook([{ name: 'Nakes', rows: roster.grid.rows.map((r) => [...r]) }]);
  const actions = new PaneActions(wb, 'id', undefined, undefined, () => today);
  return { wb, actions, ready: wb.setSettings(settings).then(() => actions.loadSettings()) };
}

const titleOf = (wb: MemoryWorkbook) => wb.sheet('Ringkasan Rakor')?.cells[0]?.[0];

describe('regression: province changed after the check, then "Sisipkan ringkasan"', () => {
  it('checks again for the new province before writing, instead of mixing the old check with the new province', async () => {
    const { wb, actions, ready } = pane();
    await ready;
    await actions.check();
    expect(actions.state.result!.options.province).toBe('61');
    await actions.enterProvince('12');

    const status = await actions.insertSummary();
    expect(status).toEqual({
      key: 'summaryRechecked',
      params: { sheet: 'Ringkasan Rakor', province: '12 Sumatera Utara', year: 2025 },
    });
    const fresh = checkGrids([roster.grid], { province: '12', today: IN_2025 });
    const result = actions.state.result!;
    expect(result.options.province).toBe('12');
    expect(result.counts).toEqual(fresh.counts);
    expect(actions.state.summary!.province).toEqual({ code: '12', name: 'Sumatera Utara' });
    expect(titleOf(wb)).toContain('Sumatera Utara (12)');
    // Kalimantan Barat's target stays in the field when the province changes (Sumatera Utara has none published).
    expect(actions.state.summary!.target).toBe(0.5956);
  });

  it("does not check again when only the target changed: the target is the summary's own", async () => {
    const { actions, ready } = pane();
    await ready;
    await actions.check();
    const checked = actions.state.result;
    await actions.enterTarget('45');
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
    expect(actions.state.result).toBe(checked);
    expect(actions.state.summary!.target).toBe(0.45);
  });

  it('checks again when the year changed, and follows the published target to 60.80 % for 2026', async () => {
    const { wb, actions, ready } = pane();
    await ready;
    await actions.check();
    await actions.enterYear('2026');
    expect(actions.state.settings).toEqual({
      province: '61',
      year: 2026,
      target: 0.608,
      regency: null,
      kpjMeansActive: false,
      regencyTargets: {},
    });
    // the year picked is stored; the published target is not (it follows the year)
    expect(await wb.getSettings()).toEqual({ year: 2026 });
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryRechecked', params: { year: 2026 } });
    expect(actions.state.summary).toMatchObject({ year: 2026, target: 0.608 });
  });
});

describe('the target field', () => {
  it('saves "60,80" as 60.80 % (it used to become 6080 and be dropped)', async () => {
    const { wb, actions, ready } = pane();
    await ready;
    await actions.enterTarget('60,80');
    expect(actions.state.settings.target).toBe(0.608);
    expect(actions.state.problems.target).toBeUndefined();
    expect((await wb.getSettings()).target).toBe(0.608);
  });

  it('keeps a refused text with its message, saves nothing, and the summary waits for it', async () => {
    const { wb, actions, ready } = pane();
    await ready;
    await actions.enterTarget('6080');
    expect(actions.state.problems.target).toEqual({
      text: '6080',
      error: {
        id: 'Target "6080" tidak dapat dipakai. Tulis persen di atas 0 sampai 100, misalnya 59,56 atau 59,56 %, atau pecahan seperti 0,5956.',
        en: 'Target "6080" cannot be used. Write a percentage above 0 up to 100, e.g. 59.56 or 59.56 %, or a fraction such as 0.5956.',
      },
    });
    expect((await wb.getSettings()).target).toBeUndefined();
    expect(await actions.insertSummary()).toEqual({ key: 'fixFields', error: true, focus: 'target' });
    expect(wb.sheet('Ringkasan Rakor')).toBeUndefined();
    // A typed value that was refused is not replaced when the year changes.
    await actions.enterYear('2026');
    expect(actions.state.problems.target?.text).toBe('6080');
    await actions.enterTarget('0,5956');
    expect(actions.state.problems).toEqual({});
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
  });

  it('a province without a published target asks for one; the summary waits until it is entered', async () => {
    const { actions, ready } = pane({ province: '12' });
    await ready;
    expect(actions.state.settings.target).toBeNull();
    expect(actions.state.problems.target?.error.id).toContain('Belum ada target UCJ bawaan untuk Sumatera Utara (12)');
    expect(await actions.insertSummary()).toMatchObject({ key: 'fixFields', focus: 'target' });
    await actions.enterTarget('45 %');
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
    expect(actions.state.summary).toMatchObject({ province: { code: '12' }, target: 0.45 });
  });

  it('a stored target outside (0, 100 %] is shown with its message, never used', async () => {
    const { actions, ready } = pane({ target: 59.56 });
    await ready;
    expect(actions.state.problems.target?.text).toBe('5956 %');
    expect(await actions.insertSummary()).toMatchObject({ key: 'fixFields' });
  });
});

describe('the year a new workbook starts with (issue 10: as the CLI, the year of today)', () => {
  it("today in 2026: the pane's year is 2026 and its target 60.80 %, the year the check and summary are for", async () => {
    const { actions, ready } = pane({}, serialFromYmd(2026, 3, 2));
    await ready;
    expect(actions.state.settings).toMatchObject({ year: 2026, target: 0.608 });
    await actions.check();
    expect(actions.state.result!.options.year).toBe(2026);
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
    expect(actions.state.summary).toMatchObject({ year: 2026, target: 0.608 });
  });

  it('a year the user picked is kept in the workbook and wins over the year of today', async () => {
    const { wb, actions, ready } = pane({}, serialFromYmd(2026, 3, 2));
    await ready;
    await actions.enterYear('2025');
    const reopened = new PaneActions(wb, 'id', undefined, undefined, () => serialFromYmd(2026, 3, 2));
    await reopened.loadSettings();
    expect(reopened.state.settings).toMatchObject({ year: 2025, target: 0.5956 });
  });
});

describe('targets per kab/kota from the pane (issue 10)', () => {
  const rowOf = (wb: MemoryWorkbook, name: string) => wb.sheet('Ringkasan Rakor')!.cells.find((r) => r[0] === name)!;

  it('an own target flows into the summary as --targets does: the row carries it, its gap follows it', async () => {
    const { wb, actions, ready } = pane();
    await ready;
    await actions.enterRegencyTarget('6171', '45');
    expect(actions.state.settings.regencyTargets).toEqual({ '6171': 0.45 });
    expect((await wb.getSettings()).regencyTargets).toEqual({ '6171': 0.45 });
    await actions.check();
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
    const model = actions.state.summary!;
    // the same model the CLI's --targets gives (computeSummary's regencyTargets)
    const cli = computeSummary(actions.state.result!, { target: parseTarget('59,56'), regencyTargets: { '6171': parseTarget('45') } });
    expect(model.byRegency).toEqual(cli.byRegency);
    const pontianak = model.byRegency.rows.find((r) => r.key === '6171')!;
    expect(pontianak).toMatchObject({ target: 0.45, ownTarget: true });
    // on the sheet: Target (%) typed for Kota Pontianak, =Target_UCJ for the others
    const heads = wb.sheet('Ringkasan Rakor')!.cells.find((r) => r[0] === 'Kabupaten/Kota')!;
    const col = heads.indexOf('Target (%)');
    expect(rowOf(wb, 'Kota Pontianak')[col]).toBe(0.45);
    expect(rowOf(wb, 'Kabupaten Sambas')[col]).toBe(0.5956);
  });

  it('a refused text stays beside its field with the message, is not stored, and the summary waits for it', async () => {
    const { wb, actions, ready } = pane();
    await ready;
    await actions.enterRegencyTarget('6101', '5956');
    expect(actions.state.targetProblems['6101']).toMatchObject({ text: '5956' });
    expect(actions.state.targetProblems['6101'].error.id).toContain('Target "5956" tidak dapat dipakai');
    expect((await wb.getSettings()).regencyTargets).toBeUndefined();
    await actions.check();
    expect(await actions.insertSummary()).toEqual({ key: 'fixFields', error: true, focus: 'target-6101' });
    expect(wb.sheet('Ringkasan Rakor')).toBeUndefined();
    // emptied: Sambas follows the province again
    await actions.enterRegencyTarget('6101', '');
    expect(actions.state.targetProblems).toEqual({});
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
  });

  it("a kab/kota's published target (Kota Pontianak 2026: 45 %) is its default; the reopened pane keeps an own one", async () => {
    const in2026 = serialFromYmd(2026, 3, 2);
    const { wb, actions, ready } = pane({}, in2026);
    await ready;
    await actions.check();
    await actions.insertSummary();
    expect(actions.state.summary!.byRegency.rows.find((r) => r.key === '6171')).toMatchObject({ target: 0.45, ownTarget: true });
    expect(actions.state.summary!.byRegency.rows.find((r) => r.key === '6101')).toMatchObject({ target: 0.608, ownTarget: false });
    await actions.enterRegencyTarget('6101', '0,5');
    const reopened = new PaneActions(wb, 'id', undefined, undefined, () => in2026);
    await reopened.loadSettings();
    expect(reopened.state.settings.regencyTargets).toEqual({ '6101': 0.5 });
  });
});

describe('roster settings in the pane', () => {
  it("the kab/kota setting and 'KPJ without status means Aktif' reach the check; a wrong kab/kota keeps its text with the message", async () => {
    const wb = new MemoryWorkbook([
      {
        name: 'Data',
        rows: [
          ['Nama', 'NIK', 'Status Kepesertaan', 'No KPJ'],
          ['Rani', '6112035204900001', null, '12345000001'],
        ],
      },
    ]);
    const actions = new PaneActions(wb, 'id');
    await actions.enterRegency('Gotham');
    expect(actions.state.problems.regency?.text).toBe('Gotham');
    await actions.enterRegency('Kab. Sanggau');
    expect(actions.state.problems.regency).toBeUndefined();
    await actions.setKpjMeansActive(true);
    await actions.check();
    const result = actions.state.result!;
    expect(result.rosters[0].context?.regency).toEqual({ code: '6103', name: 'Kabupaten Sanggau', from: 'setting' });
    expect(result.parsed[0].records[0]).toMatchObject({ regencyCode: '6103', membershipStatus: 'Aktif' });
    expect(result.options.kpjMeansActive).toBe(true);
  });
});

describe('regression: the scope the user chose holds through Fix, recheck and summary (issue 10)', () => {
  // The demo workbook the preview opens: Nakes Non-ASN (9,350 eligible), Kader Kesehatan and a draft.
  const demo = generateDemo(1);
  async function demoPane() {
    const wb = new MemoryWorkbook();
    for (const s of demo.sheets) await wb.insertRosterSheet({ ...s });
    const nakes = demo.sheets[0].name;
    wb.setActive(nakes);
    const actions = new PaneActions(wb, 'id');
    await actions.loadSettings();
    return { wb, actions, nakes };
  }
  const rostersOf = (actions: PaneActions) => actions.state.result!.rosters.map((r) => r.sheet);

  it('check the active sheet, write the issue list, apply fixes: the recheck and the summary still cover that sheet alone', async () => {
    const { wb, actions, nakes } = await demoPane();
    expect(await actions.check()).toBeNull();
    expect(rostersOf(actions)).toEqual([nakes]);
    await actions.writeIssueSheet();
    expect(await wb.activeSheet()).toBe('Pemeriksaan Data');
    expect(actions.previewFixes()).toBeNull();
    expect(actions.state.fixes.length).toBeGreaterThan(0);
    expect(await actions.applyFixes()).toMatchObject({ key: 'fixApplied' });
    // It used to recheck every roster here (the active sheet was the issue list) while the radio said "Lembar aktif".
    expect(rostersOf(actions)).toEqual([nakes]);
    expect(actions.state.checked).toEqual({ scope: 'active', sheets: [nakes] });
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryWritten' });
    const m = actions.state.summary!;
    expect(m.scope.map((r) => r.sheet)).toEqual([nakes]);
    expect([m.totals.eligible, m.totals.covered, Math.round(m.totals.coverage! * 1000) / 10]).toEqual([9350, 3141, 33.6]);
  });

  it('a province changed after the check rechecks the same sheet, wherever the user stands', async () => {
    const { wb, actions, nakes } = await demoPane();
    await actions.check();
    await actions.writeIssueSheet();
    await actions.enterProvince('12');
    expect(await actions.insertSummary()).toMatchObject({ key: 'summaryRechecked' });
    expect(rostersOf(actions)).toEqual([nakes]);
    expect(actions.state.summary!.scope.map((r) => r.sheet)).toEqual([nakes]);
    expect(await wb.activeSheet()).toBe('Ringkasan Rakor');
  });

  it('Check while standing on a generated sheet checks the last sheet again and says so; with no earlier check it asks', async () => {
    const { wb, actions, nakes } = await demoPane();
    await actions.check();
    await actions.insertSummary();
    expect(await wb.activeSheet()).toBe('Ringkasan Rakor');
    expect(await actions.check()).toEqual({ key: 'checkedLastActive', params: { sheet: 'Ringkasan Rakor', sheets: nakes } });
    expect(rostersOf(actions)).toEqual([nakes]);

    const fresh = new PaneActions(wb, 'id');
    await fresh.loadSettings();
    expect(await fresh.check()).toEqual({
      key: 'activeIsGenerated',
      params: { sheet: 'Ringkasan Rakor' },
      error: true,
      focus: 'scope-all',
    });
    expect(fresh.state.result).toBeNull();
    expect(await fresh.insertSummary()).toMatchObject({ key: 'activeIsGenerated', error: true });
    expect(fresh.state.summary).toBeNull();
  });

  it('choosing every roster after the check: the summary checks every roster first and says so', async () => {
    const { actions, nakes } = await demoPane();
    await actions.check();
    actions.state.scope = 'all';
    expect(await actions.insertSummary()).toEqual({
      key: 'summaryRescoped',
      params: { sheet: 'Ringkasan Rakor', scope: 'semua roster' },
    });
    expect(actions.state.checked).toEqual({ scope: 'all' });
    expect(rostersOf(actions).length).toBeGreaterThan(1);
    expect(rostersOf(actions)[0]).toBe(nakes);
    expect(actions.state.summary!.scope.length).toBe(rostersOf(actions).length);
  });
});

describe('the check results', () => {
  it('regression: checking an empty roster template says there are no rows to check, not "Data siap dipakai"', async () => {
    const wb = new MemoryWorkbook();
    const sheet = await wb.insertRosterSheet(rosterTemplate('61', 'Roster Baru'));
    const actions = new PaneActions(wb, 'id');
    expect(await actions.check()).toEqual({ key: 'noRows', params: { sheets: sheet } });
    expect(actions.state.result!.issues).toEqual([]);
    expect(t('id', 'noRows', { sheets: sheet })).toBe('Tidak ada baris untuk diperiksa: Roster Baru hanya berisi judul kolom.');
    expect(t('en', 'noRows', { sheets: sheet })).toBe('No rows to check: Roster Baru holds only its header row.');
  });

  it('a count tile shows its severity alone and says what the list shows; pressed again, all', async () => {
    const wb = new MemoryWorkbook();
    await wb.insertRosterSheet({ ...generateDemo(1).sheets[0] });
    const actions = new PaneActions(wb, 'en');
    await actions.check();
    const info = actions.state.result!.issues.filter((i) => i.severity === 'info');
    expect(info.length).toBeGreaterThan(1);
    expect(actions.toggleFilter('info')).toEqual({
      key: 'filterShown',
      params: { severity: 'Info', count: info.length.toLocaleString('en-US'), rules: String(new Set(info.map((i) => i.rule)).size) },
    });
    expect(actions.state.filter).toBe('info');
    expect(actions.toggleFilter('warning')).toMatchObject({ key: 'filterShown', params: { severity: 'Warnings' } });
    expect(actions.state.filter).toBe('warning');
    expect(actions.toggleFilter('warning')).toEqual({ key: 'filterAll' });
    expect(actions.state.filter).toBeNull();
    // A new check shows everything again.
    actions.toggleFilter('info');
    await actions.check();
    expect(actions.state.filter).toBeNull();
  });
});

describe('Fix: choose groups, apply, undo', () => {
  const messy = generateRoster({ rows: 9_000, seed: 7, sheet: 'Nakes', oddSpellings: 0.6 });

  async function fixPane(lang: 'id' | 'en' = 'id') {
    const wb = new MemoryWorkbook([{ name: 'Nakes', rows: messy.grid.rows.map((r) => [...r]) }]);
    const actions = new PaneActions(wb, lang);
    await actions.loadSettings();
    await actions.check();
    return { wb, actions };
  }

  it('applies only the chosen group, reports the count with a thousands separator, and undoes it', async () => {
    const { wb, actions } = await fixPane();
    expect(actions.previewFixes()).toBeNull();
    const all = actions.state.fixes;
    const groups = new Set(all.map((f) => f.group));
    expect([...groups].sort()).toEqual(['listValue', 'regency', 'spaces']);
    // Every group starts chosen; the planner keeps only kab/kota names.
    expect(actions.state.fixChosen).toEqual(groups);
    actions.chooseFixGroup('listValue', false);
    actions.chooseFixGroup('spaces', false);
    const regency = all.filter((f) => f.group === 'regency');
    expect(regency.length).toBeGreaterThan(1_000);
    const before = wb.sheet('Nakes')!.cells.map((r) => [...r]);

    const status = await actions.applyFixes();
    expect(status).toEqual({
      key: 'fixApplied',
      params: { count: regency.length.toLocaleString('id-ID'), skipped: '0' },
      focus: 'undo-fix',
    });
    expect(status.params!.count).toMatch(/^\d\.\d{3}$/);
    const changed = new Set<string>();
    wb.sheet('Nakes')!.cells.forEach((row, r) =>
      row.forEach((v, c) => v !== before[r][c] && changed.add(`${String.fromCharCode(65 + c)}${r + 1}`)),
    );
    expect(changed).toEqual(new Set(regency.map((f) => f.cell)));
    expect(actions.state.fixes).toEqual([]);
    expect(actions.state.undoable).toEqual([{ id: 1, cells: regency.length }]);
    // Checked again: no kab/kota fix left, the other kinds still offered.
    actions.previewFixes();
    expect(new Set(actions.state.fixes.map((f) => f.group))).toEqual(new Set(['listValue', 'spaces']));
    actions.cancelFixes();

    expect(await actions.undoFix()).toEqual({ key: 'fixUndone', params: { count: regency.length.toLocaleString('id-ID') }, focus: 'fix' });
    expect(wb.sheet('Nakes')!.cells).toEqual(before);
    expect(actions.state.undoable).toEqual([]);
    expect(await actions.undoFix()).toEqual({ key: 'fixUndoNone', error: true });
  });

  it('Cancel during the check after Fix or Undo: the change stands, undoable, and the stale results are dropped', async () => {
    const { wb, actions } = await fixPane();
    actions.previewFixes();
    const fixes = actions.state.fixes;
    const cancelled = new AbortController();
    cancelled.abort();
    expect(await actions.applyFixes({ signal: cancelled.signal })).toEqual({
      key: 'fixAppliedUnchecked',
      params: { count: fixes.length.toLocaleString('id-ID'), skipped: '0' },
      focus: 'undo-fix',
    });
    expect(fixes.every((f) => wb.cell(f.sheet, f.cell) === f.fix.value)).toBe(true);
    // The results described the sheet before the fix: they are gone, not shown as current.
    expect(actions.state.result).toBeNull();
    expect(actions.state.undoable).toEqual([{ id: 1, cells: fixes.length }]);
    await actions.check();
    expect(await actions.undoFix({ signal: cancelled.signal })).toEqual({
      key: 'fixUndoneUnchecked',
      params: { count: fixes.length.toLocaleString('id-ID') },
      focus: 'check',
    });
    expect(fixes.every((f) => wb.cell(f.sheet, f.cell) === f.expectedOld)).toBe(true);
    expect(actions.state.result).toBeNull();
  });

  it('nothing chosen: nothing applied, and the pane says to choose', async () => {
    const { wb, actions } = await fixPane();
    actions.previewFixes();
    for (const key of actions.state.fixChosen) actions.chooseFixGroup(key, false);
    const before = JSON.stringify(wb.sheet('Nakes')!.cells);
    expect(await actions.applyFixes()).toEqual({ key: 'fixNoneChosen', error: true });
    expect(JSON.stringify(wb.sheet('Nakes')!.cells)).toBe(before);
  });

  it('undo refuses cells edited since the fix, says how many and where; a reloaded pane finds the stack', async () => {
    const { wb, actions } = await fixPane('en');
    actions.previewFixes();
    for (const key of actions.state.fixChosen) if (key !== 'spaces') actions.chooseFixGroup(key, false);
    await actions.applyFixes();
    actions.previewFixes();
    await actions.applyFixes();
    expect(actions.state.undoable.map((b) => b.id)).toEqual([1, 2]);
    const second = actions.state.undoable[1];
    // The pane is reloaded: the stack is in the workbook.
    const reloaded = new PaneActions(wb, 'en');
    await reloaded.loadUndoable();
    expect(reloaded.state.undoable).toEqual(actions.state.undoable);
    // Seven fixed cells of the newest batch are edited by hand.
    const store = wb.sheet('CJ_Marks')!;
    const last = store.cells
      .filter((r) => r[7] === 2)
      .slice(0, 7)
      .map((r) => ({ sheet: cellText(r[8]), cell: cellText(r[9]) }));
    for (const r of last) wb.setCell(r.sheet, r.cell, 'edited');
    const status = await reloaded.undoFix();
    const shown = last.slice(0, 5).map((r) => `${r.sheet}!${r.cell}`);
    expect(status).toEqual({
      key: 'fixUndoRefused',
      params: { count: (second.cells - 7).toLocaleString('en-US'), refused: '7', cells: `${shown.join(', ')} and 2 more` },
      error: true,
      focus: 'undo-fix',
    });
    expect(last.every((r) => wb.cell(r.sheet, r.cell) === 'edited')).toBe(true);
    expect(reloaded.state.undoable).toEqual([{ id: 1, cells: actions.state.undoable[0].cells }]);
    // The last batch undone in a pane that has not checked yet: no "Fix…" to go back to, the focus goes to Check.
    expect(await reloaded.undoFix()).toMatchObject({ key: 'fixUndone', focus: 'check' });
    expect(reloaded.state.undoable).toEqual([]);
  });
});
