// Coverage given as ticks or yes/no instead of a Status Kepesertaan value (texts in COVERAGE_ANSWERS,
// field schema): found beside the header (detect.ts), read per row into a membership status (RowContext).
import type { Cell } from '../cells';
import { COVERAGE_ANSWERS } from './fields';
import { headerKey } from './header-match';
import { normalizeKey } from './text-match';

export type CoverageColumns =
  | {
      readonly form: 'ticks';
      readonly yesCol: number;
      readonly noCol: number;
      /** The membership statuses a tick in each column means. */
      readonly yes: string;
      readonly no: string;
      /** The header row the column titles sit in (index into grid.rows). */
      readonly titleRow: number;
    }
  | { readonly form: 'yes-no'; readonly col: number; readonly titleRow: number };

/** How a row answers: a tick (or yes) in the yes column, in the no column, in both, or in neither. */
export enum Answer {
  Neither = 0,
  Yes = 1,
  No = 2,
  Both = 3,
}

const keyed = (texts: readonly string[]): ReadonlySet<string> => new Set(texts.map((t) => headerKey(t)));
const PAIRS = COVERAGE_ANSWERS.tickPairs.map((p) => ({ yes: keyed(p.yes), no: keyed(p.no), status: p.status }));
const GROUP_WORDS = COVERAGE_ANSWERS.groupWords.map((w) => ` ${w} `);
const YES_NO_HEADERS = keyed(COVERAGE_ANSWERS.yesNoHeaders);
const TICKS = new Set<string>(COVERAGE_ANSWERS.ticks);
const YES = new Set<string>(COVERAGE_ANSWERS.yes);
const NO = new Set<string>(COVERAGE_ANSWERS.no);

const textAt = (row: readonly Cell[] | undefined, col: number): string | null => {
  const v = row?.[col];
  return typeof v === 'string' && v.trim() !== '' ? v : null;
};

/** The nearest title at or left of `col` (a merged cell keeps its text in its first column). */
function titleOver(row: readonly Cell[] | undefined, col: number): string | null {
  for (let c = col; c >= 0; c--) {
    const t = textAt(row, c);
    if (t !== null) return t;
  }
  return null;
}

/** An adjacent yes/no pair of column titles in `row` ("SUDAH | BELUM", "BELUM TERDAFTAR | TERDAFTAR"). */
function pairIn(row: readonly Cell[] | undefined, titleRow: number, groupRow: readonly Cell[] | undefined): CoverageColumns | null {
  if (!row) return null;
  for (let col = 0; col + 1 < row.length; col++) {
    const a = textAt(row, col);
    const b = textAt(row, col + 1);
    if (a === null || b === null) continue;
    const ka = headerKey(a);
    const kb = headerKey(b);
    for (const p of PAIRS) {
      const yesFirst = p.yes.has(ka) && p.no.has(kb);
      if (!yesFirst && !(p.no.has(ka) && p.yes.has(kb))) continue;
      const yesCol = yesFirst ? col : col + 1;
      const noCol = yesFirst ? col + 1 : col;
      if (groupRow !== undefined) {
        // Under a group title, it must be about coverage ("KEPESERTAAN BPJS KETENAGAKERJAAN").
        const group = titleOver(groupRow, col);
        const key = group === null ? '' : ` ${normalizeKey(group)} `;
        if (!GROUP_WORDS.some((w) => key.includes(w))) continue;
      } else if (ka.length <= 3 || kb.length <= 3) continue; // "YA | TIDAK" alone in a header row is too loose.
      return { form: 'ticks', yesCol, noCol, yes: p.status.yes, no: p.status.no, titleRow };
    }
  }
  return null;
}

/**
 * Coverage columns beside a roster header at `headerIndex`: tick pairs in the header row, or in the row
 * under it below a coverage group title; else one yes/no column ("TERDAFTAR BPJSTK"). `subRowFree`: the
 * row under the header may be a second header row (its cells under Nama and NIK are empty).
 */
export function findCoverageColumns(rows: readonly (readonly Cell[])[], headerIndex: number, subRowFree: boolean): CoverageColumns | null {
  const head = rows[headerIndex];
  const inHead = pairIn(head, headerIndex, undefined);
  if (inHead) return inHead;
  if (subRowFree) {
    const inSub = pairIn(rows[headerIndex + 1], headerIndex + 1, head);
    if (inSub) return inSub;
  }
  for (const titleRow of subRowFree ? [headerIndex, headerIndex + 1] : [headerIndex]) {
    const row = rows[titleRow];
    if (!row) continue;
    for (let col = 0; col < row.length; col++) {
      const t = textAt(row, col);
      if (t !== null && YES_NO_HEADERS.has(headerKey(t))) return { form: 'yes-no', col, titleRow };
    }
  }
  return null;
}

const tickKey = (c: string): string => {
  const t = c.trim().toLowerCase();
  return t.length <= 2 ? t : normalizeKey(t);
};

/** A tick cell holds a tick ("√", "v", "x", "1", "ada"); 0, "-" and blanks are no tick. */
export function isTick(c: Cell | undefined): boolean {
  if (c === undefined || c === null) return false;
  if (typeof c === 'number') return c === 1;
  if (typeof c === 'boolean') return c;
  if (typeof c !== 'string') return false;
  return TICKS.has(tickKey(c));
}

/** A yes/no cell's answer: Yes, No, or Neither (blank or unreadable). */
export function yesNoAnswer(c: Cell | undefined): Answer {
  if (c === undefined || c === null) return Answer.Neither;
  if (typeof c === 'number') return c === 1 ? Answer.Yes : c === 0 ? Answer.No : Answer.Neither;
  if (typeof c === 'boolean') return c ? Answer.Yes : Answer.No;
  if (typeof c !== 'string') return Answer.Neither;
  const k = tickKey(c);
  return YES.has(k) ? Answer.Yes : NO.has(k) ? Answer.No : Answer.Neither;
}
