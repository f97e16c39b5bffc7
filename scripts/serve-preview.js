#!/usr/bin/env node
// Serves the built task pane for the browser preview: dist/ at /, and office.js's whole dist folder
// at /office-js/ (office.js loads companion files from beside itself). Plain node http, bound to
// 127.0.0.1 only; nothing is fetched from the network.
//   node scripts/serve-preview.js            PORT (default 3000)
//   require('./serve-preview').startPreviewServer({ port: 0, distDir }) → { server, url }   (tests, bench)
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

function resolveFile(urlPath, mounts = mountsFor(path.join(ROOT, 'dist'))) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
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

const handlerFor = (mounts) =>
  function handler(req, res) {
    const urlPath = new URL(req.url, 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveFile(urlPath === '/' ? '/taskpane.html' : urlPath, mounts);
    if (!file) {
      res.writeHead(400).end('Bad path');
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };

function startPreviewServer({ port = Number(process.env.PORT || 3000), host = '127.0.0.1', distDir = path.join(ROOT, 'dist') } = {}) {
  return new Promise((resolve, reject) => {
    const server = http.createServer(handlerFor(mountsFor(path.resolve(distDir))));
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://localhost:${actual}/taskpane.html` });
    });
  });
}

module.exports = { startPreviewServer, resolveFile };

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
