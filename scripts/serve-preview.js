#!/usr/bin/env node
// Serves the built task pane for the browser preview: dist/ at /, and office.js's whole dist folder
// at /office-js/ (office.js loads companion files from beside itself). Plain node http, bound to
// 127.0.0.1 only; nothing is fetched from the network. It survives any request: a malformed target,
// a NUL byte, an absurd length or a Host other than localhost / 127.0.0.1 (DNS rebinding) gets a 400.
//   node scripts/serve-preview.js            PORT (default 3000)
//   require('./serve-preview').startPreviewServer({ port: 0, distDir }) → { server, url }   (tests, bench)
const { createHash } = require('crypto');
const http = require('http');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OFFICE_JS_DIR = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const mountsFor = (distDir) => [
  { prefix: '/office-js/', dir: OFFICE_JS_DIR },
  { prefix: '/', dir: distDir },
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** Longest request target served; anything longer is not a path of ours. */
const MAX_TARGET = 2048;

function resolveFile(urlPath, mounts = mountsFor(path.join(ROOT, 'dist'))) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // NUL (fs throws on it), other control characters and backslashes (a separator on Windows) are never in our paths.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return null;
  for (const { prefix, dir } of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const rel = decoded.slice(prefix.length) || 'taskpane.html';
    const file = path.resolve(dir, rel);
    // Never serve outside the mounted folder (../ in the URL).
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    return file;
  }
  return null;
}

/**
 * The pages' Content-Security-Policy: everything from this server only, nothing inline but the exact
 * <style> blocks of the page served (their hashes; the help page is one self-contained file), and Web Workers
 * from this server only (the pane's check worker). office.js
 * outside Office needs no more than script-src 'self' (it loads its companion files from /office-js/ with
 * script tags, and neither evals nor fetches); the e2e test runs the pane under this policy and fails on any
 * violation.
 */
function contentSecurityPolicy(styleHashes = []) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // The pane checks rosters in a Web Worker loaded from this server (check-worker.js); no blob: workers.
    "worker-src 'self'",
    `style-src ${["'self'", ...styleHashes.map((h) => `'sha256-${h}'`)].join(' ')}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'none'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** sha256 (base64) of each inline <style> block of an HTML page, as CSP hashes them. */
function inlineStyleHashes(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => createHash('sha256').update(m[1], 'utf8').digest('base64'));
}

const COMMON_HEADERS = {
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  // Other sites cannot embed or read what this server serves, not even as an <img> or <script>.
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The Host header of a request to this server: localhost or 127.0.0.1 with its port (port 80 may be left out). */
function hostAllowed(host, port) {
  if (typeof host !== 'string') return false;
  const h = host.toLowerCase();
  const names = ['localhost', '127.0.0.1'];
  return names.some((n) => h === `${n}:${port}` || (port === 80 && h === n));
}

function refuse(res, status, text) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Security-Policy': contentSecurityPolicy(),
  });
  res.end(text);
}

const handlerFor = (mounts, portOf) =>
  function handler(req, res) {
    try {
      // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 still sends its own Host.
      if (!hostAllowed(req.headers.host, portOf())) return refuse(res, 400, 'Bad host');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...COMMON_HEADERS, Allow: 'GET, HEAD' }).end();
        return;
      }
      const target = req.url;
      // Origin-form only ("/path?query"): not "//host/…", "http://…" or "*".
      if (typeof target !== 'string' || target.length > MAX_TARGET || !target.startsWith('/') || target.startsWith('//')) {
        return refuse(res, 400, 'Bad request');
      }
      const urlPath = target.split(/[?#]/, 1)[0];
      const file = resolveFile(urlPath === '/' ? '/taskpane.html' : urlPath, mounts);
      if (!file) return refuse(res, 400, 'Bad path');
      fs.stat(file, (err, stat) => {
        try {
          if (err || !stat.isFile()) return refuse(res, 404, 'Not found');
          const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
          if (type.startsWith('text/html')) {
            fs.readFile(file, (readErr, bytes) => {
              if (readErr) return refuse(res, 404, 'Not found');
              res.writeHead(200, {
                ...COMMON_HEADERS,
                'Content-Type': type,
                'Content-Length': bytes.length,
                'Content-Security-Policy': contentSecurityPolicy(inlineStyleHashes(bytes.toString('utf8'))),
              });
              res.end(req.method === 'HEAD' ? undefined : bytes);
            });
            return;
          }
          res.writeHead(200, {
            ...COMMON_HEADERS,
            'Content-Type': type,
            'Content-Length': stat.size,
            'Content-Security-Policy': contentSecurityPolicy(),
          });
          if (req.method === 'HEAD') res.end();
          else
            fs.createReadStream(file)
              .on('error', () => res.destroy())
              .pipe(res);
        } catch {
          refuse(res, 500, 'Server error');
        }
      });
    } catch {
      refuse(res, 400, 'Bad request');
    }
  };

function startPreviewServer({ port = Number(process.env.PORT || 3000), host = '127.0.0.1', distDir = path.join(ROOT, 'dist') } = {}) {
  return new Promise((resolve, reject) => {
    const server = http.createServer({ maxHeaderSize: 16 * 1024 });
    server.on(
      'request',
      handlerFor(mountsFor(path.resolve(distDir)), () => server.address().port),
    );
    // Requests Node cannot parse (bad request line, NUL bytes, headers past maxHeaderSize): 400, and the server serves on.
    server.on('clientError', (error, socket) => {
      if (socket.writable && !socket.destroyed) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      else socket.destroy();
    });
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://localhost:${actual}/taskpane.html` });
    });
  });
}

module.exports = { startPreviewServer, resolveFile, contentSecurityPolicy, inlineStyleHashes };

if (require.main === module) {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'taskpane.html'))) {
    console.error('dist/taskpane.html is missing: run "npm run build:dev" first (npm run preview does).');
    process.exit(2);
  }
  startPreviewServer()
    .then(({ url }) => console.log(`Pratinjau / preview: ${url}  (Ctrl+C untuk berhenti / to stop)`))
    .catch((e) => {
      console.error(`Cannot start the preview server: ${e.message}`);
      process.exit(2);
    });
}
