import { dateCell, errorCell } from '../../../src/core/cells';
import { serialFromYmd } from '../../../src/core/dates';
import { DateState, fastSerial, isValidDate, readDateCell, validDateSerial } from '../../../src/core/roster/date-cells';

describe('validDateSerial', () => {
  it('agrees with fastSerial and serialFromYmd on every real day from 1899 to 2100', () => {
    for (let y = 1899; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          if (!isValidDate(y, m, d)) continue;
          const s = validDateSerial(y, m, d);
          if (s !== fastSerial(y, m, d)) throw new Error(`${y}-${m}-${d}: ${s} !== ${fastSerial(y, m, d)}`);
        }
      }
    }
    expect(validDateSerial(1985, 8, 17)).toBe(serialFromYmd(1985, 8, 17));
    expect(validDateSerial(2024, 2, 29)).toBe(serialFromYmd(2024, 2, 29));
  });
});

describe('readDateCell', () => {
  const read = (cell: Parameters<typeof readDateCell>[0]): [DateState, number | null] => {
    const out = { serial: -1 };
    const state = readDateCell(cell, out);
    return [state, state === DateState.Ok ? out.serial : null];
  };

  it('reads dd-mm-yyyy and dd/mm/yyyy text, with or without stray spaces', () => {
    const serial = serialFromYmd(1985, 8, 17);
    for (const text of ['17-08-1985', '17/08/1985', '17.08.1985', ' 17-08-1985', '17-08-1985 ']) {
      expect(read(text)).toEqual([DateState.Ok, serial]);
    }
  });

  it('a dd-mm-yyyy text that is no real day is invalid, padded or not', () => {
    expect(read('31-02-2024')).toEqual([DateState.Invalid, null]);
    expect(read(' 31-02-2024 ')).toEqual([DateState.Invalid, null]);
  });

  it('other kinds of cell', () => {
    expect(read(null)).toEqual([DateState.Empty, null]);
    expect(read('   ')).toEqual([DateState.Empty, null]);
    expect(read(dateCell(31000.5))).toEqual([DateState.Ok, 31000]);
    expect(read(31000)).toEqual([DateState.Ok, 31000]);
    expect(read(1985)).toEqual([DateState.Invalid, null]);
    expect(read(true)).toEqual([DateState.Invalid, null]);
    expect(read(errorCell('#N/A'))).toEqual([DateState.Error, null]);
    expect(read('17 Agustus 1985')).toEqual([DateState.Ok, serialFromYmd(1985, 8, 17)]);
    expect(read('kemarin')).toEqual([DateState.Invalid, null]);
  });
});
