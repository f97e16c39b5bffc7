// The text face of `jamsostek summary`: the headline and the per-kab/kota table as a coordinator reads them.
import type { Lang, Localized } from '../../core/i18n/lang';
import { formatTarget } from '../../core/settings/target';
import { headlineSentence } from '../../core/summary/headline';
import { type CoverageRow, SCOPE_REASONS, type SummaryModel } from '../../core/summary/model';
import { VILLAGE_LABELS } from '../../core/summary/villages';
import { oneLine } from '../terminal-text';

const pct = (x: number | null, lang: Lang): string =>
  x === null
    ? '-'
    : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(x);

const EligibleHead: Localized = { id: 'Sasaran', en: 'Eligible' };
const CoveredHead: Localized = { id: 'Terlindungi', en: 'Covered' };
const CoverageHead: Localized = { id: 'Cakupan', en: 'Coverage' };
const GapHead: Localized = { id: 'Kekurangan', en: 'Gap' };

export function summaryText(model: SummaryModel, lang: Lang, written?: { file: string; sheet: string }): string {
  const t = (x: Localized): string => x[lang];
  const n = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US');
  const m = model.totals;
  const lines: string[] = [];
  lines.push(`${t({ id: 'Ringkasan Rakor', en: 'Coordination meeting summary' })} — ${model.province.name} (${model.province.code})`);
  lines.push(
    `${t({ id: 'Baris', en: 'Rows' })} ${n.format(m.rows)} · ${t(EligibleHead)} ${n.format(m.eligible)} · ` +
      `${t(CoveredHead)} ${n.format(m.covered)} · ${t(CoverageHead)} ${pct(m.coverage, lang)} · ` +
      `${t({ id: 'Target', en: 'Target' })} ${formatTarget(model.target, lang)} · ${t(GapHead)} ${n.format(m.gap)}`,
  );
  lines.push(headlineSentence({ eligible: m.eligible, covered: m.covered, gap: m.gap, target: model.target }, lang));
  // the scope: which rosters are counted, and why any is left out
  const rowsOf = (rows: number) => `${n.format(rows)} ${t({ id: 'baris', en: rows === 1 ? 'row' : 'rows' })}`;
  const named = (s: SummaryModel['scope'][number]) => oneLine(s.table ? `${s.table} (${s.sheet})` : s.sheet);
  const counted = model.scope.filter((s) => s.counted);
  lines.push(`${t({ id: 'Dihitung', en: 'Counted' })}: ${counted.map((s) => `${named(s)} (${rowsOf(s.rows)})`).join(', ') || '-'}`);
  for (const s of model.scope.filter((x) => !x.counted))
    lines.push(`${t({ id: 'Tidak dihitung', en: 'Left out' })}: ${named(s)} (${rowsOf(s.rows)}) — ${t(SCOPE_REASONS[s.reason!])}`);
  lines.push(
    `${t({ id: 'ASN dikecualikan', en: 'ASN left out' })} ${n.format(m.asn)} · ${t({ id: 'Baris dengan kesalahan', en: 'Rows with errors' })} ${n.format(m.rowsWithErrors)}`,
  );
  lines.push('');
  const heads = [EligibleHead, CoveredHead, CoverageHead, GapHead].map(t);
  const table = (title: Localized, rows: readonly CoverageRow[], total: CoverageRow) => {
    const all = [...rows, total];
    const w = Math.max(...all.map((r) => oneLine(r.name).length), 14);
    lines.push(
      `${t(title).padEnd(w)}  ${heads[0].padStart(9)}  ${heads[1].padStart(11)}  ${heads[2].padStart(8)}  ${heads[3].padStart(10)}`,
    );
    for (const r of all) {
      lines.push(
        `${oneLine(r.name).padEnd(w)}  ${n.format(r.eligible).padStart(9)}  ${n.format(r.covered).padStart(11)}  ${pct(r.coverage, lang).padStart(8)}  ${n.format(r.gap).padStart(10)}`,
      );
    }
    lines.push('');
  };
  table({ id: 'Kabupaten/Kota', en: 'Regency/City' }, model.byRegency.rows, model.byRegency.total);
  table(
    { id: 'Kategori Pekerja', en: 'Worker category' },
    model.byCategory.rows.filter((r) => r.eligible > 0 || r.key === null),
    model.byCategory.total,
  );
  const villages = model.villages;
  if (villages) {
    // The village view: per kecamatan, villages with a listed worker, those with nobody covered, coverage.
    const vh = [t(VILLAGE_LABELS.listed), t(VILLAGE_LABELS.uncovered), t(CoverageHead)];
    const names = [...villages.rows.map((r) => oneLine(r.name)), 'Total'];
    const w = Math.max(...names.map((x) => x.length), 14);
    const widths = vh.map((h) => Math.max(h.length, 8));
    lines.push(t(VILLAGE_LABELS.title));
    lines.push(`${t(VILLAGE_LABELS.district).padEnd(w)}  ${vh.map((h, i) => h.padStart(widths[i])).join('  ')}`);
    for (const [i, r] of [...villages.rows, villages.total].entries()) {
      const cells = [n.format(r.villagesListed), n.format(r.villagesUncovered), pct(r.coverage, lang)];
      lines.push(`${names[i].padEnd(w)}  ${cells.map((c, k) => c.padStart(widths[k])).join('  ')}`);
    }
    lines.push('');
  }
  lines.push(
    `${t({ id: 'Estimasi anggaran menutup kekurangan (BPU minimum, 12 bulan)', en: 'Estimated budget to close the gap (BPU minimum, 12 months)' })}: Rp${n.format(model.budget.amount)}`,
  );
  if (written) lines.push(`${t({ id: 'Ditulis ke', en: 'Written to' })}: ${oneLine(written.file)} → "${oneLine(written.sheet)}"`);
  return lines.join('\n') + '\n';
}
