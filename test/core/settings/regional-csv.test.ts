// The per-kab/kota CSV files of `summary --targets` and `--ucj`, as offices save them.
import { SettingError } from '../../../src/core/settings/setting-error';
import { parseRegencyTargets, parseRegionalUcj } from '../../../src/core/settings/regional-csv';

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(SettingError);
    return (error as SettingError).text.id;
  }
  throw new Error('no error');
};

describe('parseRegencyTargets', () => {
  it('reads code,target with or without a header, comma or semicolon, any target form', () => {
    expect(parseRegencyTargets('kode,target\n6171,45\n6101,0.5\n', '61')).toEqual({ '6171': 0.45, '6101': 0.5 });
    // Excel in Indonesian: semicolons, decimal comma, BOM, CRLF, a blank line
    expect(parseRegencyTargets('\uFEFFKode;Target (%)\r\n6171;59,56 %\r\n\r\n6172;"60,80"\r\n', '61')).toEqual({
      '6171': 0.5956,
      '6172': 0.608,
    });
  });

  it('refuses, naming the line: a code of another province, a code given twice, a bad target', () => {
    expect(messageOf(() => parseRegencyTargets('6171,45\n3171,50', '61'))).toMatch(
      /^baris 2: "3171" bukan kode kab\/kota di Provinsi Kalimantan Barat/,
    );
    expect(messageOf(() => parseRegencyTargets('6171,45\n6171,50', '61'))).toMatch(/^baris 2: kode 6171 sudah ada/);
    expect(messageOf(() => parseRegencyTargets('6171,0', '61'))).toMatch(/^baris 1: Target "0" tidak dapat dipakai/);
    expect(messageOf(() => parseRegencyTargets('6171;120 %', '61'))).toMatch(/^baris 1: Target "120 %"/);
    expect(messageOf(() => parseRegencyTargets('6171', '61'))).toMatch(/^baris 1: harus ada 2 kolom/);
  });
});

describe('parseRegionalUcj', () => {
  it('reads code,working,active with thousands separators as offices write them', () => {
    expect(parseRegionalUcj('kode;penduduk bekerja;peserta aktif\n6171;412.000;180.500\n6172;120 500;40200', '61')).toEqual({
      '6171': { working: 412000, active: 180500 },
      '6172': { working: 120500, active: 40200 },
    });
    expect(parseRegionalUcj('6101,250000,61234', '61')).toEqual({ '6101': { working: 250000, active: 61234 } });
  });

  it('refuses a count that is not a whole number, and a line with the wrong columns', () => {
    expect(messageOf(() => parseRegionalUcj('6171;412.000;18,5', '61'))).toMatch(/^baris 1: Peserta aktif "18,5" bukan bilangan bulat/);
    expect(messageOf(() => parseRegionalUcj('6171;-5;10', '61'))).toMatch(/^baris 1: Penduduk bekerja "-5"/);
    expect(messageOf(() => parseRegionalUcj('6171,412,000,180,500', '61'))).toMatch(/^baris 1: harus ada 3 kolom, ada 5/);
  });
});
