// The first touch of a block of rows: which mapped cells are blank and which hold Excel errors. On a large
// roster that first touch of each row's cells waits on memory, and a loop doing nothing else overlaps
// those waits; the row reader then takes each row's masks from here.
import type { Cell } from '../cells';
import { FIELD_ORDINAL, FIELDS } from './fields';

/** Rows scanned at a time. */
export const SCAN_BLOCK = 16;

/**
 * Fields whose only-spaces cells need not count as blank: not required, and read without the blank mask
 * (dates see spaces themselves; nothing reads Instansi/Fasilitas or Posyandu/Unit). Not looking saves touching those texts.
 */
const SPACES_DONT_MATTER = FIELDS.filter(
  (f) => !f.required && (f.id === 'institution' || f.id === 'unit' || f.id === 'birthDate' || f.id === 'membershipStart'),
).reduce((bits, f) => bits | (1 << FIELD_ORDINAL[f.id]), 0);

const NO_CELLS: readonly Cell[] = Object.freeze([]);

export class BlockScanner {
  /** Bit per field ordinal: the column exists and the cell is empty (or only spaces), for the k-th row scanned. */
  readonly blank = new Int32Array(SCAN_BLOCK);
  /** Bit per field ordinal: the cell holds an Excel error, for the k-th row scanned. */
  readonly error = new Int32Array(SCAN_BLOCK);

  /** Scans rows[indexes[from…]] (up to SCAN_BLOCK of them); `cols` holds each field's column by ordinal, -1 when absent. */
  scan(rows: readonly (readonly Cell[])[], cols: Int32Array, indexes: readonly number[], from: number): void {
    const end = Math.min(indexes.length, from + SCAN_BLOCK);
    for (let k = 0; k < end - from; k++) {
      const cells = rows[indexes[from + k]] ?? NO_CELLS;
      let errorMask = 0;
      let blankMask = 0;
      for (let f = 0; f < cols.length; f++) {
        const col = cols[f];
        if (col < 0) continue;
        const c = cells[col];
        if (typeof c === 'string') {
          if (c.length === 0) blankMask |= 1 << f;
          else if ((SPACES_DONT_MATTER & (1 << f)) === 0) {
            const first = c.charCodeAt(0);
            if ((first <= 32 || first === 160) && c.trim() === '') blankMask |= 1 << f;
          }
        } else if (c === undefined || c === null) blankMask |= 1 << f;
        else if (typeof c === 'object' && c.kind === 'error') errorMask |= 1 << f;
      }
      this.blank[k] = blankMask;
      this.error[k] = errorMask;
    }
  }
}
