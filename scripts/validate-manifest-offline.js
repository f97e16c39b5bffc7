#!/usr/bin/env node
// `npm run validate:offline [-- path/to/manifest.xml]`: validates the manifest against the Office XSDs in
// scripts/manifest-schema/ (or MANIFEST_SCHEMA_DIR) without Microsoft's web service. Uses the xmllint
// command (Debian libxml2-utils) when installed, else the xmllint-wasm package. Exit 0 valid, 1 invalid,
// 2 when the schemas are not available.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_DIR = process.env.MANIFEST_SCHEMA_DIR || path.join(__dirname, 'manifest-schema');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';
const manifest = path.resolve(process.argv[2] || path.join(ROOT, 'manifest.xml'));

async function main() {
  if (!fs.existsSync(path.join(SCHEMA_DIR, MAIN_XSD))) {
    console.error(`Office manifest schemas not found in ${SCHEMA_DIR} (set MANIFEST_SCHEMA_DIR).`);
    return 2;
  }
  if (spawnSync('xmllint', ['--version']).status === 0) {
    const r = spawnSync('xmllint', ['--noout', '--schema', path.join(SCHEMA_DIR, MAIN_XSD), manifest], { stdio: 'inherit' });
    return r.status === 0 ? 0 : 1;
  }
  const { validateXML } = require('xmllint-wasm');
  const xsds = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'));
  const result = await validateXML({
    xml: { fileName: path.basename(manifest), contents: fs.readFileSync(manifest, 'utf8') },
    schema: { fileName: MAIN_XSD, contents: fs.readFileSync(path.join(SCHEMA_DIR, MAIN_XSD), 'utf8') },
    preload: xsds.filter((f) => f !== MAIN_XSD).map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8') })),
  });
  if (result.valid) {
    console.log(`${path.relative(process.cwd(), manifest)} validates`);
    return 0;
  }
  for (const e of result.errors) console.error(e.rawMessage);
  return 1;
}

main().then((code) => (process.exitCode = code));
