import fc from 'fast-check';
import { type Cell, dateCell, errorCell } from '../../../src/core/cells';
import type { Localized } from '../../../src/core/i18n/lang';
import { serialFromYmd } from '../../../src/core/dates';
import { FormulaError } from '../../../src/core/formulas/errors';
import { NIK_FIELDS, nikCheck, nikInfo } from '../../../src/core/formulas/nik-functions';
import { PROVINCES, REGENCIES, regenciesOf } from '../../../src/core/reference/regions';

// Synthetic NIKs: real region codes, made-up kecamatan and serial digits (not real people).
interface Person {
  regencyCode: string;
  year: number;
  month: number;
  day: number;
  sex: 'L' | 'P';
  serial: number;
}
const two = (n: number) => String(n).padStart(2, '0');
const makeNik = (p: Person, kecamatan = 1): string =>
  `${p.regencyCode}${two(kecamatan)}${two(p.day + (p.sex === 'P' ? 40 : 0))}${two(p.month)}${two(p.year % 100)}${String(p.serial).padStart(4, '0')}`;

const TODAY_2026 = serialFromYmd(2026, 11, 24);
const opts = { todaySerial: TODAY_2026 };
const siti: Person = { regencyCode: '6112', year: 1990, month: 3, day: 12, sex: 'P', serial: 17 }; // Kubu Raya
const budi: Person = { regencyCode: '6171', year: 1985, month: 8, day: 17, sex: 'L', serial: 1 }; // Kota Pontianak

/** NIKCHECK's answer for a cell that holds no Excel error: "OK" or a reason. */
function check(c: Cell): Localized {
  const r = nikCheck(c, opts);
  if (r instanceof FormulaError) throw new Error(`unexpected ${r.code}`);
  return r;
}

function expectError(r: unknown, code: string, part?: string): FormulaError {
  expect(r).toBeInstanceOf(FormulaError);
  const e = r as FormulaError;
  expect(e.code).toBe(code);
  if (part) expect(`${e.message.id} | ${e.message.en}`).toContain(part);
  return e;
}

const personArb = fc.record({
  regencyCode: fc.constantFrom(...REGENCIES.map((r) => r.code)),
  year: fc.integer({ min: 1951, max: 2010 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  sex: fc.constantFrom<'L' | 'P'>('L', 'P'),
  serial: fc.integer({ min: 1, max: 9999 }),
});

describe('NIKCHECK', () => {
  test('a structurally valid NIK is "OK" in both languages, also with spaces, dots or a leading apostrophe', () => {
    expect(nikCheck(makeNik(siti), opts)).toEqual({ id: 'OK', en: 'OK' });
    const nik = makeNik(budi);
    expect(nikCheck(`'${nik}`, opts)).toEqual({ id: 'OK', en: 'OK' });
    expect(nikCheck(`${nik.slice(0, 6)} ${nik.slice(6, 12)} ${nik.slice(12)}`, opts)).toEqual({ id: 'OK', en: 'OK' });
  });

  test('every kab/kota of Indonesia is accepted (a NIK keeps the region where it was first issued)', () => {
    for (const r of REGENCIES) expect(check(makeNik({ ...budi, regencyCode: r.code })).id).toBe('OK');
  });

  test('not 16 digits', () => {
    expect(check(makeNik(budi).slice(0, 15)).id).toMatch(/16 digit.*15/);
    expect(check(makeNik(budi) + '9').en).toMatch(/16 digits.*17/);
    expect(check('61710117O8850001').id).toMatch(/16 digit/);
    expect(check('').id).toMatch(/kosong/);
  });

  test('stored as a number: Excel keeps 15 significant digits', () => {
    const typed = Number(makeNik(budi)); // what Excel stores when the NIK is typed into a General cell
    const r = check(typed);
    expect(r.id).toMatch(/angka.*15 digit/);
    expect(r.en).toMatch(/number.*15 digits/);
  });

  test('unknown province or regency code', () => {
    expect(PROVINCES.some((p) => p.code === '99')).toBe(false);
    expect(check(makeNik({ ...budi, regencyCode: '9901' })).id).toMatch(/provinsi 99/);
    expect(regenciesOf('61').some((r) => r.code === '6199')).toBe(false);
    expect(check(makeNik({ ...budi, regencyCode: '6199' })).en).toMatch(/regency\/city code 6199/);
  });

  test('impossible birth date in digits 7–12 (women add 40 to the day)', () => {
    expect(check(makeNik({ ...budi, day: 31, month: 2 })).id).toMatch(/Tanggal lahir/);
    expect(check(makeNik({ ...budi, month: 13 })).en).toMatch(/Impossible birth date/);
    const dayThirtyTwo = makeNik(budi).slice(0, 6) + '72' + makeNik(budi).slice(8); // 72 - 40 = 32
    expect(check(dayThirtyTwo).en).toMatch(/Impossible birth date/);
    const dayZero = makeNik(budi).slice(0, 6) + '00' + makeNik(budi).slice(8);
    expect(check(dayZero).en).toMatch(/Impossible birth date/);
  });

  test('an Excel error in the cell is passed on', () => {
    expectError(nikCheck(errorCell('#N/A'), opts), '#N/A');
  });
});

describe('NIKINFO', () => {
  test('province, regency, birthdate, sex and age of a Kubu Raya NIK', () => {
    const nik = makeNik(siti);
    expect(nikInfo(nik, 'province', undefined, opts)).toBe('Kalimantan Barat');
    expect(nikInfo(nik, 'regency', undefined, opts)).toBe('Kabupaten Kubu Raya');
    expect(nikInfo(nik, 'birthdate', undefined, opts)).toBe(serialFromYmd(1990, 3, 12));
    expect(nikInfo(nik, 'sex', undefined, opts)).toBe('P');
    expect(nikInfo(nik, 'age', undefined, opts)).toBe(36);
    expect(nikInfo(makeNik(budi), 'regency', undefined, opts)).toBe('Kota Pontianak');
    expect(nikInfo(makeNik(budi), 'sex', undefined, opts)).toBe('L');
  });

  test('age counts whole years on the as-of day (birthday not yet reached → one less)', () => {
    const nik = makeNik(siti);
    expect(nikInfo(nik, 'age', serialFromYmd(2025, 3, 11))).toBe(34);
    expect(nikInfo(nik, 'age', serialFromYmd(2025, 3, 12))).toBe(35);
    expect(nikInfo(nik, 'age', dateCell(serialFromYmd(2025, 3, 12)))).toBe(35);
    expectError(nikInfo(nik, 'age', serialFromYmd(1980, 1, 1)), '#NUM!');
    expectError(nikInfo(nik, 'age', 'besok'), '#VALUE!', 'TODAY()');
  });

  test('Indonesian field names and stray case or spaces are accepted', () => {
    const nik = makeNik(siti);
    expect(nikInfo(nik, ' Provinsi ', undefined, opts)).toBe('Kalimantan Barat');
    expect(nikInfo(nik, 'kabupaten/kota', undefined, opts)).toBe('Kabupaten Kubu Raya');
    expect(nikInfo(nik, 'tanggal  lahir', undefined, opts)).toBe(serialFromYmd(1990, 3, 12));
    expect(nikInfo(nik, 'Jenis Kelamin', undefined, opts)).toBe('P');
    expect(nikInfo(nik, 'UMUR', undefined, opts)).toBe(36);
  });

  test('reads back what any synthetic NIK was made from', () => {
    fc.assert(
      fc.property(personArb, (p) => {
        const nik = makeNik(p);
        const regency = REGENCIES.find((r) => r.code === p.regencyCode)!;
        const province = PROVINCES.find((x) => x.code === p.regencyCode.slice(0, 2))!;
        return (
          check(nik).id === 'OK' &&
          nikInfo(nik, 'regency', undefined, opts) === regency.name &&
          nikInfo(nik, 'province', undefined, opts) === province.name &&
          nikInfo(nik, 'birthdate', undefined, opts) === serialFromYmd(p.year, p.month, p.day) &&
          nikInfo(nik, 'sex', undefined, opts) === p.sex
        );
      }),
      { numRuns: 300 },
    );
  });

  test('an invalid NIK gives #VALUE! with the NIKCHECK reason', () => {
    for (const bad of [
      makeNik(budi).slice(0, 15),
      Number(makeNik(budi)),
      makeNik({ ...budi, regencyCode: '6199' }),
      makeNik({ ...budi, month: 13 }),
    ]) {
      const reason = check(bad);
      for (const field of NIK_FIELDS) {
        const e = expectError(nikInfo(bad, field, undefined, opts), '#VALUE!');
        expect(e.message).toEqual(reason);
      }
    }
  });

  test('an unknown field gives #VALUE! listing the fields', () => {
    const e = expectError(nikInfo(makeNik(budi), 'alamat', undefined, opts), '#VALUE!', '"alamat"');
    for (const f of NIK_FIELDS) expect(e.message.en).toContain(`"${f}"`);
  });

  test('Excel errors in the arguments are passed on', () => {
    expectError(nikInfo(errorCell('#REF!'), 'sex', undefined, opts), '#REF!');
    expectError(nikInfo(makeNik(budi), errorCell('#N/A'), undefined, opts), '#N/A');
    expectError(nikInfo(makeNik(budi), 'age', errorCell('#VALUE!'), opts), '#VALUE!');
  });
});
