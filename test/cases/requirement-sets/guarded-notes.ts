// Fixture for test/manifest/requirement-sets.test.ts (walked, never run): the same ExcelApi 1.18 notes, each
// behind a guard the test sees: an if, a const holding the check, ?:, &&, an early return, Office's own
// isSetSupported. None of them is a violation.
import type { ExcelApiSupported } from '../../../src/hosts/office/api-sets';

export async function noteEveryMark(
  context: Excel.RequestContext,
  cells: readonly string[],
  apiSupported: ExcelApiSupported,
): Promise<void> {
  const ws = context.workbook.worksheets.getActiveWorksheet();
  if (apiSupported('1.18')) for (const cell of cells) ws.notes.add(cell, 'NIK harus 16 digit');
  const withNotes = apiSupported('1.19');
  const note = withNotes ? ws.notes.getItemOrNullObject('C5').load('content') : null;
  if (withNotes && note && !note.isNullObject) note.delete();
  await context.sync();
}

export async function clearNote(context: Excel.RequestContext, cell: string): Promise<void> {
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.18')) return;
  context.workbook.worksheets.getActiveWorksheet().notes.getItem(cell).delete();
  await context.sync();
}
