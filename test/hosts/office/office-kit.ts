// Shared set-up for the Office.js adapter tests: a fake Excel with a roster, sync counting, a small summary spec.
import type { SheetSpec } from '../../../src/core/sheet-spec';
import { OfficeWorkbook } from '../../../src/hosts/office/office-workbook';
import { markerText } from '../../../src/hosts/sheet-names';
import { fakeExcel, fakeRun, fakeSettings, fakeSheet, type FakeExcel } from './excel-fake';
import { officeRosterSheet } from '../roster-fixture';

export function setup(sheets = [fakeSheet('Roster Nakes', officeRosterSheet(50))], settings = fakeSettings()) {
  const excel = fakeExcel(sheets);
  const wb = new OfficeWorkbook(fakeRun(excel), settings);
  return { excel, wb, settings };
}

export const syncsDuring = async (excel: FakeExcel, fn: () => Promise<unknown>): Promise<number> => {
  const before = excel.syncs;
  await fn();
  return excel.syncs - before;
};

export function summarySpec(regencyText = 'Kabupaten Sambas'): SheetSpec {
  return {
    name: 'Ringkasan Rakor',
    kind: 'summary',
    rows: [
      [{ value: 'Ringkasan Cakupan Jamsostek', style: 'title' }, null, null, { value: markerText('summary'), style: 'marker' }],
      [
        { value: 'Target UCJ', style: 'header' },
        { value: 0.5956, numberFormat: '0.0%' },
      ],
      [
        { value: 'Kabupaten/Kota', style: 'header' },
        { value: 'Sasaran', style: 'header' },
        { value: 'Terlindungi', style: 'header' },
        { value: 'Cakupan', style: 'header' },
      ],
      [
        { value: regencyText },
        { formula: "=COUNTIFS('Roster Nakes'!$F$5:$F$54,A4)", expected: 9, numberFormat: '#,##0' },
        { formula: "=COUNTIFS('Roster Nakes'!$F$5:$F$54,A4,'Roster Nakes'!$K$5:$K$54,\"Aktif\")", expected: 3, numberFormat: '#,##0' },
        { formula: '=IFERROR(C4/B4,0)', expected: 1 / 3, numberFormat: '0.0%' },
      ],
    ],
    names: [{ name: 'UCJ_Target', ref: '$B$2' }],
    tables: [{ name: 'RingkasanKabKota', range: 'A3:D4' }],
    freezeRows: 3,
    print: { landscape: true, fitToWidth: true, titleRows: '$1:$3' },
    charts: [
      {
        type: 'bar',
        title: 'Cakupan per kab/kota',
        categories: 'A4:A4',
        series: [
          { name: 'Cakupan', values: 'D4:D4' },
          { name: 'Target', values: 'B2:B2' },
        ],
        anchor: 'F3',
        valueFormat: '0%',
      },
    ],
  };
}
