import { resolveRegencyName } from '../../../src/core/reference/regency-names';

const code = (text: string, province?: string): string | null => {
  const r = resolveRegencyName(text, province);
  return r.kind === 'ok' ? r.regency.code : null;
};

describe('resolveRegencyName', () => {
  it.each([
    ['Kabupaten Kubu Raya', '6112'],
    ['Kab. Kubu Raya', '6112'],
    ['KAB KUBU RAYA', '6112'],
    ['Kubu Raya', '6112'],
    ['kuburaya', '6112'],
    ['Kubu Raya Kab.', '6112'],
    ['Kota Pontianak', '6171'],
    ['Pontianak', '6171'],
    ['KOTA PONTIANAK ', '6171'],
    ['Kab. Pontianak', '6102'],
    ['Kabupaten Pontianak', '6102'],
    ['Mempawah', '6102'],
    ['Kodya Singkawang', '6172'],
    ['Kab. Singkawang', '6172'],
    ['6112', '6112'],
    ['61.12', '6112'],
    ['Kota Bandung', '3273'],
    ['Kotabaru', '6302'],
    ['Kota Baru', '6302'],
  ])('%p → %p', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('is exact only for the official name as written', () => {
    expect(resolveRegencyName('Kabupaten Kubu Raya')).toMatchObject({ kind: 'ok', exact: true });
    expect(resolveRegencyName('Kabupaten Kubu Raya ')).toMatchObject({ kind: 'ok', exact: false });
    expect(resolveRegencyName('Kota Pontianak')).toMatchObject({ kind: 'ok', exact: true });
  });

  it('prefers the roster province for a bare name, and reports ambiguity elsewhere', () => {
    expect(code('Bogor', '32')).toBeNull();
    const r = resolveRegencyName('Bogor', '32');
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.candidates.map((c) => c.code).sort()).toEqual(['3201', '3271']);
    expect(code('Kab. Bogor', '61')).toBe('3201');
    expect(code('Banjar', '63')).toBe('6303');
    expect(code('Banjar', '32')).toBe('3279');
  });

  it('suggests the closest name for unknown text, preferring the province', () => {
    expect(resolveRegencyName('Kab. Kubu Rya')).toMatchObject({ kind: 'unknown', suggestion: { code: '6112' }, confident: true });
    expect(resolveRegencyName('Sangau')).toMatchObject({ kind: 'unknown', suggestion: { code: '6103' } });
    expect(resolveRegencyName('Antah Berantah')).toMatchObject({ kind: 'unknown', suggestion: null, confident: false });
    expect(resolveRegencyName('  ')).toMatchObject({ kind: 'unknown', suggestion: null });
    expect(resolveRegencyName('9999')).toMatchObject({ kind: 'unknown' });
  });
});
