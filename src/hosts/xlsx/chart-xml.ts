// SpecChart → DrawingML: the drawing part that places a chart on the sheet and the chart part itself (a
// clustered bar or column chart over ranges of the same sheet). The chart carries the core's numbers as its
// cache, so a viewer that does not recalculate still draws it; Excel and LibreOffice refresh it from the cells.
import { parseCellAddress } from '../../core/address';
import type { SheetSpec, SpecChart, SpecValue } from '../../core/sheet-spec';
import { NS_REL, xmlText } from './spec-xml';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** English Metric Units per point. */
const EMU_PER_POINT = 12_700;
const SERIES_COLOURS = ['2E75B6', 'ED7D31', 'A5A5A5', 'FFC000'];

/** "A22:A35" → its cells, top to bottom then left to right. */
function cellsOf(range: string): { row: number; col: number }[] {
  const [a, b = a] = range.split(':').map((x) => parseCellAddress(x.replace(/\$/g, '')));
  const out: { row: number; col: number }[] = [];
  for (let col = a.col; col <= b.col; col++) for (let row = a.row; row <= b.row; row++) out.push({ row, col });
  return out;
}

const absolute = (range: string): string =>
  range
    .split(':')
    .map((x) => x.replace(/\$/g, '').replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');

function shownValue(spec: SheetSpec, at: { row: number; col: number }): SpecValue {
  const c = spec.rows[at.row]?.[at.col];
  if (!c) return null;
  return c.formula !== undefined ? (c.expected ?? null) : (c.value ?? null);
}

function strRef(spec: SheetSpec, sheetRef: string, range: string): string {
  const pts = cellsOf(range).map((at, i) => {
    const v = shownValue(spec, at);
    return v === null ? '' : `<c:pt idx="${i}"><c:v>${xmlText(String(v))}</c:v></c:pt>`;
  });
  return `<c:strRef><c:f>${xmlText(`${sheetRef}!${absolute(range)}`)}</c:f><c:strCache><c:ptCount val="${pts.length}"/>${pts.join('')}</c:strCache></c:strRef>`;
}

function numRef(spec: SheetSpec, sheetRef: string, range: string, format: string): string {
  const pts = cellsOf(range).map((at, i) => {
    const v = shownValue(spec, at);
    return typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '';
  });
  return (
    `<c:numRef><c:f>${xmlText(`${sheetRef}!${absolute(range)}`)}</c:f><c:numCache><c:formatCode>${xmlText(format)}</c:formatCode>` +
    `<c:ptCount val="${pts.length}"/>${pts.join('')}</c:numCache></c:numRef>`
  );
}

const rich = (text: string, size: number, bold: boolean): string =>
  `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
  `<a:r><a:rPr lang="id-ID" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich>`;

/** The chart part for one SpecChart; `sheetRef` is the quoted sheet name its ranges are on. */
export function chartXml(spec: SheetSpec, chart: SpecChart, sheetRef: string): string {
  const format = chart.valueFormat ?? 'General';
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/><c:cat>${strRef(spec, sheetRef, chart.categories)}</c:cat>` +
        `<c:val>${numRef(spec, sheetRef, s.values, format)}</c:val></c:ser>`,
    )
    .join('');
  const horizontal = chart.type === 'bar';
  // Horizontal bars list the first category on top (reverse order), with the value axis kept at the bottom.
  const catAx =
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>' +
    '<c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="${xmlText(format)}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="500000001"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_REL}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx>${rich(chart.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `${catAx}${valAx}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart></c:chartSpace>'
  );
}

const marker = (tag: 'from' | 'to', cell: string): string => {
  const { row, col } = parseCellAddress(cell.replace(/\$/g, ''));
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
};

/** The drawing part placing each chart (relationship ids rIdChart1...); spanning anchor→to, else anchor + size. */
export function drawingXml(charts: readonly SpecChart[], relIds: readonly string[]): string {
  const anchors = charts.map((ch, i) => {
    const frame =
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(`Chart ${i + 1}`)}" descr="${xmlText(ch.title)}"/>` +
      '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relIds[i]}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/>';
    if (ch.to) return `<xdr:twoCellAnchor editAs="oneCell">${marker('from', ch.anchor)}${marker('to', ch.to)}${frame}</xdr:twoCellAnchor>`;
    const cx = Math.round((ch.width ?? 480) * EMU_PER_POINT);
    const cy = Math.round((ch.height ?? 288) * EMU_PER_POINT);
    return `<xdr:oneCellAnchor>${marker('from', ch.anchor)}<xdr:ext cx="${cx}" cy="${cy}"/>${frame}</xdr:oneCellAnchor>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_REL}">` +
    `${anchors.join('')}</xdr:wsDr>`
  );
}
