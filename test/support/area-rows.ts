// Rows with Kecamatan and Desa/Kelurahan columns, for the area rules' tests (validRow has neither).
import { checkGrids } from '../../src/core/roster/check';
import { FIELDS, type FieldId } from '../../src/core/roster/fields';
import type { CheckOptions, CheckResult } from '../../src/core/roster/types';
import { rosterGrid, type RowValues, TODAY, validRow } from './roster-rows';

/** Checks rows built from validRow(i + 1) (Kabupaten Kubu Raya) with each override, in a grid that has Kecamatan and Desa/Kelurahan columns. */
export function checkAreaRows(overrides: readonly RowValues[], options: CheckOptions = {}): CheckResult {
  const rows = overrides.map((o, i) => ({ ...validRow(i + 1), ...o }));
  const fields: FieldId[] = FIELDS.map((f) => f.id).filter((f) => f in validRow() || f === 'district' || f === 'village');
  return checkGrids([rosterGrid(rows, { fields })], { today: TODAY, ...options });
}
