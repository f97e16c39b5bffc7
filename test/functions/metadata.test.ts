// The function metadata Excel reads: generated functions.json (from the JSDoc in functions.ts) and the
// hand-written Indonesian functions-id.json must describe the same six functions.
import path from 'path';
import fs from 'fs';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

const ROOT = path.resolve(__dirname, '../..');

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

let generated: Fn[];
let errors: string[];
const indonesian = (JSON.parse(fs.readFileSync(path.join(ROOT, 'src/functions/functions-id.json'), 'utf8')) as { functions: Fn[] })
  .functions;

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(path.join(ROOT, 'src/functions/functions.ts'), true);
  errors = r.errors;
  generated = (JSON.parse(r.metadataJson) as { functions: Fn[] }).functions;
});

const shape = (fns: Fn[]) =>
  fns.map((f) => ({
    id: f.id,
    name: f.name,
    helpUrl: f.helpUrl,
    result: f.result,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      type: p.type,
      dimensionality: p.dimensionality ?? 'scalar',
      optional: p.optional ?? false,
    })),
  }));

test('generation reports no errors', () => {
  expect(errors).toEqual([]);
});

test('declares exactly the six JAMSOSTEK functions with their parameters', () => {
  const p = (name: string, type: string, dimensionality = 'scalar', optional = false) => ({ name, type, dimensionality, optional });
  const help = (id: string) => `https://localhost:3000/help.html#${id}`;
  expect(shape(generated)).toEqual([
    {
      id: 'COVERAGE',
      name: 'COVERAGE',
      helpUrl: help('COVERAGE'),
      result: { type: 'number' },
      parameters: [p('enrolled', 'any', 'matrix'), p('eligible', 'any', 'matrix')],
    },
    {
      id: 'GAPTOTARGET',
      name: 'GAPTOTARGET',
      helpUrl: help('GAPTOTARGET'),
      result: { type: 'number' },
      parameters: [p('enrolled', 'any', 'matrix'), p('eligible', 'any', 'matrix'), p('target', 'any')],
    },
    {
      id: 'BPUBUDGET',
      name: 'BPUBUDGET',
      helpUrl: help('BPUBUDGET'),
      result: { type: 'number' },
      parameters: [
        p('workers', 'number'),
        p('months', 'number'),
        p('monthlyContribution', 'number', 'scalar', true),
        p('program', 'string', 'scalar', true),
      ],
    },
    {
      id: 'CONTRIBUTION',
      name: 'CONTRIBUTION',
      helpUrl: help('CONTRIBUTION'),
      result: { type: 'number' },
      parameters: [
        p('wage', 'number'),
        p('program', 'string'),
        p('riskClass', 'number', 'scalar', true),
        p('payer', 'string', 'scalar', true),
        p('year', 'number', 'scalar', true),
      ],
    },
    { id: 'NIKCHECK', name: 'NIKCHECK', helpUrl: help('NIKCHECK'), result: { type: 'string' }, parameters: [p('nik', 'any')] },
    {
      id: 'NIKINFO',
      name: 'NIKINFO',
      helpUrl: help('NIKINFO'),
      result: {},
      parameters: [p('nik', 'any'), p('field', 'string'), p('asOf', 'number', 'scalar', true)],
    },
  ]);
});

test('every function and parameter has a description', () => {
  for (const f of generated) {
    expect(f.description.length).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(5);
  }
});

test('functions-id.json is in step with the generated functions.json: same ids, parameters, types and help links', () => {
  expect(shape(indonesian)).toEqual(shape(generated));
});

test('functions-id.json describes everything in Indonesian, not a copy of the English', () => {
  const indonesianWords = /\b(pekerja|dan|atau|sebagai|dalam|bawaan|tahun|upah|jumlah|isi)\b/i;
  generated.forEach((en, i) => {
    const id = indonesian[i];
    expect(id.description).not.toBe(en.description);
    expect(id.description).toMatch(indonesianWords);
    en.parameters.forEach((p, j) => {
      expect(id.parameters[j].description).toBeTruthy();
      expect(id.parameters[j].description).not.toBe(p.description);
    });
  });
});
