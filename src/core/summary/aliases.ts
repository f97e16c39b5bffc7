// The "padanan" (alias) table of the summary sheet: every distinct value written in a roster column,
// as written, with the canonical key the core read it as. Formulas count roster rows by matching
// cells against these lists, so odd spellings ("KAB KUBU RAYA", "aktif ") count exactly as the
// core counted them, and the sheet stays live when a roster cell changes to a known spelling.
import { isDateCell, isErrorCell } from '../cells';
import { regenciesOf } from '../reference/regions';
import { type SummarisedField, SUMMARISED_FIELDS } from '../roster/fields';
import type { ParsedRoster, RosterRecord } from '../roster/types';
import { ASN_STATUSES } from '../roster/values';
import { AKTIF, CATEGORIES, PROGRAMS, SEGMENTS } from './model';

/** The fields the summary counts by (the schema's summarised fields), and the key group(s) each roster value falls in. */
export type AliasField = SummarisedField;
export const ASN_KEY = 'ASN';

export interface AliasGroup {
  readonly field: AliasField;
  readonly key: string;
  /** Shown in the table's third column, e.g. "Kabupaten Kubu Raya". */
  readonly label: string;
  /** Values as written (text), de-duplicated case-insensitively since MATCH ignores case. */
  readonly texts: readonly string[];
  /** Numbers written in the roster column that the core read as this key. */
  readonly numbers: readonly number[];
}

export interface AliasSet {
  readonly groups: readonly AliasGroup[];
  /** Values that the core read differently on different rows (or differing only by case): formulas may disagree. */
  readonly conflicts: readonly { readonly field: AliasField; readonly value: string }[];
}

/** Groups in template order. */
const FIELD_ORDER: readonly AliasField[] = SUMMARISED_FIELDS;

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);
const SEGMENT_SET: ReadonlySet<string> = new Set(SEGMENTS);

/** The record's keys for a field joined by "|" ("" when none): one string, no array, for the 100,000-row case. */
function keyString(field: AliasField, r: RosterRecord, regencyCodes: ReadonlySet<string>): string {
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

function keysOf(field: AliasField, r: RosterRecord, regencyCodes: ReadonlySet<string>): readonly string[] {
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
function canonicalSpellings(field: AliasField, province: string): { key: string; label: string; texts: string[] }[] {
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
        if (cell === null || cell === '') continue;
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
      groups.push({ field, key, label: labels.get(key) ?? key, texts: g.texts, numbers: g.numbers.sort((a, b) => a - b) });
    }
  }
  return { groups, conflicts };
}
