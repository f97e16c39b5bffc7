// Writes new values into existing cells of a worksheet part: the offline page's fixes, in a copy of the
// user's file. Only the cells named change (each becomes an inline string with its own style kept); every
// other byte of the part stays as it was, and so do all other parts. A cell holding a formula is left
// alone (a fix never replaces a formula), and so is a cell the part does not hold.
import { cellAddress, parseCellAddress } from '../../core/address';
import { type Cell, isDateCell, isErrorCell } from '../../core/cells';
import type { PackageModel } from './inject';
import { xmlText } from './spec-xml';

export interface PatchResult {
  /** Cells written. */
  readonly patched: number;
  /** Cells left as they were (formula, or not in the part), as "Sheet!A1". */
  readonly skipped: readonly string[];
}

/** The element for a cell holding `value`, keeping the attributes of `openTag` but its type. */
function cellElement(openTag: string, value: Cell): string {
  const attrs = openTag
    .replace(/^<c/, '')
    .replace(/\/?>$/, '')
    .replace(/\s+t\s*=\s*("[^"]*"|'[^']*')/, '');
  if (value === null || value === '') return `<c${attrs}/>`;
  if (typeof value === 'number') return `<c${attrs}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c${attrs} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (isDateCell(value)) return `<c${attrs}><v>${value.serial}</v></c>`;
  if (isErrorCell(value)) return `<c${attrs} t="e"><v>${xmlText(value.code)}</v></c>`;
  return `<c${attrs} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

/** Where a cell element starts and ends in the part, or undefined. */
interface Found {
  readonly start: number;
  readonly openEnd: number;
  readonly end: number;
}

/** The element closing at `openEnd` (self-closed, or up to its </c>). */
function elementEnd(xml: string, openEnd: number): number {
  if (xml[openEnd - 2] === '/') return openEnd;
  const close = xml.indexOf('</c>', openEnd);
  return close < 0 ? -1 : close + 4;
}

/** Fast path: cells that carry r="A1" (every writer we know writes it). */
function findByReference(xml: string, a1: string): Found | undefined {
  for (const quote of ['"', "'"]) {
    let at = xml.indexOf(` r=${quote}${a1}${quote}`);
    while (at >= 0) {
      const start = xml.lastIndexOf('<', at);
      if (start >= 0 && xml.startsWith('<c', start) && /\s/.test(xml[start + 2] ?? '')) {
        const openEnd = xml.indexOf('>', at) + 1;
        const end = elementEnd(xml, openEnd);
        if (openEnd > 0 && end > 0) return { start, openEnd, end };
      }
      at = xml.indexOf(` r=${quote}${a1}${quote}`, at + 1);
    }
  }
  return undefined;
}

/** Slow path, for parts whose rows or cells leave out r: walks every row and cell in order. */
function findByPosition(xml: string, wanted: ReadonlySet<string>): Map<string, Found> {
  const out = new Map<string, Found>();
  const tag = /<(row|c)(\s[^>]*)?>/g;
  let row = -1;
  let col = -1;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const r = /\sr\s*=\s*["']([^"']*)["']/.exec(m[2] ?? '')?.[1];
    if (m[1] === 'row') {
      row = r ? Number(r) - 1 : row + 1;
      col = -1;
      continue;
    }
    if (r) ({ row, col } = parseCellAddress(r));
    else col++;
    const openEnd = m.index + m[0].length;
    const end = elementEnd(xml, openEnd);
    if (end < 0) break;
    const a1 = cellAddress(row, col);
    if (wanted.has(a1)) out.set(a1, { start: m.index, openEnd, end });
    tag.lastIndex = end;
  }
  return out;
}

/** Sets cells of a worksheet part's XML; returns the new XML and what was done. */
export function patchSheetXml(xml: string, values: ReadonlyMap<string, Cell>, sheetName = ''): { xml: string } & PatchResult {
  const found = new Map<string, Found>();
  const missing = new Set<string>();
  for (const a1 of values.keys()) {
    const f = findByReference(xml, a1.toUpperCase());
    if (f) found.set(a1, f);
    else missing.add(a1.toUpperCase());
  }
  if (missing.size)
    for (const [a1, f] of findByPosition(xml, missing)) {
      found.set(a1, f);
      missing.delete(a1);
    }
  const skipped = [...missing].map((a1) => `${sheetName}!${a1}`);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [a1, f] of found) {
    const inner = xml.slice(f.openEnd, f.end);
    if (/<f[\s>/]/.test(inner)) {
      skipped.push(`${sheetName}!${a1}`);
      continue;
    }
    edits.push({ start: f.start, end: f.end, text: cellElement(xml.slice(f.start, f.openEnd), values.get(a1) ?? null) });
  }
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(xml.slice(at));
  return { xml: parts.join(''), patched: edits.length, skipped };
}

/** Sets cells in a copy of a package, by the sheets' names in the workbook. */
export async function patchCells(pkg: PackageModel, changes: ReadonlyMap<string, ReadonlyMap<string, Cell>>): Promise<PatchResult> {
  let patched = 0;
  const skipped: string[] = [];
  for (const [sheetName, values] of changes) {
    if (values.size === 0) continue;
    const sheet = pkg.sheets.find((s) => s.name === sheetName);
    const xml = sheet?.part ? pkg.zip.text(sheet.part) : undefined;
    if (!sheet || xml === undefined) {
      skipped.push(...[...values.keys()].map((a1) => `${sheetName}!${a1}`));
      continue;
    }
    const result = patchSheetXml(xml, values, sheetName);
    if (result.patched > 0) pkg.zip.set(sheet.part, result.xml);
    patched += result.patched;
    skipped.push(...result.skipped);
  }
  return { patched, skipped };
}
