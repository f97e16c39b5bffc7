// Building the pane's elements. Every text reaches the page through text nodes, never innerHTML.

type Attrs = Record<string, string | boolean | undefined>;

/** Creates an element; children strings become text nodes (never parsed as HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

/** A pane button; the app disables every `.btn` while an action runs. */
export function button(id: string, label: string, onClick: () => void, kind: 'primary' | 'secondary' = 'secondary'): HTMLButtonElement {
  const b = h('button', { id, type: 'button', class: `btn ${kind}` }, label);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * A scrolling box for content without controls of its own (a table): focusable and named, so keyboard users can
 * scroll it (axe: scrollable-region-focusable); its focus ring is drawn inside, where the box cannot clip it.
 */
export function scrollRegion(label: string, ...children: Node[]): HTMLDivElement {
  return h('div', { class: 'scroll-region', tabindex: '0', role: 'region', 'aria-label': label }, ...children);
}
