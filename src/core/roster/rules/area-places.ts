// Shared by the kecamatan/desa rules (area-unknown.ts, area-outside-region.ts): the places a row's names are
// checked against, and their names in messages. Both rules report once per column and spelling (like
// value-nonstandard), with the count and the first cells; the issue lists every cell (Issue.cells).
import { formatCount } from '../../i18n/lang';
import { findRegency } from '../../reference/regions';
import { type District, districtsOf, DISTRICTS, type Village, VILLAGES } from '../../reference/villages';
import type { CellPlace, RowContext } from '../row-context';

/** Cells named in a message; the issue itself lists them all. */
export const FIRST_CELLS = 3;

export type AreaField = 'district' | 'village';

/** One spelling of a column, gathered over the rows it is written on. */
export interface AreaSpelling {
  readonly field: AreaField;
  readonly first: CellPlace;
  readonly text: string;
  /** Where the first row's name was looked for: its kab/kota code and its placed kecamatan. */
  readonly regencyCode: string | null;
  readonly district: District | null;
  readonly cells: string[];
}

/** Gathers spellings per check, by grid, field, text and the place they were checked against. */
export function spellingGatherer(): {
  note(ctx: RowContext, field: AreaField): void;
  take(ctx: RowContext): readonly AreaSpelling[];
} {
  const found = new WeakMap<RowContext, Map<string, AreaSpelling>>();
  return {
    note(ctx, field) {
      let spellings = found.get(ctx);
      if (spellings === undefined) {
        spellings = new Map();
        found.set(ctx, spellings);
      }
      const text = field === 'district' ? ctx.districtText! : ctx.villageText!;
      const district = field === 'village' ? ctx.district : null;
      const key = `${ctx.gridIndex}\u0000${field}\u0000${text}\u0000${ctx.areaRegency ?? ''}\u0000${district?.code ?? ''}`;
      const place = ctx.place(field);
      const s = spellings.get(key);
      if (s === undefined)
        spellings.set(key, { field, first: place, text, regencyCode: ctx.areaRegency, district, cells: [place.address] });
      else s.cells.push(place.address);
    },
    take(ctx) {
      const spellings = found.get(ctx);
      found.delete(ctx);
      return spellings === undefined ? [] : [...spellings.values()];
    },
  };
}

/** "5 kali: E5, E6, E7, …" / "5 times: …". */
export function countText(cells: readonly string[]): { id: string; en: string } {
  const n = cells.length;
  const shown = cells.slice(0, FIRST_CELLS).join(', ') + (n > FIRST_CELLS ? ', …' : '');
  return {
    id: `${formatCount(n, 'id')} kali: ${shown}`,
    en: `${formatCount(n, 'en')} ${n === 1 ? 'time' : 'times'}: ${shown}`,
  };
}

export const regencyName = (code: string): string => findRegency(code)?.name ?? code;

/** The places an unknown name is compared with: the kecamatan's desa, the kab/kota's, else the province's. */
export function candidatesFor(s: AreaSpelling): readonly (District | Village)[] {
  if (s.field === 'district') return s.regencyCode !== null ? districtsOf(s.regencyCode) : DISTRICTS;
  if (s.district !== null) return s.district.villages;
  return s.regencyCode !== null ? districtsOf(s.regencyCode).flatMap((d) => d.villages) : VILLAGES;
}

export const shortText = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
