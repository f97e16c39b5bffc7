// Writing sheets through Office.js: a generated sheet from its spec, and a roster sheet (demo, template)
// with text/date formats and drop-downs. Values then formats are queued and synced once per block of rows;
// no sync() ever runs inside a per-row loop.
import { cellText } from '../../core/cells';
import { cellAddress, columnLetter, parseCellAddress } from '../../core/address';
import type { SheetSpec, SpecCell, SpecConditionalFormat, SpecStyle } from '../../core/sheet-spec';
import {
  LIST_SHEET_HEAD,
  LIST_SHEET_KIND,
  LIST_SHEET_NAME,
  LIST_TITLE_ROW,
  listSheetHeadRow,
  planListColumns,
  rangeListTitle,
  validationSource,
  type PlannedList,
} from '../list-sheet';
import type { ListValidation, RosterSheetInput } from '../port';
import { kindInValues, uniqueSheetName } from '../sheet-names';
import { allApiSupported, type ExcelApiSupported } from './api-sets';
import { asTextInput, cellInput, hyperlinkFormula, specInput } from './cell-values';

const WRITE_BLOCK_ROWS = 5_000;
/** Above this many links a sheet gets HYPERLINK formulas instead of hyperlink objects. */
const MAX_LINK_OBJECTS = 500;

const STYLE_FORMATS: Record<
  SpecStyle,
  { bold?: boolean; size?: number; fill?: string; color?: string; italic?: boolean; border?: string }
> = {
  title: { bold: true, size: 14, color: '#1F3864' },
  subtitle: { italic: true, color: '#595959' },
  header: { bold: true, fill: '#DDEBF7', color: '#1F3864' },
  total: { bold: true, fill: '#F2F2F2' },
  note: { italic: true, size: 9, color: '#595959' },
  marker: { size: 8, color: '#BFBFBF' },
  headline: { bold: true, size: 12, color: '#1F3864' },
  // Excel's Input look: blue-grey text on peach, thin grey border
  input: { color: '#3F3F76', fill: '#FFCC99', border: '#7F7F7F' },
};

/** Conditional-format looks: Excel's Good and Bad. */
const LOOKS: Record<SpecConditionalFormat['look'], { font: string; fill: string }> = {
  good: { font: '#006100', fill: '#C6EFCE' },
  bad: { font: '#9C0006', fill: '#FFC7CE' },
};
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Writes a spec onto a fresh sheet: one formulas write, one number-format write, then styles, all queued. */
export async function writeSpec(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  flush: () => Promise<void>,
  apiSupported: ExcelApiSupported = allApiSupported,
): Promise<void> {
  const height = spec.rows.length;
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (height === 0 || width === 0) return;
  const links = spec.rows.reduce((n, r) => n + r.filter((c) => c?.link).length, 0);
  // Thousands of hyperlink objects would swell the request; a HYPERLINK formula per cell is ~40 bytes.
  const linkFormulas = links > MAX_LINK_OBJECTS;
  const input = (c: SpecCell | null): string | number | boolean =>
    linkFormulas && c?.link && c.formula === undefined ? hyperlinkFormula(c.link, cellText(c.value ?? null) || c.link) : specInput(c);
  // Values then formats go in one request for a summary; very large sheets (issue lists) in blocks under 5 MB.
  for (let start = 0; start < height; start += WRITE_BLOCK_ROWS) {
    const rows = spec.rows.slice(start, start + WRITE_BLOCK_ROWS);
    const rect = ws.getRangeByIndexes(start, 0, rows.length, width);
    rect.formulas = rows.map((row) => Array.from({ length: width }, (_, c) => input(row[c] ?? null)));
    rect.numberFormat = rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.numberFormat ?? 'General'));
    if (start + WRITE_BLOCK_ROWS < height) await flush();
  }
  // Styles: one range per run of same-styled cells in a row, so a 30-column header is one command.
  const look = (c: SpecCell | null | undefined) => (c?.style || c?.align ? `${c.style ?? ''}|${c.align ?? ''}` : '');
  spec.rows.forEach((row, r) => {
    let c = 0;
    while (c < width) {
      const key = look(row[c]);
      let end = c;
      while (end + 1 < width && key && look(row[end + 1]) === key) end++;
      if (key) {
        const range = ws.getRange(`${cellAddress(r, c)}:${cellAddress(r, end)}`);
        const style = row[c]?.style;
        const f = style ? STYLE_FORMATS[style] : {};
        if (f.bold) range.format.font.bold = true;
        if (f.italic) range.format.font.italic = true;
        if (f.size) range.format.font.size = f.size;
        if (f.color) range.format.font.color = f.color;
        if (f.fill) range.format.fill.color = f.fill;
        if (f.border)
          for (const edge of EDGES) {
            const b = range.format.borders.getItem(edge);
            b.style = 'Continuous';
            b.color = f.border;
          }
        if (row[c]?.align === 'right') range.format.horizontalAlignment = 'Right';
      }
      c = end + 1;
    }
    if (!linkFormulas)
      row.forEach((cell, col) => {
        if (cell?.link)
          ws.getRange(cellAddress(r, col)).hyperlink = {
            documentReference: cell.link,
            textToDisplay: cellText(cell.value ?? null) || cell.link,
          };
      });
  });
  // Wrapped text: one command per run of wrapped cells down a column (the issue list's messages: one).
  for (let col = 0; col < width; col++) {
    let r = 0;
    while (r < height) {
      if (!spec.rows[r][col]?.wrap) {
        r++;
        continue;
      }
      let end = r;
      while (end + 1 < height && spec.rows[end + 1][col]?.wrap) end++;
      ws.getRange(`${cellAddress(r, col)}:${cellAddress(end, col)}`).format.wrapText = true;
      r = end + 1;
    }
  }
  (spec.columnWidths ?? []).forEach((w, col) => {
    ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = w * 7;
  });
  for (const col of spec.hiddenColumns ?? []) ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).columnHidden = true;
  for (const h of spec.rowHeights ?? []) ws.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.height;
  for (const t of spec.tables ?? []) {
    const table = ws.tables.add(t.range, true);
    table.name = t.name;
    table.style = 'TableStyleLight9';
    if (t.showTotals) table.showTotals = true;
  }
  if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
  if (apiSupported('1.6'))
    for (const cf of spec.conditionalFormats ?? []) {
      const format = ws.getRange(cf.range).conditionalFormats.add('CellValue');
      format.cellValue.format.font.color = LOOKS[cf.look].font;
      format.cellValue.format.fill.color = LOOKS[cf.look].fill;
      format.cellValue.rule = { formula1: `="${cf.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
    }
  // One unsupported command would fail the whole batch, so older Excel simply gets no print setup or chart.
  const print = spec.print;
  if (print && apiSupported('1.9')) {
    const page = ws.pageLayout;
    page.orientation = print.landscape ? 'Landscape' : 'Portrait';
    page.paperSize = 'A4';
    if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (print.titleRows) page.setPrintTitleRows(print.titleRows);
    if (print.area) page.setPrintArea(print.area);
    if (print.margins) {
      const points = (inches: number) => inches * 72;
      page.leftMargin = points(print.margins.left);
      page.rightMargin = points(print.margins.right);
      page.topMargin = points(print.margins.top);
      page.bottomMargin = points(print.margins.bottom);
      page.headerMargin = points(print.margins.header);
      page.footerMargin = points(print.margins.footer);
    }
    if (print.footer) {
      const all = page.headersFooters.defaultForAllPages;
      if (print.footer.left) all.leftFooter = print.footer.left;
      if (print.footer.center) all.centerFooter = print.footer.center;
      if (print.footer.right) all.rightFooter = print.footer.right;
    }
    for (const row of print.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${row}`);
  }
  for (const ch of spec.charts ?? []) {
    const first = ch.series[0];
    if (!first) continue;
    const chart = ws.charts.add(ch.type === 'bar' ? 'BarClustered' : 'ColumnClustered', ws.getRange(first.values), 'Columns');
    chart.title.text = ch.title;
    chart.legend.position = 'Bottom';
    // `to` is the cell just past the chart; Office's end cell is the last cell it covers.
    if (ch.to) chart.setPosition(ch.anchor, lastCellBefore(ch.to));
    else {
      chart.setPosition(ch.anchor);
      if (ch.width) chart.width = ch.width;
      if (ch.height) chart.height = ch.height;
    }
    const s0 = chart.series.getItemAt(0);
    s0.name = first.name;
    s0.setXAxisValues(ws.getRange(ch.categories));
    for (const more of ch.series.slice(1)) {
      const s = chart.series.add(more.name);
      s.setValues(ws.getRange(more.values));
      s.setXAxisValues(ws.getRange(ch.categories));
    }
    if (ch.valueFormat) chart.axes.valueAxis.numberFormat = ch.valueFormat;
    // horizontal bars list the first kab/kota on top, as the table does, with the value axis kept below
    if (ch.type === 'bar' && apiSupported('1.8')) {
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.position = 'Maximum';
    }
  }
}

/**
 * Adds a roster sheet (demo data, template) and activates it. Lists too long for an inline drop-down go on
 * the add-in's hidden list sheet; `generated` (sheet id → kind) tells which one is the add-in's. Returns the
 * name used and, when the list sheet is new or was not registered, its id.
 */
export async function insertRosterSheetIn(
  context: Excel.RequestContext,
  input: RosterSheetInput,
  generated: Readonly<Record<string, string>>,
): Promise<{ name: string; listId?: string }> {
  const header = input.headerRow !== undefined ? input.rows[input.headerRow] : undefined;
  const validations = (input.validations ?? []).map((v) => ({ v, title: rangeListTitle(v, header) }));
  const ranged = validations.filter((x): x is { v: ListValidation; title: string } => x.title !== undefined);
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  // Lists too long for an inline source go on the add-in's hidden list sheet: its own one (by id,
  // or by marker when made elsewhere) is reused, never deleted, since earlier templates point at it.
  let lists: { name: string; ws: Excel.Worksheet; planned: PlannedList[]; unregistered: boolean } | undefined;
  if (ranged.length) {
    const own = sheets.items.find((s) => generated[s.id] === LIST_SHEET_KIND);
    const candidate = own ?? sheets.items.find((s) => s.name.toLowerCase() === LIST_SHEET_NAME.toLowerCase());
    let titleRow: unknown[] = [];
    let existing: Excel.Worksheet | undefined;
    if (candidate) {
      const head = candidate.getRange(LIST_SHEET_HEAD);
      head.load('values');
      await context.sync();
      const values = head.values as unknown[][];
      if (own || kindInValues(values) === LIST_SHEET_KIND) {
        existing = candidate;
        titleRow = values[LIST_TITLE_ROW] ?? [];
      }
    }
    const planned = planListColumns(
      titleRow,
      ranged.map((x) => ({ title: x.title, values: x.v.values })),
    );
    if (existing) {
      lists = { name: existing.name, ws: existing, planned, unregistered: !own };
    } else {
      const name = uniqueSheetName(LIST_SHEET_NAME, taken);
      const ws = sheets.add(name);
      ws.visibility = 'Hidden';
      ws.getRange('A1:B1').values = [listSheetHeadRow()];
      ws.load('id');
      lists = { name, ws, planned, unregistered: true };
      taken.push(name);
    }
    // One write per list column: its title, then its values as text.
    for (const p of lists.planned) {
      const column = lists.ws.getRangeByIndexes(LIST_TITLE_ROW, p.column, p.values.length + 1, 1);
      column.numberFormat = Array.from({ length: p.values.length + 1 }, () => ['@']);
      column.values = [[p.title], ...p.values.map((v) => [asTextInput(v)])];
    }
  }
  const name = uniqueSheetName(input.name, taken);
  const ws = sheets.add(name);
  const rows = input.rows;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const firstData = (input.headerRow ?? -1) + 1;
  const lastRow = Math.max(rows.length, ...(input.validations ?? []).map((v) => v.toRow + 1));
  // Text format goes on before the values so Excel cannot turn a NIK into 3.2E+15.
  // Full-size arrays: Excel rejects a 1×1 array set on a larger range.
  const column = (n: number, format: string) => Array.from({ length: n }, () => [format]);
  for (const col of input.textColumns ?? [])
    ws.getRange(`${columnLetter(col)}1:${columnLetter(col)}${Math.max(lastRow, 1)}`).numberFormat = column(Math.max(lastRow, 1), '@');
  for (const col of input.dateColumns ?? []) {
    if (lastRow > firstData)
      ws.getRange(`${columnLetter(col)}${firstData + 1}:${columnLetter(col)}${lastRow}`).numberFormat = column(
        lastRow - firstData,
        'dd-mm-yyyy',
      );
  }
  for (const { v, title } of validations) {
    const source = validationSource(v.values, title, lists);
    const range = ws.getRange(`${columnLetter(v.column)}${firstData + 1}:${columnLetter(v.column)}${v.toRow + 1}`);
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  }
  if (input.headerRow !== undefined && width > 0) {
    const header = ws.getRange(`A${input.headerRow + 1}:${columnLetter(width - 1)}${input.headerRow + 1}`);
    header.format.font.bold = true;
    header.format.fill.color = STYLE_FORMATS.header.fill!;
    ws.freezePanes.freezeRows(input.headerRow + 1);
  }
  (input.columnWidths ?? []).forEach((w, col) => {
    ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = w * 7;
  });
  ws.activate();
  // Values go in blocks that keep each request under Excel on the web's 5 MB limit.
  for (let start = 0; start < rows.length; start += WRITE_BLOCK_ROWS) {
    const block = rows.slice(start, start + WRITE_BLOCK_ROWS).map((r) => {
      const out = r.map(cellInput);
      while (out.length < width) out.push('');
      return out;
    });
    if (width > 0) {
      context.application.suspendApiCalculationUntilNextSync();
      ws.getRangeByIndexes(start, 0, block.length, width).formulas = block;
    }
    await context.sync();
  }
  if (rows.length === 0) await context.sync();
  // The list sheet's id joins the generated sheets, so it is never checked as a roster even if unhidden.
  const listId = lists?.unregistered ? lists.ws.id : undefined;
  return { name, listId };
}

/** The cell up and left of `a1`: the last cell a chart ending at `a1` (exclusive) covers. */
function lastCellBefore(a1: string): string {
  const { row, col } = parseCellAddress(a1);
  return cellAddress(Math.max(0, row - 1), Math.max(0, col - 1));
}
