// The one target parser: what the pane's field, the CLI's --target, stored settings and GAPTOTARGET's text
// targets accept, and the one message every refusal gives.
import { fractionAsPercent, formatTarget, parseTarget, targetFromFraction } from '../../../src/core/settings/target';
import { SettingError } from '../../../src/core/settings/setting-error';

const refusal = (text: string): SettingError => {
  try {
    parseTarget(text);
  } catch (error) {
    if (error instanceof SettingError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(text)}`);
};

describe('parseTarget', () => {
  it.each(['59,56', '59.56', '59,56 %', '59.56%', '0,5956', '0.5956', ' 59,56 ', '59,56\u00a0%', '59,560'])(
    'reads %j as 59.56 %, the same number as the literal 0.5956',
    (text) => {
      expect(parseTarget(text)).toBe(0.5956);
    },
  );

  it('reads Kalimantan Barat 2026 written as the pane showed it (the pane used to turn "60,80" into 6080 and drop it)', () => {
    expect(parseTarget('60,80')).toBe(0.608);
    expect(parseTarget('60,80 %')).toBe(0.608);
  });

  it('a number above 1 is a percentage, one of 1 or below a fraction; with % it is always a percentage', () => {
    expect(parseTarget('45')).toBe(0.45);
    expect(parseTarget('1,5')).toBe(0.015);
    expect(parseTarget('1')).toBe(1);
    expect(parseTarget('100')).toBe(1);
    expect(parseTarget('100 %')).toBe(1);
    expect(parseTarget('0,5')).toBe(0.5);
    expect(parseTarget('0,5 %')).toBe(0.005);
    expect(parseTarget('1 %')).toBe(0.01);
  });

  it.each([
    '0',
    '0,0',
    '0 %',
    '-5',
    '-0,5',
    '100,01',
    '101',
    '5956',
    '150 %',
    '',
    '  ',
    'abc',
    '59,56,1',
    '1.234,5',
    '59 56',
    '%',
    '59,56 persen',
  ])('refuses %j with SettingError', (text) => {
    expect(refusal(text).setting).toBe('target');
  });

  it('every refusal gives one message, in both languages, that names the forms accepted', () => {
    const e = refusal('5956');
    expect(e.text.id).toBe(
      'Target "5956" tidak dapat dipakai. Tulis persen di atas 0 sampai 100, misalnya 59,56 atau 59,56 %, atau pecahan seperti 0,5956.',
    );
    expect(e.text.en).toBe(
      'Target "5956" cannot be used. Write a percentage above 0 up to 100, e.g. 59.56 or 59.56 %, or a fraction such as 0.5956.',
    );
    // Every form the message suggests is itself accepted (the CLI once suggested "59,56" and then refused it).
    for (const form of ['59,56', '59,56 %', '0,5956', '59.56', '59.56 %', '0.5956']) expect(parseTarget(form)).toBe(0.5956);
    for (const text of ['0', '-5', '101', 'abc']) expect(refusal(text).text.en).toContain('Write a percentage above 0 up to 100');
  });

  it('quotes at most 40 characters of the refused text, on one line', () => {
    const e = refusal(`${'9'.repeat(60)}\n`);
    expect(e.text.en).toContain(`"${'9'.repeat(40)}…"`);
    expect(e.text.en).not.toContain('\n');
  });
});

describe('formatTarget', () => {
  it('writes a target as the language writes it: 59,56 % in Indonesian, 59.56 % in English', () => {
    expect(formatTarget(parseTarget('59.56'), 'id')).toBe('59,56 %');
    expect(formatTarget(parseTarget('59,56'), 'en')).toBe('59.56 %');
    expect(formatTarget(parseTarget('60,8'), 'id')).toBe('60,80 %');
    expect(formatTarget(parseTarget('45'), 'en')).toBe('45.00 %');
    expect(formatTarget(parseTarget('33,3333'), 'id')).toBe('33,3333 %');
  });

  it('is read back by parseTarget to the same target, in both languages', () => {
    for (const text of ['59,56', '60,80', '0,5 %', '1', '100', '12,3456', '0,0001 %'])
      for (const lang of ['id', 'en'] as const) expect(parseTarget(formatTarget(parseTarget(text), lang))).toBe(parseTarget(text));
  });
});

describe('targetFromFraction', () => {
  it('keeps a stored fraction in (0, 1] and refuses others, quoting them as the percentage they mean', () => {
    expect(targetFromFraction(0.5956)).toBe(0.5956);
    expect(targetFromFraction(1)).toBe(1);
    for (const n of [0, -0.5, 1.5, 59.56, NaN, Infinity]) expect(() => targetFromFraction(n)).toThrow(SettingError);
    expect(() => targetFromFraction(59.56)).toThrow('Target "5956 %" cannot be used');
    expect(fractionAsPercent(0.5956)).toBe('59.56 %');
  });
});
