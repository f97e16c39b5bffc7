// The browser preview's stand-in for Excel's grid: sheet tabs and a virtualised table of the
// in-memory workbook, with the sheet's frozen rows kept in view. Formula cells show the value the core
// computed, with the separators of the pane's language (9.350 and 33,6% in Indonesian, as an Indonesian
// Excel shows them); all text via textContent.
import { type Cell, isDateCell, isErrorCell } from '../core/cells';
import { cellAddress, columnLetter, parseCellAddress } from '../core/address';
import { formatYmd, ymdFromSerial } from '../core/dates';
import type { Lang } from '../core/i18n/lang';
import type { MemorySheet, MemoryWorkbook } from '../hosts/memory/memory-workbook';

const ROW_HEIGHT = 22;
const OVERSCAN = 12;
const MAX_COLUMNS = 40;
const ROW_HEADER_WIDTH = 48;

const locale = (lang: Lang): string => (lang === 'en' ? 'en-US' : 'id-ID');

/** Column widths in px, from the sheet's widths in characters. */
const columnPx = (chars: number | undefined): number => (chars ? Math.round(Math.max(40, Math.min(280, chars * 6.5 + 10))) : 72);

/**
 * What a cell shows for its number format (enough of Excel's formats for the summary sheet), with the decimal
 * and thousands separators of the language, as Excel shows them under that locale.
 */
export function displayValue(value: Cell, numberFormat: string | undefined, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isErrorCell(value)) return value.code;
  if (isDateCell(value)) return formatYmd(ymdFromSerial(value.serial));
  const number = (n: number, decimals: number, grouping: boolean) =>
    n.toLocaleString(locale(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
  if (numberFormat && numberFormat.includes('%')) {
    const decimals = /0\.(0+)%/.exec(numberFormat)?.[1].length ?? 0;
    return `${number(value * 100, decimals, false)}%`;
  }
  if (numberFormat && /dd|yyyy/.test(numberFormat)) return formatYmd(ymdFromSerial(value));
  if (numberFormat && numberFormat.includes('#,##0')) {
    const prefix = /^"([^"]*)"/.exec(numberFormat)?.[1] ?? '';
    return prefix + number(Math.round(value), 0, true);
  }
  // General: no grouping, up to 6 decimals.
  return Number.isInteger(value) ? String(value) : value.toLocaleString(locale(lang), { maximumFractionDigits: 6, useGrouping: false });
}

export class PreviewGrid {
  private readonly tabs: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly spacerTop: HTMLElement;
  private readonly nameBox: HTMLElement;
  private readonly chartBox: HTMLElement;
  private shownSheet = '';
  private shownSelection = '';
  private frame = 0;
  /** Columns shown for the active sheet, measured on refresh (the workbook changed) rather than on every scroll frame. */
  private width = 0;
  /** Their widths in px. */
  private widths: number[] = [];
  /** Hidden columns (the summary's marker), left out as Excel shows them: H, then J. */
  private hidden = new Set<number>();

  constructor(
    private readonly root: HTMLElement,
    private readonly wb: MemoryWorkbook,
    private labels: { grid: string; charts: string },
    private lang: Lang,
  ) {
    root.setAttribute('aria-label', labels.grid);
    this.nameBox = document.createElement('div');
    this.nameBox.className = 'namebox';
    this.nameBox.setAttribute('aria-live', 'polite');
    this.nameBox.id = 'namebox';
    this.tabs = document.createElement('div');
    this.tabs.className = 'sheet-tabs';
    this.tabs.setAttribute('role', 'tablist');
    this.scroller = document.createElement('div');
    this.scroller.className = 'grid-scroll';
    this.scroller.tabIndex = 0;
    this.scroller.setAttribute('aria-label', labels.grid);
    this.spacerTop = document.createElement('div');
    this.table = document.createElement('table');
    this.table.className = 'grid';
    this.table.setAttribute('role', 'grid');
    this.chartBox = document.createElement('div');
    this.chartBox.className = 'charts';
    this.chartBox.hidden = true;
    // It scrolls when the charts are taller than the window: keyboard users can reach it.
    this.chartBox.tabIndex = 0;
    this.chartBox.setAttribute('role', 'region');
    this.chartBox.setAttribute('aria-label', labels.charts);
    this.scroller.append(this.spacerTop, this.table);
    const body = document.createElement('div');
    body.className = 'grid-body';
    body.append(this.scroller, this.chartBox);
    root.append(this.nameBox, body, this.tabs);
    this.scroller.addEventListener('scroll', () => this.schedule());
    // Click a cell to select it; arrow keys move the selection, as in Excel.
    this.table.addEventListener('click', (e) => {
      const td = (e.target as HTMLElement).closest('td');
      if (td?.dataset.cell) void wb.selectCell(wb.activeSheetName(), td.dataset.cell);
    });
    this.scroller.addEventListener('keydown', (e) => {
      const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
      const move = moves[e.key];
      const sel = wb.currentSelection();
      if (!move || !sel) return;
      e.preventDefault();
      const { row, col } = parseCellAddress(sel.cell);
      void wb.selectCell(sel.sheet, cellAddress(Math.max(0, row + move[0]), Math.max(0, col + move[1])));
    });
    wb.onChange(() => this.refresh());
    this.refresh();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderRows();
    });
  }

  /** The pane's language changed: numbers and labels follow it. */
  setLang(lang: Lang, labels: { grid: string; charts: string }): void {
    this.lang = lang;
    this.labels = labels;
    this.root.setAttribute('aria-label', labels.grid);
    this.scroller.setAttribute('aria-label', labels.grid);
    this.chartBox.setAttribute('aria-label', labels.charts);
    this.refresh();
  }

  /** Re-renders tabs and rows; scrolls the selection into view (row and column) when it moved. */
  refresh(): void {
    this.renderTabs();
    const active = this.wb.activeSheetName();
    const sel = this.wb.currentSelection();
    const sheet = this.wb.sheet(active);
    if (active !== this.shownSheet) {
      this.shownSheet = active;
      this.scroller.scrollTop = 0;
      this.scroller.scrollLeft = 0;
    }
    this.width = sheet ? Math.min(MAX_COLUMNS, Math.max(8, sheet.cells.reduce((w, r) => Math.max(w, r.length), 0) + 1)) : 0;
    this.hidden = new Set(sheet?.layout?.hiddenColumns ?? []);
    this.widths = Array.from({ length: this.width }, (_, c) => (this.hidden.has(c) ? 0 : columnPx(sheet?.columnWidths?.[c])));
    const selKey = sel && sel.sheet === active ? `${active}!${sel.cell}` : '';
    if (sel && selKey !== this.shownSelection) this.scrollIntoView(parseCellAddress(sel.cell), sheet?.freezeRows ?? 0);
    this.shownSelection = selKey;
    this.nameBox.textContent = selKey || active;
    this.renderRows();
    // Charts change only with the workbook, so scrolling redraws rows alone.
    if (sheet) this.renderCharts(sheet);
  }

  /** Scrolls so that the cell is visible below the header and frozen rows and right of the row numbers. */
  private scrollIntoView({ row, col }: { row: number; col: number }, frozen: number): void {
    const view = this.scroller.clientHeight || 400;
    if (row >= frozen) {
      const top = (row - frozen) * ROW_HEIGHT; // scrollTop at which the row sits right under the frozen rows
      const bottom = (row + 2) * ROW_HEIGHT - view; // scrollTop at which it sits at the bottom edge
      if (this.scroller.scrollTop > top || this.scroller.scrollTop < bottom)
        this.scroller.scrollTop = Math.max(0, top - Math.max(0, (view - (frozen + 1) * ROW_HEIGHT) / 3));
    }
    if (col < this.widths.length) {
      const left = this.widths.slice(0, col).reduce((a, b) => a + b, 0);
      const right = left + this.widths[col];
      const width = (this.scroller.clientWidth || 600) - ROW_HEADER_WIDTH;
      if (left < this.scroller.scrollLeft) this.scroller.scrollLeft = left;
      else if (right > this.scroller.scrollLeft + width) this.scroller.scrollLeft = Math.min(left, right - width);
    }
  }

  private renderTabs(): void {
    const active = this.wb.activeSheetName();
    this.tabs.replaceChildren(
      ...this.wb.sheetNames().map((name) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'sheet-tab';
        b.setAttribute('role', 'tab');
        b.setAttribute('aria-selected', String(name === active));
        b.textContent = name;
        b.addEventListener('click', () => this.wb.setActive(name));
        return b;
      }),
    );
  }

  private renderRows(): void {
    const sheet = this.wb.sheet(this.wb.activeSheetName());
    if (!sheet) {
      this.table.replaceChildren();
      return;
    }
    const total = Math.max(sheet.cells.length + 5, 30);
    const frozen = Math.min(sheet.freezeRows ?? 0, total);
    const view = this.scroller.clientHeight || 600;
    // Row r sits at (r + 1) × ROW_HEIGHT whether frozen or not: the frozen rows stay in the sticky head.
    const first = Math.max(frozen, Math.floor(this.scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(total, first + Math.ceil(view / ROW_HEIGHT) + 2 * OVERSCAN);
    const sel = this.wb.currentSelection();
    const selected = sel && sel.sheet === sheet.name ? sel.cell : '';

    const colgroup = document.createElement('colgroup');
    const rowHeaderCol = document.createElement('col');
    rowHeaderCol.style.width = `${ROW_HEADER_WIDTH}px`;
    colgroup.append(rowHeaderCol);
    for (const px of this.widths) {
      if (px === 0) continue;
      const col = document.createElement('col');
      col.style.width = `${px}px`;
      colgroup.append(col);
    }
    // A fixed layout needs the table's own width, or the browser sizes columns by their content.
    this.table.style.width = `${this.widths.reduce((a, b) => a + b, ROW_HEADER_WIDTH)}px`;
    const head = document.createElement('thead');
    const hr = document.createElement('tr');
    hr.className = 'letters';
    hr.append(document.createElement('th'));
    for (let c = 0; c < this.width; c++) {
      if (this.hidden.has(c)) continue;
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = columnLetter(c);
      hr.append(th);
    }
    head.append(hr);
    for (let r = 0; r < frozen; r++) head.append(this.renderRow(sheet, r, selected, true));
    const body = document.createElement('tbody');
    for (let r = first; r < last; r++) body.append(this.renderRow(sheet, r, selected, false));
    this.spacerTop.style.height = `${(first - frozen) * ROW_HEIGHT}px`;
    this.table.style.marginBottom = `${Math.max(0, (total - last) * ROW_HEIGHT)}px`;
    this.table.replaceChildren(colgroup, head, body);
  }

  private renderRow(sheet: MemorySheet, r: number, selected: string, frozen: boolean): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.style.height = `${ROW_HEIGHT}px`;
    if (frozen) tr.className = 'frozen';
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(r + 1);
    tr.append(th);
    const row = sheet.cells[r] ?? [];
    for (let c = 0; c < this.width; c++) {
      if (this.hidden.has(c)) continue;
      const a = cellAddress(r, c);
      const td = document.createElement('td');
      const fmt = sheet.formats.get(a);
      const value = row[c] ?? null;
      td.textContent = displayValue(value, fmt?.numberFormat, this.lang);
      td.dataset.cell = a;
      if (typeof value === 'number') td.classList.add('num');
      if (fmt?.formula) {
        td.classList.add('formula');
        td.title = fmt.formula;
      }
      if (fmt?.style) td.classList.add(`s-${fmt.style}`);
      // Like Excel, text runs on over empty cells to its right.
      if (typeof value === 'string' && (row[c + 1] === null || row[c + 1] === undefined || row[c + 1] === '')) td.classList.add('spill');
      if (fmt?.bold) td.classList.add('bold');
      if (fmt?.link) td.classList.add('link');
      if (fmt?.fill) td.style.background = fmt.fill;
      if (fmt?.fontColor) td.style.color = fmt.fontColor;
      if (fmt?.note) {
        td.classList.add('has-note');
        td.title = fmt.note;
      }
      if (a === selected) {
        td.classList.add('selected');
        td.setAttribute('aria-selected', 'true');
      }
      tr.append(td);
    }
    return tr;
  }

  /** A simple horizontal bar chart per SpecChart, drawn from the sheet's cells (labels via textContent). */
  private renderCharts(sheet: MemorySheet): void {
    this.chartBox.replaceChildren();
    this.chartBox.hidden = sheet.charts.length === 0;
    for (const chart of sheet.charts) {
      const values = (range: string): Cell[] => {
        const [a, b] = range.split(':').map(parseCellAddress);
        const out: Cell[] = [];
        for (let r = a.row; r <= b.row; r++) out.push(sheet.cells[r]?.[a.col] ?? null);
        return out;
      };
      const labels = values(chart.categories);
      const series = chart.series.map((s) => ({ name: s.name, values: values(s.values).map((v) => (typeof v === 'number' ? v : 0)) }));
      const max = Math.max(1, ...series.flatMap((s) => s.values));
      const fig = document.createElement('figure');
      fig.className = 'chart';
      const cap = document.createElement('figcaption');
      cap.textContent = chart.title;
      const legend = document.createElement('div');
      legend.className = 'legend';
      series.forEach((s, i) => {
        const item = document.createElement('span');
        item.className = `key k${i}`;
        item.textContent = s.name;
        legend.append(item);
      });
      fig.append(cap, legend);
      labels.forEach((label, i) => {
        const row = document.createElement('div');
        row.className = 'bar-row';
        const name = document.createElement('span');
        name.className = 'bar-label';
        name.textContent = displayValue(label, undefined, this.lang).replace(/^Kabupaten /, 'Kab. ');
        const bars = document.createElement('div');
        bars.className = 'bars';
        series.forEach((s, k) => {
          const bar = document.createElement('div');
          bar.className = `bar k${k}`;
          bar.style.width = `${(s.values[i] / max) * 100}%`;
          bar.title = `${s.name}: ${s.values[i].toLocaleString(locale(this.lang))}`;
          bars.append(bar);
        });
        row.append(name, bars);
        fig.append(row);
      });
      this.chartBox.append(fig);
    }
  }
}
