// Appends the few cell styles a generated sheet needs to a workbook's styles part, leaving every
// existing style (and so every style index the user's sheets use) exactly where it was.
import type { StyleKey } from './spec-xml';

const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const ROLE_FONT: Readonly<Record<string, string>> = {
  title: '<font><b/><sz val="14"/><color rgb="FF1F3864"/><name val="Calibri"/><family val="2"/></font>',
  subtitle: '<font><b/><sz val="11"/><color rgb="FF1F3864"/><name val="Calibri"/><family val="2"/></font>',
  header: '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  total: '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  note: '<font><i/><sz val="10"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>',
  marker: '<font><sz val="8"/><color rgb="FFBFBFBF"/><name val="Calibri"/><family val="2"/></font>',
  // Excel's own Hyperlink style: blue, underlined.
  link: '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>',
};
const HEADER_FILL = '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>';
const TOTAL_BORDER =
  '<border><left/><right/><top style="thin"><color auto="1"/></top><bottom style="double"><color auto="1"/></bottom><diagonal/></border>';

function block(xml: string, tag: string): { start: number; end: number; inner: string } | null {
  const open = new RegExp(`<${tag}(\\s[^>]*)?>`).exec(xml);
  if (!open) return null;
  const close = xml.indexOf(`</${tag}>`, open.index);
  if (close < 0) return null;
  return { start: open.index, end: close + tag.length + 3, inner: xml.slice(open.index + open[0].length, close) };
}

const countOf = (inner: string, child: string): number => (inner.match(new RegExp(`<${child}[\\s>/]`, 'g')) ?? []).length;

/** Appends children to a collection element (creating it before `before` when missing) and fixes its count. */
function append(
  xml: string,
  tag: string,
  child: string,
  items: readonly string[],
  before: readonly string[],
): { xml: string; first: number } {
  const b = block(xml, tag);
  if (!b) {
    const anchor =
      before
        .map((t) => xml.search(new RegExp(`<${t}[\\s>/]`)))
        .filter((i) => i >= 0)
        .sort((x, y) => x - y)[0] ?? xml.lastIndexOf('</styleSheet>');
    const made = `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    return { xml: xml.slice(0, anchor) + made + xml.slice(anchor), first: 0 };
  }
  const first = countOf(b.inner, child);
  const inner = b.inner + items.join('');
  const made = `<${tag} count="${first + items.length}">${inner}</${tag}>`;
  return { xml: xml.slice(0, b.start) + made + xml.slice(b.end), first };
}

/** Adds one cellXfs entry per style key; returns the patched part and each key's style index. */
export function addStyles(stylesXml: string | undefined, keys: readonly StyleKey[]): { xml: string; index: Map<StyleKey, number> } {
  let xml = stylesXml ?? MINIMAL_STYLES;
  const index = new Map<StyleKey, number>();
  const unique = [...new Set(keys)].filter((k) => k !== '|');
  if (unique.length === 0) return { xml, index };

  // number formats: reuse built-ins and existing custom codes
  const existing = block(xml, 'numFmts');
  const codeToId = new Map<string, number>(Object.entries(BUILT_IN_FORMATS));
  let nextId = 164;
  for (const m of (existing?.inner ?? '').matchAll(/<numFmt\s[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)) {
    const id = Number(m[1]);
    const code = m[2]
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    if (!codeToId.has(code)) codeToId.set(code, id);
    nextId = Math.max(nextId, id + 1);
  }
  const newFormats: string[] = [];
  const formatId = (code: string): number => {
    if (code === '') return 0;
    let id = codeToId.get(code);
    if (id === undefined) {
      id = nextId++;
      codeToId.set(code, id);
      newFormats.push(
        `<numFmt numFmtId="${id}" formatCode="${code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`,
      );
    }
    return id;
  };
  const formats = unique.map((k) => formatId(k.slice(k.indexOf('|') + 1)));
  if (newFormats.length) xml = append(xml, 'numFmts', 'numFmt', newFormats, ['fonts']).xml;

  // "header+wrap+link|0" → role "header", flags wrap and link; a link's font wins over its role's.
  const looks = unique.map((k) => {
    const [role, ...flags] = k.slice(0, k.indexOf('|')).split('+');
    return { role, wrap: flags.includes('wrap'), font: flags.includes('link') ? 'link' : role };
  });
  const roles = [...new Set(looks.map((l) => l.font).filter((r) => ROLE_FONT[r]))];
  const fonts = append(
    xml,
    'fonts',
    'font',
    roles.map((r) => ROLE_FONT[r]),
    ['fills'],
  );
  xml = fonts.xml;
  const fontOf = new Map(roles.map((r, i) => [r, fonts.first + i]));
  const fills = append(xml, 'fills', 'fill', [HEADER_FILL], ['borders']);
  xml = fills.xml;
  const borders = append(xml, 'borders', 'border', [TOTAL_BORDER], ['cellStyleXfs', 'cellXfs']);
  xml = borders.xml;

  const xfs = looks.map(({ role, wrap, font: fontRole }, i) => {
    const font = fontOf.get(fontRole) ?? 0;
    const fill = role === 'header' ? fills.first : 0;
    const border = role === 'total' ? borders.first : 0;
    const numFmt = formats[i];
    const attrs =
      `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
      (numFmt ? ' applyNumberFormat="1"' : '') +
      (font ? ' applyFont="1"' : '') +
      (fill ? ' applyFill="1"' : '') +
      (border ? ' applyBorder="1"' : '') +
      (role === 'note' || role === 'title' || role === 'subtitle' ? '' : ' applyAlignment="1"');
    const align =
      role === 'header' || wrap
        ? '<alignment wrapText="1" vertical="center"/>'
        : role === 'note' || role === 'title' || role === 'subtitle'
          ? ''
          : '<alignment vertical="center"/>';
    return `<xf ${attrs}>${align}</xf>`;
  });
  const cellXfs = append(xml, 'cellXfs', 'xf', xfs, ['cellStyles', 'dxfs', 'tableStyles']);
  xml = cellXfs.xml;
  unique.forEach((k, i) => index.set(k, cellXfs.first + i));
  return { xml, index };
}
