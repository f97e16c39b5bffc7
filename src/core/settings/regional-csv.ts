// Per-kab/kota figures a planner keeps in a small CSV (the CLI's --targets and --ucj):
//   --targets   code,target            6171,45   ·  6171;59,56 %   (each target read by parseTarget)
//   --ucj       code,working,active    6171,412000,180500  ·  6171;412.000;180.500
// A line is split on ";" when it has one (Excel in Indonesian saves CSV that way, and "59,56" keeps its
// comma), else on ",". A first line that does not start with a code is a header; blank lines are skipped.
// Counts may carry thousands separators (412.000, 412,000, 412 000). The code must be a kab/kota of the
// province; each is given once. Every refusal names the line.
import { findProvince, regenciesOf } from '../reference/regions';
import { SettingError, shownValue } from './setting-error';
import { parseTarget, type Target } from './target';

export interface RegionalCounts {
  /** Penduduk bekerja (BPS Sakernas). */
  readonly working: number;
  /** Peserta aktif BPJS Ketenagakerjaan (PU + BPU + Jakon). */
  readonly active: number;
}

type Kind = 'regencyTargets' | 'regionalUcj';

function lineError(kind: Kind, line: number, id: string, en: string): SettingError {
  return new SettingError(kind, { id: `baris ${line}: ${id}`, en: `line ${line}: ${en}` });
}

function rowsOf(text: string, kind: Kind, province: string, columns: number): { line: number; code: string; cells: string[] }[] {
  const known = new Set(regenciesOf(province).map((r) => r.code));
  const provinceName = findProvince(province)?.name ?? province;
  const seen = new Set<string>();
  const out: { line: number; code: string; cells: string[] }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      if (raw.trim() === '') return;
      const cells = (raw.includes(';') ? raw.split(';') : raw.split(',')).map((c) =>
        c
          .trim()
          .replace(/^"(.*)"$/, '$1')
          .trim(),
      );
      const code = cells[0].replace(/\./g, '');
      if (out.length === 0 && seen.size === 0 && !/^\d+$/.test(code)) {
        seen.add(''); // a header line
        return;
      }
      if (!known.has(code))
        throw lineError(
          kind,
          line,
          `"${shownValue(cells[0])}" bukan kode kab/kota di Provinsi ${provinceName} (4 angka, mis. 6171)`,
          `"${shownValue(cells[0])}" is not the code of a kab/kota of ${provinceName} (4 digits, e.g. 6171)`,
        );
      if (seen.has(code)) throw lineError(kind, line, `kode ${code} sudah ada di baris lain`, `code ${code} is given twice`);
      seen.add(code);
      if (cells.length !== columns)
        throw lineError(
          kind,
          line,
          `harus ada ${columns} kolom, ada ${cells.length}`,
          `expected ${columns} columns, found ${cells.length}`,
        );
      out.push({ line, code, cells: cells.slice(1) });
    });
  return out;
}

/** --targets: own targets of some kab/kota (code → target). */
export function parseRegencyTargets(text: string, province: string): Record<string, Target> {
  const out: Record<string, Target> = {};
  for (const { line, code, cells } of rowsOf(text, 'regencyTargets', province, 2)) {
    try {
      out[code] = parseTarget(cells[0]);
    } catch (error) {
      if (!(error instanceof SettingError)) throw error;
      throw lineError('regencyTargets', line, error.text.id, error.text.en);
    }
  }
  return out;
}

/** A whole count as offices write it: 412000, 412.000, 412,000 or 412 000. */
function countOf(kind: Kind, line: number, raw: string, what: { id: string; en: string }): number {
  const plain = raw.replace(/[\s.,]/g, '');
  const grouped = /^\d{1,3}([.,\s]\d{3})*$/.test(raw) || /^\d+$/.test(raw);
  if (!grouped || plain === '' || !Number.isSafeInteger(Number(plain)))
    throw lineError(
      kind,
      line,
      `${what.id} "${shownValue(raw)}" bukan bilangan bulat`,
      `${what.en} "${shownValue(raw)}" is not a whole number`,
    );
  return Number(plain);
}

/** --ucj: BPS working population and BPJS active participants per kab/kota. */
export function parseRegionalUcj(text: string, province: string): Record<string, RegionalCounts> {
  const out: Record<string, RegionalCounts> = {};
  for (const { line, code, cells } of rowsOf(text, 'regionalUcj', province, 3)) {
    const working = countOf('regionalUcj', line, cells[0], { id: 'Penduduk bekerja', en: 'working population' });
    const active = countOf('regionalUcj', line, cells[1], { id: 'Peserta aktif', en: 'active participants' });
    out[code] = { working, active };
  }
  return out;
}
