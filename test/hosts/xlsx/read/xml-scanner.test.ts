import fc from 'fast-check';
import { ReadLimitError } from '../../../../src/hosts/xlsx/read/limits';
import { XmlByteScanner, type XmlByteHandler } from '../../../../src/hosts/xlsx/read/xml-scanner';
import { xmlText } from '../../../../src/hosts/xlsx/read/xml-text';

/** Records every event as text, wanting the text inside <t> only. */
class Recorder implements XmlByteHandler {
  readonly events: string[] = [];
  private depth = 0;
  open(name: number, buf: Uint8Array, attrs: Int32Array, count: number, end: number): number {
    const list: string[] = [];
    for (let k = 0; k < 4 * count; k += 4) list.push(`${xmlText(buf, attrs[k], attrs[k + 1])}=${xmlText(buf, attrs[k + 2], attrs[k + 3])}`);
    this.events.push(`open ${name} [${list.join(' ')}]`);
    if (name === 1) this.depth++;
    return end;
  }
  close(name: number): void {
    this.events.push(`close ${name}`);
    if (name === 1) this.depth--;
  }
  wantsText(): boolean {
    return this.depth > 0;
  }
  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    this.events.push(`text ${xmlText(buf, start, end, cdata)}`);
  }
}

const limits = { maxMarkupBytes: 1000, maxTextBytes: 100, textLimitError: () => new ReadLimitError('maxCellChars', { id: 'x', en: 'x' }) };

function scan(xml: string | Uint8Array, chunk: number, names = ['row', 't'], lim = limits): string[] {
  const bytes = typeof xml === 'string' ? new TextEncoder().encode(xml) : xml;
  const recorder = new Recorder();
  const scanner = new XmlByteScanner(names, recorder, lim);
  for (let i = 0; i < bytes.length; i += chunk) scanner.write(bytes.subarray(i, i + chunk));
  scanner.end();
  return recorder.events;
}

describe('XmlByteScanner', () => {
  it('reports tags by id (prefixes ignored), attributes raw, wanted text decoded, and skips comments, PIs and DOCTYPE', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x:row r="1" note=\'a>b\'><!-- <t>no</t> -->' +
      '<t>Kab. &amp; <![CDATA[<Kubu>]]> Raya &#x41;</t><other/></x:row>';
    expect(scan(xml, 1000)).toEqual([
      'open 0 [r=1 note=a>b]',
      'open 1 []',
      'text Kab. & ',
      'text <Kubu>',
      'text  Raya A',
      'close 1',
      'open -1 []',
      'close -1',
      'close 0',
    ]);
  });

  it('gives the same events however the bytes are split (multi-byte characters and markup included)', () => {
    const part = fc.oneof(
      fc.constantFrom(
        '<row r="1">',
        '</row>',
        '<t>',
        '</t>',
        '<t xml:space="preserve">',
        '<!-- c -->',
        '<![CDATA[x<y]]>',
        '<?pi x?>',
        '<c r="A1"/>',
      ),
      fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => s.replace(/[<&]/g, '')),
      fc.constantFrom('&amp;', '&#233;', 'Ünal 李'),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), fc.integer({ min: 1, max: 17 }), (parts, chunk) => {
        // Wanted text is only text inside <t>: keep the document well formed around it.
        const xml = `<row>${parts.join('')}</row>`.replace(/<t[^>]*>(?![^<]*<\/t>)/g, '');
        let expected: string[];
        try {
          expected = scan(xml, xml.length + 1);
        } catch {
          return; // unfinished markup: not a document
        }
        expect(scan(xml, chunk)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same events with large chunks and tokens longer than the bytes a carried token is first finished with', () => {
    const big = { ...limits, maxMarkupBytes: 1_000_000, maxTextBytes: 1_000_000 };
    const part = fc.oneof(
      fc.integer({ min: 0, max: 30_000 }).map((n) => `<row r="1" note="${'x'.repeat(n)}">`),
      fc.integer({ min: 0, max: 30_000 }).map((n) => `<t>${'é'.repeat(n >> 1)}${'y'.repeat(n)}</t>`),
      fc.integer({ min: 0, max: 30_000 }).map((n) => `<!--${'-'.repeat(n).replace(/--/g, '- ')}-->`),
      fc.integer({ min: 0, max: 30_000 }).map((n) => `<t><![CDATA[${'z'.repeat(n)}]]></t>`),
      fc.constantFrom('</row>', '<c r="A1"/>', '<t>kecil</t>'),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.integer({ min: 4_000, max: 70_000 }), (parts, chunk) => {
        const xml = `<row>${parts.join('')}</row>`;
        expect(scan(xml, chunk, ['row', 't'], big)).toEqual(scan(xml, xml.length * 4, ['row', 't'], big));
      }),
      { numRuns: 60 },
    );
  });

  it('skips unwanted text of any length without keeping it (linear: 50 MB in 1 KB chunks)', () => {
    const bytes = new Uint8Array(50_000_000).fill(0x78);
    bytes.set(new TextEncoder().encode('<row>'), 0);
    bytes.set(new TextEncoder().encode('</row>'), bytes.length - 6);
    expect(scan(bytes, 1024)).toEqual(['open 0 []', 'close 0']);
  });

  it('refuses wanted text and markup that outgrow their limits while split across chunks', () => {
    expect(() => scan(`<t>${'7'.repeat(1000)}</t>`, 10)).toThrow(ReadLimitError);
    expect(scan(`<t>${'7'.repeat(100)}</t>`, 10)).toEqual(['open 1 []', `text ${'7'.repeat(100)}`, 'close 1']);
    expect(() => scan(`<row a="${'x'.repeat(5000)}">`, 64)).toThrow(/longer than/);
    expect(() => scan(`<!--${'x'.repeat(5000)}-->`, 64)).toThrow(/longer than/);
  });

  it('throws when the document ends inside a tag', () => {
    expect(() => scan('<row><t>abc</t><ro', 4)).toThrow('XML ends inside a tag');
  });
});
