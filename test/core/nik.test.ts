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
