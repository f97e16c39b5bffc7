// --province and --target go through the core's one province parser and one target parser: every form the
// task pane accepts works on the command line too, and a refusal is one line naming the flag and the forms.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { summaryJson } from '../../src/core/summary/model';
import { writeRosterWorkbook } from '../../src/hosts/xlsx/write-rosters';
import { generateRoster } from '../support/roster-fixture';
import { expectOneLineFailure, runCli } from './run-cli';

type SummaryJson = ReturnType<typeof summaryJson>;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jamsostek-settings-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const f = generateRoster({ rows: 60, seed: 8, sheet: 'Roster', activeShare: 0.4 });
  await writeRosterWorkbook(path.join(dir, 'roster.xlsx'), [{ name: 'Roster', rows: f.grid.rows, headerRow: f.headerRow - 1 }]);
});

const summary = async (...flags: string[]) => {
  const run = await runCli(['summary', 'roster.xlsx', '--year', '2025', '--json', ...flags], {}, dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as SummaryJson;
};

describe('summary --target', () => {
  it.each(['59,56', '59.56', '59,56 %', '59.56%', '0,5956', '0.5956'])('reads %j as 59.56 %', async (target) => {
    expect((await summary('--target', target)).target).toBe(0.5956);
  });

  it('regression: --target 59.56 used to be refused; 60,80 is Kalimantan Barat 2026', async () => {
    expect((await summary('--target', '59.56')).target).toBe(0.5956);
    expect((await summary('--target', '60,80')).target).toBe(0.608);
  });

  it('regression: --target 5956 is refused with one line naming the forms, and the form it suggests is accepted', async () => {
    const line = expectOneLineFailure(await runCli(['summary', 'roster.xlsx', '--year', '2025', '--target', '5956'], {}, dir));
    expect(line).toContain('--target: Target "5956" tidak dapat dipakai. Tulis persen di atas 0 sampai 100, misalnya 59,56 atau 59,56 %');
    expect(line).toContain('(--target: Target "5956" cannot be used.');
    expect((await summary('--target', '59,56')).target).toBe(0.5956);
  });

  it.each(['0', '-5', '100,5', 'abc', ''])('refuses %j with one line', async (target) => {
    expect(expectOneLineFailure(await runCli(['summary', 'roster.xlsx', '--year', '2025', `--target=${target}`], {}, dir))).toContain(
      '--target: Target',
    );
  });

  it('the text report writes the target as the language does', async () => {
    const id = await runCli(['summary', 'roster.xlsx', '--year', '2025', '--target', '60,8'], {}, dir);
    expect(id.stdout).toContain('Target 60,80 %');
    const en = await runCli(['summary', 'roster.xlsx', '--year', '2025', '--target', '60,8', '--lang', 'en'], {}, dir);
    expect(en.stdout).toContain('Target 60.80 %');
  });
});

describe('--province', () => {
  it('defaults to Kalimantan Barat and its published 2025 target', async () => {
    const json = await summary();
    expect(json.province).toEqual({ code: '61', name: 'Kalimantan Barat' });
    expect(json.target).toBe(0.5956);
  });
});

describe('--year', () => {
  const bare = async (...flags: string[]) => {
    const run = await runCli(['summary', 'roster.xlsx', '--json', ...flags], {}, dir);
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as SummaryJson;
  };

  it("picks that year's published target: 2026 is 60.80 % for Kalimantan Barat", async () => {
    const json = await bare('--year', '2026');
    expect(json.year).toBe(2026);
    expect(json.target).toBe(0.608);
  });

  it("regression: without --year the figures are for this year and the target is this year's, never another year's", async () => {
    const year = new Date().getFullYear();
    const run = await runCli(['summary', 'roster.xlsx', '--json', '--lang', 'en'], {}, dir);
    const published = { 2025: 0.5956, 2026: 0.608 }[year];
    if (published === undefined) {
      // no built-in target for this year: asked for, not borrowed from another year
      expect(expectOneLineFailure(run)).toContain(`There is no built-in UCJ target for Kalimantan Barat (61) in ${year}.`);
    } else {
      const json = JSON.parse(run.stdout) as SummaryJson;
      expect(json.year).toBe(year);
      expect(json.target).toBe(published);
    }
  });

  it('a year without a published target asks for --target; with it the summary runs', async () => {
    const line = expectOneLineFailure(await runCli(['summary', 'roster.xlsx', '--year', '2030', '--lang', 'en'], {}, dir));
    expect(line).toContain('--target: There is no built-in UCJ target for Kalimantan Barat (61) in 2030.');
    expect((await bare('--year', '2030', '--target', '62')).target).toBe(0.62);
  });

  it('refuses a year that is not one', async () => {
    expect(expectOneLineFailure(await runCli(['summary', 'roster.xlsx', '--year', '26'], {}, dir))).toContain('--year:');
  });

  it("another province has no built-in target: --target is asked for rather than Kalimantan Barat's borrowed", async () => {
    const line = expectOneLineFailure(
      await runCli(['summary', 'roster.xlsx', '--year', '2025', '--province', '12', '--lang', 'en'], {}, dir),
    );
    expect(line).toContain('--target: There is no built-in UCJ target for Sumatera Utara (12) in 2025. Enter the target');
    const json = await summary('--province', '12', '--target', '45');
    expect(json.province).toEqual({ code: '12', name: 'Sumatera Utara' });
    expect(json.target).toBe(0.45);
  });

  it.each([['check'], ['summary']])('%s refuses an unknown province with the one province message', async (command) => {
    const line = expectOneLineFailure(await runCli([command, 'roster.xlsx', '--province', '99'], {}, dir));
    expect(line).toContain('--province: Kode provinsi "99" tidak dikenal. Tulis kode provinsi 2 digit, misalnya 61 (Kalimantan Barat).');
  });
});
