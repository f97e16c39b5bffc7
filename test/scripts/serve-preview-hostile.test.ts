// Regression: `GET /%00` killed the preview server (an uncaught fs.stat error) and `GET //[::1/` made
// `new URL` throw; any web page open in the browser could send the first one (<img src=…/%00>). The server
// runs in its own process here; every malformed request gets a 400, and the process still serves the pane
// afterwards. Requests whose Host is not localhost / 127.0.0.1 with the port (DNS rebinding) get a 400 too.
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const SERVER = path.resolve(__dirname, '../../scripts/serve-preview.js');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy, inlineStyleHashes } = require(SERVER) as {
  contentSecurityPolicy: (hashes?: string[]) => string;
  inlineStyleHashes: (html: string) => string[];
};

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-preview-hostile-'));
const PAGE = '<!doctype html><title>pane</title><style>body { color: #222 }</style><p>Cakupan</p>';
let child: ChildProcess;
let port = 0;

beforeAll(async () => {
  fs.writeFileSync(path.join(dist, 'taskpane.html'), PAGE);
  fs.writeFileSync(path.join(dist, 'taskpane.js'), 'void 0;\n');
  const script = `require(${JSON.stringify(SERVER)}).startPreviewServer({ port: 0, distDir: ${JSON.stringify(dist)} }).then(({ url }) => console.log(url));`;
  child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  port = Number(new URL(url).port);
});

afterAll(() => {
  child?.kill();
  fs.rmSync(dist, { recursive: true, force: true });
});

interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Sends bytes as they are (no client library tidies them) and reads the response until the server closes. */
function raw(request: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head, ...body] = text.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        if (i > 0) headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: body.join('\r\n\r\n') });
    });
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer')));
    socket.write(request);
  });
}

const get = (target: string, host = `localhost:${port}`, extra = ''): Promise<RawResponse> =>
  raw(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`);

async function expectServing(): Promise<void> {
  expect(child.exitCode).toBeNull();
  const r = await get('/taskpane.html');
  expect(r.status).toBe(200);
  expect(r.body).toBe(PAGE);
}

describe('malformed requests get a 400, and the server serves on', () => {
  const targets: readonly [string, string][] = [
    ['regression: a NUL byte, percent-encoded', '/%00'],
    ['a NUL byte inside a name', '/taskpane%00.html'],
    ['regression: //[::1/ (new URL threw)', '//[::1/'],
    ['a protocol-relative target', '//evil.example/taskpane.html'],
    ['an absolute-form target', 'http://evil.example/taskpane.html'],
    ['an asterisk target', '*'],
    ['broken percent-encoding', '/%E0%A4%A'],
    ['a lone percent sign', '/%'],
    ['encoded backslashes climbing out', '/..%5c..%5cpackage.json'],
    ['encoded dots climbing out of office-js', '/office-js/%2e%2e/%2e%2e/package.json'],
    ['a control character', '/task%1bpane.html'],
    ['an absurdly long target', `/${'a'.repeat(5000)}`],
  ];
  it.each(targets)('%s', async (_, target) => {
    const r = await get(target);
    expect(r.status).toBe(400);
    expect(r.body).not.toMatch(/"name"|secret|Error:|at .+:\d+/);
    await expectServing();
  });

  it.each([
    ['a raw NUL byte in the request line', Buffer.from('GET /\0 HTTP/1.1\r\nHost: localhost\r\n\r\n', 'latin1')],
    ['a target past the header size limit', `GET /${'b'.repeat(40_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`],
    ['a header past the size limit', `GET / HTTP/1.1\r\nHost: localhost\r\nX-Pad: ${'c'.repeat(40_000)}\r\n\r\n`],
    [
      'not HTTP at all (a TLS hello)',
      Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a]),
    ],
    ['a bad request line', 'GET\r\n\r\n'],
  ])('%s', async (_, request) => {
    const r = await raw(request);
    expect(r.status).toBe(400);
    await expectServing();
  });

  it('a request line and headers in one byte at a time, then closed half way', async () => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    for (const c of `GET /taskpane.html HTTP/1.1\r\nHo`) socket.write(c);
    socket.destroy();
    await expectServing();
  });
});

describe('DNS rebinding: only localhost and 127.0.0.1 with the port', () => {
  it.each([
    ['a rebound name', (p: number) => `evil.example:${p}`],
    ['a rebound name without a port', () => 'evil.example'],
    ['localhost without the port', () => 'localhost'],
    ['localhost on another port', (p: number) => `localhost:${p + 1}`],
    ['a lookalike', (p: number) => `localhost.evil.example:${p}`],
    ['0.0.0.0', (p: number) => `0.0.0.0:${p}`],
    ['an empty Host', () => ''],
  ])('refuses %s', async (_, host) => {
    const r = await get('/taskpane.html', host(port));
    expect(r.status).toBe(400);
    expect(r.body).not.toContain('Cakupan');
    await expectServing();
  });

  it('refuses a request without Host (HTTP/1.0)', async () => {
    const r = await raw('GET /taskpane.html HTTP/1.0\r\n\r\n');
    expect(r.status).toBe(400);
  });

  it('serves localhost, LOCALHOST and 127.0.0.1 with the port', async () => {
    for (const host of [`localhost:${port}`, `LOCALHOST:${port}`, `127.0.0.1:${port}`]) {
      expect((await get('/taskpane.html', host)).status).toBe(200);
    }
  });
});

describe('Content-Security-Policy', () => {
  it('lets a page use only this server, and only the inline <style> it holds', async () => {
    const r = await get('/taskpane.html');
    const csp = r.headers['content-security-policy'];
    expect(csp).toBe(contentSecurityPolicy(inlineStyleHashes(PAGE)));
    expect(csp).toContain("script-src 'self';");
    // The pane's check worker comes from this server; no blob: or other workers.
    expect(csp).toContain("worker-src 'self';");
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-|https?:|\*/);
    expect(r.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('hashes each <style> block as a browser does', () => {
    // echo -n 'body { color: #222 }' | openssl dgst -sha256 -binary | base64
    expect(inlineStyleHashes(PAGE)).toEqual(['LSnmmcBw3gpXJvIbAj2MyrPH4mqrK9Vn8BQVCxAhXfk=']);
  });
});
