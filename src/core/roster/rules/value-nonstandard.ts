import { formatCount } from '../../i18n/lang';
import { cellText } from '../../cells';
import { FIELD_BY_ID, type FieldId } from '../fields';
import type { CellPlace, RowContext } from '../row-context';
import { LIST_FIELDS } from './list-fields';
import { defineRule } from './rule';

// Recognised values written another way ("Kab. Kubu Raya", "aktif ", "Laki-laki"). The check reads them
// correctly, but formulas that compare text (COUNTIFS) do not: the fix writes the standard spelling.
// A roster that writes "honorer" 5,210 times gets one item for it, with the count and the first cells;
// the item lists every cell (Issue.cells), so the Fix still fixes each.

/** Cells named in the message; the issue itself lists them all. */
const FIRST_CELLS = 3;

interface Spelling {
  readonly first: CellPlace;
  readonly field: FieldId;
  readonly text: string;
  readonly canonical: string;
  readonly cells: string[];
}

/** Each check's spellings, by grid, field and text, in the order first seen. */
const found = new WeakMap<RowContext, Map<string, Spelling>>();

export const valueNonstandard = defineRule({
  id: 'value-nonstandard',
  severity: 'info',
  fix: 'spelling',
  title: { id: 'Penulisan isian tidak baku', en: 'Non-standard spelling of a value' },
  description: {
    id: 'Nilai daftar atau kabupaten/kota dikenali tetapi ditulis tidak baku; dilaporkan sekali per kolom dan tulisan, dengan jumlahnya (perbaikan: tulisan baku di setiap sel)',
    en: 'A list value or regency/city recognised but not written in the standard form; reported once per column and spelling, with its count (fix: the standard spelling in every cell)',
  },
  guard: (ctx) => ctx.oddMask !== 0,
  checkRow(ctx) {
    if (ctx.oddMask === 0) return;
    for (const { field, get } of LIST_FIELDS) {
      const m = get(ctx);
      if (m !== null && m.value !== null && !m.exact) note(ctx, field, m.value);
    }
    const r = ctx.regency;
    if (r !== null && r.kind === 'ok' && !r.exact) note(ctx, 'regency', r.regency.name);
    const p = ctx.programs;
    if (p !== null && !p.exact && p.fix !== null) note(ctx, 'program', p.fix);
  },
  finishCheck(ctx) {
    const spellings = found.get(ctx);
    if (spellings === undefined) return;
    found.delete(ctx);
    for (const s of spellings.values()) {
      const label = FIELD_BY_ID[s.field].label;
      const n = s.cells.length;
      const shown = s.cells.slice(0, FIRST_CELLS).join(', ') + (n > FIRST_CELLS ? ', …' : '');
      const text = s.text.length > 60 ? `${s.text.slice(0, 59)}…` : s.text;
      ctx.reportCells(
        valueNonstandard,
        s.first,
        s.field,
        {
          id: `${label.id}: '${text}' ditulis ${formatCount(n, 'id')} kali; bentuk baku '${s.canonical}' (${shown})`,
          en: `${label.en}: '${text}' written ${formatCount(n, 'en')} ${n === 1 ? 'time' : 'times'}; standard form '${s.canonical}' (${shown})`,
        },
        s.cells,
        s.canonical,
      );
    }
  },
});

function note(ctx: RowContext, field: FieldId, canonical: string): void {
  let spellings = found.get(ctx);
  if (spellings === undefined) {
    spellings = new Map();
    found.set(ctx, spellings);
  }
  const text = cellText(ctx.cell(field));
  const key = `${ctx.gridIndex}\u0000${field}\u0000${text}`;
  const place = ctx.place(field);
  const s = spellings.get(key);
  if (s === undefined) spellings.set(key, { first: place, field, text, canonical, cells: [place.address] });
  else s.cells.push(place.address);
}
