// SheetSpec → SpreadsheetML: the worksheet part, its table parts and the cell styles it needs.
// Text is always an inline string (so "=HYPERLINK(...)" typed in a roster stays text); formulas are
// written with the core's number as the cached value, so viewers that do not recalculate show it too.
import { cellAddress, columnLetter, parseCellAddress } from '../../core/address';
import type { SheetSpec, SpecCell, SpecTable } from '../../core/sheet-spec';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids is its purpose
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Characters XML 1.0 forbids are dropped; the rest escaped. */
export function xmlText(s: string): string {
  return s.replace(XML_FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type StyleKey = string;

/** A cell's look: style role, then "+wrap" and "+link" when set, "|", horizontal alignment, "|", number format. */
export const styleKeyOf = (c: SpecCell): StyleKey =>
  `${c.style ?? ''}${c.wrap ? '+wrap' : ''}${c.link ? '+link' : ''}|${c.align ?? ''}|${c.numberFormat ?? ''}`;

export interface WriteOptions {
  /** Write the core's numbers as cached formula results (default true). */
  readonly cachedValues?: boolean;
}

function cellXml(ref: string, c: SpecCell, style: number, cached: boolean): string {
  const s = style ? ` s="${style}"` : '';
  if (c.formula !== undefined) {
    const f = `<f>${xmlText(c.formula.replace(/^=/, ''))}</f>`;
    const v = c.expected;
    if (!cached || v === undefined || v === null) return `<c r="${ref}"${s}>${f}</c>`;
    if (typeof v === 'number') return `<c r="${ref}"${s}>${f}<v>${v}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(v)}</v></c>`;
  }
  const v = c.value;
  if (v === undefined || v === null) return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

/** What the worksheet part refers to or looks up, besides its cells. */
export interface SheetParts {
  /** Relationship ids of its table parts. */
  readonly tables: readonly string[];
  /** Relationship id of its drawing (charts), if any. */
  readonly drawing?: string;
  /** dxf index of each conditional-format look. */
  readonly dxf?: ReadonlyMap<string, number>;
  /** The sheet is the one the workbook opens on. */
  readonly selected?: boolean;
}

/** Page margins in inches when a spec names none. */
export const DEFAULT_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/** Footer text as SpreadsheetML writes it: &L left, &C centre, &R right section. */
function footerText(f: NonNullable<NonNullable<SheetSpec['print']>['footer']>): string {
  return [f.left ? `&L${f.left}` : '', f.center ? `&C${f.center}` : '', f.right ? `&R${f.right}` : ''].join('');
}

export function sheetXml(spec: SheetSpec, styleOf: (c: SpecCell) => number, parts: SheetParts, options: WriteOptions = {}): string {
  const cached = options.cachedValues !== false;
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 1);
  const print = spec.print;
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`);
  out.push(`<sheetPr>${print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`);
  out.push(`<dimension ref="A1:${cellAddress(Math.max(0, spec.rows.length - 1), width - 1)}"/>`);
  const freeze = spec.freezeRows ?? 0;
  const selected = parts.selected ? ' tabSelected="1"' : '';
  out.push(
    freeze > 0
      ? `<sheetViews><sheetView${selected} workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView></sheetViews>`
      : `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`,
  );
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  const hidden = new Set(spec.hiddenColumns ?? []);
  const columns = Math.max(spec.columnWidths?.length ?? 0, ...[...hidden].map((c) => c + 1));
  if (columns > 0) {
    out.push('<cols>');
    for (let i = 0; i < columns; i++) {
      const w = spec.columnWidths?.[i];
      if (w === undefined && !hidden.has(i)) continue;
      out.push(
        `<col min="${i + 1}" max="${i + 1}" width="${w ?? 9.140625}"${w !== undefined ? ' customWidth="1"' : ''}${hidden.has(i) ? ' hidden="1"' : ''}/>`,
      );
    }
    out.push('</cols>');
  }
  const heights = new Map((spec.rowHeights ?? []).map((h) => [h.row, h.height]));
  out.push('<sheetData>');
  spec.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((c, col) => {
      if (!c) return;
      const x = cellXml(`${columnLetter(col)}${r + 1}`, c, styleOf(c), cached);
      if (x) cells.push(x);
    });
    const ht = heights.get(r);
    const attrs = ht !== undefined ? ` ht="${ht}" customHeight="1"` : '';
    if (cells.length || attrs) out.push(`<row r="${r + 1}"${attrs}>${cells.join('')}</row>`);
  });
  out.push('</sheetData>');
  let priority = 1;
  for (const cf of spec.conditionalFormats ?? []) {
    const dxf = parts.dxf?.get(cf.look);
    if (dxf === undefined) continue;
    const value = `"${cf.equals.replace(/"/g, '""')}"`;
    out.push(
      `<conditionalFormatting sqref="${cf.range}"><cfRule type="cellIs" dxfId="${dxf}" priority="${priority++}" operator="equal"><formula>${xmlText(value)}</formula></cfRule></conditionalFormatting>`,
    );
  }
  // CT_Worksheet's order: conditionalFormatting, then hyperlinks, then pageMargins
  const links = hyperlinksXml(spec);
  if (links) out.push(links);
  const m = print?.margins ?? DEFAULT_MARGINS;
  out.push(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
  );
  if (print) {
    const orientation = ` orientation="${print.landscape ? 'landscape' : 'portrait'}"`;
    const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    out.push(`<pageSetup paperSize="9"${orientation}${fit}/>`);
    if (print.footer) out.push(`<headerFooter><oddFooter>${xmlText(footerText(print.footer))}</oddFooter></headerFooter>`);
    const breaks = print.rowBreaks ?? [];
    if (breaks.length) {
      // a break's id is the last row of the page before it
      const brk = breaks.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join('');
      out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brk}</rowBreaks>`);
    }
  }
  if (parts.drawing) out.push(`<drawing r:id="${parts.drawing}"/>`);
  if (parts.tables.length) {
    out.push(`<tableParts count="${parts.tables.length}">${parts.tables.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`);
  }
  out.push('</worksheet>');
  return out.join('');
}

/**
 * Links to places in the workbook: a `location` and no relationship, the form Excel writes for "Place in
 * This Document" and LibreOffice reads as an internal link.
 */
function hyperlinksXml(spec: SheetSpec): string {
  const out: string[] = [];
  spec.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c?.link) {
        const display = typeof c.value === 'string' && c.value !== '' ? ` display="${xmlText(c.value)}"` : '';
        out.push(`<hyperlink ref="${columnLetter(col)}${r + 1}" location="${xmlText(c.link)}"${display}/>`);
      }
    }),
  );
  return out.length ? `<hyperlinks>${out.join('')}</hyperlinks>` : '';
}

/** A table part; header names come from the spec's header row so Excel finds them identical. */
export function tableXml(spec: SheetSpec, table: SpecTable, id: number, name: string): string {
  const [from, to] = table.range.split(':');
  const first = parseCellAddress(from);
  const headerRow = spec.rows[first.row] ?? [];
  const firstCol = first.col;
  const lastCol = parseCellAddress(to).col;
  const used = new Set<string>();
  const columns: string[] = [];
  for (let c = firstCol; c <= lastCol; c++) {
    const v = headerRow[c]?.value;
    let n = typeof v === 'string' && v !== '' ? v : `Kolom${c - firstCol + 1}`;
    while (used.has(n.toLowerCase())) n += '_';
    used.add(n.toLowerCase());
    columns.push(`<tableColumn id="${c - firstCol + 1}" name="${xmlText(n)}"/>`);
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS_MAIN}" id="${id}" name="${xmlText(name)}" displayName="${xmlText(name)}" ref="${table.range}" totalsRowShown="0">` +
    (table.filter ? `<autoFilter ref="${table.range}"/>` : '') +
    `<tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
