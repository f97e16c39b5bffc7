#!/usr/bin/env node
// Entry of the `jamsostek` command; the TypeScript sources are bundled into dist/cli by `npm run build`.
const path = require('path');
const fs = require('fs');
const built = path.join(__dirname, '..', 'dist', 'cli', 'jamsostek.js');
if (!fs.existsSync(built)) {
  process.stderr.write('jamsostek: belum dibangun; jalankan `npm run build` dulu (not built yet: run `npm run build` first)\n');
  process.exit(2);
}
require(built).runCommandLine(process.argv.slice(2));
