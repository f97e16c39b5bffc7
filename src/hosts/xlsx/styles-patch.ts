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
  headline: '<font><b/><sz val="12"/><color rgb="FF1F3864"/><name val="Calibri"/><family val="2"/></font>',
  // Excel's built-in Input look: blue-grey text on peach, thin grey border
  input: '<font><sz val="11"/><color rgb="FF3F3F76"/><name val="Calibri"/><family val="2"/></font>',
};
const HEADER_FILL = '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>';
const INPUT_FILL = '<fill><patternFill patternType="solid"><fgColor rgb="FFFFCC99"/><bgColor indexed="64"/></patternFill></fill>';
const TOTAL_BORDER =
  '<border><left/><right/><top style="thin"><color auto="1"/></top><bottom style="double"><color auto="1"/></bottom><diagonal/></border>';
const INPUT_BORDER =
  '<border><left style="thin"><color rgb="FF7F7F7F"/></left><right style="thin"><color rgb="FF7F7F7F"/></right>' +
  '<top style="thin"><color rgb="FF7F7F7F"/></top><bottom style="thin"><color rgb="FF7F7F7F"/></bottom><diagonal/></border>';

/** Differential formats of conditional formatting: Excel's Good (green) and Bad (red). */
export const DXF_LOOKS = {
  good: '<dxf><font><color rgb="FF006100"/></font><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf>',
  bad: '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>',
} as const;

function block(xml: string, tag: string): { start: number; end: number; inner: string } | null {
  const open = new RegExp(`<${tag}(\\s[^>]*)?>`).exec(xml);
  if (!open) return null;
  // an empty collection may be written self-closed: <dxfs count="0"/>
  if (open[0].endsWith('/>')) return { start: open.index, end: open.index + open[0].length, inner: '' };
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

/**
 * A style key's parts: "role+wrap+link|align|number format" (see styleKeyOf): the role, the flags wrap and
 * link, the horizontal alignment and the number format. A link's font wins over its role's.
 */
function keyParts(k: StyleKey): { role: string; wrap: boolean; font: string; align: string; format: string } {
  const a = k.indexOf('|');
  const b = k.indexOf('|', a + 1);
  const [role, ...flags] = k.slice(0, a).split('+');
  const link = flags.includes('link');
  return { role, wrap: flags.includes('wrap'), font: link ? 'link' : role, align: k.slice(a + 1, b), format: k.slice(b + 1) };
}

/**
 * Adds one cellXfs entry per style key, and the differential formats `looks` asks for (conditional
 * formatting); returns the patched part, each key's style index and each look's dxf index.
 */
export function addStyles(
  stylesXml: string | undefined,
  keys: readonly StyleKey[],
  looks: readonly (keyof typeof DXF_LOOKS)[] = [],
): { xml: string; index: Map<StyleKey, number>; dxf: Map<string, number> } {
  let xml = stylesXml ?? MINIMAL_STYLES;
  const index = new Map<StyleKey, number>();
  const dxf = new Map<string, number>();
  const wanted = [...new Set(looks)];
  if (wanted.length) {
    const added = append(
      xml,
      'dxfs',
      'dxf',
      wanted.map((l) => DXF_LOOKS[l]),
      ['tableStyles', 'colors', 'extLst'],
    );
    xml = added.xml;
    wanted.forEach((l, i) => dxf.set(l, added.first + i));
  }
  const unique = [...new Set(keys)].filter((k) => k !== '||');
  if (unique.length === 0) return { xml, index, dxf };

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
  const formats = unique.map((k) => formatId(keyParts(k).format));
  if (newFormats.length) xml = append(xml, 'numFmts', 'numFmt', newFormats, ['fonts']).xml;

  const roles = [...new Set(unique.map((k) => keyParts(k).font).filter((r) => ROLE_FONT[r]))];
  const fonts = append(
    xml,
    'fonts',
    'font',
    roles.map((r) => ROLE_FONT[r]),
    ['fills'],
  );
  xml = fonts.xml;
  const fontOf = new Map(roles.map((r, i) => [r, fonts.first + i]));
  const fills = append(xml, 'fills', 'fill', [HEADER_FILL, INPUT_FILL], ['borders']);
  xml = fills.xml;
  const borders = append(xml, 'borders', 'border', [TOTAL_BORDER, INPUT_BORDER], ['cellStyleXfs', 'cellXfs']);
  xml = borders.xml;

  const xfs = unique.map((k, i) => {
    const { role, wrap, font: fontRole, align: horizontal } = keyParts(k);
    const font = fontOf.get(fontRole) ?? 0;
    const fill = role === 'header' ? fills.first : role === 'input' ? fills.first + 1 : 0;
    const border = role === 'total' ? borders.first : role === 'input' ? borders.first + 1 : 0;
    const numFmt = formats[i];
    const plain = role === 'note' || role === 'title' || role === 'subtitle' || role === 'headline';
    const alignment = [
      ...(horizontal ? [`horizontal="${horizontal}"`] : []),
      ...(role === 'header' || wrap ? ['wrapText="1"'] : []),
      ...(plain && !wrap ? [] : ['vertical="center"']),
    ];
    const attrs =
      `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
      (numFmt ? ' applyNumberFormat="1"' : '') +
      (font ? ' applyFont="1"' : '') +
      (fill ? ' applyFill="1"' : '') +
      (border ? ' applyBorder="1"' : '') +
      (alignment.length ? ' applyAlignment="1"' : '');
    return `<xf ${attrs}>${alignment.length ? `<alignment ${alignment.join(' ')}/>` : ''}</xf>`;
  });
  const cellXfs = append(xml, 'cellXfs', 'xf', xfs, ['cellStyles', 'dxfs', 'tableStyles']);
  xml = cellXfs.xml;
  unique.forEach((k, i) => index.set(k, cellXfs.first + i));
  return { xml, index, dxf };
}
