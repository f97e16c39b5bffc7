// A small Excel built from office-addin-mock objects: ranges, worksheets and collections keep real
// load/sync semantics (reading an unloaded or unsynced property yields the mock's error text), and
// every property set or method call is logged with the range it hit, so tests assert exact writes.
import { OfficeMockObject } from 'office-addin-mock';
import { cellAddress, parseCellAddress } from '../../../src/core/address';
import type { ExcelRun, SettingsStore } from '../../../src/hosts/office/office-workbook';

export interface FakeSheet {
  name: string;
  id: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Values as Office.js reports them: "" for empty, numbers, strings, booleans, error texts. */
  cells: unknown[][];
  numberFormats: Map<string, string>;
  /** Entered formulas (cells written with "="). */
  formulas: Map<string, string>;
  fills: Map<string, string>;
  fontColors: Map<string, string>;
  notes: Map<string, string>;
  tables: string[];
}

export interface LogEntry {
  readonly target: string;
  readonly prop?: string;
  readonly call?: string;
  readonly value?: unknown;
  readonly args?: unknown[];
}

export interface FakeExcel {
  sheets: FakeSheet[];
  active: string;
  selection?: { sheet: string; cell: string };
  log: LogEntry[];
  syncs: number;
  /** Cells per `values`/`formulas`/`numberFormat` load, to check request sizes. */
  loads: { target: string; prop: string; rows: number; cols: number }[];
  names: { name: string; formula: string }[];
}

let nextId = 1;

export function fakeSheet(name: string, cells: unknown[][] = [], extra: Partial<FakeSheet> = {}): FakeSheet {
  return {
    name,
    id: `{sheet-${nextId++}}`,
    visibility: 'Visible',
    cells,
    numberFormats: new Map(),
    formulas: new Map(),
    fills: new Map(),
    fontColors: new Map(),
    notes: new Map(),
    tables: [],
    ...extra,
  };
}

export function fakeExcel(sheets: FakeSheet[]): FakeExcel {
  return { sheets, active: sheets[0]?.name ?? '', log: [], syncs: 0, loads: [], names: [] };
}

export function fakeSettings(initial: Record<string, unknown> = {}): SettingsStore & { data: Record<string, unknown>; saves: number } {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    saves: 0,
    get: (k) => data[k] ?? null,
    set: (k, v) => {
      data[k] = JSON.parse(JSON.stringify(v));
    },
    saveAsync(cb) {
      this.saves++;
      cb?.({ status: 'succeeded' });
    },
  };
}

/** Excel.run over the fake: a fresh context per batch, sharing the fake's state and counters. */
export function fakeRun(excel: FakeExcel): ExcelRun {
  return async (batch) => batch(makeContext(excel) as unknown as Excel.RequestContext);
}

function findSheet(excel: FakeExcel, name: string): FakeSheet | undefined {
  return excel.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function usedBounds(s: FakeSheet): { top: number; left: number; bottom: number; right: number } | null {
  let top = -1,
    bottom = -1,
    left = Infinity,
    right = -1;
  s.cells.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === '' || v === null || v === undefined) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return top < 0 ? null : { top, left, bottom, right };
}

/** What the fake adds to office-addin-mock objects: Office.js's isNullObject and its own size and address bookkeeping. */
type Mock = OfficeMockObject & { isNullObject?: boolean; __rows?: number; __cols?: number; __address?: string };

function makeContext(excel: FakeExcel) {
  const created: OfficeMockObject[] = [];
  const pending: (() => void)[] = [];
  let suspended = false;

  const log = (e: LogEntry) => excel.log.push(e);

  /** Wraps a mock so sets are logged (and applied), loads are counted, children wrapped too. */
  function track<T extends OfficeMockObject>(raw: T, path: string, onSet?: (prop: string, value: unknown) => void): T {
    return new Proxy(raw, {
      get(target, key, receiver) {
        const v: unknown = Reflect.get(target, key, receiver);
        if (key === 'load' && typeof v === 'function') {
          return (props: string) => {
            for (const p of String(props)
              .split(',')
              .map((x) => x.trim())) {
              if (p === 'values' || p === 'numberFormat' || p === 'formulas') {
                const rows = (target as Mock).__rows ?? 1;
                const cols = (target as Mock).__cols ?? 1;
                excel.loads.push({ target: path, prop: p, rows, cols });
              }
            }
            (v as (props: string) => unknown).call(target, props);
            // As in Office.js, load returns the object it was called on (so `x.load('a').b` reads through the fake).
            return receiver as unknown;
          };
        }
        if (typeof v === 'function') return (v as (...args: unknown[]) => unknown).bind(target);
        if (v instanceof OfficeMockObject) return track(v, `${path}.${String(key)}`, (p, val) => onSet?.(`${String(key)}.${p}`, val));
        return v;
      },
      set(target, key, value) {
        const prop = String(key);
        if (!prop.startsWith('_')) {
          log({ target: path, prop, value });
          onSet?.(prop, value);
        }
        (target as unknown as Record<string | symbol, unknown>)[key] = value;
        return true;
      },
    });
  }

  function register<T extends OfficeMockObject>(m: T): T {
    created.push(m);
    return m;
  }

  function rangeMock(sheet: FakeSheet, r0: number, c0: number, h: number, w: number) {
    const addr = h === 1 && w === 1 ? cellAddress(r0, c0) : `${cellAddress(r0, c0)}:${cellAddress(r0 + h - 1, c0 + w - 1)}`;
    const path = `${sheet.name}!${addr}`;
    // Whole columns (A:A) are never loaded by the adapter; do not materialise a million rows for them.
    const huge = h * w > 200_000;
    const values = huge
      ? []
      : Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => sheet.cells[r0 + i]?.[c0 + j] ?? ''));
    const numberFormat = huge
      ? []
      : Array.from({ length: h }, (_, i) =>
          Array.from({ length: w }, (_, j) => sheet.numberFormats.get(cellAddress(r0 + i, c0 + j)) ?? 'General'),
        );
    // Range.formulas: the formula where a cell has one, else its value.
    const formulas = huge ? [] : values.map((row, i) => row.map((v, j) => sheet.formulas.get(cellAddress(r0 + i, c0 + j)) ?? v));
    const cell0 = cellAddress(r0, c0);
    const raw: Mock = new OfficeMockObject({
      address: `${sheet.name}!${addr}`,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: h,
      columnCount: w,
      values,
      numberFormat,
      formulas,
      getIntersectionOrNullObject: (other: string) => {
        const b = rectOf(other);
        const top = Math.max(r0, b.r0);
        const left = Math.max(c0, b.c0);
        const bottom = Math.min(r0 + h, b.r0 + b.h);
        const right = Math.min(c0 + w, b.c0 + b.w);
        return bottom > top && right > left ? rangeMock(sheet, top, left, bottom - top, right - left) : nullRange();
      },
      clear: (applyTo: string = 'All') => {
        log({ target: path, call: 'clear', args: [applyTo] });
        pending.push(() => {
          for (const a of cellsOf(r0, c0, h, w)) {
            const { row, col } = parseCellAddress(a);
            if (applyTo !== 'Formats' && sheet.cells[row]?.[col] !== undefined) sheet.cells[row][col] = '';
            if (applyTo !== 'Formats') sheet.formulas.delete(a);
            if (applyTo !== 'Contents') sheet.numberFormats.delete(a);
          }
        });
      },
      delete: (shift: string) => {
        log({ target: path, call: 'delete', args: [shift] });
        if (shift !== 'Up') throw new Error(`The fake deletes with shift Up only, not ${shift}`);
        pending.push(() => {
          for (let r = r0; r < sheet.cells.length; r++)
            for (let c = c0; c < c0 + w; c++) {
              const from = sheet.cells[r + h]?.[c] ?? '';
              if (sheet.cells[r][c] !== undefined || from !== '') {
                while (sheet.cells[r].length < c) sheet.cells[r].push('');
                sheet.cells[r][c] = from;
              }
              const below = sheet.numberFormats.get(cellAddress(r + h, c));
              if (below === undefined) sheet.numberFormats.delete(cellAddress(r, c));
              else sheet.numberFormats.set(cellAddress(r, c), below);
              // Formulas move up with their cells, as in Excel.
              const formulaBelow = sheet.formulas.get(cellAddress(r + h, c));
              if (formulaBelow === undefined) sheet.formulas.delete(cellAddress(r, c));
              else sheet.formulas.set(cellAddress(r, c), formulaBelow);
            }
        });
      },
      format: {
        fill: {
          color: sheet.fills.get(cell0) ?? '#FFFFFF',
          clear: () => {
            log({ target: `${path}.format.fill`, call: 'clear' });
            for (const a of cellsOf(r0, c0, h, w)) sheet.fills.delete(a);
          },
        },
        font: { color: sheet.fontColors.get(cell0) ?? '#000000', bold: false, italic: false, size: 11 },
        columnWidth: 48,
        wrapText: false,
        rowHeight: 15,
        horizontalAlignment: 'General',
        borders: {
          getItem: (edge: string) => track(new OfficeMockObject({ style: 'None', color: '#000000' }), `${path}.border(${edge})`),
        },
      },
      columnHidden: false,
      conditionalFormats: {
        add: (type: string) => {
          log({ target: path, call: 'conditionalFormats.add', args: [type] });
          return track(
            new OfficeMockObject({ cellValue: { format: { font: { color: '' }, fill: { color: '' } }, rule: {} } }),
            `${path}.conditionalFormat`,
          );
        },
      },
      dataValidation: { type: 'None' },
      select: () => {
        log({ target: path, call: 'select' });
        excel.selection = { sheet: sheet.name, cell: addr };
      },
    });
    raw.isNullObject = false;
    raw.__rows = h;
    raw.__address = `'${sheet.name}'!${addr
      .split(':')
      .map((x) => x.replace(/([A-Z]+)(\d+)/, '$$$1$$$2'))
      .join(':')}`;
    raw.__cols = w;
    return track(register(raw), path, (prop, value) => {
      const apply = () => {
        if (prop === 'values' || prop === 'formulas') writeRect(sheet, r0, c0, value as unknown[][], prop === 'formulas');
        else if (prop === 'numberFormat') forRect(r0, c0, h, w, value as unknown[][], (a, v) => sheet.numberFormats.set(a, String(v)));
        else if (prop === 'format.fill.color') for (const a of cellsOf(r0, c0, h, w)) sheet.fills.set(a, String(value));
        else if (prop === 'format.font.color') for (const a of cellsOf(r0, c0, h, w)) sheet.fontColors.set(a, String(value));
      };
      pending.push(apply);
    });
  }

  function notesMock(sheet: FakeSheet) {
    return {
      add: (cell: string, content: string) => {
        log({ target: `${sheet.name}!${cell}`, call: 'notes.add', args: [content] });
        pending.push(() => sheet.notes.set(cell.toUpperCase(), content));
      },
      getItemOrNullObject: (cell: string) => {
        const key = cell.toUpperCase();
        log({ target: `${sheet.name}!${key}`, call: 'notes.getItemOrNullObject' });
        const exists = sheet.notes.has(key);
        const raw: Mock = new OfficeMockObject({
          content: sheet.notes.get(key) ?? '',
          delete: () => {
            log({ target: `${sheet.name}!${key}`, call: 'note.delete' });
            pending.push(() => sheet.notes.delete(key));
          },
        });
        raw.isNullObject = !exists;
        return track(register(raw), `${sheet.name}!${key}.note`, (prop, value) => {
          if (prop === 'content') pending.push(() => sheet.notes.set(key, String(value)));
        });
      },
    };
  }

  function worksheetMock(sheet: FakeSheet | undefined, name: string) {
    const s = sheet;
    const getRange = (address?: string) => {
      if (!s) return nullRange();
      if (!address) return rangeMock(s, 0, 0, Math.max(1, s.cells.length), 16384);
      const cleaned = address.replace(/\$/g, '');
      const rows = /^(\d+):(\d+)$/.exec(cleaned);
      if (rows) return rangeMock(s, Number(rows[1]) - 1, 0, Number(rows[2]) - Number(rows[1]) + 1, 16384);
      const whole = /^([A-Z]+):([A-Z]+)$/.exec(cleaned);
      if (whole) {
        const a = parseCellAddress(`${whole[1]}1`);
        const b = parseCellAddress(`${whole[2]}1`);
        return rangeMock(s, 0, a.col, 1048576, b.col - a.col + 1);
      }
      const [from, to] = cleaned.split(':');
      const a = parseCellAddress(from);
      const b = to ? parseCellAddress(to) : a;
      return rangeMock(s, a.row, a.col, b.row - a.row + 1, b.col - a.col + 1);
    };
    const raw: Mock = new OfficeMockObject({
      name,
      id: s?.id ?? '',
      visibility: s?.visibility ?? 'Visible',
      position: 0,
      getRange,
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => (s ? rangeMock(s, r, c, h, w) : nullRange()),
      getUsedRangeOrNullObject: () => {
        const b = s ? usedBounds(s) : null;
        if (!s || !b) return nullRange();
        return rangeMock(s, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
      },
      activate: () => {
        log({ target: name, call: 'activate' });
        excel.active = name;
      },
      delete: () => {
        log({ target: name, call: 'delete' });
        // Commands run in queue order, so a later add of the same name in this batch must succeed.
        excel.sheets = excel.sheets.filter((x) => x !== s);
      },
      tables: {
        getItem: (t: string) => {
          log({ target: name, call: 'tables.getItem', args: [t] });
          return { getRange: () => getRange() };
        },
        add: (range: string, hasHeaders: boolean) => {
          log({ target: name, call: 'tables.add', args: [range, hasHeaders] });
          return track(new OfficeMockObject({ name: '', style: '', showTotals: false }), `${name}.table(${range})`, (prop, value) => {
            // Table names are unique in a workbook (and share one namespace with defined names); Excel refuses a taken one.
            if (prop === 'name' && s)
              pending.push(() => {
                const taken = [...excel.sheets.flatMap((x) => x.tables), ...excel.names.map((n) => n.name)];
                if (taken.some((t) => t.toLowerCase() === String(value).toLowerCase()))
                  throw new Error(`InvalidArgument: the name ${String(value)} is taken`);
                s.tables.push(String(value));
              });
          });
        },
      },
      notes: s ? notesMock(s) : {},
      freezePanes: { freezeRows: (n: number) => log({ target: name, call: 'freezeRows', args: [n] }) },
      pageLayout: {
        orientation: 'Portrait',
        paperSize: 'Letter',
        zoom: { scale: 100 },
        leftMargin: 50,
        rightMargin: 50,
        topMargin: 50,
        bottomMargin: 50,
        headerMargin: 20,
        footerMargin: 20,
        setPrintTitleRows: (rows: string) => log({ target: name, call: 'setPrintTitleRows', args: [rows] }),
        setPrintArea: (area: string) => log({ target: name, call: 'setPrintArea', args: [area] }),
        headersFooters: { defaultForAllPages: { leftFooter: '', centerFooter: '', rightFooter: '' } },
      },
      horizontalPageBreaks: { add: (cell: string) => log({ target: name, call: 'horizontalPageBreaks.add', args: [cell] }) },
      charts: {
        add: (type: string, _range: unknown, seriesBy: string) => {
          log({ target: name, call: 'charts.add', args: [type, seriesBy] });
          return chartMock(name);
        },
      },
    });
    raw.isNullObject = !s;
    return track(register(raw), name, (prop, value) => {
      if (prop === 'visibility' && s) pending.push(() => (s.visibility = value as FakeSheet['visibility']));
    });
  }

  function chartMock(sheetName: string) {
    const seriesMock = (i: number) =>
      track(
        new OfficeMockObject({
          name: '',
          setXAxisValues: () => log({ target: `${sheetName}.chart.series(${i})`, call: 'setXAxisValues' }),
          setValues: () => log({ target: `${sheetName}.chart.series(${i})`, call: 'setValues' }),
        }),
        `${sheetName}.chart.series(${i})`,
      );
    let count = 1;
    return track(
      new OfficeMockObject({
        title: { text: '' },
        legend: { position: 'Right' },
        width: 360,
        height: 216,
        setPosition: (...cells: string[]) => log({ target: `${sheetName}.chart`, call: 'setPosition', args: cells }),
        series: {
          getItemAt: (i: number) => seriesMock(i),
          add: (n: string) => {
            log({ target: `${sheetName}.chart`, call: 'series.add', args: [n] });
            return seriesMock(count++);
          },
        },
        axes: { valueAxis: { numberFormat: 'General' }, categoryAxis: { reversePlotOrder: false, position: 'Automatic' } },
      }),
      `${sheetName}.chart`,
    );
  }

  function nullRange() {
    const raw: Mock = new OfficeMockObject({
      values: [],
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 0,
      columnCount: 0,
      // *OrNullObject calls on a null object give null objects.
      getIntersectionOrNullObject: () => nullRange(),
    });
    raw.isNullObject = true;
    return track(register(raw), 'null');
  }

  function collection<T>(itemsOf: () => T[], path: string) {
    let state: 'unloaded' | 'loaded' | 'synced' = 'unloaded';
    let items: T[] = [];
    const c = {
      load: (props: string) => {
        log({ target: path, call: 'load', args: [props] });
        state = 'loaded';
        pendingLoads.push(() => {
          items = itemsOf();
          state = 'synced';
        });
      },
      get items(): T[] {
        if (state !== 'synced') throw new Error(`${path}.items read before load and sync`);
        return items;
      },
    };
    return c;
  }
  const pendingLoads: (() => void)[] = [];
  /** Items of a loaded collection come with the properties the load named. */
  const loaded = <T extends { load: (p: string) => unknown }>(m: T, props: string): T => {
    m.load(props);
    return m;
  };

  const worksheetMethods = {
    getItem: (name: string) => {
      const s = findSheet(excel, name);
      if (!s) throw new Error(`ItemNotFound: ${name}`);
      return worksheetMock(s, s.name);
    },
    getItemOrNullObject: (name: string) => {
      const s = findSheet(excel, name);
      return worksheetMock(s, s?.name ?? name);
    },
    getActiveWorksheet: () => worksheetMock(findSheet(excel, excel.active), excel.active),
    add: (name: string) => {
      if (findSheet(excel, name)) throw new Error(`A sheet named ${name} exists`);
      log({ target: name, call: 'worksheets.add' });
      const s = fakeSheet(name);
      excel.sheets.push(s);
      return worksheetMock(s, name);
    },
  };
  // Object.defineProperties keeps the items getter (a spread would call it).
  const worksheets = Object.defineProperties(
    worksheetMethods,
    Object.getOwnPropertyDescriptors(
      collection(() => excel.sheets.map((s) => loaded(worksheetMock(s, s.name), 'name,id,visibility')), 'worksheets'),
    ),
  ) as typeof worksheetMethods & ReturnType<typeof collection<ReturnType<typeof worksheetMock>>>;

  const tables = collection(() => excel.sheets.flatMap((s) => s.tables.map((t) => ({ name: t, worksheet: { name: s.name } }))), 'tables');
  const names = Object.defineProperties(
    {
      add: (n: string, range: { __address?: string }) => {
        log({ target: `name:${n}`, call: 'names.add' });
        const taken = [...excel.names.map((x) => x.name), ...excel.sheets.flatMap((x) => x.tables)];
        if (taken.some((x) => x.toLowerCase() === n.toLowerCase())) throw new Error(`Name ${n} exists`);
        excel.names.push({ name: n, formula: `=${range.__address}` });
      },
    },
    Object.getOwnPropertyDescriptors(
      collection(
        () =>
          excel.names.map((n) => ({
            name: n.name,
            formula: n.formula,
            delete: () => {
              log({ target: `name:${n.name}`, call: 'delete' });
              excel.names = excel.names.filter((x) => x !== n);
            },
          })),
        'names',
      ),
    ),
  );

  const context = {
    workbook: { worksheets, tables, names },
    application: {
      suspendApiCalculationUntilNextSync: () => {
        suspended = true;
        log({ target: 'application', call: 'suspendApiCalculationUntilNextSync' });
      },
    },
    get calculationSuspended() {
      return suspended;
    },
    sync: async () => {
      excel.syncs++;
      log({ target: 'context', call: 'sync' });
      for (const apply of pending.splice(0)) apply();
      for (const l of pendingLoads.splice(0)) l();
      for (const m of created) await m.sync();
      suspended = false;
      // office-addin-mock finishes updating loaded properties in microtasks.
      await new Promise((r) => setTimeout(r, 0));
    },
  };
  return context;
}

/** The cells of a rectangle; whole rows or columns (over 200,000 cells) stop at 2,000 rows, as no test reaches further. */
function cellsOf(r0: number, c0: number, h: number, w: number): string[] {
  const out: string[] = [];
  const rows = h * w > 200_000 ? Math.min(h, 2000) : h;
  for (let i = 0; i < rows; i++) for (let j = 0; j < Math.min(w, 200); j++) out.push(cellAddress(r0 + i, c0 + j));
  return out;
}

function forRect(r0: number, c0: number, h: number, w: number, value: unknown[][], fn: (a: string, v: unknown) => void) {
  const single = value.length === 1 && value[0].length === 1;
  for (let i = 0; i < Math.min(h, single ? 2000 : value.length); i++) {
    for (let j = 0; j < Math.min(w, single ? 200 : value[i].length); j++)
      fn(cellAddress(r0 + i, c0 + j), single ? value[0][0] : value[i][j]);
  }
}

function writeRect(sheet: FakeSheet, r0: number, c0: number, value: unknown[][], asFormulas: boolean) {
  value.forEach((row, i) => {
    const r = r0 + i;
    while (sheet.cells.length <= r) sheet.cells.push([]);
    row.forEach((v, j) => {
      const c = c0 + j;
      const a = cellAddress(r, c);
      let shown: unknown = v;
      if (typeof v === 'string' && v.startsWith("'")) shown = v.slice(1);
      else if (typeof v === 'string' && v.startsWith('=') && (asFormulas || sheet.numberFormats.get(a) !== '@')) {
        sheet.formulas.set(a, v);
        shown = '(formula)';
      } else sheet.formulas.delete(a);
      while (sheet.cells[r].length < c) sheet.cells[r].push('');
      sheet.cells[r][c] = shown;
    });
  });
}

/** Rows and columns of an A1 range, a cell or whole columns ("A:F"). */
function rectOf(address: string): { r0: number; c0: number; h: number; w: number } {
  const cleaned = address.replace(/\$/g, '');
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(cleaned);
  if (whole) {
    const a = parseCellAddress(`${whole[1]}1`).col;
    const b = parseCellAddress(`${whole[2]}1`).col;
    return { r0: 0, c0: a, h: 1048576, w: b - a + 1 };
  }
  const [from, to] = cleaned.split(':');
  const a = parseCellAddress(from);
  const b = to ? parseCellAddress(to) : a;
  return { r0: a.row, c0: a.col, h: b.row - a.row + 1, w: b.col - a.col + 1 };
}
