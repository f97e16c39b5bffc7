// The pre-test step (scripts/test-tools.js): which OS programs the suites need, and what a machine without
// them is told. Run with a PATH that holds only fake programs, so the real machine's tools do not count.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireTool } from '../support/system-tools';

const SCRIPT = path.resolve(__dirname, '../../scripts/test-tools.js');
const TOOL_IDS = ['chromium', 'soffice', 'xmllint', 'pdftoppm'] as const;

function fakeBin(names: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-bin-'));
  for (const n of names) fs.writeFileSync(path.join(dir, n), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return dir;
}

function check(pathDirs: readonly string[]): string[] {
  const env: NodeJS.ProcessEnv = { PATH: pathDirs.join(path.delimiter), HOME: os.tmpdir() };
  const r = spawnSync(process.execPath, [SCRIPT, '--check'], { env, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter((l) => l !== '');
}

describe('pre-test tool step', () => {
  test('prints one line per missing program, with the command that installs it', () => {
    const lines = check([fakeBin(['soffice'])]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/missing chromium, needed by end-to-end tests .*apt-get install -y chromium$/);
    expect(lines[1]).toMatch(/missing xmllint.*apt-get install -y libxml2-utils$/);
    expect(lines[2]).toMatch(/missing pdftoppm.*apt-get install -y poppler-utils$/);
  });

  test('prints nothing when every program is there', () => {
    expect(check([fakeBin(['chromium', 'libreoffice', 'xmllint', 'pdftoppm'])])).toEqual([]);
  });

  test('a suite that needs a missing program fails with the install command instead of skipping', () => {
    const saved = process.env.PATH;
    const savedOverrides = Object.fromEntries(
      ['CHROMIUM_PATH', 'SOFFICE_PATH', 'XMLLINT_PATH', 'PDFTOPPM_PATH'].map((k) => [k, process.env[k]]),
    );
    try {
      process.env.PATH = fakeBin([]);
      for (const k of Object.keys(savedOverrides)) delete process.env[k];
      for (const id of TOOL_IDS) expect(() => requireTool(id)).toThrow(/is not installed; install it with: .*apt-get install -y /);
      process.env.PATH = fakeBin(['chromium']);
      expect(requireTool('chromium')).toBe(path.join(process.env.PATH, 'chromium'));
    } finally {
      process.env.PATH = saved;
      for (const [k, v] of Object.entries(savedOverrides)) if (v !== undefined) process.env[k] = v;
    }
  });
});
