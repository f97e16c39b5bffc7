// A small streaming XML tokenizer for worksheet parts: start tags (attributes handed over raw, parsed
// only where needed), text, CDATA and end tags; comments, processing instructions and DOCTYPE skipped.
// A worksheet holds millions of tags, and this does a fraction of a general parser's work per tag.

export interface XmlHandler {
  /** A start tag; `attributes` is the raw text after the name ("r=\"A1\" t=\"s\""). */
  open(name: string, attributes: string, selfClosing: boolean): void;
  /** Whether text is wanted now (whitespace between tags is skipped without being sliced). */
  readonly wantsText: boolean;
  /** Text between tags, entities already decoded. */
  text(text: string): void;
  close(name: string): void;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e] ?? whole;
  });
}

/** Calls `visit` for each attribute of a start tag's raw attribute text, values decoded; stops at malformed text. */
export function eachAttribute(raw: string, visit: (name: string, value: string) => void): void {
  const n = raw.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && raw.charCodeAt(i) !== 61 /* = */ && !isSpace(raw.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    if (nameEnd === nameStart || raw.charCodeAt(i) !== 61) return;
    i++;
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    const quote = raw.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return;
    const valueEnd = raw.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (valueEnd < 0) return;
    visit(raw.slice(nameStart, nameEnd), decodeEntities(raw.slice(i + 1, valueEnd)));
    i = valueEnd + 1;
  }
}

/** Attributes of a start tag as name → decoded value. */
export function parseAttributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  eachAttribute(raw, (name, value) => {
    out[name] = value;
  });
  return out;
}

/** Index of the ">" ending the tag that starts at `from`, skipping quoted attribute values; -1 if not yet in the text. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) {
      quote = ch;
    } else if (ch === 62) {
      return i;
    }
  }
  return -1;
}

const isSpace = (ch: number): boolean => ch === 32 || ch === 9 || ch === 10 || ch === 13;

export class XmlScanner {
  private pending = '';

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const s = this.pending.length > 0 ? this.pending + chunk : chunk;
    const h = this.handler;
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text may continue in the next chunk: keep it until its end is seen.
        this.pending = s.slice(i);
        return;
      }
      if (lt > i && h.wantsText) h.text(decodeEntities(s.slice(i, lt)));
      const next = s.charCodeAt(lt + 1);
      if (Number.isNaN(next)) {
        this.pending = s.slice(lt);
        return;
      }
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const [opener, closer] = s.startsWith('<![CDATA[', lt)
          ? ['<![CDATA[', ']]>']
          : s.startsWith('<!--', lt)
            ? ['<!--', '-->']
            : next === 63
              ? ['<?', '?>']
              : ['<!', '>'];
        if (s.length - lt < opener.length && opener.startsWith(s.slice(lt))) {
          this.pending = s.slice(lt);
          return;
        }
        const end = s.indexOf(closer, lt + opener.length);
        if (end < 0) {
          this.pending = s.slice(lt);
          return;
        }
        if (opener === '<![CDATA[' && h.wantsText) h.text(s.slice(lt + opener.length, end));
        i = end + closer.length;
        continue;
      }
      const gt = tagEnd(s, lt + 1);
      if (gt < 0) {
        this.pending = s.slice(lt);
        return;
      }
      if (next === 47 /* / */) {
        h.close(s.slice(lt + 2, gt).trim());
      } else {
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        const bodyEnd = selfClosing ? gt - 1 : gt;
        let nameEnd = lt + 1;
        while (nameEnd < bodyEnd && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
        const name = s.slice(lt + 1, nameEnd);
        h.open(name, nameEnd < bodyEnd ? s.slice(nameEnd + 1, bodyEnd) : '', selfClosing);
        if (selfClosing) h.close(name);
      }
      i = gt + 1;
    }
  }

  /** Throws when the document stopped inside a tag (a damaged or truncated part). */
  end(): void {
    const rest = this.pending;
    this.pending = '';
    if (rest.indexOf('<') >= 0) throw new Error('XML ends inside a tag');
  }
}
