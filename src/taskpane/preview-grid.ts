// The browser preview's stand-in for Excel's grid: sheet tabs and a virtualised table of the
// in-memory workbook. Formula cells show the value the core computed; all text via textContent.
import { type Cell, isDateCell, isErrorCell } from '../core/cells';
import { cellAddress, columnLetter, parseCellAddress } from '../core/address';
import { formatYmd, ymdFromSerial } from '../core/dates';
import type { MemoryWorkbook } from '../hosts/memory/memory-workbook';

const ROW_HEIGHT = 22;
const OVERSCAN = 12;
const MAX_COLUMNS = 40;

/** What a cell shows for its number format (enough of Excel's formats for the summary sheet). */
export function displayValue(value: Cell, numberFormat?: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isErrorCell(value)) return value.code;
  if (isDateCell(value)) return formatYmd(ymdFromSerial(value.serial));
  if (numberFormat && numberFormat.includes('%')) {
    const decimals = /0\.(0+)%/.exec(numberFormat)?.[1].length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  if (numberFormat && /dd|yyyy/.test(numberFormat)) return formatYmd(ymdFromSerial(value));
  if (numberFormat && numberFormat.includes('#,##0')) {
    const prefix = /^"([^"]*)"/.exec(numberFormat)?.[1] ?? '';
    return prefix + Math.round(value).toLocaleString('en-US');
  }
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}

export class PreviewGrid {
  private readonly tabs: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly spacerTop: HTMLElement;
  private readonly nameBox: HTMLElement;
  private readonly chartBox: HTMLElement;
  private shownSheet = '';
  private frame = 0;
  /** Columns shown for the active sheet, measured on refresh (the workbook changed) rather than on every scroll frame. */
  private width = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly wb: MemoryWorkbook,
    label: string,
  ) {
    root.setAttribute('aria-label', label);
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
    this.scroller.setAttribute('aria-label', label);
    this.spacerTop = document.createElement('div');
    this.table = document.createElement('table');
    this.table.className = 'grid';
    this.table.setAttribute('role', 'grid');
    this.chartBox = document.createElement('div');
    this.chartBox.className = 'charts';
    this.chartBox.hidden = true;
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

  /** Re-renders tabs and rows; scrolls to the selection when it moved. */
  refresh(): void {
    this.renderTabs();
    const active = this.wb.activeSheetName();
    const sel = this.wb.currentSelection();
    if (active !== this.shownSheet) {
      this.shownSheet = active;
      this.scroller.scrollTop = 0;
      this.scroller.scrollLeft = 0;
    }
    if (sel && sel.sheet === active) {
      const { row } = parseCellAddress(sel.cell);
      const top = row * ROW_HEIGHT;
      const view = this.scroller.clientHeight || 400;
      if (top < this.scroller.scrollTop || top > this.scroller.scrollTop + view - 3 * ROW_HEIGHT)
        this.scroller.scrollTop = Math.max(0, top - view / 3);
    }
    this.nameBox.textContent = sel && sel.sheet === active ? `${active}!${sel.cell}` : active;
    const sheet = this.wb.sheet(active);
    this.width = sheet ? Math.min(MAX_COLUMNS, Math.max(8, sheet.cells.reduce((w, r) => Math.max(w, r.length), 0) + 1)) : 0;
    this.renderRows();
    // Charts change only with the workbook, so scrolling redraws rows alone.
    if (sheet) this.renderCharts(sheet);
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
    const width = this.width;
    const view = this.scroller.clientHeight || 600;
    const first = Math.max(0, Math.floor(this.scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(total, first + Math.ceil(view / ROW_HEIGHT) + 2 * OVERSCAN);
    const sel = this.wb.currentSelection();
    const selected = sel && sel.sheet === sheet.name ? sel.cell : '';

    // hidden columns (the summary's marker) are left out, as Excel shows them: H, then J
    const hidden = new Set(sheet.layout?.hiddenColumns ?? []);
    const colgroup = document.createElement('colgroup');
    const rowHeaderCol = document.createElement('col');
    rowHeaderCol.style.width = '48px';
    colgroup.append(rowHeaderCol);
    let tableWidth = 48;
    for (let c = 0; c < width; c++) {
      if (hidden.has(c)) continue;
      const col = document.createElement('col');
      const chars = sheet.columnWidths?.[c];
      const px = chars ? Math.round(Math.max(40, Math.min(280, chars * 6.5 + 10))) : 72;
      col.style.width = `${px}px`;
      tableWidth += px;
      colgroup.append(col);
    }
    // A fixed layout needs the table's own width, or the browser sizes columns by their content.
    this.table.style.width = `${tableWidth}px`;
    const head = document.createElement('thead');
    const hr = document.createElement('tr');
    hr.append(document.createElement('th'));
    for (let c = 0; c < width; c++) {
      if (hidden.has(c)) continue;
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = columnLetter(c);
      hr.append(th);
    }
    head.append(hr);
    const body = document.createElement('tbody');
    for (let r = first; r < last; r++) {
      const tr = document.createElement('tr');
      tr.style.height = `${ROW_HEIGHT}px`;
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = String(r + 1);
      tr.append(th);
      const row = sheet.cells[r] ?? [];
      for (let c = 0; c < width; c++) {
        if (hidden.has(c)) continue;
        const a = cellAddress(r, c);
        const td = document.createElement('td');
        const fmt = sheet.formats.get(a);
        const value = row[c] ?? null;
        td.textContent = displayValue(value, fmt?.numberFormat);
        td.dataset.cell = a;
        if (typeof value === 'number' || (fmt?.formula && typeof value === 'number')) td.classList.add('num');
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
      body.append(tr);
    }
    this.spacerTop.style.height = `${first * ROW_HEIGHT}px`;
    this.table.style.marginBottom = `${Math.max(0, (total - last) * ROW_HEIGHT)}px`;
    this.table.replaceChildren(colgroup, head, body);
  }

  /** A simple horizontal bar chart per SpecChart, drawn from the sheet's cells (labels via textContent). */
  private renderCharts(sheet: NonNullable<ReturnType<MemoryWorkbook['sheet']>>): void {
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
        name.textContent = displayValue(label).replace(/^Kabupaten /, 'Kab. ');
        const bars = document.createElement('div');
        bars.className = 'bars';
        series.forEach((s, k) => {
          const bar = document.createElement('div');
          bar.className = `bar k${k}`;
          bar.style.width = `${(s.values[i] / max) * 100}%`;
          bar.title = `${s.name}: ${s.values[i].toLocaleString('en-US')}`;
          bars.append(bar);
        });
        row.append(name, bars);
        fig.append(row);
      });
      this.chartBox.append(fig);
    }
  }
}
