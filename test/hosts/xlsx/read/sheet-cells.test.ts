import fc from 'fast-check';
import { dateCell, errorCell } from '../../../../src/core/cells';
import { defaultLimits } from '../../../../src/hosts/xlsx/read/limits';
import { DATE1904_OFFSET, SheetCellsParser, type SheetCellsContext } from '../../../../src/hosts/xlsx/read/sheet-cells';

const context: SheetCellsContext = {
  sharedStrings: ['Nama', 'Kab. Kubu Raya', ''],
  isDateStyle: (s: number) => s === 2,
  date1904: false,
  limits: defaultLimits(0),
};

/** Feeds XML in small byte chunks so tags, entities and multi-byte characters are split across writes. */
function parse(xml: string, ctx = context, chunk = 7) {
  const parser = new SheetCellsParser(ctx);
  const bytes = Buffer.from(xml, 'utf8');
  for (let i = 0; i < bytes.length; i += chunk) parser.write(bytes.subarray(i, i + chunk));
  return parser.end();
}

const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe('SheetCellsParser', () => {
  it('reads inline rich text whole, without phonetic runs', () => {
    const out = parse(
      sheet(
        '<row r="2"><c r="B2" t="inlineStr"><is><r><t>Kab. </t></r><r><t xml:space="preserve">Kubu Raya</t></r><rPh><t>ふりがな</t></rPh></is></c></row>',
      ),
    );
    expect(out.firstRow).toBe(1);
    expect(out.rows).toEqual([[null, 'Kab. Kubu Raya']]);
  });

  it('decodes the _xHHHH_ escapes Excel writes for characters XML cannot hold', () => {
    const out = parse(
      sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Dewi_x000D_\nLestari</t></is></c><c r="B1" t="str"><f>A1</f><v>kode_x005F_x0041_</v></c></row>',
      ),
    );
    expect(out.rows[0]).toEqual(['Dewi\r\nLestari', 'kode_x0041_']);
  });

  it('keeps multi-byte text and entities intact across chunk boundaries', () => {
    const out = parse(sheet('<row r="1"><c r="A1" t="str"><f>A2</f><v>Ünal &amp; Çelik 李 &lt;Pontianak&gt;</v></c></row>'), context, 3);
    expect(out.rows[0][0]).toBe('Ünal & Çelik 李 <Pontianak>');
  });

  it('maps shared strings, booleans, errors, formula error results, ISO dates and styled dates', () => {
    const out = parse(
      sheet(
        '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#DIV/0!</v></c>' +
          '<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1" t="d"><v>2024-03-01</v></c><c r="F1" s="2"><v>45352</v></c>' +
          '<c r="G1" s="1"><v>45352</v></c><c r="H1" t="s"><v>2</v></c><c r="I1"><f>X1</f></c></row>',
      ),
    );
    expect(out.rows[0]).toEqual([
      'Kab. Kubu Raya',
      true,
      errorCell('#DIV/0!'),
      errorCell('#DIV/0!'),
      dateCell(45352),
      dateCell(45352),
      45352,
    ]);
  });

  it('shifts 1904-system serials onto the 1900 system', () => {
    const out = parse(sheet('<row r="1"><c r="A1" s="2"><v>100</v></c></row>'), { ...context, date1904: true });
    expect(out.rows[0][0]).toEqual(dateCell(100 + DATE1904_OFFSET));
  });

  it('handles prefixed element names, missing references and rows out of order', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="5"><x:c><x:v>5</x:v></x:c><x:c><x:v>6</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c r="C3"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const out = parse(xml);
    expect(out.firstRow).toBe(2);
    expect(out.rows).toEqual([[null, null, 3], [], [5, 6]]);
    expect(out.width).toBe(3);
  });

  it('drops formatted but empty cells and rows, so a sheet formatted to row 1,048,576 stays small', () => {
    const out = parse(
      sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"/></row><row r="1048576" s="3"><c r="A1048576" s="3"/></row>'),
    );
    expect(out.rows).toEqual([['Nama']]);
  });
});

describe('chunk boundaries never change what is read', () => {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const text = fc.string({ unit: 'grapheme', maxLength: 12 });
  const cellXml = fc.oneof(
    text.map((t) => `<c r="@" t="inlineStr"><is><t xml:space="preserve">${escape(t)}</t></is></c>`),
    text.map((t) => `<c r="@" t="str"><f>A1&amp;"x"</f><v>${escape(t)}</v></c>`),
    text.map((t) => `<c r="@" t="inlineStr"><is><t><![CDATA[${t.replace(/]]>/g, '')}]]></t></is></c>`),
    fc.integer().map((n) => `<c r="@"><v>${n}</v></c>`),
    fc.integer({ min: 0, max: 2 }).map((i) => `<c r="@" t="s"><v>${i}</v></c>`),
    fc.constant('<c r="@" t="e"><v>#N/A</v></c>'),
    fc.constant('<!-- catatan --><c r="@" s="2"><v>45352</v></c>'),
    fc.constant('<c r="@" s="3"/>'),
    fc.constant('<c s="1" r="@"  t = "n" ><v>7</v></c>'),
    fc.constant(`<c r="@" t='s'><v>1</v></c>`),
  );
  it('parses the same in one piece and in random pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellXml, { maxLength: 6 }), { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), (rows, chunk) => {
        const body = rows
          .map(
            (cells, r) =>
              `<row r="${r + 1}" spans="1:6">${cells.map((c, i) => c.replace('@', `${String.fromCharCode(65 + i)}${r + 1}`)).join('')}</row>`,
          )
          .join('\n');
        const xml = sheet(body);
        expect(parse(xml, context, chunk)).toEqual(parse(xml, context, xml.length * 4));
      }),
      { numRuns: 300 },
    );
  });

  it('parses the same in large pieces (each a few KB to tens of KB) of a long sheet', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellXml, { maxLength: 8 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 4_000, max: 40_000 }),
        (rows, chunk) => {
          const body = Array.from({ length: 300 }, (_, k) => {
            const cells = rows[k % rows.length];
            return `<row r="${k + 1}">${cells.map((c, i) => c.replace('@', `${String.fromCharCode(65 + i)}${k + 1}`)).join('')}</row>`;
          }).join('');
          const xml = sheet(body);
          expect(parse(xml, context, chunk)).toEqual(parse(xml, context, xml.length * 4));
        },
      ),
      { numRuns: 60 },
    );
  });
});
