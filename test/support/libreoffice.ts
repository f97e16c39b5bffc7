// Recalculates a workbook in LibreOffice (headless) and returns the path of the recalculated copy.
// LibreOffice keeps cached values unless its profile says to recalculate OOXML files on load, so
// each run uses a fresh profile whose registrymodifications.xcu sets OOXMLRecalcMode to 0 (always).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { columnLetter } from '../../src/core/address';
import type { SheetSpec } from '../../src/core/sheet-spec';
import { requireTool } from './system-tools';

const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

// Work folders of this process: the profile goes as soon as LibreOffice is done, the recalculated copy
// after the test file that imported this module, so no run leaves lo-recalc-* folders in the temp folder.
const workFolders = new Set<string>();
afterAll(() => {
  for (const dir of workFolders) fs.rmSync(dir, { recursive: true, force: true });
  workFolders.clear();
});

/** Opens `file` in LibreOffice, recalculates every formula, saves it as .xlsx in a new folder; returns that path. */
export function recalculateInLibreOffice(file: string): string {
  return convertInLibreOffice(file, 'xlsx', true);
}

/**
 * Prints `file` to PDF through LibreOffice as it is saved (cached values, no recalculation: the tests above
 * prove the formulas give the same numbers); returns the PDF's path.
 */
export function printToPdf(file: string): string {
  return convertInLibreOffice(file, 'pdf', false);
}

function convertInLibreOffice(file: string, format: 'xlsx' | 'pdf', recalculate: boolean): string {
  const soffice = requireTool('soffice');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-recalc-'));
  workFolders.add(work);
  const profile = path.join(work, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  if (recalculate) fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), XCU);
  const outDir = path.join(work, 'out');
  fs.mkdirSync(outDir);
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file],
    {
      stdio: 'pipe',
      timeout: 300_000,
    },
  );
  fs.rmSync(profile, { recursive: true, force: true });
  const out = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, '') + `.${format}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice wrote nothing for ${file}`);
  return out;
}

/** Cell values (cached results for formulas) of one sheet, read straight from the package XML. */
export async function readSheetValues(
  file: string,
  sheetName: string,
): Promise<Map<string, string | number | boolean | { error: string }>> {
  const { openPackage } = await import('../../src/hosts/xlsx/inject');
  const pkg = await openPackage(fs.readFileSync(file));
  const sheet = pkg.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName} in ${file}`);
  const xml = pkg.zip.text(sheet.part)!;
  const sstRel = pkg.rels.find((r) => /\/sharedStrings$/.test(r.type));
  const shared: string[] = [];
  if (sstRel) {
    const sst = pkg.zip.text(`xl/${sstRel.target.replace(/^\/?xl\//, '')}`) ?? '';
    for (const si of sst.matchAll(/<si>([\s\S]*?)<\/si>/g))
      shared.push([...si[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join(''));
  }
  const out = new Map<string, string | number | boolean | { error: string }>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, body = ''] = m;
    const t = /\st="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const inline = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
    if (t === 'inlineStr') out.set(ref, [...(inline ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((x) => unescapeXml(x[1])).join(''));
    else if (t === 's') out.set(ref, shared[Number(v)] ?? '');
    else if (t === 'str') out.set(ref, unescapeXml(v ?? ''));
    else if (t === 'b') out.set(ref, v === '1');
    else if (t === 'e') out.set(ref, { error: v ?? '' });
    else if (v !== undefined && v !== '') out.set(ref, Number(v));
  }
  return out;
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface Mismatch {
  cell: string;
  formula: string;
  expected: unknown;
  actual: unknown;
}

/** The formula cells of `spec` whose value in the recalculated `file` differs from the core's (`expected`). */
export async function formulaMismatches(
  file: string,
  sheetName: string,
  spec: SheetSpec,
): Promise<{ checked: number; mismatches: Mismatch[] }> {
  const values = await readSheetValues(file, sheetName);
  const mismatches: Mismatch[] = [];
  let checked = 0;
  spec.rows.forEach((row, r) => {
    row.forEach((c, col) => {
      if (!c?.formula) return;
      checked++;
      const cell = `${columnLetter(col)}${r + 1}`;
      const actual = values.get(cell);
      const expected = c.expected;
      const same =
        typeof expected === 'number' && typeof actual === 'number'
          ? Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
          : expected === ''
            ? actual === '' || actual === undefined
            : actual === expected;
      if (!same) mismatches.push({ cell, formula: c.formula.slice(0, 200), expected, actual });
    });
  });
  return { checked, mismatches };
}
