#!/usr/bin/env node
// The operating-system programs the test suite needs, in one table, and the pre-test step (`npm test`
// runs it first as `pretest`) that sets them up:
// - on Debian as root (containers, CI), it installs what is missing with apt-get;
// - elsewhere it prints one line per missing program with the command that installs it, and the suites
//   that need that program then fail (test/support/system-tools.ts): they never pass by skipping.
// `node scripts/test-tools.js --check` only reports. Tests import `toolPath` from here.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

/** What the tests run, which Debian package brings it, and which suites need it. */
const TOOLS = [
  {
    id: 'chromium',
    commands: ['chromium', 'chromium-browser'],
    env: 'CHROMIUM_PATH',
    debian: 'chromium',
    usedBy: 'end-to-end tests (test/e2e)',
  },
  {
    id: 'soffice',
    commands: ['soffice', 'libreoffice'],
    env: 'SOFFICE_PATH',
    debian: 'libreoffice-calc-nogui',
    usedBy: 'summary recalculation (test/summary)',
  },
  {
    id: 'xmllint',
    commands: ['xmllint'],
    env: 'XMLLINT_PATH',
    debian: 'libxml2-utils',
    usedBy: 'XML well-formedness and manifest schema tests',
  },
  { id: 'pdftoppm', commands: ['pdftoppm'], env: 'PDFTOPPM_PATH', debian: 'poppler-utils', usedBy: 'summary printout test (test/summary)' },
];

function which(command) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, command);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** Absolute path of a tool, or null when it is not installed. */
function toolPath(id) {
  const tool = TOOLS.find((t) => t.id === id);
  if (!tool) throw new Error(`unknown test tool ${id}`);
  const fromEnv = process.env[tool.env];
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  for (const c of tool.commands) {
    const found = which(c);
    if (found) return found;
  }
  return null;
}

const isDebian = () => fs.existsSync('/etc/debian_version') && which('apt-get') !== null;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The command a person runs to install the tool on this machine. */
function installHint(tool) {
  if (process.platform === 'linux') return `sudo apt-get install -y ${tool.debian}`;
  if (process.platform === 'darwin')
    return tool.id === 'chromium'
      ? 'brew install --cask chromium'
      : tool.id === 'soffice'
        ? 'brew install --cask libreoffice'
        : `brew install ${tool.id === 'pdftoppm' ? 'poppler' : 'libxml2'}`;
  return `install ${tool.debian} (Debian name) and put ${tool.commands[0]} on PATH or set ${tool.env}`;
}

function main() {
  const checkOnly = process.argv.includes('--check');
  let missing = TOOLS.filter((t) => toolPath(t.id) === null);
  if (missing.length === 0) return 0;
  if (!checkOnly && isDebian() && isRoot()) {
    const packages = missing.map((t) => t.debian);
    console.log(`[test tools] installing with apt-get: ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env })
        : update;
    if (install.status !== 0) console.log('[test tools] apt-get failed; the suites below will fail until these are installed');
    missing = TOOLS.filter((t) => toolPath(t.id) === null);
  }
  for (const t of missing) console.log(`[test tools] missing ${t.id}, needed by ${t.usedBy}: ${installHint(t)}`);
  // The suites that need a missing tool fail on their own, with the same hint; the rest still run.
  return 0;
}

module.exports = { TOOLS, toolPath, installHint };

if (require.main === module) process.exitCode = main();
