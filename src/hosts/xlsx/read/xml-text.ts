// Text out of XML bytes: UTF-8 decoding (short ASCII runs without a decoder call), the five XML entities
// and numeric character references, and the _xHHHH_ escapes Excel adds on top.

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

/**
 * Excel writes characters XML cannot hold (a carriage return pasted with a name, say) as _xHHHH_, and a
 * literal "_x" as "_x005F_x". Decoded here so roster text reads as typed.
 */
export function decodeExcelEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const utf8 = new TextDecoder('utf-8');
/** Runs up to this long are built without a TextDecoder call (which costs more than the copy for short text). */
const SHORT_RUN = 48;

/** UTF-8 bytes [start, end) as a string (invalid sequences become U+FFFD, as browsers and Excel show them). */
export function utf8Text(buf: Uint8Array, start: number, end: number): string {
  const length = end - start;
  if (length <= 0) return '';
  if (length <= SHORT_RUN) {
    let ascii = true;
    for (let i = start; i < end; i++)
      if (buf[i] >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii) return String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  }
  return utf8.decode(buf.subarray(start, end));
}

/** XML text bytes as a string: UTF-8 decoded, entities resolved (CDATA is taken literally). */
export function xmlText(buf: Uint8Array, start: number, end: number, cdata = false): string {
  const text = utf8Text(buf, start, end);
  return cdata ? text : decodeEntities(text);
}
