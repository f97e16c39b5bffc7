// What Excel adds to a workbook when it saves it, for tests of files Excel users hand us back.
import * as fs from 'node:fs';
import JSZip from 'jszip';
import { openPackage } from '../../src/hosts/xlsx/inject';

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const CT_CALC_CHAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml';

/**
 * Writes `output`: `input` with xl/calcChain.xml listing every formula cell by sheet id, with its relationship
 * and content type, as Excel saves it. `extra` lists cells that stop holding formulas once a generated sheet is
 * replaced. Returns how many cells the chain lists.
 */
export async function withCalcChain(
  input: string,
  output: string,
  extra: readonly { sheetId: number; cell: string }[] = [],
): Promise<number> {
  const zip = await JSZip.loadAsync(fs.readFileSync(input));
  const pkg = await openPackage(fs.readFileSync(input));
  const cells: string[] = [];
  for (const sheet of pkg.sheets) {
    const xml = await zip.file(sheet.part)!.async('string');
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>).)*?<f[\s>]/gs)) cells.push(`<c r="${m[1]}" i="${sheet.sheetId}"/>`);
  }
  for (const x of extra) cells.push(`<c r="${x.cell}" i="${x.sheetId}"/>`);
  zip.file(
    'xl/calcChain.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cells.join('')}</calcChain>`,
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace('</Relationships>', `<Relationship Id="rIdCalc9" Type="${NS_REL}/calcChain" Target="calcChain.xml"/></Relationships>`),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', `<Override PartName="/xl/calcChain.xml" ContentType="${CT_CALC_CHAIN}"/></Types>`),
  );
  fs.writeFileSync(output, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return cells.length;
}
