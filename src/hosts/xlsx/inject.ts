// Adds generated sheets to a copy of an .xlsx by editing the OOXML package directly (for the command line
// and the offline page alike: no Node APIs here): a new worksheet part (plus table parts) and small edits
// to workbook.xml, its relationships, [Content_Types].xml and styles.xml. The user's worksheets are never parsed or rewritten, so a 100,000-row roster costs no
// more than copying it, and nothing ExcelJS would not round-trip (charts, pivot tables...) is lost.
// A sheet this tool made earlier (recognised by its marker) is replaced in place; a user's own sheet
// with the preferred name makes the new sheet take another name.
import { quoteSheetName } from '../../core/address';
import { GENERATED_SHEET_MARKER, type SheetRequest, type SheetSpec } from '../../core/sheet-spec';
import { decodeEntities } from './read/xml-text';
import { isBrokenReference, planGeneratedSheet, sheetOfReference, type WorkbookNames } from '../sheet-names';
import { chartXml, drawingXml } from './chart-xml';
import { NS_REL, sheetXml, styleKeyOf, tableXml, xmlText, type WriteOptions } from './spec-xml';
import { addStyles } from './styles-patch';
import { ZipPackage } from './zip-package';

const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return m ? decodeEntities(m[1]) : undefined;
};

export function parseRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\s[^>]*>/g)].map((m) => ({
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: attr(m[0], 'Target') ?? '',
    external: attr(m[0], 'TargetMode') === 'External',
  }));
}

const relsXml = (rels: readonly Relationship[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  rels
    .map(
      (r) =>
        `<Relationship Id="${xmlText(r.id)}" Type="${xmlText(r.type)}" Target="${xmlText(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
    )
    .join('') +
  '</Relationships>';

export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ownerPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function relativeTarget(ownerPart: string, part: string): string {
  const from = ownerPart.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  readonly part: string;
  /** The whole <sheet .../> tag as written. */
  readonly tag: string;
}

export interface PackageModel {
  readonly zip: ZipPackage;
  readonly workbookPart: string;
  workbookXml: string;
  rels: Relationship[];
  contentTypes: string;
  readonly sheets: WorkbookSheet[];
}

async function text(zip: ZipPackage, path: string): Promise<string | undefined> {
  return zip.text(path);
}

/** The package in `data` (`file` names it in the reader's reasons when it is no readable zip). */
export async function openPackage(data: Uint8Array, file?: string): Promise<PackageModel> {
  const zip = await ZipPackage.open(data, file);
  const root = parseRels((await text(zip, '_rels/.rels')) ?? '');
  const workbookPart = resolveTarget('', root.find((r) => /\/officeDocument$/.test(r.type))?.target ?? 'xl/workbook.xml');
  const workbookXml = await text(zip, workbookPart);
  if (workbookXml === undefined) throw new Error(`No workbook part in the package (${workbookPart})`);
  const rels = parseRels((await text(zip, relsPathOf(workbookPart))) ?? '');
  const contentTypes = (await text(zip, '[Content_Types].xml')) ?? '';
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: WorkbookSheet[] = [];
  for (const m of workbookXml.matchAll(/<sheet\s[^>]*?\/>/g)) {
    const rId = attr(m[0], 'r:id') ?? '';
    const rel = byId.get(rId);
    sheets.push({
      name: attr(m[0], 'name') ?? '',
      sheetId: Number(attr(m[0], 'sheetId') ?? 0),
      rId,
      part: rel ? resolveTarget(workbookPart, rel.target) : '',
      tag: m[0],
    });
  }
  return { zip, workbookPart, workbookXml, rels, contentTypes, sheets };
}

/** The generator kind named by a sheet's marker (inline or shared string in its first rows), else undefined. */
export async function generatedKindOf(pkg: PackageModel, sheet: WorkbookSheet): Promise<string | undefined> {
  let known = kindCache.get(pkg);
  if (!known) kindCache.set(pkg, (known = new Map<string, string | undefined>()));
  if (!known.has(sheet.part)) known.set(sheet.part, await readGeneratedKind(pkg, sheet));
  return known.get(sheet.part);
}

const kindCache = new WeakMap<PackageModel, Map<string, string | undefined>>();

async function readGeneratedKind(pkg: PackageModel, sheet: WorkbookSheet): Promise<string | undefined> {
  // The marker sits in row 1; read only the start of a (possibly huge) worksheet part.
  const head = pkg.zip.head(sheet.part, '<row r="6"', 200_000);
  if (head === undefined) return undefined;
  const inline = new RegExp(`${GENERATED_SHEET_MARKER}(?::([\\w-]+))?`).exec(head);
  if (inline) return inline[1] ?? 'generated';
  const shared = await sharedStringIndexes(pkg);
  if (!shared.size) return undefined;
  for (const m of head.matchAll(/<c\s[^>]*t="s"[^>]*>\s*<v>(\d+)<\/v>/g)) {
    const kind = shared.get(Number(m[1]));
    if (kind) return kind;
  }
  return undefined;
}

/** The sheet carrying the marker of `kind`, if any. */
export async function generatedSheetOf(pkg: PackageModel, kind: string): Promise<WorkbookSheet | undefined> {
  for (const s of pkg.sheets) if ((await generatedKindOf(pkg, s)) === kind) return s;
  return undefined;
}

/** Shared-string indexes of marker texts (after Excel re-saves a generated sheet its strings are shared). */
function sharedStringIndexes(pkg: PackageModel): Promise<Map<number, string>> {
  // Read once per package: the shared strings of a big roster are large, and generated sheets never add any.
  let indexes = sharedIndexCache.get(pkg);
  if (!indexes) sharedIndexCache.set(pkg, (indexes = readSharedStringIndexes(pkg)));
  return indexes;
}

const sharedIndexCache = new WeakMap<PackageModel, Promise<Map<number, string>>>();

async function readSharedStringIndexes(pkg: PackageModel): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const rel = pkg.rels.find((r) => /\/sharedStrings$/.test(r.type));
  const xml = rel ? await text(pkg.zip, resolveTarget(pkg.workbookPart, rel.target)) : undefined;
  if (!xml || !xml.includes(GENERATED_SHEET_MARKER)) return out;
  let index = -1;
  const re = new RegExp(`<si>|<si\\s|${GENERATED_SHEET_MARKER}(?::([\\w-]+))?`, 'g');
  for (const m of xml.matchAll(re)) {
    if (m[0].startsWith('<si')) index++;
    else out.set(index, m[1] ?? 'generated');
  }
  return out;
}

/** Defined names as written in workbook.xml: the element, its name and its reference. */
function definedNames(workbookXml: string): { readonly element: string; readonly name: string; readonly body: string }[] {
  return [...workbookXml.matchAll(/<definedName\s[^>]*>[^<]*<\/definedName>/g)].map((m) => ({
    element: m[0],
    name: attr(m[0], 'name') ?? '',
    body: decodeEntities(/>([^<]*)</.exec(m[0])![1]),
  }));
}

/** Table parts with the sheet that holds them (tables no sheet refers to still count as taken). */
async function tablesOf(
  pkg: PackageModel,
): Promise<{ readonly part: string; readonly name: string; readonly id: number; readonly sheet?: string }[]> {
  const owner = new Map<string, string>();
  for (const s of pkg.sheets) {
    if (!s.part) continue;
    for (const r of parseRels((await text(pkg.zip, relsPathOf(s.part))) ?? ''))
      if (r.type === REL_TABLE && !r.external) owner.set(resolveTarget(s.part, r.target), s.name);
  }
  const out = [];
  for (const part of pkg.zip.paths()) {
    if (!/\/tables\/[^/]+\.xml$/.test(part)) continue;
    const tag = /<table\s[^>]*>/.exec((await text(pkg.zip, part)) ?? '')?.[0];
    if (!tag) continue;
    const sheet = owner.get(part);
    const id = Number(attr(tag, 'id') ?? 0);
    for (const name of new Set([attr(tag, 'name'), attr(tag, 'displayName')]))
      if (name) out.push({ part, name, id, ...(sheet !== undefined ? { sheet } : {}) });
  }
  return out;
}

/** The sheets, defined names and tables the package already has, for planGeneratedSheet. */
export async function workbookNames(pkg: PackageModel): Promise<WorkbookNames> {
  return {
    sheets: pkg.sheets.map((s) => s.name),
    names: definedNames(pkg.workbookXml).map((n) => {
      const sheet = sheetOfReference(n.body);
      return { name: n.name, ...(sheet !== undefined ? { sheet } : {}), ...(isBrokenReference(n.body) ? { broken: true } : {}) };
    }),
    tables: (await tablesOf(pkg)).map(({ name, sheet }) => ({ name, ...(sheet !== undefined ? { sheet } : {}) })),
  };
}

export interface InjectResult {
  /** The sheet name used. */
  readonly name: string;
  /** True when an earlier generated sheet of the same kind was replaced. */
  readonly replaced: boolean;
  /** Table names as written (some carry a suffix when the workbook already used the name). */
  readonly tables: readonly string[];
}

/**
 * Adds (or replaces) one generated sheet. Its names are picked first (planGeneratedSheet): a user's sheet,
 * table or defined name keeps its name and the new sheet takes a free one; what the replaced sheet owned
 * is dropped with it.
 */
export async function injectSheet(pkg: PackageModel, input: SheetSpec | SheetRequest, options: WriteOptions = {}): Promise<InjectResult> {
  const { zip } = pkg;
  // 1. the sheet to replace (one carrying this kind's marker) and the names left free
  const replace = await generatedSheetOf(pkg, input.kind);
  const plan = planGeneratedSheet(input, await workbookNames(pkg), replace?.name);
  const { spec, name } = plan;
  dropCalcChain(pkg);
  let part: string;
  if (replace) {
    part = replace.part;
    // drop what only it used (tables, its drawing and charts...); names that pointed at it are dropped below
    await dropOwnedParts(pkg, part);
  } else {
    const folder = pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf('/') + 1);
    let n = pkg.sheets.length + 1;
    while (zip.has(`${folder}worksheets/sheet${n}.xml`)) n++;
    part = `${folder}worksheets/sheet${n}.xml`;
    let r = pkg.rels.length + 1;
    while (pkg.rels.some((x) => x.id === `rId${r}`)) r++;
    const rId = `rId${r}`;
    pkg.rels.push({ id: rId, type: REL_WORKSHEET, target: relativeTarget(pkg.workbookPart, part), external: false });
    const sheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
    const tag = `<sheet name="${xmlText(name)}" sheetId="${sheetId}" r:id="${rId}"/>`;
    pkg.workbookXml = pkg.workbookXml.replace('</sheets>', `${tag}</sheets>`);
    if (!/xmlns:r=/.test(pkg.workbookXml.slice(0, pkg.workbookXml.indexOf('>', pkg.workbookXml.indexOf('<workbook'))))) {
      pkg.workbookXml = pkg.workbookXml.replace(/<workbook(\s|>)/, `<workbook xmlns:r="${NS_REL}"$1`);
    }
    pkg.contentTypes = pkg.contentTypes.replace('</Types>', `<Override PartName="/${part}" ContentType="${CT_WORKSHEET}"/></Types>`);
    pkg.sheets.push({ name, sheetId, rId, part, tag });
  }
  const sheetIndex = pkg.sheets.findIndex((s) => s.part === part);
  // Names on the replaced sheet (its print titles too) and broken ones the spec takes over go.
  const drop = new Set(plan.dropNames.map((n) => n.toLowerCase()));
  for (const n of definedNames(pkg.workbookXml)) {
    const onReplaced = replace !== undefined && sheetOfReference(n.body)?.toLowerCase() === replace.name.toLowerCase();
    if (onReplaced || (drop.has(n.name.toLowerCase()) && isBrokenReference(n.body)))
      pkg.workbookXml = pkg.workbookXml.replace(n.element, '');
  }

  // 2. styles
  const stylesRel = pkg.rels.find((r) => r.type === REL_STYLES);
  const stylesPart = stylesRel
    ? resolveTarget(pkg.workbookPart, stylesRel.target)
    : `${pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf('/') + 1)}styles.xml`;
  const keys = spec.rows.flatMap((r) => r.filter((c) => !!c).map((c) => styleKeyOf(c)));
  const styles = addStyles(
    await text(zip, stylesPart),
    keys,
    (spec.conditionalFormats ?? []).map((c) => c.look),
  );
  zip.set(stylesPart, styles.xml);
  if (!stylesRel) {
    let r = pkg.rels.length + 1;
    while (pkg.rels.some((x) => x.id === `rId${r}`)) r++;
    pkg.rels.push({ id: `rId${r}`, type: REL_STYLES, target: relativeTarget(pkg.workbookPart, stylesPart), external: false });
    pkg.contentTypes = pkg.contentTypes.replace('</Types>', `<Override PartName="/${stylesPart}" ContentType="${CT_STYLES}"/></Types>`);
  }

  // 3. tables: names picked free above, ids unique in the workbook
  let tableId = Math.max(0, ...(await tablesOf(pkg)).map((t) => t.id));
  const sheetRels: Relationship[] = [];
  const tableNames: string[] = [];
  const folder = pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf('/') + 1);
  const freePart = (kind: string, from = 1): string => {
    let n = from;
    while (zip.has(`${folder}${kind}s/${kind}${n}.xml`)) n++;
    return `${folder}${kind}s/${kind}${n}.xml`;
  };
  const addPart = (path: string, xml: string, contentType: string) => {
    zip.set(path, xml);
    pkg.contentTypes = pkg.contentTypes.replace('</Types>', `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`);
  };
  for (const t of spec.tables ?? []) {
    tableId++;
    const tablePart = freePart('table');
    tableNames.push(t.name);
    addPart(tablePart, tableXml(spec, t, tableId, t.name), CT_TABLE);
    sheetRels.push({ id: `rId${sheetRels.length + 1}`, type: REL_TABLE, target: relativeTarget(part, tablePart), external: false });
  }

  // 4. charts: a drawing part placing them, one chart part each
  const quoted = quoteSheetName(name);
  let drawingRel: string | undefined;
  if (spec.charts?.length) {
    const drawingPart = freePart('drawing');
    const chartRels: Relationship[] = [];
    for (const ch of spec.charts) {
      const chartPart = freePart('chart');
      addPart(chartPart, chartXml(spec, ch, quoted), CT_CHART);
      chartRels.push({
        id: `rId${chartRels.length + 1}`,
        type: REL_CHART,
        target: relativeTarget(drawingPart, chartPart),
        external: false,
      });
    }
    addPart(
      drawingPart,
      drawingXml(
        spec.charts,
        chartRels.map((r) => r.id),
      ),
      CT_DRAWING,
    );
    zip.set(relsPathOf(drawingPart), relsXml(chartRels));
    drawingRel = `rId${sheetRels.length + 1}`;
    sheetRels.push({ id: drawingRel, type: REL_DRAWING, target: relativeTarget(part, drawingPart), external: false });
  }

  // 5. the worksheet and its relationships; the workbook opens on it
  kindCache.get(pkg)?.set(part, spec.kind);
  await deselectOtherSheets(pkg, part);
  zip.set(
    part,
    sheetXml(
      spec,
      (c) => styles.index.get(styleKeyOf(c)) ?? 0,
      {
        tables: sheetRels.filter((r) => r.type === REL_TABLE).map((r) => r.id),
        ...(drawingRel ? { drawing: drawingRel } : {}),
        dxf: styles.dxf,
        selected: true,
      },
      options,
    ),
  );
  if (sheetRels.length) zip.set(relsPathOf(part), relsXml(sheetRels));
  setActiveTab(pkg, sheetIndex);

  // 6. defined names: the spec's (workbook scope), the print titles and print area (sheet scope)
  const defined: string[] = [];
  for (const n of spec.names ?? []) {
    defined.push(`<definedName name="${xmlText(n.name)}">${xmlText(`${quoted}!${n.ref}`)}</definedName>`);
  }
  if (spec.print?.titleRows) {
    defined.push(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${xmlText(`${quoted}!${spec.print.titleRows}`)}</definedName>`,
    );
  }
  if (spec.print?.area) {
    defined.push(
      `<definedName name="_xlnm.Print_Area" localSheetId="${sheetIndex}">${xmlText(`${quoted}!${spec.print.area}`)}</definedName>`,
    );
  }
  if (defined.length) {
    if (/<definedNames\s*\/>/.test(pkg.workbookXml))
      pkg.workbookXml = pkg.workbookXml.replace(/<definedNames\s*\/>/, '<definedNames></definedNames>');
    if (pkg.workbookXml.includes('</definedNames>'))
      pkg.workbookXml = pkg.workbookXml.replace('</definedNames>', `${defined.join('')}</definedNames>`);
    else pkg.workbookXml = pkg.workbookXml.replace('</sheets>', `</sheets><definedNames>${defined.join('')}</definedNames>`);
  }
  // Excel recalculates on open (LibreOffice follows its own setting).
  if (/<calcPr\b[^>]*\/>/.test(pkg.workbookXml)) {
    pkg.workbookXml = pkg.workbookXml.replace(
      /<calcPr\b([^>]*?)\s*\/>/,
      (_, a: string) => `<calcPr${a.replace(/\sfullCalcOnLoad="[^"]*"/, '')} fullCalcOnLoad="1"/>`,
    );
  } else {
    const anchor = [
      '</workbook>',
      '<oleSize',
      '<customWorkbookViews',
      '<pivotCaches',
      '<smartTagPr',
      '<smartTagTypes',
      '<webPublishing',
      '<fileRecoveryPr',
      '<webPublishObjects',
      '<extLst',
    ]
      .map((t) => pkg.workbookXml.indexOf(t))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0];
    pkg.workbookXml = pkg.workbookXml.slice(0, anchor) + '<calcPr calcId="191029" fullCalcOnLoad="1"/>' + pkg.workbookXml.slice(anchor);
  }
  return { name, replaced: !!replace, tables: tableNames };
}

/** Parts reachable from `part` through its relationships (its tables, drawing, charts, their styles...). */
async function ownedParts(pkg: PackageModel, part: string, into = new Set<string>()): Promise<Set<string>> {
  for (const r of parseRels((await text(pkg.zip, relsPathOf(part))) ?? '')) {
    if (r.external) continue;
    const target = resolveTarget(part, r.target);
    if (into.has(target) || !pkg.zip.has(target)) continue;
    into.add(target);
    await ownedParts(pkg, target, into);
  }
  return into;
}

/**
 * Removes the parts only `part` (a generated sheet being replaced) uses, with their relationships and content
 * types: a part another relationship still points at (an image two drawings share) stays.
 */
async function dropOwnedParts(pkg: PackageModel, part: string): Promise<void> {
  const owned = await ownedParts(pkg, part);
  const dropping = new Set([part, ...owned]);
  const ownerOf = (rels: string) => (rels === '_rels/.rels' ? '' : rels.replace(/_rels\/([^/]+)\.rels$/, '$1'));
  for (const path of pkg.zip.paths()) {
    if (!path.endsWith('.rels') || dropping.has(ownerOf(path))) continue;
    for (const r of parseRels((await text(pkg.zip, path)) ?? '')) if (!r.external) owned.delete(resolveTarget(ownerOf(path), r.target));
  }
  for (const p of owned) {
    pkg.zip.remove(p);
    pkg.zip.remove(relsPathOf(p));
    pkg.contentTypes = pkg.contentTypes.replace(new RegExp(`<Override[^>]*PartName="/${escapeRe(p)}"[^>]*/>`, 'i'), '');
  }
  pkg.zip.remove(relsPathOf(part));
}

/**
 * The sheet the workbook opens on: Excel and LibreOffice show `activeTab`, and every other sheet loses
 * tabSelected, or Excel would open with the sheets grouped (an edit would land on both).
 */
function setActiveTab(pkg: PackageModel, index: number): void {
  const view = /<workbookView\b[^>]*?(\/?)>/.exec(pkg.workbookXml);
  if (view) {
    const tag = view[0].replace(/\sactiveTab="[^"]*"/, '').replace(/\sfirstSheet="[^"]*"/, '');
    pkg.workbookXml = pkg.workbookXml.replace(view[0], tag.replace(/^<workbookView/, `<workbookView activeTab="${index}"`));
  } else if (pkg.workbookXml.includes('<sheets')) {
    pkg.workbookXml = pkg.workbookXml.replace('<sheets', `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets`);
  }
}

/** Clears tabSelected on the other worksheets; only a sheet whose view has it is rewritten. */
async function deselectOtherSheets(pkg: PackageModel, keep: string): Promise<void> {
  for (const s of pkg.sheets) {
    if (s.part === keep || !s.part) continue;
    const head = pkg.zip.head(s.part, '<sheetData', 200_000);
    if (head === undefined || !/<sheetView\b[^>]*\btabSelected="(1|true)"/.test(head)) continue;
    const xml = pkg.zip.text(s.part)!;
    const view = /<sheetView[\s>/]/.exec(xml)!; // not <sheetViews>
    const at = view.index;
    const end = xml.indexOf('>', at);
    const tag = xml.slice(at, end).replace(/\s+tabSelected="(1|true)"/, '');
    // a big roster is recompressed quickly: it is the user's data, written back byte for byte
    pkg.zip.set(s.part, xml.slice(0, at) + tag + xml.slice(end), { level: 1 });
  }
}

/**
 * Removes Excel's calculation chain (its part, relationship and content type). It lists the formula cells
 * Excel last saw; once a generated sheet is replaced it points at cells that no longer hold formulas, and
 * Excel repairs the file ("Removed Records: Formula from /xl/calcChain.xml"). With fullCalcOnLoad set,
 * Excel rebuilds the chain when it opens the file.
 */
function dropCalcChain(pkg: PackageModel): void {
  const parts = new Set(
    pkg.rels.filter((r) => /\/calcChain$/.test(r.type) && !r.external).map((r) => resolveTarget(pkg.workbookPart, r.target)),
  );
  parts.add(`${pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf('/') + 1)}calcChain.xml`);
  pkg.rels = pkg.rels.filter((r) => !/\/calcChain$/.test(r.type));
  for (const part of parts) {
    pkg.zip.remove(part);
    pkg.contentTypes = pkg.contentTypes.replace(new RegExp(`<Override[^>]*PartName="/${escapeRe(part)}"[^>]*/>`, 'i'), '');
  }
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Writes the edited package parts back and returns the new file's bytes (parts left alone keep their compressed bytes). */
export async function savePackage(pkg: PackageModel): Promise<Uint8Array> {
  pkg.zip.set(pkg.workbookPart, pkg.workbookXml);
  pkg.zip.set(relsPathOf(pkg.workbookPart), relsXml(pkg.rels));
  pkg.zip.set('[Content_Types].xml', pkg.contentTypes);
  return pkg.zip.save();
}

/** Convenience: the bytes of `data` with the specs added (or replaced). */
export async function addGeneratedSheets(
  data: Uint8Array,
  specs: readonly (SheetSpec | SheetRequest)[],
  options: WriteOptions = {},
): Promise<{ bytes: Uint8Array; results: InjectResult[] }> {
  const pkg = await openPackage(data);
  const results: InjectResult[] = [];
  for (const s of specs) results.push(await injectSheet(pkg, s, options));
  return { bytes: await savePackage(pkg), results };
}
