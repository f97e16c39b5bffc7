// The real `jamsostek` command as installed (bin/jamsostek.js → dist/cli), run as a child process.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonCheckReport } from '../../src/cli/reports/check-report';
import { BIN, ensureBuiltCli } from '../support/built-cli';
import { addRosterSheet, compoundFile, tempDir, validRows, writeCleanRoster, writeWorkbook } from '../support/xlsx-fixtures';

const bin = BIN;
const dir = tempDir('jamsostek-bin-');

beforeAll(() => ensureBuiltCli(), 200_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LANG: 'C' } });

describe('node bin/jamsostek.js', () => {
  it('checks a roster with errors: exit 1 and the JSON report', async () => {
    const rows = validRows(25);
    rows[3].nik = '6112 0357 0890';
    const wb = new ExcelJS.Workbook();
    addRosterSheet(wb, 'Roster Nakes', rows);
    await writeWorkbook(wb, path.join(dir, 'roster.xlsx'));
    const result = run('check', 'roster.xlsx', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as JsonCheckReport;
    expect(report.rosters[0]).toMatchObject({ sheet: 'Roster Nakes', rows: 25 });
    expect(report.issues.find((i: { rule: string }) => i.rule === 'nik-format')).toMatchObject({ cell: 'C8', row: 8 });
  });

  it('exits 0 on a clean roster and prints the Indonesian report', async () => {
    await writeCleanRoster(path.join(dir, 'bersih.xlsx'), 10);
    const result = run('check', 'bersih.xlsx');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Roster ditemukan: 1');
  });

  it('exits 2 with one line and no stack trace on an encrypted file', () => {
    fs.writeFileSync(path.join(dir, 'kunci.xlsx'), compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    const result = run('check', 'kunci.xlsx');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^jamsostek: kunci\.xlsx: berkas dilindungi kata sandi[^\n]*\n$/);
  });

  it('exits 2 (and does not hang) on damaged compressed data', async () => {
    const good = await writeCleanRoster(path.join(dir, 'asli.xlsx'), 300);
    const bytes = Buffer.from(fs.readFileSync(good));
    const at = bytes.indexOf('xl/worksheets/sheet1.xml');
    for (let i = at + 100; i < at + 900; i++) bytes[i] ^= 0x5a;
    fs.writeFileSync(path.join(dir, 'rusak.xlsx'), bytes);
    const result = run('check', 'rusak.xlsx');
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('prints its version', () => {
    const result = run('--version');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
