// Text from a file (sheet and table names, headers, cell values inside messages, file names) reaches the
// terminal only through here. main.ts passes everything the command writes, human report, --json and the
// stderr line alike, through terminalSafe(); the reports also put each field through oneLine() so that a
// header typed on two lines stays on one line of the report.

/**
 * What a terminal acts on, or what reorders the text around it: C0 controls (ESC, BEL, CR… but not the
 * newline that ends our own lines), DEL, C1 controls (U+0080–U+009F; U+009B is an 8-bit CSI), the line and
 * paragraph separators, bidirectional marks (U+061C, U+200E, U+200F), embeddings and overrides
 * (U+202A–U+202E) and isolates (U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Line breaks and tabs inside one field: a space in the report. */
// eslint-disable-next-line no-control-regex -- as above
const BREAKS = /[\t\n\u000b\f\r\u0085\u2028\u2029]+/g;

const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Every unsafe character written as the six visible characters `\uXXXX`. Inside JSON strings that is the
 * JSON escape of the same character, so `--json` output parses back to exactly the text of the file;
 * in the human report the reader sees that something odd is there, and the terminal does nothing with it.
 */
export const terminalSafe = (text: string): string => text.replace(UNSAFE, escaped);

/** One field of the human report: on one line, unsafe characters escaped. */
export const oneLine = (text: string): string => terminalSafe(text.replace(BREAKS, ' '));
