// The offline page's assembly (scripts/offline-page.js): the policy's hashes name exactly the inline
// script and style as written, and nothing in them can end their element early.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runInNewContext } from 'node:vm';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { composeOfflinePage } = require('../../scripts/offline-page.js') as {
  composeOfflinePage: (o: { template: string; script: string; worker?: string; style: string; icons: Record<string, Buffer> }) => string;
};

const template = fs.readFileSync(path.join(__dirname, '../../src/offline/offline.html'), 'utf8');
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('composeOfflinePage', () => {
  const page = composeOfflinePage({
    template,
    script: 'const s = "</script><script>alert(1)</script>"; const c = "<!-- x"; const d = "$&$1";',
    style: 'body::after { content: "</style>"; }',
    icons: { ICON_32: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  });

  it('writes a policy that allows no network, with the hashes of the one script and the one style', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
    expect(policy).toBe(
      `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; worker-src blob:; base-uri 'none'; form-action 'none'`,
    );
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
  });

  it('escapes what would end the elements early, and takes the script text literally', () => {
    expect(page).toContain('const s = "<\\/script><script>alert(1)<\\/script>"');
    expect(page).toContain('"<\\!-- x"');
    expect(page).toContain('const d = "$&$1";');
    expect(page).toContain('content: "<\\/style>"');
    expect(page).toContain('href="data:image/png;base64,iVBORw=="');
    expect(page).not.toMatch(/\{\{\w+\}\}/);
  });

  it("carries the check worker's text in the one script, hashed with it, its text intact", () => {
    const worker = 'self.onmessage = () => postMessage("</script><!-- ok");\nconst re = /a\\/b/;';
    const withWorker = composeOfflinePage({
      template,
      script: 'console.log(self.cjCheckWorkerScript.length);',
      worker,
      style: '',
      icons: { ICON_32: Buffer.from([]) },
    });
    const script = /<script>([\s\S]*?)<\/script>/.exec(withWorker)![1];
    expect(withWorker.match(/<\/script>/g)).toHaveLength(1);
    expect(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(withWorker)![1]).toContain(`script-src ${hash(script)};`);
    // Run as the browser would: the global holds the worker's text exactly as built.
    const self: { cjCheckWorkerScript?: string } = {};
    const logged: unknown[] = [];
    runInNewContext(script, { self, console: { log: (v: unknown) => logged.push(v) } });
    expect(self.cjCheckWorkerScript).toBe(worker);
    expect(logged).toEqual([worker.length]);
  });
});
