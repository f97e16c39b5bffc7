import fc from 'fast-check';
import { defaultLimits } from '../../../../src/hosts/xlsx/read/limits';
import { SharedStringsParser } from '../../../../src/hosts/xlsx/read/shared-strings';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function parse(xml: string, chunk: number): (string | null)[] {
  const parser = new SharedStringsParser(defaultLimits(0));
  const bytes = new TextEncoder().encode(xml);
  for (let i = 0; i < bytes.length; i += chunk) parser.write(bytes.subarray(i, i + chunk));
  return parser.end();
}

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('SharedStringsParser', () => {
  it('joins rich-text runs, leaves phonetic runs out, decodes entities and Excel escapes', () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="4" uniqueCount="4">` +
      '<si><t>Kabupaten Kubu Raya</t></si>' +
      '<si><r><rPr><b/></rPr><t>Kab. </t></r><r><t xml:space="preserve">Sambas &amp; Sekitarnya</t></r><rPh sb="0" eb="1"><t>かぶ</t></rPh></si>' +
      '<si><t>Dewi_x000D_\nLestari</t></si>' +
      '<si><t/></si><x:si xmlns:x="a"><x:t><![CDATA[<Ünal>]]></x:t></x:si></sst>';
    expect(parse(xml, 1000)).toEqual(['Kabupaten Kubu Raya', 'Kab. Sambas & Sekitarnya', 'Dewi\r\nLestari', null, '<Ünal>']);
  });

  it('reads the same strings however the bytes are split, ASCII or not', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Kubu Raya ', 'é', '李', '&', '<', '🙂', ' '), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 50 }),
        (items, chunk) => {
          const xml =
            `<sst xmlns="${NS}">` +
            items.map((runs) => `<si>${runs.map((r) => `<r><t xml:space="preserve">${escape(r)}</t></r>`).join('')}</si>`).join('\n') +
            '</sst>';
          const expected = items.map((runs) => (runs.join('') === '' ? null : runs.join('')));
          expect(parse(xml, chunk)).toEqual(expected);
          expect(parse(xml, xml.length * 4)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the same strings in large pieces of a long table, plain and rich items mixed', () => {
    const item = fc.oneof(
      fc
        .string({ unit: fc.constantFrom('a', 'Kubu Raya ', 'é', '&', ' '), maxLength: 30 })
        .map((t) => ({ xml: `<si><t>${escape(t)}</t></si>`, text: t })),
      fc.constantFrom(
        { xml: '<si><r><t>Kab. </t></r><r><t>Sambas</t></r></si>', text: 'Kab. Sambas' },
        { xml: '<si><t xml:space="preserve"> L </t></si>', text: ' L ' },
      ),
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 10 }), fc.integer({ min: 4_000, max: 30_000 }), (items, chunk) => {
        const all = Array.from({ length: 2_000 }, (_, k) => items[k % items.length]);
        const xml = `<sst xmlns="${NS}">${all.map((i) => i.xml).join('\n')}</sst>`;
        expect(parse(xml, chunk)).toEqual(all.map((i) => (i.text === '' ? null : i.text)));
      }),
      { numRuns: 40 },
    );
  });

  it('reads strings far apart in the XML (where cutting them from chunks would keep too much alive) all the same', () => {
    // 300 chunks kept alive for 300 short strings would pass the allowance (16 MB): cutting stops on the way.
    const items = Array.from({ length: 300 }, (_, i) => `Puskesmas Nomor ${i}`);
    const padding = ' '.repeat(70_000);
    const xml = `<sst xmlns="${NS}">${items.map((t) => `<si><t>${t}</t></si>${padding}`).join('')}</sst>`;
    expect(parse(xml, 65_536)).toEqual(items);
  });
});
