// Naming what a generated sheet adds (its sheet, tables and defined names) and recognising generated
// sheets, the same in every host: names are picked free first and the spec is built with them.
import { GENERATED_SHEET_MARKER, isSheetRequest, type NamePicker, type SheetRequest, type SheetSpec } from '../core/sheet-spec';

const MAX_SHEET_NAME = 31;

/** Excel refuses []:*?/\ in sheet names and names over 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^['\s]+|['\s]+$/g, '');
  return (cleaned || 'Sheet').slice(0, MAX_SHEET_NAME);
}

/** The preferred name, or "Name (2)", "Name (3)"... when taken (sheet names compare case-insensitively). */
export function uniqueSheetName(preferred: string, taken: readonly string[]): string {
  const base = cleanSheetName(preferred);
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** The marker text a generated sheet carries: "cakupan-jamsostek:generated:summary". */
export const markerText = (kind: string): string => `${GENERATED_SHEET_MARKER}:${kind}`;

/** The generator kind from a marker cell's text, else undefined. A bare marker means an unnamed kind. */
export function kindFromMarker(text: unknown): string | undefined {
  if (typeof text !== 'string' || !text.startsWith(GENERATED_SHEET_MARKER)) return undefined;
  const rest = text
    .slice(GENERATED_SHEET_MARKER.length)
    .replace(/^[:\s]+/, '')
    .trim();
  return rest || 'generated';
}

/** Finds the generator kind in a block of cell values (the first rows of a sheet). */
export function kindInValues(values: readonly (readonly unknown[])[]): string | undefined {
  for (const row of values)
    for (const v of row) {
      const kind = kindFromMarker(v);
      if (kind) return kind;
    }
  return undefined;
}

/** Where the spec puts its marker: the builder's own marker cell if it has one, else none. */
export function specHasMarker(spec: SheetSpec): boolean {
  return spec.rows.some((row) => row.some((c) => !!c && (c.style === 'marker' || kindFromMarker(c.value) !== undefined)));
}

/** The spec with a marker cell added (row 1, one column right of the widest row) when its builder put none. */
export function withMarker(spec: SheetSpec): SheetSpec {
  if (specHasMarker(spec)) return spec;
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const first = [...(spec.rows[0] ?? [])];
  while (first.length <= width) first.push(null);
  first[width] = { value: markerText(spec.kind), style: 'marker' };
  return { ...spec, rows: [first, ...spec.rows.slice(1)] };
}

/** A defined name already in the workbook, with the sheet its reference points at (read by sheetOfReference). */
export interface ExistingName {
  readonly name: string;
  /** The one sheet the reference is on, if any. */
  readonly sheet?: string;
  /** The reference is #REF! (its sheet was deleted): a generated sheet may take the name over. */
  readonly broken?: boolean;
}

/** What a workbook already uses, as a host reads it. */
export interface WorkbookNames {
  readonly sheets: readonly string[];
  readonly names: readonly ExistingName[];
  /** Tables, with the sheet they are on when known. */
  readonly tables: readonly { readonly name: string; readonly sheet?: string }[];
}

export interface GeneratedSheetPlan {
  /** The sheet name to use. */
  readonly name: string;
  /** The spec to write (marker added), built with names free in the workbook. */
  readonly spec: SheetSpec;
  /** Defined names to delete first: those on the replaced sheet and broken ones the spec takes over. */
  readonly dropNames: readonly string[];
}

/** `preferred`, or preferred_2, _3... when `used` (lower case) has it. */
export function freeName(preferred: string, used: ReadonlySet<string>): string {
  if (!used.has(preferred.toLowerCase())) return preferred;
  for (let i = 2; ; i++) if (!used.has(`${preferred}_${i}`.toLowerCase())) return `${preferred}_${i}`;
}

/**
 * The sheet a defined name's reference is on: "='Roster Nakes'!$A$1" or "Ringkasan!$B$2" (with or without
 * "="); undefined for constants, formulas over several sheets and #REF!.
 */
export function sheetOfReference(formula: string): string | undefined {
  const m = REFERENCE.exec(formula.trim());
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** Sheet!A1, Sheet!$A$1:$B$2, Sheet!$1:$2, Sheet!$A:$C, the sheet quoted or not (no [book] or #REF!). */
const REFERENCE =
  /^=?(?:'((?:[^'[\]]|'')+)'|([^'!=:,()\s"#[\]]+))!(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})$/i;

/** Whether a defined name's reference is broken (#REF!), as Excel leaves it when its sheet is deleted. */
export const isBrokenReference = (formula: string): boolean => formula.includes('#REF!');

/**
 * Names for a generated sheet, picked before it is built: the sheet name (a user's sheet keeps its name),
 * and the spec's defined names and tables free in the workbook. What the sheet being replaced owns (its
 * tables, names on it) counts as free, as does a broken (#REF!) name the spec wants. A plain spec's
 * tables are renamed when taken (formulas never name them); its defined names must be free, since its
 * formulas use them: a spec that may meet a taken name comes as a SheetRequest.
 */
export function planGeneratedSheet(input: SheetSpec | SheetRequest, existing: WorkbookNames, replacing?: string): GeneratedSheetPlan {
  const onReplaced = (sheet: string | undefined) => replacing !== undefined && sheet?.toLowerCase() === replacing.toLowerCase();
  const used = new Set<string>();
  const broken = new Map<string, string>();
  const dropNames: string[] = [];
  for (const n of existing.names) {
    if (onReplaced(n.sheet)) {
      dropNames.push(n.name);
      continue;
    }
    if (n.broken) broken.set(n.name.toLowerCase(), n.name);
    used.add(n.name.toLowerCase());
  }
  for (const t of existing.tables) if (!onReplaced(t.sheet)) used.add(t.name.toLowerCase());

  const picked = new Map<string, string>();
  const pick: NamePicker = (preferred) => {
    const key = preferred.toLowerCase();
    let name = picked.get(key);
    if (name !== undefined) return name;
    const reuse = broken.get(key);
    if (reuse !== undefined) {
      broken.delete(key);
      dropNames.push(reuse);
      name = preferred;
    } else {
      name = freeName(preferred, used);
      used.add(name.toLowerCase());
    }
    picked.set(key, name);
    return name;
  };
  const built = isSheetRequest(input) ? input.build(pick) : input;
  if (built.kind !== input.kind || built.name !== input.name) throw new Error(`The built sheet is not the one requested (${input.kind})`);
  const given = new Set([...picked.values()].map((n) => n.toLowerCase()));
  const own = (name: string) => given.has(name.toLowerCase());

  const tables = built.tables?.map((t) => (own(t.name) ? t : { ...t, name: pick(t.name) }));
  for (const n of built.names ?? [])
    if (!own(n.name) && pick(n.name) !== n.name)
      throw new Error(
        `The workbook already uses the name ${n.name}: build the sheet through a SheetRequest, whose picker gives a free one`,
      );
  const all = [...(built.names ?? []).map((n) => n.name), ...(tables ?? []).map((t) => t.name)].map((n) => n.toLowerCase());
  if (new Set(all).size !== all.length) throw new Error(`A generated sheet uses one name twice (${all.join(', ')})`);

  const spec = withMarker(tables ? { ...built, tables } : built);
  const others = existing.sheets.filter((s) => !onReplaced(s));
  return { name: uniqueSheetName(input.name, others), spec, dropNames };
}
