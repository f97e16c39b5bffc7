import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  allProblems,
  checkIcons,
  checkLocales,
  checkOrigins,
  checkResids,
  checkSharedRuntime,
  manifestUrls,
  parseManifest,
} from './manifest-checks';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
// The Office XSDs live beside the repository (see ../shared/manifest-schema/README.md).
const SCHEMA_DIR = path.join(ROOT, 'scripts/manifest-schema');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require(path.join(ROOT, 'webpack.config.js')) as {
  rewriteManifest: (content: Buffer, urlProd?: string) => string;
};

const doc = parseManifest(MANIFEST);
const text = (name: string) => doc.getElementsByTagNameNS('*', name)[0]?.textContent?.trim();
const attr = (name: string, a: string) => doc.getElementsByTagNameNS('*', name)[0]?.getAttribute(a);

describe('manifest.xml hangs together', () => {
  test('every resid referenced is defined (and every resource is used)', () => {
    expect(checkResids(doc)).toEqual([]);
  });

  test('all URLs share one https origin, the dev server', () => {
    expect(checkOrigins(doc)).toEqual([]);
    expect(new Set(manifestUrls(doc).map((u) => new URL(u).origin))).toEqual(new Set(['https://localhost:3000']));
  });

  test('one long-lived runtime used by the task pane, the custom-functions Page and the FunctionFile', () => {
    expect(checkSharedRuntime(doc)).toEqual([]);
  });

  test('every icon file exists at its declared size', () => {
    expect(checkIcons(doc, ROOT)).toEqual([]);
  });

  test('Indonesian by default, en-US overrides, Indonesian function metadata for id-ID', () => {
    expect(checkLocales(doc)).toEqual([]);
    expect(attr('DisplayName', 'DefaultValue')).toBe('Cakupan Jamsostek');
  });

  test('custom functions in the JAMSOSTEK namespace, served from files the build emits', () => {
    const strings = Array.from(doc.getElementsByTagNameNS('*', 'String'));
    const ns = strings.find((s) => s.getAttribute('id') === attr('Namespace', 'resid'));
    expect(ns?.getAttribute('DefaultValue')).toBe('JAMSOSTEK');
    const paths = manifestUrls(doc).map((u) => new URL(u).pathname);
    const emitted = ['/taskpane.html', '/functions.js', '/functions.json', '/functions-id.json', '/help.html'];
    for (const p of emitted) expect(paths).toContain(p);
    // every non-icon URL is one of the files the build emits
    for (const p of paths.filter((x) => !x.startsWith('/assets/'))) expect(emitted).toContain(p);
  });

  test('the manifest version is the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(text('Version')).toBe(`${pkg.version}.0`);
    expect(text('Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test('a Home tab button opens the task pane', () => {
    const tab = doc.getElementsByTagNameNS('*', 'OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const action = Array.from(tab.getElementsByTagNameNS('*', 'Action'))[0];
    expect(action.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('ShowTaskpane');
    expect(text('Permissions')).toBe('ReadWriteDocument');
  });
});

describe('the coherence checks catch broken manifests', () => {
  test('an undefined resid', () => {
    const broken = MANIFEST.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Labl"/>');
    expect(checkResids(parseManifest(broken))).toEqual(expect.arrayContaining([expect.stringContaining('"Group.Labl"')]));
  });

  test('a URL on another origin, or plain http', () => {
    const broken = MANIFEST.replace(
      'https://localhost:3000/help.html"/>\n  <Hosts>',
      'http://localhost:3000/help.html"/>\n  <Hosts>',
    ).replace('https://localhost:3000/functions.js', 'https://cdn.example.com/functions.js');
    const problems = checkOrigins(parseManifest(broken));
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('is not https'), expect.stringContaining('cdn.example.com')]));
  });

  test('a FunctionFile outside the shared runtime', () => {
    const broken = MANIFEST.replace('<FunctionFile resid="Shared.Runtime.Url"/>', '<FunctionFile resid="Help.Url"/>');
    expect(checkSharedRuntime(parseManifest(broken))).toEqual([expect.stringContaining('<FunctionFile>')]);
  });

  test('an icon declared at the wrong size, or missing', () => {
    const wrong = MANIFEST.replace(
      'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
      'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"',
    );
    const problems = checkIcons(parseManifest(wrong), ROOT);
    expect(problems.length).toBeGreaterThan(0); // once per place the 80 px icon is used
    for (const p of problems) expect(p).toContain('icon-64.png is 64×64, declared 80');
    const missing = MANIFEST.replace('assets/icon-16.png', 'assets/icon-15.png');
    expect(checkIcons(parseManifest(missing), ROOT)).toEqual(expect.arrayContaining([expect.stringContaining('icon-15.png')]));
  });

  test('a text without its en-US override', () => {
    const broken = MANIFEST.replace('<Override Locale="en-US" Value="Jamsostek Coverage"/>\n  </DisplayName>', '</DisplayName>');
    expect(checkLocales(parseManifest(broken))).toEqual(['DisplayName has no en-US override']);
  });
});

describe('production build', () => {
  test('rewrites every dev URL to the given one and stays coherent', () => {
    const prod = rewriteManifest(Buffer.from(MANIFEST), 'https://jamsostek.kalbarprov.example/addin');
    expect(prod).not.toMatch(/https:\/\/localhost:3000/);
    const prodDoc = parseManifest(prod);
    const urls = manifestUrls(prodDoc);
    expect(urls.length).toBe(manifestUrls(doc).length);
    expect(urls.every((u) => u.startsWith('https://jamsostek.kalbarprov.example/addin/'))).toBe(true);
    expect([...checkResids(prodDoc), ...checkOrigins(prodDoc), ...checkSharedRuntime(prodDoc), ...checkLocales(prodDoc)]).toEqual([]);
  });

  test('the dev manifest as a whole has no problems', () => {
    expect(allProblems(MANIFEST, ROOT)).toEqual([]);
  });
});

describe('Office manifest XSDs', () => {
  /** `npm run validate:offline` on a manifest text: the xmllint command, or xmllint-wasm without it. */
  function validate(xml: string): { ok: boolean; output: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, xml);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/validate-manifest-offline.js'), file], {
      encoding: 'utf8',
      env: { ...process.env, MANIFEST_SCHEMA_DIR: SCHEMA_DIR },
    });
    fs.rmSync(dir, { recursive: true, force: true });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  }

  test('manifest.xml validates', () => {
    const r = validate(MANIFEST);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  test('the production manifest validates too', () => {
    const r = validate(rewriteManifest(Buffer.from(MANIFEST), 'https://jamsostek.kalbarprov.example/addin/'));
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  test('the schemas do reject a malformed manifest (so a pass means something)', () => {
    const r = validate(
      MANIFEST.replace('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Namespace"/><Unexpected/>'),
    );
    expect(r.ok).toBe(false);
    expect(r.output).toContain('Unexpected');
  });
});
