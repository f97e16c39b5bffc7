import { quoteSheetName } from '../../src/core/address';

describe('quoteSheetName: every name Excel would quote in a formula', () => {
  it.each([
    // R1C1-shaped: in R1C1 mode Excel reads these as references
    'R1C1',
    'R',
    'C',
    'RC',
    'R4C',
    'RC2',
    'r1c1',
    'R2D2',
    'C3PO',
    'rc',
    // A1-shaped: a cell address
    'A1',
    'XFD1048576',
    'ab12',
    'Sum2',
    'Rx1',
    // starts with a digit
    '2025',
    '1Rekap',
    '61 Kalbar',
    // spaces and punctuation
    'Roster Nakes',
    'Rekap-2025',
    'Data (lama)',
    "Nakes'24",
    'Rekap,Jan',
    'Rp$',
    'Cakupan%',
    'a+b',
    'Ringkasan Rakor (2)',
    // boolean literals
    'TRUE',
    'false',
    // letters Excel may keep bare but quoting never breaks
    'Données',
  ])('%s is quoted', (name) => {
    const quoted = quoteSheetName(name);
    expect(quoted).toBe(`'${name.replace(/'/g, "''")}'`);
  });

  it.each([
    'Rekap',
    'Roster_Nakes',
    'Sheet1',
    'Nakes2025',
    'Ringkasan.Rakor',
    '_data',
    'Cakupan',
    'Roster',
    'RCx',
    'Rekap1',
    'Cx',
    'Kader',
  ])('%s stays bare', (name) => {
    expect(quoteSheetName(name)).toBe(name);
  });

  it("doubles an apostrophe so the name cannot end the quotes: 'Nakes''24'!A1", () => {
    expect(quoteSheetName("Nakes'24")).toBe("'Nakes''24'");
  });
});
