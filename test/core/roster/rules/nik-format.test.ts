import { checkRows, issuesOf, makeNik } from '../../../support/roster-rows';

describe('nik-format', () => {
  it.each([
    ['15 digits', '611203521090000'],
    ['17 digits', '61120352109000011'],
    ['a letter O for a zero', '61120352109O0001'],
    ['a boolean', true],
  ])('fires for %s', (_label, nik) => {
    const r = checkRows([{ nik }]);
    const found = issuesOf(r, 'nik-format');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', cell: 'B2', field: 'nik' });
    expect(found[0].message.en).toMatch(/16 digits/);
  });

  it('never shows the cell value (personal data)', () => {
    const r = checkRows([{ nik: '611203521090000' }]);
    expect(JSON.stringify(issuesOf(r, 'nik-format'))).not.toContain('611203521090000');
  });

  it.each([
    ['with a leading apostrophe', `'${makeNik('6112', 1990, 4, 12, 'P', 1)}`],
    ['with spaces', '6112 0352 0490 0001'],
    ['with dots', '6112.03.520490.0001'],
  ])('stays quiet on a valid NIK %s', (_label, nik) => {
    expect(issuesOf(checkRows([{ nik }]), 'nik-format')).toEqual([]);
  });
});

describe('nik-format: regression, a zero-width space among 16 digits said "found 16"', () => {
  it('names the character and where it is, and still hides the NIK', () => {
    const nik = makeNik('6112', 1990, 4, 12, 'P', 1);
    const r = checkRows([{ nik: `${nik.slice(0, 6)}\u200b${nik.slice(6)}` }]);
    const [issue] = issuesOf(r, 'nik-format');
    expect(issue.message).toEqual({
      id: 'NIK harus 16 digit angka 0–9: karakter ke-7 adalah U+200B spasi lebar-nol (tak terlihat).',
      en: 'NIK must be 16 digits 0–9: character 7 is U+200B zero-width space (invisible).',
    });
    expect(JSON.stringify(issue)).not.toContain(nik.slice(6, 12));
  });
});

describe('nik-format: serial 0000', () => {
  it('fires for a NIK whose serial (digits 13–16) is 0000, saying serials start at 0001', () => {
    const found = issuesOf(checkRows([{ nik: makeNik('6112', 1990, 4, 12, 'P', 0) }]), 'nik-format');
    expect(found).toHaveLength(1);
    expect(found[0].message.id).toContain('0000 tidak ada');
    expect(found[0].message.en).toContain('serials start at 0001');
  });
});
