// The pane's actions on an in-memory workbook, without the DOM: the settings a summary uses, the target field
// and the stored settings, the scope a check and its summary cover, as a planner meets them.
import { generateDemo } from '../../src/core/demo/demo';
import { checkGrids } from '../../src/core/roster/check';
import { MemoryWorkbook } from '../../src/hosts/memory/memory-workbook';
import { PaneActions } from '../../src/taskpane/actions';
import { t } from '../../src/taskpane/i18n';
import { rosterTemplate } from '../../src/taskpane/workflow';
import { generateRoster } from '../support/roster-fixture';

const roster = generateRoster({ rows: 80, seed: 5, sheet: 'Nakes', activeShare: 0.4 });

function pane(settings: Parameters<MemoryWorkbook['setSettings']>[0] = {}) {
  const wb = new MemoryWorkbook([{ name: 'Nakes', rows: roster.grid.rows.map((r) => [...r]) }]);
  const actions = new PaneActions(wb, 'id');
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
    const fresh = checkGrids([roster.grid], { province: '12' });
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
    expect(actions.state.settings).toEqual({ province: '61', year: 2026, target: 0.608 });
    expect(await wb.getSettings()).toMatchObject({ year: 2026, target: 0.608 });
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
    expect(info.length).toBeGreaterThan(1000);
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
