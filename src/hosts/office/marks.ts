// Marking problem cells through Office.js, and clearing the marks. The format under each mark (fill, font
// colour, note) is saved on a very hidden sheet before it is changed, so Clear marks restores it exactly,
// even after the workbook was closed and opened again. Marks go in chunks: one read and one write each.
// Formats are written per run of consecutive cells in a column with the same colours (contiguousRuns), so an
// issue that stands for many cells (Issue.cells) costs a few range writes, not one per cell; notes stay per cell.
// The sheet also keeps what Undo needs after a Fix (columns H onwards, ../fix-undo.ts): marks read and clear
// only their own columns, and the sheet is deleted only when no undo data is left on it.
import type { CellMark } from '../port';
import type { ExcelApiSupported } from './api-sets';
import { MARK_COLUMNS, UNDO_INDEX_RANGE } from '../fix-undo';
import { contiguousRuns, MARK_FILL, MARK_FONT, MARKS_SHEET, mergeMarks } from '../marks';
import type { OfficeValue } from './cell-values';

export { MARKS_SHEET } from '../marks';

/** Cells marked per request pair (read prior formats, then write). */
const MARK_CHUNK = 2_000;

interface SavedMark {
  sheet: string;
  cell: string;
  fill: string | null;
  fontColor: string | null;
  hadNote: boolean;
  note: string;
}

/** Highlights the cells (with notes where Excel has them: ExcelApi 1.18), saving the formats under first marks. */
export async function markCellsIn(
  context: Excel.RequestContext,
  input: readonly CellMark[],
  apiSupported: ExcelApiSupported,
): Promise<void> {
  const withNotes = apiSupported('1.18');
  const marks = mergeMarks(input);
  if (marks.length === 0) return;
  let store = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
  const storedRange = store.getUsedRangeOrNullObject(true).getIntersectionOrNullObject(MARK_COLUMNS);
  storedRange.load('values,rowIndex');
  let storeExists: boolean | undefined;
  let nextRow = 0;
  const already = new Map<string, SavedMark>();
  // Chunks of marks: each is one read (prior formats, notes) and one write, within request limits.
  for (let start = 0; start < marks.length; start += MARK_CHUNK) {
    const chunk = marks.slice(start, start + MARK_CHUNK);
    const sheets = new Map<string, Excel.Worksheet>();
    const sheetOf = (name: string): Excel.Worksheet => {
      let ws = sheets.get(name);
      if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
      return ws;
    };
    const probes = chunk.map((m) => {
      const ws = sheetOf(m.sheet);
      const range = ws.getRange(m.cell);
      range.format.fill.load('color');
      range.format.font.load('color');
      const note = withNotes ? ws.notes.getItemOrNullObject(m.cell).load('content') : null;
      return { m, ws, range, note };
    });
    await context.sync();
    if (storeExists === undefined) {
      storeExists = !store.isNullObject;
      if (storeExists && !storedRange.isNullObject) {
        const values = storedRange.values as OfficeValue[][];
        for (const saved of parseSaved(values)) already.set(`${saved.sheet}!${saved.cell}`, saved);
        // Undo rows beside the marks may reach lower: the next mark goes under the last saved one.
        let last = values.length - 1;
        while (last >= 0 && (values[last][0] === '' || values[last][0] === null)) last--;
        nextRow = storedRange.rowIndex + last + 1;
      }
    }
    const fresh: SavedMark[] = [];
    for (const { m, ws, range, note } of probes) {
      const key = `${m.sheet}!${m.cell}`;
      // Only the first mark of a cell remembers its format: marking again must not save our own highlight.
      if (!already.has(key)) {
        const saved: SavedMark = {
          sheet: m.sheet,
          cell: m.cell,
          fill: range.format.fill.color ?? null,
          fontColor: range.format.font.color ?? null,
          hadNote: !!note && !note.isNullObject,
          note: withNotes && note && !note.isNullObject ? note.content : '',
        };
        fresh.push(saved);
        already.set(key, saved);
      }
      const prior = already.get(key)!;
      if (withNotes && note) {
        const text = prior.hadNote ? `${prior.note}\n\n${m.note}` : m.note;
        if (note.isNullObject) ws.notes.add(m.cell, text);
        else note.content = text;
      }
    }
    for (const run of contiguousRuns(chunk, (m) => m.severity)) {
      const range = sheetOf(run.sheet).getRange(run.address);
      range.format.fill.color = MARK_FILL[run.items[0].severity];
      range.format.font.color = MARK_FONT[run.items[0].severity];
    }
    if (fresh.length) {
      if (!storeExists) {
        store = context.workbook.worksheets.add(MARKS_SHEET);
        store.visibility = 'VeryHidden';
        storeExists = true;
      }
      const range = store.getRangeByIndexes(nextRow, 0, fresh.length, 6);
      range.numberFormat = fresh.map(() => ['@', '@', '@', '@', 'General', '@']);
      range.values = fresh.map((x) => [x.sheet, x.cell, x.fill ?? '', x.fontColor ?? '', x.hadNote, x.note]);
      nextRow += fresh.length;
    }
    await context.sync();
  }
}

/** Restores what the marks covered and removes the store; sheets deleted since are skipped. */
export async function clearMarksIn(context: Excel.RequestContext, apiSupported: ExcelApiSupported): Promise<void> {
  const withNotes = apiSupported('1.18');
  const store = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
  const used = store.getUsedRangeOrNullObject(true);
  const storedRange = used.getIntersectionOrNullObject(MARK_COLUMNS);
  storedRange.load('values');
  const undoIndex = used.getIntersectionOrNullObject(UNDO_INDEX_RANGE);
  undoIndex.load('rowIndex');
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  if (store.isNullObject) return;
  // Sheets deleted since marking are skipped; notes are probed first, since the user may have removed ours.
  const present = new Set(sheets.items.map((w) => w.name));
  const saved = (storedRange.isNullObject ? [] : parseSaved(storedRange.values as OfficeValue[][])).filter((s) => present.has(s.sheet));
  const notes = withNotes
    ? saved.map((s) => {
        const note = context.workbook.worksheets.getItem(s.sheet).notes.getItemOrNullObject(s.cell);
        note.load('content');
        return note;
      })
    : [];
  if (withNotes && saved.length) await context.sync();
  const worksheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string): Excel.Worksheet => {
    let ws = worksheets.get(name);
    if (!ws) worksheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  // Excel reports "no fill" as white; clearing restores the gridlines a white fill would hide.
  const fillOf = (s: SavedMark): string => (!s.fill || s.fill.toUpperCase() === '#FFFFFF' ? '' : s.fill);
  const fontOf = (s: SavedMark): string => s.fontColor || '#000000';
  for (const run of contiguousRuns(saved, (s) => `${fillOf(s)}|${fontOf(s)}`)) {
    const range = sheetOf(run.sheet).getRange(run.address);
    const fill = fillOf(run.items[0]);
    if (fill === '') range.format.fill.clear();
    else range.format.fill.color = fill;
    range.format.font.color = fontOf(run.items[0]);
  }
  saved.forEach((s, i) => {
    const ws = sheetOf(s.sheet);
    const note = notes[i];
    if (!withNotes || !note) return;
    if (s.hadNote) {
      if (note.isNullObject) ws.notes.add(s.cell, s.note);
      else note.content = s.note;
    } else if (!note.isNullObject) note.delete();
  });
  // Undo data for fixes stays: then only the saved marks are cleared, else the sheet goes.
  if (!undoIndex.isNullObject) {
    if (!storedRange.isNullObject) storedRange.clear();
  } else {
    store.visibility = 'Hidden';
    store.delete();
  }
  await context.sync();
}

function parseSaved(values: OfficeValue[][]): SavedMark[] {
  return values
    .filter((r) => typeof r[0] === 'string' && r[0] !== '' && typeof r[1] === 'string' && /^[A-Z]+\d+$/.test(r[1]))
    .map((r) => ({
      sheet: r[0] as string,
      cell: r[1] as string,
      fill: (r[2] as string) || null,
      fontColor: (r[3] as string) || null,
      hadNote: r[4] === true || r[4] === 'TRUE',
      note: String(r[5] ?? ''),
    }));
}
