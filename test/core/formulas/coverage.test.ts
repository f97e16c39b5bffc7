import fc from 'fast-check';
import { type Cell, dateCell, errorCell } from '../../../src/core/cells';
import { ceilWorkers, coverage, gapToTarget, readTarget } from '../../../src/core/formulas/coverage';
import { FormulaError } from '../../../src/core/formulas/errors';
import { KALBAR_ELIGIBLE, KALBAR_ENROLLED, KALBAR_TARGET_2025, kalbarRows } from './kalbar-figures';

const column = (values: readonly Cell[]): Cell[][] => values.map((v) => [v]);

function expectError(r: unknown, code: string, messagePart?: RegExp): FormulaError {
  expect(r).toBeInstanceOf(FormulaError);
  const e = r as FormulaError;
  expect(e.code).toBe(code);
  if (messagePart) expect(`${e.message.id} | ${e.message.en}`).toMatch(messagePart);
  expect(e.message.id.length).toBeGreaterThan(0);
  expect(e.message.en.length).toBeGreaterThan(0);
  return e;
}

describe('COVERAGE', () => {
  test('Kalimantan Barat: 3,141 of 9,350 is 33.6 %', () => {
    const r = coverage(KALBAR_ENROLLED, KALBAR_ELIGIBLE) as number;
    expect(r).toBeCloseTo(3141 / 9350, 12);
    expect((r * 100).toFixed(1)).toBe('33.6');
  });

  test('sums the per-kab/kota columns of a planner sheet, blank cells ignored', () => {
    const rows = kalbarRows();
    expect(rows).toHaveLength(14);
    const eligible = column([...rows.map((r) => r.eligible), null, '']);
    const enrolled = column([...rows.map((r) => r.enrolled), '', null]);
    expect(rows.reduce((a, r) => a + r.eligible, 0)).toBe(KALBAR_ELIGIBLE);
    const enrolledSum = rows.reduce((a, r) => a + r.enrolled, 0);
    expect(coverage(enrolled, eligible)).toBeCloseTo(enrolledSum / KALBAR_ELIGIBLE, 12);
  });

  test('a row range and a 2-D block are summed the same way', () => {
    const rows = kalbarRows();
    const asRow: Cell[][] = [rows.map((r) => r.enrolled)];
    const asBlock: Cell[][] = [rows.slice(0, 7).map((r) => r.eligible), rows.slice(7).map((r) => r.eligible)];
    const total = rows.reduce((a, r) => a + r.enrolled, 0);
    expect(coverage(asRow, asBlock)).toBeCloseTo(total / KALBAR_ELIGIBLE, 12);
  });

  test('numbers kept as text count; dates count as their serial', () => {
    expect(coverage(column(['3141', ' 0 ']), column([' 9350 ']))).toBeCloseTo(3141 / 9350, 12);
    expect(coverage(dateCell(10), 20)).toBe(0.5);
  });

  test('eligible 0 (or all blank) gives #DIV/0!', () => {
    expectError(coverage(0, 0), '#DIV/0!');
    expectError(coverage(column([5]), column([null, '', 0])), '#DIV/0!');
  });

  test('negative numbers give #NUM!', () => {
    expectError(coverage(-1, 10), '#NUM!', /negatif|negative/);
    expectError(coverage(column([1, -2]), 10), '#NUM!');
    expectError(coverage(1, column([10, -3])), '#NUM!');
  });

  test('text that is not a number gives #VALUE! naming the text and its place', () => {
    const e = expectError(coverage(column([100, 'belum ada']), 9350), '#VALUE!');
    expect(e.message.id).toContain('"belum ada"');
    expect(e.message.id).toContain('baris ke-2');
    expect(e.message.en).toContain('row 2');
    expectError(coverage(3141, 'sembilan ribu'), '#VALUE!', /Sasaran|Eligible/);
    expectError(coverage(column([true]), 10), '#VALUE!', /TRUE/);
  });

  test('an error already in an argument is passed on', () => {
    expectError(coverage(column([1, errorCell('#N/A')]), 10), '#N/A');
    expectError(coverage(1, errorCell('#REF!')), '#REF!');
  });

  test('matches sum ÷ sum for any non-negative columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(100_000), { minLength: 1, maxLength: 50 }),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 50 }),
        (a, b) => {
          const r = coverage(column(a), column(b)) as number;
          const expected = a.reduce((x, y) => x + y, 0) / b.reduce((x, y) => x + y, 0);
          return Math.abs(r - expected) <= 1e-12 * Math.max(1, expected);
        },
      ),
    );
  });
});

describe('GAPTOTARGET', () => {
  test('Kalimantan Barat: 2,428 short of 59.56 %', () => {
    expect(gapToTarget(KALBAR_ENROLLED, KALBAR_ELIGIBLE, KALBAR_TARGET_2025)).toBe(2428);
    expect(gapToTarget(column(kalbarRows().map((r) => r.enrolled)), column(kalbarRows().map((r) => r.eligible)), '59.56%')).toBe(
      Math.ceil(0.5956 * 9350) - kalbarRows().reduce((a, r) => a + r.enrolled, 0),
    );
  });

  test('rounding guard: 7 % of 100 is 7 workers, not 8', () => {
    expect(0.07 * 100).not.toBe(7); // the floating-point trap this guards against
    expect(gapToTarget(0, 100, 0.07)).toBe(7);
    expect(gapToTarget(7, 100, 0.07)).toBe(0);
    expect(ceilWorkers(0.07 * 100)).toBe(7);
    expect(ceilWorkers(7.25)).toBe(8);
  });

  test('exact ⌈target × eligible⌉ for every target written with two decimals of a percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(2_000_000), (basisPoints, eligible) => {
        const exactNeeded = Math.floor((basisPoints * eligible + 9_999) / 10_000); // integer ceiling
        const enrolled = Math.floor(eligible / 3);
        return gapToTarget(enrolled, eligible, basisPoints / 10_000) === Math.max(0, exactNeeded - enrolled);
      }),
      { numRuns: 2_000 },
    );
  });

  test('target reached or passed gives 0', () => {
    expect(gapToTarget(6000, 9350, 0.5956)).toBe(0);
    expect(gapToTarget(9350, 9350, 1)).toBe(0);
  });

  test('a target like 59.56 gets #VALUE! telling to write 59.56%', () => {
    const e = expectError(gapToTarget(3141, 9350, 59.56), '#VALUE!');
    expect(e.message.id).toContain('Tulis 59,56%');
    expect(e.message.id).toContain('0,5956');
    expect(e.message.en).toContain('59.56%');
    expectError(gapToTarget(3141, 9350, 1.0001), '#VALUE!');
  });

  test('target 0 % or negative gives #NUM!; text that is no percentage gives #VALUE!', () => {
    expectError(gapToTarget(3141, 9350, 0), '#NUM!');
    expectError(gapToTarget(3141, 9350, -0.5), '#NUM!');
    expectError(gapToTarget(3141, 9350, 'enam puluh persen'), '#VALUE!', /persen|percentage/);
    expectError(gapToTarget(3141, 9350, null), '#VALUE!');
    expectError(gapToTarget(3141, 9350, errorCell('#N/A')), '#N/A');
  });

  test('readTarget reads a target written as text with the task pane and CLI parser: 59.56%, 59,56 %, 59,56, 0,5956', () => {
    expect(readTarget('59.56%')).toBe(0.5956);
    expect(readTarget(' 100% ')).toBe(1);
    expect(readTarget('59,56 %')).toBe(0.5956);
    expect(readTarget('59,56')).toBe(0.5956);
    expect(readTarget('0,5956')).toBe(0.5956);
    expect(readTarget('1.234,5%')).toBeInstanceOf(FormulaError);
  });

  test("a text target the parser refuses gets #VALUE! with the parser's message naming the forms accepted", () => {
    expect(gapToTarget(3141, 9350, '59,56')).toBe(2428);
    for (const text of ['5956', '0', '-5', '150 %']) {
      const e = expectError(gapToTarget(3141, 9350, text), '#VALUE!');
      expect(e.message.id).toContain('misalnya 59,56 atau 59,56 %, atau pecahan seperti 0,5956');
      expect(e.message.en).toContain('e.g. 59.56 or 59.56 %, or a fraction such as 0.5956');
    }
  });

  test('range errors are reported as in COVERAGE', () => {
    expectError(gapToTarget(column([1, 'x']), 10, 0.5), '#VALUE!');
    expectError(gapToTarget(1, column([-10]), 0.5), '#NUM!');
  });
});
