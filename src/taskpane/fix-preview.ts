// Draws the Fix preview (fixes grouped by kind, a checkbox and a count per group, each cell with its sheet and
// column header, the value now and after) and the Undo bar. Rendering only; fixes.ts says what is in them.
import { pick, type Lang } from '../core/i18n/lang';
import type { PaneState } from './actions';
import { button, h } from './dom';
import { type FixGroup, type FixGroupKey, chosenFixes, groupFixes } from './fixes';
import { formatCount, t, type MessageKey } from './i18n';

/** Rows listed per group; the rest are counted (all of them are applied). */
const FIX_ROWS_SHOWN = 100;

export interface FixHandlers {
  readonly fixChoose: (key: FixGroupKey, chosen: boolean) => void;
  readonly fixShowCells: (key: FixGroupKey, open: boolean) => void;
  readonly fixApply: () => void;
  readonly fixCancel: () => void;
  readonly fixUndo: () => void;
}

const label = (lang: Lang) => (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);

/** The preview panel (hidden when no preview is open). */
export function renderFixPreview(state: Readonly<PaneState>, on: FixHandlers): HTMLElement {
  const { lang, fixes, fixChosen } = state;
  const L = label(lang);
  const panel = h('div', { id: 'fix-preview', class: 'fix-preview', role: 'region', 'aria-labelledby': 'h-fix' });
  if (!fixes.length) {
    panel.hidden = true;
    return panel;
  }
  const groups = groupFixes(fixes);
  const chosen = chosenFixes(fixes, fixChosen).length;
  panel.append(
    h('h3', { id: 'h-fix', tabindex: '-1' }, L('fixTitle')),
    h('p', {}, L('fixIntro', { count: formatCount(fixes.length, lang) })),
    h('fieldset', { class: 'fix-groups' }, h('legend', {}, L('fixGroupsLegend')), ...groups.map((g) => renderGroup(g, state, on))),
    h(
      'div',
      { class: 'row' },
      button('fix-apply', L('fixApply', { count: formatCount(chosen, lang) }), on.fixApply, 'primary'),
      button('fix-cancel', L('cancel'), on.fixCancel),
    ),
  );
  return panel;
}

function renderGroup(group: FixGroup, state: Readonly<PaneState>, on: FixHandlers): HTMLElement {
  const { lang } = state;
  const L = label(lang);
  const id = `fix-group-${group.key.replace(/[^a-z0-9-]/gi, '-')}`;
  const title = pick(group.title, lang);
  const count = formatCount(group.fixes.length, lang);
  const box = h('input', {
    type: 'checkbox',
    id,
    class: 'fix-choose',
    'data-group': group.key,
    checked: state.fixChosen.has(group.key),
    'aria-describedby': group.description ? `${id}-about` : undefined,
  });
  box.addEventListener('change', () => on.fixChoose(group.key, box.checked));
  const rows = group.fixes
    .slice(0, FIX_ROWS_SHOWN)
    .map((f) =>
      h(
        'tr',
        { 'data-sheet': f.sheet, 'data-cell': f.cell },
        h(
          'th',
          { scope: 'row', class: 'where', title: `${f.sheet}!${f.cell}` },
          h('span', { class: 'addr' }, f.cell),
          ' ',
          h('span', { class: 'place' }, `${f.sheet} › ${f.column}`),
        ),
        h('td', { class: 'old' }, JSON.stringify(f.expectedOld)),
        h('td', { class: 'new' }, f.fix.value),
      ),
    );
  if (group.fixes.length > FIX_ROWS_SHOWN)
    rows.push(
      h(
        'tr',
        {},
        h('td', { colspan: '3', class: 'more' }, L('fixMore', { count: formatCount(group.fixes.length - FIX_ROWS_SHOWN, lang) })),
      ),
    );
  const cells = h(
    'details',
    { class: 'fix-cells', open: state.fixOpen.has(group.key) },
    h('summary', {}, L('fixShowCells', { count })),
    h(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': L('fixCellsOf', { title }) },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, L('fixWhere')),
            h('th', { scope: 'col' }, L('fixOld')),
            h('th', { scope: 'col' }, L('fixNew')),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
  );
  cells.addEventListener('toggle', () => {
    if (cells.open !== state.fixOpen.has(group.key)) on.fixShowCells(group.key, cells.open);
  });
  return h(
    'div',
    { class: 'fix-group', 'data-group': group.key },
    h('div', { class: 'fix-choice' }, box, h('label', { for: id }, title, ' ', h('span', { class: 'badge' }, count))),
    group.description ? h('p', { id: `${id}-about`, class: 'fix-about' }, pick(group.description, lang)) : null,
    cells,
  );
}

/** "Batalkan perbaikan terakhir" with what it undoes; empty when the workbook has no fix to undo. */
export function renderUndo(state: Readonly<PaneState>, on: FixHandlers): HTMLElement {
  const { lang, undoable } = state;
  const bar = h('div', { id: 'undo-bar', class: 'undo-bar' });
  const last = undoable[undoable.length - 1];
  if (!last) {
    bar.hidden = true;
    return bar;
  }
  bar.append(
    h(
      'p',
      { id: 'undo-note', class: 'note' },
      t(lang, 'undoNote', { count: formatCount(last.cells, lang), batches: formatCount(undoable.length, lang) }),
    ),
    h('div', { class: 'row' }, button('undo-fix', t(lang, 'undoButton'), on.fixUndo)),
  );
  return bar;
}
