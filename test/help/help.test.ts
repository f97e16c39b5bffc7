// The help page every function's helpUrl points at: one anchor per function, bilingual, self-contained,
// and its rates table in step with the one rates table in the code.
import fs from 'fs';
import path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import {
  BPU_MINIMUM,
  BPU_MINIMUM_MONTHLY,
  BPU_MINIMUM_WITH_JHT,
  BPU_RELAXATION,
  bpuBudget,
  contribution,
  JKK_TO_JKP_BP,
  JP_WAGE_CAPS,
  WAGE_EARNER_RATES,
} from '../../src/core/formulas/contribution';
import { findProvince } from '../../src/core/reference/regions';
import { UCJ_TARGETS } from '../../src/core/reference/ucj-targets';
import { formatTarget, parseTarget } from '../../src/core/settings/target';

const ROOT = path.resolve(__dirname, '../..');
const html = fs.readFileSync(path.join(ROOT, 'src/help/help.html'), 'utf8');
const metadata = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'src/functions/functions-id.json'), 'utf8')) as {
    functions: { id: string; helpUrl: string }[];
  }
).functions;
const doc = new DOMParser({ errorHandler: {} }).parseFromString(html, 'text/html');

const idRupiah = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** 30 basis points as written in Indonesian: 0,3% or 0,30%. */
const idPercent = (bp: number): RegExp => {
  const s = (bp / 100).toString().replace('.', ',');
  return new RegExp(`^${s}${s.includes(',') ? '0?' : '(,0+)?'}%$`);
};

test('every function has a section whose id is the anchor of its helpUrl', () => {
  expect(metadata).toHaveLength(6);
  for (const f of metadata) {
    const anchor = new URL(f.helpUrl).hash.slice(1);
    expect(anchor).toBe(f.id);
    const section = doc.getElementById(anchor);
    expect(section).toBeTruthy();
    expect(section!.textContent).toContain(`${f.id}(`);
    expect(new URL(f.helpUrl).pathname).toBe('/help.html');
  }
});

test('each function section speaks Indonesian first, then English', () => {
  for (const f of metadata) {
    const section = doc.getElementById(f.id)!;
    const paragraphs = Array.from(section.getElementsByTagName('p'));
    const firstEnglish = paragraphs.findIndex((p) => p.getAttribute('lang') === 'en');
    expect(firstEnglish).toBeGreaterThan(0); // an Indonesian paragraph comes before it
  }
});

test('the Kalimantan Barat examples are there', () => {
  expect(html).toContain('=JAMSOSTEK.COVERAGE(3141, 9350)');
  expect(html).toMatch(/33,6%/);
  expect(html).toMatch(/=JAMSOSTEK\.GAPTOTARGET\(3141, 9350, 59\.56%\)\s+→ 2428/);
});

test('self-contained: no scripts, no external styles, images or links', () => {
  expect(doc.getElementsByTagName('script').length).toBe(0);
  for (const tag of ['link', 'img', 'iframe']) expect(doc.getElementsByTagName(tag).length).toBe(0);
  for (const a of Array.from(doc.getElementsByTagName('a'))) expect(a.getAttribute('href')).toMatch(/^#/);
  expect(html).not.toMatch(/https?:\/\//);
});

test('the rates table shows every rate and JP cap of the code, with the legal sources', () => {
  const section = doc.getElementById('RATES')!;
  const rates = section.textContent;
  const rows = Array.from(section.getElementsByTagName('tr')).map((tr) =>
    Array.from(tr.getElementsByTagName('td')).map((td) => td.textContent.trim()),
  );
  const jkpRows = WAGE_EARNER_RATES.filter((r) => r.program === 'JKP');
  for (const r of WAGE_EARNER_RATES) {
    const next = jkpRows[jkpRows.indexOf(r) + 1]?.fromYear;
    const label = r.riskClass
      ? `${r.program} kelompok ${r.riskClass}`
      : r.program === 'JKP'
        ? `JKP ${r.fromYear}–${next ? next - 1 : ''}`
        : r.program;
    const row = rows.find((cells) => cells[0]?.startsWith(label));
    expect(row).toBeDefined();
    expect(row![1]).toMatch(idPercent(r.employerBp));
    expect(row![2]).toMatch(idPercent(r.workerBp));
    if (r.program === 'JKP') {
      const pct = (bp: number) => `${(bp / 100).toString().replace('.', ',')}%`;
      const total = r.employerBp + r.workerBp + (r.governmentBp ?? 0) + (r.recomposedBp ?? 0);
      expect(row![0]).toContain(`${pct(total)}`);
      expect(row![0]).toContain(`pemerintah ${pct(r.governmentBp!)}`);
      expect(row![0]).toContain(`JKK ${pct(JKK_TO_JKP_BP)}`);
      expect(row![0]).toContain(`Rp${idRupiah(r.wageCap!)}`);
    }
  }
  for (const c of JP_WAGE_CAPS) {
    const row = rows.find((cells) => cells[0] === String(c.year));
    expect(row?.[1]).toBe(idRupiah(c.cap));
    const letter = /B\/\d+\/\d+/.exec(c.source.id)?.[0];
    if (letter) expect(row?.[2]).toBe(letter);
  }
  expect(rates).toContain(`Rp${idRupiah(BPU_MINIMUM.jkk)} + Rp${idRupiah(BPU_MINIMUM.jkm)} = Rp${idRupiah(BPU_MINIMUM_MONTHLY)}`);
  expect(rates).toContain(
    `Rp${idRupiah(BPU_MINIMUM.jkk)} + Rp${idRupiah(BPU_MINIMUM.jkm)} + Rp${idRupiah(BPU_MINIMUM.jht)} = Rp${idRupiah(BPU_MINIMUM_WITH_JHT)}`,
  );
  expect(rates).toContain(`${BPU_RELAXATION.shareBp / 100}% dari JKK + JKM`);
  for (const law of ['PP 44/2015', 'PP 45/2015', 'PP 46/2015', 'PP 82/2019', 'PP 49/2023', 'PP 37/2021', 'PP 6/2025', 'PP 50/2025'])
    expect(rates).toContain(law);
  // JKK's legal source ends at its last amendment, as in the code's table
  const jkk = rows.find((cells) => cells[0]?.startsWith('JKK kelompok 1'))!;
  expect(jkk[3]).toMatch(/terakhir dengan PP 49\/2023/);
  // what the table cannot confirm, it says
  expect(rates).toMatch(/belum dicek/);
  expect(rates).toMatch(/not checked/);
});

/** The `=JAMSOSTEK.NAME(args) → value` lines of a section, each argument as Excel would hand it over. */
function examples(id: string, name: string): { args: (number | string | null)[]; shown: number }[] {
  const pre = doc.getElementById(id)!.getElementsByTagName('pre')[0].textContent;
  return [...pre.matchAll(new RegExp(`=JAMSOSTEK\\.${name}\\(([^)]*)\\)\\s+→ ([\\d.]+)`, 'g'))].map((m) => ({
    args: m[1].split(',').map((a) => {
      const t = a.trim();
      return t === '' ? null : t.startsWith('"') ? (JSON.parse(t) as string) : Number(t);
    }),
    shown: Number(m[2].replace(/\./g, '')),
  }));
}

test('every CONTRIBUTION and BPUBUDGET example on the page is what the function returns', () => {
  const contributions = examples('CONTRIBUTION', 'CONTRIBUTION');
  expect(contributions.length).toBeGreaterThanOrEqual(6);
  for (const { args, shown } of contributions) {
    const [wage, program, riskClass, payer, year] = args;
    expect([args, contribution(wage, program, riskClass, payer, year, { currentYear: 2025 })]).toEqual([args, shown]);
  }
  const budgets = examples('BPUBUDGET', 'BPUBUDGET');
  expect(budgets).toHaveLength(3);
  for (const { args, shown } of budgets) expect([args, bpuBudget(args[0], args[1], args[2], args[3])]).toEqual([args, shown]);
});

test('GAPTOTARGET: the text forms it names are the ones the target parser reads, and the published targets are those of the table', () => {
  const section = doc.getElementById('GAPTOTARGET')!;
  const forms = Array.from(section.getElementsByTagName('ul'))
    .find((ul) => ul.getAttribute('class') === 'target-forms')!
    .getElementsByTagName('code');
  const texts = Array.from(forms).map((c) => JSON.parse(c.textContent) as string);
  expect(texts).toEqual(['59,56', '59.56', '59,56 %', '59.56%', '0,5956', '0.5956']);
  for (const text of texts) expect(parseTarget(text)).toBe(0.5956);
  const table = Array.from(section.getElementsByTagName('table')).find((t) => t.getAttribute('class') === 'ucj-targets')!;
  const rows = Array.from(table.getElementsByTagName('tbody')[0].getElementsByTagName('tr')).map((tr) =>
    Array.from(tr.getElementsByTagName('td')).map((td) => td.textContent.trim()),
  );
  expect(rows).toEqual(
    UCJ_TARGETS.map((t) => [
      `${t.province} ${findProvince(t.province)!.name}`,
      String(t.year),
      formatTarget(parseTarget(String(t.bp / 100)), 'id').replace(' %', '%'),
    ]),
  );
});
