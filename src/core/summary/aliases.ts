// The "padanan" (alias) table of the summary sheet: every distinct value written in a roster column,
// as written, with the canonical key the core read it as. Formulas count roster rows by matching
// cells against these lists, so odd spellings ("KAB KUBU RAYA", "aktif ") count exactly as the
// core counted them, and the sheet stays live when a roster cell changes to a known spelling.
// Besides the summarised fields, three columns are read cell by cell by the core's own readers: job titles
// (their category), tick columns (a tick or not) and yes/no columns (yes, no), see formula-terms.ts.
import { columnIndex as letterIndex } from '../address';
import { type Cell, cellText, isDateCell, isErrorCell } from '../cells';
import { regenciesOf } from '../reference/regions';
import { Answer, isTick, yesNoAnswer } from '../roster/coverage';
import { COVERAGE_ANSWERS, FIELD_BY_ID, type SummarisedField, SUMMARISED_FIELDS } from '../roster/fields';
import { jobCategory } from '../roster/row-context';
import type { ParsedRoster, RosterRecord } from '../roster/types';
import { ASN_STATUSES } from '../roster/values';
import { AKTIF, CATEGORIES, PROGRAMS, SEGMENTS } from './model';

/** The fields the summary counts by (the schema's summarised fields), and the key group(s) each roster value falls in. */
export type AliasField = SummarisedField | CellAliasField;
/** Columns whose cells the core reads one by one (no record needed): job titles, tick columns, yes/no answers. */
export type CellAliasField = 'jobTitle' | 'tick' | 'answer';
export const ASN_KEY = 'ASN';
export const TICK_KEY = 'tick';
export const YES_KEY = 'yes';
export const NO_KEY = 'no';

export interface AliasGroup {
  readonly field: AliasField;
  /** What the table's first column calls the field ("Kabupaten/Kota", "Centang kepesertaan"). */
  readonly column: string;
  readonly key: string;
  /** Shown in the table's third column, e.g. "Kabupaten Kubu Raya". */
  readonly label: string;
  /** Values as written (text), de-duplicated case-insensitively since MATCH ignores case. */
  readonly texts: readonly string[];
  /** Numbers written in the roster column that the core read as this key. */
  readonly numbers: readonly number[];
  /**
   * Numbers count as their text ("1" is the tick 1 and the text "1"), so the texts are matched without an ISTEXT
   * guard and no number list is needed: tick and yes/no columns, where only 1 and 0 mean anything.
   */
  readonly numbersAsText?: boolean;
}

export interface AliasSet {
  readonly groups: readonly AliasGroup[];
  /** Values that the core read differently on different rows (or differing only by case): formulas may disagree. */
  readonly conflicts: readonly { readonly field: AliasField; readonly value: string }[];
}

/** Groups in template order. */
const FIELD_ORDER: readonly SummarisedField[] = SUMMARISED_FIELDS;

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);
const SEGMENT_SET: ReadonlySet<string> = new Set(SEGMENTS);

/** The record's keys for a field joined by "|" ("" when none): one string, no array, for the 100,000-row case. */
function keyString(field: SummarisedField, r: RosterRecord, regencyCodes: ReadonlySet<string>): string {
  switch (field) {
    case 'regency':
      return r.regencyCode !== null && regencyCodes.has(r.regencyCode) ? r.regencyCode : '';
    case 'category':
      return r.category !== null && CATEGORY_SET.has(r.category) ? r.category : '';
    case 'segment':
      return r.segment !== null && SEGMENT_SET.has(r.segment) ? r.segment : '';
    case 'employmentStatus':
      return r.isAsn ? ASN_KEY : '';
    case 'membershipStatus':
      return r.membershipStatus === AKTIF ? AKTIF : '';
    case 'program':
      return r.programs.length === 0 ? '' : keysOf(field, r, regencyCodes).join('|');
  }
}

function keysOf(field: SummarisedField, r: RosterRecord, regencyCodes: ReadonlySet<string>): readonly string[] {
  switch (field) {
    case 'regency':
      return r.regencyCode && regencyCodes.has(r.regencyCode) ? [r.regencyCode] : [];
    case 'category':
      return r.category && CATEGORIES.includes(r.category) ? [r.category] : [];
    case 'segment':
      return r.segment && SEGMENTS.includes(r.segment) ? [r.segment] : [];
    case 'program':
      return PROGRAMS.filter((p) => r.programs.includes(p));
    case 'employmentStatus':
      return r.isAsn ? [ASN_KEY] : [];
    case 'membershipStatus':
      return r.membershipStatus === AKTIF ? [AKTIF] : [];
  }
}

/** Canonical spellings every group carries even when no roster row uses them (a later edit still counts). */
function canonicalSpellings(field: SummarisedField, province: string): { key: string; label: string; texts: string[] }[] {
  switch (field) {
    case 'regency':
      return regenciesOf(province).map((r) => ({ key: r.code, label: r.name, texts: [r.name] }));
    case 'category':
      return CATEGORIES.map((c) => ({ key: c, label: c, texts: [c] }));
    case 'segment':
      return SEGMENTS.map((s) => ({ key: s, label: s, texts: [s] }));
    case 'program':
      return PROGRAMS.map((p) => ({ key: p, label: p, texts: [p] }));
    case 'employmentStatus':
      return [{ key: ASN_KEY, label: `ASN (${ASN_STATUSES.join('/')})`, texts: [...ASN_STATUSES] }];
    case 'membershipStatus':
      return [{ key: AKTIF, label: AKTIF, texts: [AKTIF] }];
  }
}

const CELL_COLUMNS: Readonly<Record<CellAliasField, string>> = {
  jobTitle: FIELD_BY_ID.jobTitle.label.id,
  tick: 'Centang kepesertaan (tick)',
  answer: 'Terdaftar BPJSTK (ya/tidak)',
};
const columnLabel = (field: AliasField): string =>
  field in CELL_COLUMNS ? CELL_COLUMNS[field as CellAliasField] : FIELD_BY_ID[field as SummarisedField].label.id;

/** Text as MATCH compares it: case-insensitively. */
const fold = (s: string): string => s.toLowerCase();

export function collectAliases(parsed: readonly ParsedRoster[], province: string, options: { canonical?: boolean } = {}): AliasSet {
  const regencyCodes = new Set(regenciesOf(province).map((r) => r.code));
  const groups: AliasGroup[] = [];
  const conflicts: { field: AliasField; value: string }[] = [];
  for (const field of FIELD_ORDER) {
    // Distinct cells first (exact text, numbers), then folded: MATCH ignores case, so spellings that
    // differ only by case must mean the same key.
    const texts = new Map<string, string>();
    const numbers = new Map<number, string>();
    const conflicted = new Set<string>();
    const conflict = (id: string, value: string) => {
      if (conflicted.has(id)) return;
      conflicted.add(id);
      conflicts.push({ field, value });
    };
    for (const p of parsed) {
      const col = p.columnIndex[field];
      if (col === undefined) continue;
      const rows = p.grid.rows;
      const offset = 1 + p.grid.origin.row;
      for (const r of p.records) {
        const cell = rows[r.row - offset]?.[col] ?? null;
        // blank and only-spaces cells are matched by the formulas' own blank test (formula-terms.ts)
        if (cell === null || cell === '' || (typeof cell === 'string' && ONLY_SPACES.test(cell))) continue;
        if (typeof cell === 'string') {
          const keys = keyString(field, r, regencyCodes);
          const prev = texts.get(cell);
          if (prev === undefined) texts.set(cell, keys);
          else if (prev !== keys) conflict(`t:${fold(cell)}`, cell);
        } else if (typeof cell === 'number' || isDateCell(cell)) {
          const n = typeof cell === 'number' ? cell : cell.serial;
          const keys = keyString(field, r, regencyCodes);
          const prev = numbers.get(n);
          if (prev === undefined) numbers.set(n, keys);
          else if (prev !== keys) conflict(`n:${n}`, String(n));
        } else if (!isErrorCell(cell) && keysOf(field, r, regencyCodes).length) {
          // booleans the core read as a key: MATCH would count them too, but they are not listed.
          conflicts.push({ field, value: String(cell) });
        }
      }
    }
    const seen = new Map<string, { keys: string; spelling: string | number }>();
    for (const [t, keys] of texts) {
      const id = `t:${fold(t)}`;
      const prev = seen.get(id);
      if (!prev) seen.set(id, { keys, spelling: t });
      else if (prev.keys !== keys) conflict(id, t);
    }
    for (const [n, keys] of numbers) seen.set(`n:${n}`, { keys, spelling: n });
    const byKey = new Map<string, { texts: string[]; numbers: number[]; folded: Set<string> }>();
    const groupOf = (key: string) => {
      let g = byKey.get(key);
      if (!g) byKey.set(key, (g = { texts: [], numbers: [], folded: new Set() }));
      return g;
    };
    for (const [id, { keys, spelling }] of seen) {
      if (!keys || conflicted.has(id)) continue;
      for (const key of keys.split('|')) {
        const g = groupOf(key);
        if (typeof spelling === 'number') g.numbers.push(spelling);
        else {
          g.texts.push(spelling);
          g.folded.add(fold(spelling));
        }
      }
    }
    const canonical = canonicalSpellings(field, province);
    const labels = new Map(canonical.map((c) => [c.key, c.label]));
    if (options.canonical !== false) {
      for (const c of canonical) {
        const g = groupOf(c.key);
        for (const t of c.texts) {
          const id = `t:${fold(t)}`;
          // a canonical spelling the roster used for something else (or conflicted) is left out
          if (g.folded.has(fold(t)) || seen.has(id) || conflicted.has(id)) continue;
          g.texts.unshift(t);
          g.folded.add(fold(t));
        }
      }
    }
    const keyOrder = [...canonical.map((c) => c.key), ...[...byKey.keys()].filter((k) => !labels.has(k)).sort()];
    for (const key of keyOrder) {
      const g = byKey.get(key);
      if (!g || g.texts.length + g.numbers.length === 0) continue;
      groups.push({
        field,
        column: columnLabel(field),
        key,
        label: labels.get(key) ?? key,
        texts: g.texts,
        numbers: g.numbers.sort((a, b) => a - b),
      });
    }
  }
  for (const field of CELL_FIELDS) groups.push(...cellGroups(field, parsed, conflicts, options.canonical !== false));
  return { groups, conflicts };
}

/** What Excel's TRIM empties: only-spaces text (the formulas' blank test). */
export const ONLY_SPACES = /^ +$/;

const CELL_FIELDS: readonly CellAliasField[] = ['jobTitle', 'tick', 'answer'];

/** The key the core's reader gives a cell of a job, tick or yes/no column ('' for none). */
function cellKey(field: CellAliasField, cell: Cell): string {
  switch (field) {
    case 'jobTitle':
      return (typeof cell === 'string' ? jobCategory(cell) : jobCategory(cellText(cell))) ?? '';
    case 'tick':
      return isTick(cell) ? TICK_KEY : '';
    case 'answer': {
      const a = yesNoAnswer(cell);
      return a === Answer.Yes ? YES_KEY : a === Answer.No ? NO_KEY : '';
    }
  }
}

/** The grid columns of a roster that hold a cell-read field. */
function cellColumns(field: CellAliasField, p: ParsedRoster): number[] {
  if (field === 'jobTitle') return p.columnIndex.jobTitle === undefined ? [] : [p.columnIndex.jobTitle];
  const coverage = p.roster.context?.coverage;
  if (!coverage || (coverage.form === 'ticks') !== (field === 'tick')) return [];
  return coverage.columns.map((l) => letterIndex(l) - p.grid.origin.col);
}

function cellCanonical(field: CellAliasField): { key: string; label: string; texts: readonly string[] }[] {
  switch (field) {
    case 'jobTitle':
      return [];
    case 'tick':
      return [{ key: TICK_KEY, label: 'Dicentang / ticked', texts: COVERAGE_ANSWERS.ticks }];
    case 'answer':
      return [
        { key: YES_KEY, label: 'Ya / yes (Aktif)', texts: COVERAGE_ANSWERS.yes },
        { key: NO_KEY, label: 'Tidak / no', texts: COVERAGE_ANSWERS.no },
      ];
  }
}

/** Groups of a cell-read field: every distinct cell of the data rows by the key its reader gives, plus the canonical answers. */
function cellGroups(
  field: CellAliasField,
  parsed: readonly ParsedRoster[],
  conflicts: { field: AliasField; value: string }[],
  canonical: boolean,
): AliasGroup[] {
  const byKey = new Map<string, { texts: string[]; numbers: Set<number>; folded: Set<string> }>();
  const groupOf = (key: string) => {
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { texts: [], numbers: new Set(), folded: new Set() }));
    return g;
  };
  const seen = new Set<string>();
  for (const p of parsed) {
    const cols = cellColumns(field, p);
    if (cols.length === 0) continue;
    const rows = p.grid.rows;
    const offset = 1 + p.grid.origin.row;
    for (const r of p.records) {
      const row = rows[r.row - offset];
      if (!row) continue;
      for (const col of cols) {
        const cell = row[col] ?? null;
        if (cell === null || cell === '' || isErrorCell(cell)) continue;
        if (typeof cell === 'string') {
          if (ONLY_SPACES.test(cell)) continue;
          const id = fold(cell);
          if (seen.has(id)) continue;
          seen.add(id);
          const key = cellKey(field, cell);
          if (key) {
            const g = groupOf(key);
            g.texts.push(cell);
            g.folded.add(id);
          }
        } else if (typeof cell === 'number' || isDateCell(cell)) {
          const n = typeof cell === 'number' ? cell : cell.serial;
          const key = cellKey(field, cell);
          if (!key) continue;
          const g = groupOf(key);
          if (field === 'jobTitle') g.numbers.add(n);
          else if (!g.folded.has(String(n))) {
            // only 1 and 0 read as a tick or an answer, and their text reads the same
            g.texts.push(String(n));
            g.folded.add(String(n));
          }
        } else if (cellKey(field, cell)) {
          // a boolean read as a key: MATCH does not see it so, the sheet says the count may differ
          const value = String(cell);
          if (!conflicts.some((c) => c.field === field && c.value === value)) conflicts.push({ field, value });
        }
      }
    }
  }
  const known = cellCanonical(field);
  if (canonical && parsed.some((p) => cellColumns(field, p).length > 0)) {
    for (const c of known) {
      const g = groupOf(c.key);
      for (const t of c.texts) {
        if (g.folded.has(fold(t)) || seen.has(fold(t))) continue;
        g.texts.push(t);
        g.folded.add(fold(t));
      }
    }
  }
  const labels = new Map(known.map((c) => [c.key, c.label]));
  const order = [...known.map((c) => c.key), ...[...byKey.keys()].filter((k) => !labels.has(k)).sort()];
  const out: AliasGroup[] = [];
  for (const key of order) {
    const g = byKey.get(key);
    if (!g || g.texts.length + g.numbers.size === 0) continue;
    out.push({
      field,
      column: columnLabel(field),
      key,
      label: labels.get(key) ?? key,
      texts: g.texts,
      numbers: [...g.numbers].sort((a, b) => a - b),
      ...(field !== 'jobTitle' ? { numbersAsText: true } : {}),
    });
  }
  return out;
}
