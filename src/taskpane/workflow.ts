// The steps behind the task pane's actions (marks, the roster template; fixes in fixes.ts), written against the
// workbook port only (no DOM), so they run in Excel, in the browser preview and in tests. Which grids a check
// reads is findRosterGrids (hosts/roster-grids.ts), shared with the other hosts.
import type { Cell } from '../core/cells';
import { parseCellAddress } from '../core/address';
import { type Lang, pick } from '../core/i18n/lang';
import { DATE_FORMAT, FIELDS, TEMPLATE_HEADERS, TEMPLATE_WIDTHS, TEXT_FORMAT } from '../core/roster/fields';
import { findProvince, regenciesOf } from '../core/reference/regions';
import type { Issue, SheetGrid } from '../core/roster/types';
import type { CellMark, ListValidation, RosterSheetInput } from '../hosts/port';
import { fitsInline } from '../hosts/list-sheet';

/** Which sheets a check reads, and its progress: the roster finder every host shares decides. */
export type { ReadProgress, Scope } from '../hosts/roster-grids';

/** The cell a grid holds at an A1 address of its sheet (null when outside it). */
export function gridCell(grids: readonly SheetGrid[], sheet: string, a1: string): Cell | undefined {
  const { row, col } = parseCellAddress(a1);
  for (const g of grids) {
    if (g.sheet !== sheet) continue;
    const r = row - g.origin.row;
    const c = col - g.origin.col;
    if (r < 0 || c < 0 || r >= g.rows.length) continue;
    return g.rows[r][c] ?? null;
  }
  return undefined;
}

export const MAX_MARKS = 5_000;

/**
 * One mark per problem cell (errors and warnings; info rows such as ASN are not problems). An issue that
 * stands for many cells (Issue.cells) marks each of them, with its one message.
 */
export function marksFor(issues: readonly Issue[], lang: Lang): { marks: CellMark[]; marked: number; total: number } {
  const bySeverity = issues.filter((i) => i.severity !== 'info');
  const cells = new Set<string>();
  // The first MAX_MARKS cells are marked (with all their issues); later cells are only counted.
  const marked = new Set<string>();
  const marks: CellMark[] = [];
  for (const i of bySeverity) {
    const note = `Cakupan Jamsostek: ${pick(i.message, lang)}`;
    for (const cell of i.cells ?? [i.cell]) {
      const key = `${i.sheet}!${cell}`;
      if (!cells.has(key)) {
        cells.add(key);
        if (cells.size <= MAX_MARKS) marked.add(key);
      }
      if (marked.has(key)) marks.push({ sheet: i.sheet, cell, severity: i.severity, note });
    }
  }
  return { marks, marked: marked.size, total: cells.size };
}

const TEMPLATE_ROWS = 1_000;

/**
 * The standard roster, from the field schema: headers, drop-down lists, NIK/KPJ as text, dates as dates,
 * column widths. A list that Excel cannot take inline (over 255 characters, e.g. Kalimantan Barat's 14
 * kab/kota) gets a listName, so the host puts it on its hidden list sheet and points the rule at that
 * range. Short lists stay inline: they need no other sheet and keep working when the roster sheet is
 * copied to another workbook.
 */
export function rosterTemplate(province: string, sheetName: string): RosterSheetInput {
  const regencies = regenciesOf(province).map((r) => r.name);
  const provinceName = findProvince(province)?.name ?? province;
  const textColumns: number[] = [];
  const dateColumns: number[] = [];
  const validations: ListValidation[] = [];
  FIELDS.forEach((f, i) => {
    const column = i + 1; // after the row-number column
    const { numberFormat, dropDown } = f.template;
    if (numberFormat === TEXT_FORMAT) textColumns.push(column);
    else if (numberFormat === DATE_FORMAT) dateColumns.push(column);
    const [values, title] =
      dropDown === 'values'
        ? [(f.values ?? []).map((v) => v.value), f.label.id]
        : dropDown === 'regencies'
          ? [regencies, `${f.label.id} ${provinceName} (${province})`]
          : [[], ''];
    if (values.length > 0) validations.push({ column, values, toRow: TEMPLATE_ROWS, ...(fitsInline(values) ? {} : { listName: title }) });
  });
  return {
    name: sheetName,
    rows: [[...TEMPLATE_HEADERS]],
    headerRow: 0,
    textColumns,
    dateColumns,
    validations,
    columnWidths: TEMPLATE_WIDTHS,
  };
}
