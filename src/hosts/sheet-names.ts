// Sheet naming and generated-sheet recognition shared by the Office.js and in-memory adapters.
import { GENERATED_SHEET_MARKER, type SheetSpec } from '../core/sheet-spec';

const MAX_SHEET_NAME = 31;

/** Excel refuses []:*?/\ in sheet names and names over 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
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
