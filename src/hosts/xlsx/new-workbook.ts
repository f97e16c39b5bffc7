// New workbooks without ExcelJS (which is larger than the whole offline page): plain roster sheets (the demo,
// the empty template, rosters copied into a combined file) written straight as SpreadsheetML, in a package
// the injector (inject.ts) can then add generated sheets to. Text is always an inline string (a name that
// starts with "=" stays text), NIK/KPJ columns are text-formatted, dates are dates (dd-mm-yyyy), Excel errors
// stay errors, the header is bold and frozen. Drop-down lists too long to be written inline go to the
// add-in's hidden list sheet, as the task pane puts them.
import { cellAddress, columnLetter } from '../../core/address';
import { type Cell, isDateCell, isErrorCell } from '../../core/cells';
import { LIST_SHEET_NAME, LIST_TITLE_ROW, listSheetHeadRow, planListColumns, rangeListTitle, validationSource } from '../list-sheet';
import type { RosterSheetInput } from '../port';
import { uniqueSheetName } from '../sheet-names';
import type { PackageModel } from './inject';
import { NS_MAIN, NS_REL, styleKeyOf, xmlText } from './spec-xml';
import { addStyles, MINIMAL_STYLES } from './styles-patch';
import { ZipPackage } from './zip-package';

const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DATE_FORMAT = 'dd-mm-yyyy';

// Style keys in the one format the styles patch reads (spec-xml's styleKeyOf).
const STYLE = {
  text: styleKeyOf({ value: '', numberFormat: '@' }),
  date: styleKeyOf({ value: '', numberFormat: DATE_FORMAT }),
  header: styleKeyOf({ value: '', style: 'header' }),
  headerText: styleKeyOf({ value: '', style: 'header', numberFormat: '@' }),
  title: styleKeyOf({ value: '', style: 'title' }),
} as const;

interface SheetPart {
  readonly name: string;
  readonly xml: string;
  readonly hidden?: boolean;
}

function cellXml(ref: string, c: Cell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (c === null || c === '') return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof c === 'number') return Number.isFinite(c) ? `<c r="${ref}"${s}><v>${c}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  if (typeof c === 'boolean') return `<c r="${ref}"${s} t="b"><v>${c ? 1 : 0}</v></c>`;
  if (isDateCell(c)) return `<c r="${ref}"${s}><v>${c.serial}</v></c>`;
  if (isErrorCell(c)) return `<c r="${ref}"${s} t="e"><v>${xmlText(c.code)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(c)}</t></is></c>`;
}

function worksheetXml(
  input: RosterSheetInput,
  style: (key: string) => number,
  validations: readonly { column: number; fromRow: number; toRow: number; source: string }[],
): string {
  const header = input.headerRow;
  const text = new Set(input.textColumns ?? []);
  const dates = new Set(input.dateColumns ?? []);
  const width = Math.max(
    1,
    input.rows.reduce((w, r) => Math.max(w, r.length), 0),
  );
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`];
  out.push(`<dimension ref="A1:${cellAddress(Math.max(0, input.rows.length - 1), width - 1)}"/>`);
  const frozen = header === undefined ? 0 : header + 1;
  out.push(
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  const columnStyle = (c: number): number => (text.has(c) ? style(STYLE.text) : dates.has(c) ? style(STYLE.date) : 0);
  out.push('<cols>');
  for (let c = 0; c < width; c++) {
    const s = columnStyle(c);
    out.push(`<col min="${c + 1}" max="${c + 1}" width="${input.columnWidths?.[c] ?? 12}" customWidth="1"${s ? ` style="${s}"` : ''}/>`);
  }
  out.push('</cols><sheetData>');
  input.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((c, col) => {
      let s: number;
      if (r === header) s = style(text.has(col) ? STYLE.headerText : STYLE.header);
      else if (header !== undefined && r < header) s = r === 0 && col === 0 ? style(STYLE.title) : 0;
      else if (isDateCell(c) || (dates.has(col) && typeof c === 'number')) s = style(STYLE.date);
      else s = columnStyle(col);
      const x = cellXml(`${columnLetter(col)}${r + 1}`, c, s);
      if (x) cells.push(x);
    });
    if (cells.length) out.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  out.push('</sheetData>');
  if (validations.length) {
    out.push(`<dataValidations count="${validations.length}">`);
    for (const v of validations) {
      const col = columnLetter(v.column);
      const source = v.source.startsWith('=') ? v.source.slice(1) : `"${v.source}"`;
      out.push(
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${col}${v.fromRow + 1}:${col}${v.toRow + 1}"><formula1>${xmlText(source)}</formula1></dataValidation>`,
      );
    }
    out.push('</dataValidations>');
  }
  out.push('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/></worksheet>');
  return out.join('');
}

/**
 * A new workbook holding the roster sheets (names made unique and valid), as a package the injector can add
 * generated sheets to before savePackage writes it.
 */
export function newWorkbook(sheets: readonly RosterSheetInput[]): PackageModel {
  const styles = addStyles(MINIMAL_STYLES, Object.values(STYLE));
  const style = (key: string): number => styles.index.get(key) ?? 0;
  const parts: SheetPart[] = [];
  const names: string[] = [];
  // Lists too long for Excel's inline form go to one hidden list sheet, as the task pane does.
  const ranged = sheets.flatMap((s) =>
    (s.validations ?? []).flatMap((v) => {
      const title = rangeListTitle(v, s.headerRow !== undefined ? s.rows[s.headerRow] : undefined);
      return title === undefined ? [] : [{ title, values: v.values }];
    }),
  );
  const lists = ranged.length
    ? {
        name: uniqueSheetName(
          LIST_SHEET_NAME,
          sheets.map((s) => s.name),
        ),
        planned: planListColumns([], ranged),
      }
    : undefined;
  for (const s of sheets) {
    const name = uniqueSheetName(s.name, [...names, ...(lists ? [lists.name] : [])]);
    names.push(name);
    const header = s.headerRow !== undefined ? s.rows[s.headerRow] : undefined;
    const fromRow = (s.headerRow ?? -1) + 1;
    const validations = (s.validations ?? []).map((v) => ({
      column: v.column,
      fromRow,
      toRow: v.toRow,
      source: validationSource(v.values, rangeListTitle(v, header), lists),
    }));
    parts.push({ name, xml: worksheetXml(s, style, validations) });
  }
  if (lists) {
    const rows: Cell[][] = [listSheetHeadRow()];
    for (const p of lists.planned)
      [p.title, ...p.values].forEach((v, i) => {
        const r = LIST_TITLE_ROW + i;
        while (rows.length <= r) rows.push([]);
        while (rows[r].length < p.column) rows[r].push(null);
        rows[r][p.column] = v;
      });
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    parts.push({
      name: lists.name,
      hidden: true,
      xml: worksheetXml({ name: lists.name, rows, textColumns: Array.from({ length: width }, (_, i) => i) }, style, []),
    });
  }
  return packageOf(parts, styles.xml);
}

function packageOf(sheets: readonly SheetPart[], stylesXml: string): PackageModel {
  const zip = ZipPackage.create();
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  // The content types and the workbook come first in the zip, as Excel writes them; savePackage fills them in.
  zip.set('[Content_Types].xml', '');
  zip.set('xl/workbook.xml', '');
  zip.set(
    '_rels/.rels',
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.set('xl/styles.xml', stylesXml);
  const rels = [{ id: 'rId1', type: `${REL}/styles`, target: 'styles.xml', external: false }];
  const tags: PackageModel['sheets'][number][] = [];
  sheets.forEach((s, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    zip.set(part, s.xml);
    const rId = `rId${i + 2}`;
    rels.push({ id: rId, type: `${REL}/worksheet`, target: `worksheets/sheet${i + 1}.xml`, external: false });
    const tag = `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="${rId}"/>`;
    tags.push({ name: s.name, sheetId: i + 1, rId, part, tag });
  });
  const firstVisible = Math.max(
    0,
    sheets.findIndex((s) => !s.hidden),
  );
  const workbookXml =
    `${head}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView activeTab="${firstVisible}"/></bookViews>` +
    `<sheets>${tags.map((t) => t.tag).join('')}</sheets><calcPr calcId="191029"/></workbook>`;
  const contentTypes =
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    tags.map((t) => `<Override PartName="/${t.part}" ContentType="${CT}.worksheet+xml"/>`).join('') +
    '</Types>';
  return { zip, workbookPart: 'xl/workbook.xml', workbookXml, rels, contentTypes, sheets: tags };
}
