import { dateCell, errorCell } from '../../src/core/cells';
import { serialFromYmd } from '../../src/core/dates';
import { analyzeNik, maskNik } from '../../src/core/nik';

const opts = { currentYear: 2026 };

describe('analyzeNik', () => {
  it('reads a man born 1985-08-17, registered in Kubu Raya', () => {
    const r = analyzeNik('6112031708850003', opts);
    expect(r).toEqual({
      ok: true,
      info: { digits: '6112031708850003', provinceCode: '61', regencyCode: '6112', birthSerial: serialFromYmd(1985, 8, 17), sex: 'L' },
    });
  });

  it('reads a woman (day + 40) born 2001-02-05, registered in Kota Pontianak', () => {
    const r = analyzeNik('6171044502010012', opts);
    expect(r.ok && r.info).toMatchObject({ sex: 'P', birthSerial: serialFromYmd(2001, 2, 5), regencyCode: '6171' });
  });

  it('accepts what people type around the digits', () => {
    expect(analyzeNik("'6112031708850003", opts).ok).toBe(true);
    expect(analyzeNik('6112 0317 0885 0003', opts).ok).toBe(true);
    expect(analyzeNik('6112.03.170885.0003', opts).ok).toBe(true);
  });

  it('rejects a NIK stored as a number: its last digit is gone', () => {
    const r = analyzeNik(6112031708850000, opts);
    expect(r).toMatchObject({ ok: false, problem: 'stored-as-number' });
  });

  it.each([
    ['611203170885000', 'not-16-digits'],
    ['61120317088500031', 'not-16-digits'],
    ['61120317O8850003', 'not-16-digits'],
    ['9912031708850003', 'region-unknown'],
    ['6199031708850003', 'region-unknown'],
    ['6112033208850003', 'birthdate-invalid'],
    ['6112037208850003', 'birthdate-invalid'],
    ['6112033002850003', 'birthdate-invalid'],
    ['6112031713850003', 'birthdate-invalid'],
  ])('%s → %s', (nik, problem) => {
    const r = analyzeNik(nik, opts);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toBe(problem);
    expect(!r.ok && r.message.id.length > 0 && r.message.en.length > 0).toBe(true);
  });

  it('accepts a NIK issued in another province (codes of where it was first issued)', () => {
    expect(analyzeNik('3273011708850003', opts).ok).toBe(true);
  });

  it('rejects non-text cells without throwing', () => {
    expect(analyzeNik(null, opts)).toMatchObject({ ok: false, problem: 'empty' });
    expect(analyzeNik(true, opts)).toMatchObject({ ok: false, problem: 'not-16-digits' });
    expect(analyzeNik(dateCell(31276), opts)).toMatchObject({ ok: false, problem: 'not-16-digits' });
    expect(analyzeNik(errorCell('#N/A'), opts)).toMatchObject({ ok: false, problem: 'not-16-digits' });
  });

  it('places two-digit years in the latest century not in the future', () => {
    const r = analyzeNik('6112031708260003', opts);
    expect(r.ok && r.info.birthSerial).toBe(serialFromYmd(2026, 8, 17));
    const r2 = analyzeNik('6112031708270003', opts);
    expect(r2.ok && r2.info.birthSerial).toBe(serialFromYmd(1927, 8, 17));
  });
});

describe('maskNik', () => {
  it('keeps the first 6 and last 4 digits', () => {
    expect(maskNik('6112031708850003')).toBe('611203******0003');
  });
});

describe('regression: odd characters inside a NIK are named, with their position', () => {
  const nik = '6112031708850003';
  const at = (text: string, index: number, insert: string): string => text.slice(0, index) + insert + text.slice(index);
  const message = (cell: string) => {
    const r = analyzeNik(cell, opts);
    if (r.ok) throw new Error(`${JSON.stringify(cell)} was accepted`);
    expect(r.problem).toBe('not-16-digits');
    return r.message;
  };

  it('a zero-width space among 16 digits no longer says "found 16"', () => {
    expect(message(at(nik, 6, '\u200b'))).toEqual({
      id: 'NIK harus 16 digit angka 0–9: karakter ke-7 adalah U+200B spasi lebar-nol (tak terlihat)',
      en: 'NIK must be 16 digits 0–9: character 7 is U+200B zero-width space (invisible)',
    });
  });

  it('a NUL character', () => {
    expect(message(at(nik, 10, '\u0000')).en).toBe('NIK must be 16 digits 0–9: character 11 is U+0000 NUL character (invisible)');
  });

  it('fullwidth digits: not digits 0–9, named by their block (the exact code point would unmask the digit)', () => {
    const fullwidth = [...nik].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    expect(message(fullwidth)).toEqual({
      id: 'NIK harus 16 digit angka 0–9: karakter ke-1 adalah U+FF10–U+FF19 angka lebar penuh (０–９), dan 15 karakter lain bukan angka 0–9 (ada 0 digit 0–9)',
      en: 'NIK must be 16 digits 0–9: character 1 is U+FF10–U+FF19 fullwidth digit (０–９), and 15 more that are not 0–9 (found 0 digits 0–9)',
    });
    expect(JSON.stringify(message(fullwidth))).not.toMatch(/FF16|６/);
  });

  it('Arabic-Indic and Persian digits, and digits of other scripts', () => {
    expect(message(`${nik.slice(0, 8)}\u0660${nik.slice(9)}`).en).toBe(
      'NIK must be 16 digits 0–9: character 9 is U+0660–U+0669 Arabic-Indic digit (٠–٩) (found 15 digits 0–9)',
    );
    expect(message(`\u06f6${nik.slice(1)}`).id).toMatch(/karakter ke-1 adalah U\+06F0–U\+06F9 angka Arab-India Persia/);
    // Devanagari six, Mathematical bold eight (a run of five scripts' digits one after another).
    expect(message(`\u096c${nik.slice(1)}`).en).toMatch(/character 1 is U\+0966–U\+096F digit of another script/);
    expect(message(`${nik.slice(0, 15)}\u{1d7d6}`).en).toMatch(/character 16 is U\+1D7CE–U\+1D7D7 digit of another script/);
  });

  it('letters that look like digits, separators, text-direction controls and other characters', () => {
    expect(message('61120317O8850003').en).toBe(
      'NIK must be 16 digits 0–9: character 9 is U+004F letter O (not the digit 0) (found 15 digits 0–9)',
    );
    expect(message('6112-0317-0885-0003').id).toBe(
      'NIK harus 16 digit angka 0–9: karakter ke-5 adalah U+002D tanda hubung "-", dan 2 karakter lain bukan angka 0–9',
    );
    expect(message(`${nik}\u202e`).en).toBe('NIK must be 16 digits 0–9: character 17 is U+202E text-direction control (invisible)');
    expect(message(`${nik.slice(0, 15)}\u{1f600}`).en).toMatch(/character 16 is U\+1F600 character "\u{1f600}" \(found 15 digits/u);
    expect(message(`${nik.slice(0, 15)}x`).id).toMatch(/karakter ke-16 adalah U\+0078 huruf "x"/);
    // Positions count the cell as written, as Excel's MID does (the apostrophe and spaces included).
    expect(message(`'6112 0317\u200b0885 0003`).en).toMatch(/character 11 is U\+200B/);
  });

  it('what people type around the digits is still not odd', () => {
    expect(analyzeNik(` '6112 0317.0885\u00a00003 `.trim(), opts).ok).toBe(true);
    expect(message('611203170885000').en).toBe('NIK must be 16 digits (found 15)');
  });
});
