// Fixture for test/manifest/requirement-sets.test.ts (walked, never run): notes are ExcelApi 1.18, above the
// manifest's minimum, and here they are used without a guard, or behind one that checks too early a version.
// Excel before 1.18 would fail the whole batch at the first of these calls.
import type { ExcelApiSupported } from '../../../src/hosts/office/api-sets';

export async function noteEveryMark(
  context: Excel.RequestContext,
  cells: readonly string[],
  apiSupported: ExcelApiSupported,
): Promise<void> {
  const ws = context.workbook.worksheets.getActiveWorksheet();
  for (const cell of cells) ws.notes.add(cell, 'NIK harus 16 digit');
  if (apiSupported('1.17')) ws.notes.getItemOrNullObject('C5').delete();
  await context.sync();
}
