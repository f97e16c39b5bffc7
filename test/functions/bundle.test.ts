// Builds the add-in (development mode) into a temporary folder, then loads functions.js the way Excel's
// shared runtime does: a bare JavaScript context with only a CustomFunctions global. The bundle must
// register all six functions without touching the DOM or Office, and the registered functions must work.
import fs from 'fs';
import os from 'os';
import path from 'path';
import vm from 'vm';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
let outDir: string;

class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

type Fn = (...args: unknown[]) => unknown;

/** Runs functions.js in a fresh context; `extra` adds globals such as an Office object. */
function loadBundle(extra: Record<string, unknown> = {}): Map<string, Fn> {
  const associated = new Map<string, Fn>();
  const CustomFunctions = {
    associate: (id: string, fn: Fn) => {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, fn);
    },
    Error: FakeCfError,
    ErrorCode,
  };
  const context = vm.createContext({ CustomFunctions, console, ...extra });
  vm.runInContext(fs.readFileSync(path.join(outDir, 'functions.js'), 'utf8'), context, { filename: 'functions.js' });
  return associated;
}

function thrown(fn: () => unknown): FakeCfError {
  try {
    fn();
  } catch (e) {
    // the bundle throws instances of the class it was given
    expect(e).toBeInstanceOf(FakeCfError);
    return e as FakeCfError;
  }
  throw new Error('expected the function to throw an Excel error');
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jamsostek-addin-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFor = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: { mode: string }) => webpack.Configuration[];
  const addin = configFor({}, { mode: 'development' }).find((c) => c.name === 'addin')!;
  const config: webpack.Configuration = { ...addin, mode: 'development', context: ROOT, output: { ...addin.output, path: outDir } };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err ? reject(err) : s ? resolve(s) : reject(new Error('no stats')))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}, 120_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

test('the build emits the add-in files', () => {
  for (const f of [
    'taskpane.html',
    'taskpane.css',
    'functions.js',
    'functions.json',
    'functions-id.json',
    'help.html',
    'manifest.xml',
    'assets/icon-16.png',
    'assets/icon-80.png',
  ]) {
    expect(fs.existsSync(path.join(outDir, f))).toBe(true);
  }
  const emitted = JSON.parse(fs.readFileSync(path.join(outDir, 'functions.json'), 'utf8')) as { functions: { id: string }[] };
  expect(emitted.functions.map((f: { id: string }) => f.id)).toEqual([
    'COVERAGE',
    'GAPTOTARGET',
    'BPUBUDGET',
    'CONTRIBUTION',
    'NIKCHECK',
    'NIKINFO',
  ]);
  // the shared runtime page loads the functions bundle too
  expect(fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8')).toMatch(/<script[^>]+src="?functions\.js/);
});

test('loads with no DOM and no Office, and associates exactly the six functions', () => {
  const fns = loadBundle();
  expect([...fns.keys()].sort()).toEqual(['BPUBUDGET', 'CONTRIBUTION', 'COVERAGE', 'GAPTOTARGET', 'NIKCHECK', 'NIKINFO']);
});

test('Excel calls the associated functions directly, with ranges as 2-D arrays', () => {
  const fns = loadBundle();
  const enrolled = [[1200], [''], [941], [1000]];
  const eligible = [[3000], [null], [2350], [4000]];
  expect(fns.get('COVERAGE')!([[3141]], [[9350]])).toBeCloseTo(0.33594, 5);
  expect(fns.get('COVERAGE')!(enrolled, eligible)).toBeCloseTo(3141 / 9350, 12);
  expect(fns.get('GAPTOTARGET')!(enrolled, eligible, 0.5956)).toBe(2428);
  expect(fns.get('BPUBUDGET')!(2428, 12, null)).toBe(489_484_800);
  expect(fns.get('BPUBUDGET')!(2428, 12)).toBe(489_484_800);
  expect(fns.get('CONTRIBUTION')!(2_878_286, 'JHT', null, 'worker', 2025)).toBe(57_566);
  expect(fns.get('NIKCHECK')!('6171011708850001')).toBe('OK');
  expect(fns.get('NIKINFO')!('6171011708850001', 'regency', null)).toBe('Kota Pontianak');
  expect(fns.get('NIKINFO')!('6171015708850002', 'sex')).toBe('P');
});

test('core errors become CustomFunctions errors; messages only where Excel shows them, in Indonesian by default', () => {
  const fns = loadBundle();
  const div0 = thrown(() => fns.get('COVERAGE')!([[1]], [[0]]));
  expect(div0.code).toBe('#DIV/0!');
  expect(div0.message).toBeUndefined();
  expect(thrown(() => fns.get('COVERAGE')!([[-1]], [[10]])).code).toBe('#NUM!');
  const value = thrown(() => fns.get('GAPTOTARGET')!([[3141]], [[9350]], 59.56));
  expect(value.code).toBe('#VALUE!');
  expect(value.message).toContain('Tulis 59,56%');
  const program = thrown(() => fns.get('CONTRIBUTION')!(3_000_000, 'JKN'));
  expect(program.message).toContain('Program tidak dikenal');
  expect(fns.get('NIKCHECK')!(6171011708850001)).toMatch(/^NIK tersimpan sebagai angka/);
});

test('errors Excel passes in are handed on; #REF! (which a function cannot return) becomes #VALUE!', () => {
  const fns = loadBundle();
  expect(thrown(() => fns.get('COVERAGE')!([[1], [new FakeCfError('#N/A')]], [[10]])).code).toBe('#N/A');
  const ref = thrown(() => fns.get('COVERAGE')!([[1]], [[new FakeCfError('#REF!')]]));
  expect(ref.code).toBe('#VALUE!');
  expect(ref.message).toContain('#REF!');
});

test('messages follow Office display language read at call time', () => {
  const office = { context: { displayLanguage: 'id-ID' } };
  const fns = loadBundle({ Office: office });
  expect(thrown(() => fns.get('GAPTOTARGET')!([[1]], [[10]], 60)).message).toContain('lebih dari 100%');
  office.context.displayLanguage = 'en-US';
  expect(thrown(() => fns.get('GAPTOTARGET')!([[1]], [[10]], 60)).message).toContain('more than 100%');
  expect(fns.get('NIKCHECK')!('61710117088500')).toBe('NIK must be 16 digits (found 14)');
});
