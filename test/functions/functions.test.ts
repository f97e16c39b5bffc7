// The wrappers in src/functions/functions.ts, called in-process with a stand-in CustomFunctions global:
// which Excel error each core error becomes, and in which language its message is.
import { FormulaError } from '../../src/core/formulas/errors';

class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const g = globalThis as Record<string, unknown>;
g.CustomFunctions = {
  Error: FakeCfError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!' },
  associate: () => undefined,
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require('../../src/functions/functions') as typeof import('../../src/functions/functions');

afterEach(() => {
  delete g.Office;
});

const message = { id: 'pesan', en: 'message' };

test.each([
  ['#DIV/0!', '#DIV/0!', undefined],
  ['#NUM!', '#NUM!', undefined],
  ['#NULL!', '#NULL!', undefined],
  ['#N/A', '#N/A', 'pesan'],
  ['#VALUE!', '#VALUE!', 'pesan'],
  ['#REF!', '#VALUE!', 'pesan'], // a custom function cannot return #REF! or #NAME?
  ['#NAME?', '#VALUE!', 'pesan'],
] as const)('core %s becomes Excel %s (message: %s)', (core, excel, shown) => {
  const e = fns.toExcelError(new FormulaError(core, message), 'id') as unknown as FakeCfError;
  expect(e).toBeInstanceOf(FakeCfError);
  expect(e.code).toBe(excel);
  expect(e.message).toBe(shown);
});

test('the language comes from Office at call time: English for en-*, Indonesian otherwise or without Office', () => {
  expect(fns.displayLang()).toBe('id');
  g.Office = { context: { displayLanguage: 'en-GB' } };
  expect(fns.displayLang()).toBe('en');
  g.Office = { context: { displayLanguage: 'id-ID' } };
  expect(fns.displayLang()).toBe('id');
  g.Office = { context: undefined }; // before Office has initialised
  expect(fns.displayLang()).toBe('id');
  g.Office = {
    get context(): never {
      throw new Error('not ready');
    },
  };
  expect(fns.displayLang()).toBe('id');
});

test('NIKCHECK answers in the display language', () => {
  g.Office = { context: { displayLanguage: 'en-US' } };
  expect(fns.nikcheck('6171011708850001')).toBe('OK');
  expect(fns.nikcheck('617101170885')).toBe('NIK must be 16 digits (found 12)');
  g.Office = { context: { displayLanguage: 'id-ID' } };
  expect(fns.nikcheck('617101170885')).toBe('NIK harus 16 digit angka (ada 12 digit)');
});

test('omitted optional arguments arrive as null or undefined and take their defaults', () => {
  const year = new Date().getFullYear();
  expect(fns.contribution(12_000_000, 'JP', null as never, null as never, null as never)).toBe(
    fns.contribution(12_000_000, 'JP', 1, 'total', year),
  );
  expect(fns.bpubudget(10, 12, undefined)).toBe(10 * 12 * 16_800);
  expect(fns.bpubudget(10, 12, undefined, null as never)).toBe(10 * 12 * 16_800);
  expect(fns.bpubudget(10, 12, null as never, 'JKK+JKM+JHT')).toBe(10 * 12 * 36_800);
  expect(fns.contribution(12_000_000, 'JKP', null as never, 'government', 2026)).toBe(11_000);
  expect(fns.nikinfo('6171011708850001', 'birthdate', null as never)).toBe(31_276);
});

test('a single number is a 1×1 range to Excel, and a scalar when called directly', () => {
  expect(fns.coverage([[3141]], [[9350]])).toBeCloseTo(0.33594, 5);
  expect(fns.coverage(3141 as never, 9350 as never)).toBeCloseTo(0.33594, 5);
});
