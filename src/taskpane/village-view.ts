// The village view (Desa per kecamatan) under the summary's headline figures: how many villages have nobody
// covered, then a compact table per kecamatan, those with the most such villages first. The numbers are the
// summary model's (core/summary/villages.ts), the column words the sheet's (VILLAGE_LABELS). Kecamatan names
// can be roster text: they reach the page through h(), as text nodes.
import type { Lang } from '../core/i18n/lang';
import { SUMMARY_SHEET_NAME } from '../core/summary/sheet';
import { type DistrictVillages, VILLAGE_LABELS, type VillageView } from '../core/summary/villages';
import { h } from './dom';
import { formatCount, formatPercent, t } from './i18n';

/** Kecamatan shown in the pane; the rest are on the sheet. */
export const VILLAGE_ROWS = 10;

/** One table row as the pane writes it. */
export interface VillageLine {
  readonly name: string;
  readonly uncovered: string;
  readonly listed: string;
  readonly coverage: string;
}

/** What the pane shows of a village view, in the pane's language. */
export interface VillageDisplay {
  /** "Desa tanpa peserta aktif: 12 dari 45 desa yang tercantum." */
  readonly totalLine: string;
  readonly caption: string;
  readonly headers: VillageLine;
  /** At most `limit` kecamatan: most villages with nobody covered first, then by name. */
  readonly rows: readonly VillageLine[];
  readonly total: VillageLine;
  /** "…dan 3 kecamatan lainnya — lihat lembar "Ringkasan Rakor"." when some are left out, else null. */
  readonly more: string | null;
}

/** Most villages with nobody covered first; ties by name as Indonesian sorts it. */
export function mostUncoveredFirst(rows: readonly DistrictVillages[]): DistrictVillages[] {
  return [...rows].sort((a, b) => b.villagesUncovered - a.villagesUncovered || a.name.localeCompare(b.name, 'id'));
}

export function villageDisplay(view: VillageView, lang: Lang, limit = VILLAGE_ROWS): VillageDisplay {
  const line = (name: string, r: Pick<DistrictVillages, 'villagesUncovered' | 'villagesListed' | 'coverage'>): VillageLine => ({
    name,
    uncovered: formatCount(r.villagesUncovered, lang),
    listed: formatCount(r.villagesListed, lang),
    coverage: formatPercent(r.coverage, lang),
  });
  const sorted = mostUncoveredFirst(view.rows);
  const left = sorted.length - limit;
  return {
    totalLine: t(lang, 'villagesUncovered', {
      uncovered: formatCount(view.total.villagesUncovered, lang),
      listed: formatCount(view.total.villagesListed, lang),
    }),
    caption: VILLAGE_LABELS.title[lang],
    headers: {
      name: VILLAGE_LABELS.district[lang],
      uncovered: VILLAGE_LABELS.uncovered[lang],
      listed: VILLAGE_LABELS.listed[lang],
      coverage: t(lang, 'coverage'),
    },
    rows: sorted.slice(0, limit).map((r) => line(r.name, r)),
    total: line(t(lang, 'villagesTotal'), view.total),
    more: left > 0 ? t(lang, 'villagesMore', { count: formatCount(left, lang), sheet: SUMMARY_SHEET_NAME }) : null,
  };
}

/** The village view's block, or null when the summary has none (no kader or perangkat desa roster with desa names). */
export function renderVillages(view: VillageView | null, lang: Lang): HTMLElement | null {
  if (view === null) return null;
  const d = villageDisplay(view, lang);
  const numbers = (r: VillageLine) => [r.uncovered, r.listed, r.coverage].map((x) => h('td', { class: 'num' }, x));
  return h(
    'div',
    { id: 'villages', class: 'villages' },
    h('p', { id: 'villages-total', class: 'villages-total' }, d.totalLine),
    h(
      'table',
      { class: 'village-table' },
      h('caption', {}, d.caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, d.headers.name),
          h('th', { scope: 'col', class: 'num', 'aria-sort': 'descending' }, d.headers.uncovered),
          h('th', { scope: 'col', class: 'num' }, d.headers.listed),
          h('th', { scope: 'col', class: 'num' }, d.headers.coverage),
        ),
      ),
      h('tbody', {}, ...d.rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.name), ...numbers(r)))),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, d.total.name), ...numbers(d.total))),
    ),
    d.more === null ? null : h('p', { id: 'villages-more', class: 'note' }, d.more),
  );
}
