import { dateCell } from '../../../src/core/cells';
import { serialFromYmd } from '../../../src/core/dates';
import { digitHalves } from '../../../src/core/roster/digit-table';
import { NikReading, NikState } from '../../../src/core/roster/nik-reader';
import { makeNik } from '../../support/roster-rows';

const read = (c: Parameters<NikReading['read']>[0], isError = false): NikReading => {
  const n = new NikReading();
  n.read(c, isError, 2026);
  return n;
};

describe('NikReading', () => {
  it('decodes a plain NIK: birth date, sex (women day + 40) and the duplicate tables halves', () => {
    const nik = makeNik('6112', 1990, 4, 12, 'P', 7);
    const n = read(nik);
    expect(n).toMatchObject({ state: NikState.Ok, digits: nik, sex: 'P', birthSerial: serialFromYmd(1990, 4, 12), message: null });
    const halves = { hi: 0, lo: 0 };
    digitHalves(nik, halves);
    expect({ hi: n.hi, lo: n.lo }).toEqual(halves);
    expect(n.hasDigits).toBe(true);
  });

  it('reads the forms people type around the digits through the shared analysis', () => {
    const nik = makeNik('6171', 1985, 8, 17, 'L', 3);
    for (const cell of [`'${nik}`, `${nik.slice(0, 4)} ${nik.slice(4, 10)} ${nik.slice(10)}`]) {
      expect(read(cell)).toMatchObject({ state: NikState.Ok, digits: nik, sex: 'L' });
    }
  });

  it.each([
    ['a number (last digit lost)', 6112035204900001, NikState.Number, false],
    ['15 digits', '611203520490000', NikState.Format, false],
    ['an unknown kab/kota', '6199035204900001', NikState.RegionUnknown, true],
    ['an impossible birth date', '6112037213900001', NikState.BirthInvalid, true],
    ['a date cell', dateCell(30000), NikState.Format, false],
  ])('tells %s apart, with the reason for the message', (_label, cell, state, hasDigits) => {
    const n = read(cell);
    expect(n.state).toBe(state);
    expect(n.hasDigits).toBe(hasDigits);
    expect(n.message?.id.length).toBeGreaterThan(5);
  });

  it('is empty for blank cells, and an Excel error is its own state', () => {
    for (const cell of [null, '', '   ']) expect(read(cell).state).toBe(NikState.Empty);
    expect(read('6112035204900001', true).state).toBe(NikState.Error);
  });
});
