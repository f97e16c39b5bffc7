// Writes plain roster sheets (the demo workbook, templates) to a new .xlsx with ExcelJS's streaming
// writer: rows are committed as they go, so 100,000-row files need little memory. NIK and KPJ
// columns are formatted as text (every digit kept), dates are real dates (dd-mm-yyyy), Excel errors
// stay errors, and text is always text (a name starting with "=" is never a formula). ExcelJS is loaded
// when a workbook is written, not before: loading it takes longer than checking a 10,000-row roster, and
// only `jamsostek demo` needs it.
import type ExcelJS from 'exceljs';
import { type Cell, isDateCell, isErrorCell } from '../../core/cells';
import type { RosterSheetInput } from '../port';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
export const DATE_FORMAT = 'dd-mm-yyyy';

/** An Excel serial (1900 system, after 1900-02-28) as the UTC Date ExcelJS writes back to that serial. */
export const dateOfSerial = (serial: number): Date => new Date(EPOCH + serial * DAY_MS);

function valueOf(c: Cell): ExcelJS.CellValue {
  if (c === null || c === '') return null;
  if (typeof c === 'string' || typeof c === 'number' || typeof c === 'boolean') return c;
  if (isDateCell(c)) return dateOfSerial(c.serial);
  if (isErrorCell(c)) return { error: c.code as ExcelJS.CellErrorValue['error'] };
  return null;
}

/** A sheet for the .xlsx writer: a roster sheet, with merged cells where a real file has them (A1 ranges, "H5:I5"). */
export interface XlsxRosterSheet extends RosterSheetInput {
  readonly merges?: readonly string[];
}

/**
 * Writes the sheets to a new .xlsx file. The file is opened here, synchronously, and the writer gets the open
 * descriptor: a stream that opened the file itself could create it again after Ctrl+C had removed it (its
 * open still in flight), leaving a copy behind (regression: `.berhenti.xlsx.<pid>.tmp` after Ctrl+C during
 * `demo -o`). Writes to a removed file go to no name at all.
 */
export async function writeRosterWorkbook(file: string, sheets: readonly XlsxRosterSheet[]): Promise<void> {
  const fs = await import('node:fs');
  const stream = fs.createWriteStream(file, { fd: fs.openSync(file, 'w') });
  const closed = new Promise<void>((resolve, reject) => {
    stream.on('close', resolve);
    stream.on('error', reject);
  });
  await writeRosters(stream, sheets);
  await closed;
}

async function writeRosters(stream: import('node:stream').Writable, sheets: readonly XlsxRosterSheet[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = 'Cakupan Jamsostek';
  for (const s of sheets) {
    const header = s.headerRow ?? 0;
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: header + 1 }] });
    const width = s.rows.reduce((w, r) => Math.max(w, r.length), 0);
    const text = new Set(s.textColumns ?? []);
    const dates = new Set(s.dateColumns ?? []);
    ws.columns = Array.from({ length: width }, (_, i) => ({
      width: s.columnWidths?.[i] ?? 12,
      style: text.has(i) ? { numFmt: '@' } : dates.has(i) ? { numFmt: DATE_FORMAT } : {},
    }));
    // Merged before the rows are committed (the streaming writer cannot reach a committed row); the merged-over cells stay empty.
    for (const range of s.merges ?? []) ws.mergeCells(range);
    s.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((c, i) => {
        const v = valueOf(c);
        if (v === null) return;
        const cell = row.getCell(i + 1);
        cell.value = v;
        if (isDateCell(c)) cell.numFmt = DATE_FORMAT;
        else if (text.has(i) && r > header) cell.numFmt = '@';
        if (r === header) cell.font = { bold: true };
        else if (r < header && i === 0 && r === 0) cell.font = { bold: true, size: 13 };
      });
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}
