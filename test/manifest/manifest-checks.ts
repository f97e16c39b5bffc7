// Coherence checks for manifest.xml that the XSDs cannot express. Each returns readable problems;
// an empty list means the manifest hangs together.
import fs from 'fs';
import path from 'path';
import { DOMParser } from '@xmldom/xmldom';

const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

type El = Element;

const all = (doc: Document | El, localName: string): El[] => Array.from(doc.getElementsByTagNameNS('*', localName));
const first = (doc: Document | El, localName: string): El | undefined => all(doc, localName)[0];
const xsiType = (e: El): string | null => e.getAttributeNS(XSI, 'type');

export function parseManifest(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
  }).parseFromString(xml, 'text/xml');
  if (errors.length) throw new Error(`manifest.xml does not parse: ${errors.join('; ')}`);
  return doc;
}

/** id → DefaultValue of every bt:Image, bt:Url and bt:String resource. */
export function resources(doc: Document): Map<string, El> {
  const map = new Map<string, El>();
  for (const kind of ['Image', 'Url', 'String']) {
    for (const e of Array.from(doc.getElementsByTagNameNS(BT, kind))) {
      if (
        e.parentNode &&
        (e.parentNode as El).localName &&
        ['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes((e.parentNode as El).localName)
      ) {
        map.set(e.getAttribute('id')!, e);
      }
    }
  }
  return map;
}

/** Every resid referenced anywhere is defined, and every defined resource is used. */
export function checkResids(doc: Document): string[] {
  const defined = resources(doc);
  const referenced = new Set<string>();
  const problems: string[] = [];
  for (const e of all(doc, '*')) {
    const resid = e.getAttribute('resid');
    if (resid === null || resid === '') continue;
    referenced.add(resid);
    if (!defined.has(resid)) problems.push(`resid "${resid}" on <${e.localName}> is not defined in <Resources>`);
  }
  for (const id of defined.keys()) if (!referenced.has(id)) problems.push(`resource "${id}" is defined but never used`);
  return problems;
}

/** Every URL value in the manifest (attributes and element text). */
export function manifestUrls(doc: Document): string[] {
  const urls: string[] = [];
  for (const e of all(doc, '*')) {
    for (const a of Array.from(e.attributes))
      if (/^[a-z]+:\/\//i.test(a.value) && a.name !== 'xmlns' && !a.name.startsWith('xmlns:')) urls.push(a.value);
    if (e.childNodes.length === 1 && e.firstChild!.nodeType === 3 && /^[a-z]+:\/\//i.test(e.textContent.trim()))
      urls.push(e.textContent.trim());
  }
  return urls;
}

/** All URLs are https and share one origin. */
export function checkOrigins(doc: Document): string[] {
  const urls = manifestUrls(doc);
  if (urls.length === 0) return ['the manifest holds no URLs'];
  const problems: string[] = [];
  const origin = new URL(urls[0]).origin;
  for (const u of urls) {
    const parsed = new URL(u);
    if (parsed.protocol !== 'https:') problems.push(`${u} is not https`);
    if (parsed.origin !== origin) problems.push(`${u} is not on ${origin}`);
  }
  return problems;
}

/** The long-lived runtime's resid is the one the task pane, the custom-functions Page and the FunctionFile use. */
export function checkSharedRuntime(doc: Document): string[] {
  const problems: string[] = [];
  const runtimes = all(doc, 'Runtime');
  if (runtimes.length !== 1) return [`expected one <Runtime>, found ${runtimes.length}`];
  const runtime = runtimes[0].getAttribute('resid');
  if (runtimes[0].getAttribute('lifetime') !== 'long') problems.push('the runtime is not lifetime="long"');
  const cf = all(doc, 'ExtensionPoint').find((e) => xsiType(e) === 'CustomFunctions');
  if (!cf) return [...problems, 'no CustomFunctions extension point'];
  const page = first(first(cf, 'Page') ?? cf, 'SourceLocation')?.getAttribute('resid');
  if (page !== runtime) problems.push(`custom-functions <Page> uses "${page}", the runtime "${runtime}"`);
  const functionFile = first(doc, 'FunctionFile')?.getAttribute('resid');
  if (functionFile !== runtime) problems.push(`<FunctionFile> uses "${functionFile}", the runtime "${runtime}"`);
  for (const action of all(doc, 'Action').filter((a) => xsiType(a) === 'ShowTaskpane')) {
    const loc = first(action, 'SourceLocation')?.getAttribute('resid');
    if (loc !== runtime) problems.push(`the task pane button opens "${loc}", the runtime is "${runtime}"`);
  }
  const runtimeUrl = resources(doc)
    .get(runtime ?? '')
    ?.getAttribute('DefaultValue');
  const defaultPage = first(first(doc, 'DefaultSettings')!, 'SourceLocation')?.getAttribute('DefaultValue');
  if (runtimeUrl !== defaultPage) problems.push(`DefaultSettings opens ${defaultPage}, the runtime page is ${runtimeUrl}`);
  const sets = all(doc, 'Set').map((s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`);
  if (!sets.includes('SharedRuntime 1.1')) problems.push('requirement set SharedRuntime 1.1 is missing');
  return problems;
}

export function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  if (b.toString('latin1', 1, 4) !== 'PNG' || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Every icon URL points at a file in the repo (served from the dist root) with the size it is declared at. */
export function checkIcons(doc: Document, repoRoot: string): string[] {
  const problems: string[] = [];
  const res = resources(doc);
  const declared: { url: string; size: number; where: string }[] = [];
  const icon = first(doc, 'IconUrl')?.getAttribute('DefaultValue');
  const hiRes = first(doc, 'HighResolutionIconUrl')?.getAttribute('DefaultValue');
  if (!icon || !hiRes) problems.push('IconUrl and HighResolutionIconUrl are both required');
  if (icon) declared.push({ url: icon, size: 32, where: 'IconUrl' });
  if (hiRes) declared.push({ url: hiRes, size: 64, where: 'HighResolutionIconUrl' });
  for (const img of all(doc, 'Image').filter((e) => e.namespaceURI === BT && e.getAttribute('size'))) {
    const url = res.get(img.getAttribute('resid')!)?.getAttribute('DefaultValue');
    if (url) declared.push({ url, size: Number(img.getAttribute('size')), where: `bt:Image ${img.getAttribute('resid')}` });
  }
  for (const d of declared) {
    const file = path.join(repoRoot, new URL(d.url).pathname.replace(/^\//, ''));
    if (!fs.existsSync(file)) {
      problems.push(`${d.where}: ${d.url} has no file ${path.relative(repoRoot, file)}`);
      continue;
    }
    const { width, height } = pngSize(file);
    if (width !== d.size || height !== d.size)
      problems.push(`${d.where}: ${path.relative(repoRoot, file)} is ${width}×${height}, declared ${d.size}`);
  }
  return problems;
}

/** Indonesian by default with en-US overrides for every text; the function metadata has an id-ID override. */
export function checkLocales(doc: Document): string[] {
  const problems: string[] = [];
  if (first(doc, 'DefaultLocale')?.textContent?.trim() !== 'id-ID') problems.push('DefaultLocale is not id-ID');
  const overrides = (e: El) =>
    new Map(
      Array.from(e.childNodes)
        .filter((n): n is El => n.nodeType === 1 && (n as El).localName === 'Override')
        .map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')]),
    );
  const texts: [string, El][] = [
    ['DisplayName', first(doc, 'DisplayName')!],
    ['Description', first(doc, 'Description')!],
    ...Array.from(doc.getElementsByTagNameNS(BT, 'String')).map((e) => [`bt:String ${e.getAttribute('id')}`, e] as [string, El]),
  ];
  const namespaceResid = first(doc, 'Namespace')?.getAttribute('resid');
  for (const [name, e] of texts) {
    if (!e) {
      problems.push(`${name} is missing`);
      continue;
    }
    if (e.getAttribute('id') === namespaceResid) continue; // the formula namespace is the same in every language
    if (!overrides(e).get('en-US')) problems.push(`${name} has no en-US override`);
  }
  const metadataResid = first(first(doc, 'Metadata') ?? doc, 'SourceLocation')?.getAttribute('resid');
  const metadata = resources(doc).get(metadataResid ?? '');
  const idOverride = metadata && overrides(metadata).get('id-ID');
  if (!idOverride || !/functions-id\.json$/.test(idOverride))
    problems.push('the function metadata has no id-ID override pointing at functions-id.json');
  return problems;
}

export function allProblems(xml: string, repoRoot: string): string[] {
  const doc = parseManifest(xml);
  return [...checkResids(doc), ...checkOrigins(doc), ...checkSharedRuntime(doc), ...checkIcons(doc, repoRoot), ...checkLocales(doc)];
}
