#!/usr/bin/env node
// `npm start`: builds the add-in (development), serves it on https://localhost:3000 with a trusted
// development certificate (office-addin-dev-certs), and sideloads manifest.xml into Excel desktop
// where there is one (Windows, macOS, via office-addin-debugging). Elsewhere it prints how to
// sideload into Excel on the web. Ctrl+C stops the server and removes the sideloaded add-in.
//   node scripts/start.js [--no-sideload] [--http]     PORT=3000 by default
//   --http serves plain http (for a quick look in a browser; Excel itself requires https).
'use strict';
const path = require('path');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const PORT = Number(process.env.PORT || 3000);
const args = new Set(process.argv.slice(2));
const HTTP = args.has('--http');
const SIDELOAD = !args.has('--no-sideload');

const log = (...m) => console.log('[start]', ...m);

/** Platforms where Excel desktop exists and office-addin-debugging can sideload into it. */
const hasExcelDesktop = () => process.platform === 'win32' || process.platform === 'darwin';

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  // Creates the localhost certificate and trusts its CA on first use (may ask for your password).
  return devCerts.getHttpsServerOptions();
}

async function startServer() {
  const configs = require(path.join(ROOT, 'webpack.config.js'))(HTTP ? { http: true } : {}, { mode: 'development' });
  const addin = configs.find((c) => c.name === 'addin');
  const compiler = webpack({ ...addin, mode: 'development', context: ROOT });
  const server = HTTP ? 'http' : { type: 'https', options: await httpsOptions() };
  const devServer = new WebpackDevServer({ ...addin.devServer, port: PORT, server, devMiddleware: { writeToDisk: true } }, compiler);
  await devServer.start();
  await new Promise((resolve) => compiler.hooks.done.tap('start', resolve));
  return devServer;
}

/**
 * Called when no Excel can be sideloaded from this machine (no Excel desktop, or sideloading failed).
 * Hook: the browser preview of the task pane plugs in here.
 */
async function whenNoExcel(reason) {
  const origin = `${HTTP ? 'http' : 'https'}://localhost:${PORT}`;
  log(`${reason}`);
  log('Sideload into Excel on the web / Muat ke Excel di web:');
  log(`  1. Open ${origin}/taskpane.html once in this browser so it trusts the local server.`);
  log('     Buka alamat itu sekali di peramban ini agar server lokal dipercaya.');
  log('  2. Open a workbook at https://www.office.com (Excel on the web).');
  log('     Buka buku kerja di Excel untuk web.');
  log('  3. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in (Beranda > Add-in > Unggah Add-in Saya),');
  log(`     then choose ${MANIFEST}`);
  log('  4. The "Cakupan Jamsostek" button appears on the Home tab; type =JAMSOSTEK.COVERAGE( in a cell.');
  log(`Browser preview (demo workbook, no Excel needed) / Pratinjau di peramban: ${origin}/taskpane.html`);
}

/** When no dev server can start (e.g. no trusted certificate here), serve the browser preview over plain http. */
async function startPreviewFallback(reason) {
  log(`${reason}; starting the browser preview instead / memulai pratinjau di peramban.`);
  require('child_process').execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--config-name', 'addin'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const { url } = await require('./serve-preview').startPreviewServer({ port: PORT });
  log(`preview / pratinjau: ${url}`);
}

/**
 * office-addin-debugging is an optional dependency: its keytar module compiles native code at install
 * time, so `npm install` leaves it out where that cannot build (no compiler or libsecret headers).
 */
function sideloader() {
  try {
    return require('office-addin-debugging');
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND') return null;
    throw e;
  }
}

async function sideloadDesktop() {
  const { startDebugging, AppType } = sideloader();
  const { OfficeApp } = require('office-addin-manifest');
  await startDebugging(MANIFEST, {
    appType: AppType.Desktop,
    app: OfficeApp.Excel,
    devServerPort: PORT,
    enableDebugging: false,
    enableSideload: true,
  });
}

async function stopDesktop() {
  try {
    await require('office-addin-debugging').stopDebugging(MANIFEST);
  } catch (e) {
    log(`could not remove the sideloaded add-in: ${e && e.message ? e.message : e}`);
  }
}

async function main() {
  let devServer;
  try {
    devServer = await startServer();
  } catch (e) {
    try {
      await startPreviewFallback(`the dev server did not start (${e && e.message ? e.message : e})`);
    } catch (e2) {
      console.error(
        `[start] the dev server did not start: ${e && e.message ? e.message : e}; preview: ${e2 && e2.message ? e2.message : e2}`,
      );
      process.exitCode = 1;
    }
    return;
  }
  log(`serving ${HTTP ? 'http' : 'https'}://localhost:${PORT}/taskpane.html (manifest: ${MANIFEST})`);
  let sideloaded = false;
  if (!SIDELOAD) log('sideloading skipped (--no-sideload)');
  else if (HTTP) await whenNoExcel('Excel needs https; started with --http, so nothing was sideloaded.');
  else if (!hasExcelDesktop()) await whenNoExcel(`No Excel desktop on ${process.platform}.`);
  else if (sideloader() === null)
    await whenNoExcel(
      'office-addin-debugging, which sideloads into Excel desktop, is not installed (an optional dependency that did not build here); ' +
        '`npm install office-addin-debugging` adds it. Until then, sideload by hand:',
    );
  else {
    try {
      await sideloadDesktop();
      sideloaded = true;
      log('Excel is opening with the add-in; look for "Cakupan Jamsostek" on the Home tab.');
    } catch (e) {
      await whenNoExcel(`Sideloading into Excel desktop failed: ${e && e.message ? e.message : e}`);
    }
  }
  const stop = async () => {
    log('stopping');
    if (sideloaded) await stopDesktop();
    await devServer.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main();
