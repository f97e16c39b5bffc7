// The offline page as one file: the page template (src/offline/offline.html) with the bundled script,
// the styles (the task pane's and the page's own) and the icons inlined, and a Content-Security-Policy
// meta tag that allows no network at all: default-src 'none', the one script and the one style block by
// their SHA-256 hashes (so the policy also holds from file://, where 'self' means nothing), icons as data:
// URLs. webpack builds the script and the check worker's script (config "offline"); OfflinePagePlugin
// swaps them for the page. The worker's text rides in the page's one script (a string the page turns into
// a blob: URL, which worker-src allows), so the check runs off the page's thread from file:// too.
'use strict';
const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const TEMPLATE = path.join(ROOT, 'src/offline/offline.html');
const STYLES = [path.join(ROOT, 'src/taskpane/taskpane.css'), path.join(ROOT, 'src/offline/offline.css')];
const HELP = path.join(ROOT, 'src/help/help.html');
const ICONS = { ICON_32: path.join(ROOT, 'assets/icon-32.png') };

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Text that can sit inside <script> or <style> without ending it early (the bytes hashed are the bytes written). */
function inlineSafe(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * The policy: nothing may load or connect anywhere (default-src 'none'); the page's one script and one style
 * block run by hash; images only from data: URLs (the icons); a worker only from a blob: URL made by the page.
 */
function policyFor(script, style) {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The help page's body (the same help as help.html; its own <style> is left out, the page styles it). */
function helpBody(html) {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html);
  if (!body || /<script|\sstyle=|\son\w+=/i.test(body[1])) throw new Error('help.html: no body, or one with scripts or inline styles');
  return body[1];
}

/** The global the page reads the check worker's script text from (src/offline/offline.ts). */
const WORKER_GLOBAL = 'cjCheckWorkerScript';

/** The page's script: the worker's text (when there is one) as a string global, then the page's own code. */
function pageScript(script, worker) {
  return worker === undefined ? script : `self.${WORKER_GLOBAL}=${JSON.stringify(worker)};\n${script}`;
}

/** Fills the template: {{CSP}}, {{STYLE}}, {{SCRIPT}}, {{HELP}}, {{ICON_32}}. */
function composeOfflinePage({ template, script, worker, style, help = '', icons }) {
  const fill = {
    HELP: help,
    STYLE: inlineSafe(style, 'style'),
    SCRIPT: inlineSafe(pageScript(script, worker), 'script'),
    ...Object.fromEntries(Object.entries(icons).map(([k, png]) => [k, `data:image/png;base64,${png.toString('base64')}`])),
  };
  // A function replacement: `$` in the script is never read as a replacement pattern.
  const page = template.replace(/\{\{(\w+)\}\}/g, (whole, key) => {
    if (key === 'CSP') return whole;
    if (!(key in fill)) throw new Error(`offline page template: unknown placeholder ${whole}`);
    return fill[key];
  });
  // The hashes cover the elements' whole text as written, the template's line breaks around it included.
  const inner = (tag) => {
    const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(page);
    if (!m) throw new Error(`offline page template: no <${tag}> element`);
    return m[1];
  };
  return page.replace('{{CSP}}', () => policyFor(inner('script'), inner('style')));
}

class OfflinePagePlugin {
  constructor({ script, worker, output }) {
    this.script = script;
    this.worker = worker;
    this.output = output;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('OfflinePagePlugin', (compilation) => {
      for (const file of [TEMPLATE, HELP, ...STYLES, ...Object.values(ICONS)]) compilation.fileDependencies.add(file);
      compilation.hooks.processAssets.tap({ name: 'OfflinePagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset(this.script);
        const worker = this.worker ? compilation.getAsset(this.worker) : undefined;
        if (!asset || (this.worker && !worker)) return;
        const html = composeOfflinePage({
          template: fs.readFileSync(TEMPLATE, 'utf8'),
          script: asset.source.source().toString(),
          worker: worker?.source.source().toString(),
          style: STYLES.map((f) => fs.readFileSync(f, 'utf8')).join('\n'),
          help: helpBody(fs.readFileSync(HELP, 'utf8')),
          icons: Object.fromEntries(Object.entries(ICONS).map(([k, f]) => [k, fs.readFileSync(f)])),
        });
        compilation.deleteAsset(this.script);
        if (this.worker) compilation.deleteAsset(this.worker);
        // Marked minimized: a minimizer rewriting the page would change the bytes the policy's hashes name.
        compilation.emitAsset(this.output, new sources.RawSource(html), { minimized: true });
      });
    });
  }
}

module.exports = { OfflinePagePlugin, composeOfflinePage, policyFor, WORKER_GLOBAL };
