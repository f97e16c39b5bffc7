import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as http from 'http';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require('../../scripts/serve-preview.js') as {
  startPreviewServer: (options: { port?: number; host?: string; distDir?: string }) => Promise<{ server: http.Server; url: string }>;
};

function get(url: string): Promise<{ status: number; body: string; type?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
      })
      .on('error', reject);
  });
}

describe('preview server', () => {
  let server: http.Server;
  let base: string;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-dist-'));

  beforeAll(async () => {
    fs.writeFileSync(path.join(dist, 'taskpane.html'), '<!doctype html><title>pane</title>');
    fs.writeFileSync(path.join(os.tmpdir(), 'cj-secret.txt'), 'secret');
    const started = await startPreviewServer({ port: 0, distDir: dist });
    server = started.server;
    base = started.url.replace('/taskpane.html', '');
    expect(started.url).toMatch(/^http:\/\/localhost:\d+\/taskpane\.html$/);
  });
  afterAll(() => {
    server.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  test('binds to 127.0.0.1 only', () => {
    expect((server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  test('serves the pane and office.js with its companion files', async () => {
    expect(await get(`${base}/taskpane.html`)).toMatchObject({
      status: 200,
      body: '<!doctype html><title>pane</title>',
      type: 'text/html; charset=utf-8',
    });
    expect((await get(`${base}/`)).status).toBe(200);
    const office = await get(`${base}/office-js/office.js`);
    expect(office.status).toBe(200);
    expect(office.type).toMatch(/javascript/);
    expect((await get(`${base}/office-js/en-us/office_strings.js`)).status).toBe(200);
  });

  test('never serves files outside its folders', async () => {
    for (const p of [
      '/%2e%2e/cj-secret.txt',
      '/..%2fcj-secret.txt',
      '/office-js/..%2f..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
    ]) {
      const r = await get(`${base}${p}`);
      expect([400, 404]).toContain(r.status);
      expect(r.body).not.toContain('secret');
      expect(r.body).not.toContain('"name"');
    }
  });
});
