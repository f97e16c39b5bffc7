// A check result in a compact form that crosses from a worker to the page cheaply: issues and records as
// columns of typed arrays (moved, not copied) and every distinct string once in one joined text. Copying
// 300,000 records and their issues as objects would cost the page about as long as the check itself; this
// form is read back in steps (unpackCheckResult) so the page never stops for long. The grids stay with the
// caller: parsed rosters name theirs by index.
import type { Localized } from '../i18n/lang';
import type { FieldId } from './fields';
import type { CheckedOptions, CheckResult, Issue, ParsedRoster, Roster, RosterRecord, RuleId, Severity, SheetGrid } from './types';

/** Every distinct string once: `text` holds them joined, string i ends at ends[i]. */
export interface PackedStrings {
  readonly text: string;
  readonly ends: Uint32Array;
}

export interface PackedIssues {
  readonly count: number;
  /** String indexes. */
  readonly rule: Uint32Array;
  readonly severity: Uint8Array;
  readonly sheet: Uint32Array;
  /** The cell's column letters (string index) and row; a cell not of that shape is whole in `column`, with row 0. */
  readonly column: Uint32Array;
  readonly cellRow: Uint32Array;
  readonly row: Uint32Array;
  /** String index + 1, 0 when absent. */
  readonly field: Uint32Array;
  readonly messageId: Uint32Array;
  readonly messageEn: Uint32Array;
  /** String index + 1 of the fix's value, 0 when there is none. */
  readonly fix: Uint32Array;
  /** String index + 1 of the cells an issue stands for, joined by ",", 0 when it stands for its own cell alone. */
  readonly cells: Uint32Array;
}

export interface PackedRecords {
  /** Records of every roster, in roster order. */
  readonly count: number;
  readonly row: Uint32Array;
  /** NIKs are all different: one text of them all, the k-th ending at nikEnds[k] (none when flags bit 2). */
  readonly nikText: string;
  readonly nikEnds: Uint32Array;
  /** String index + 1, 0 for null (for programs: index of the codes joined by U+0000). */
  readonly regencyCode: Uint32Array;
  readonly category: Uint32Array;
  readonly employmentStatus: Uint32Array;
  readonly segment: Uint32Array;
  readonly membershipStatus: Uint32Array;
  readonly programs: Uint32Array;
  /** String index + 1 of the birth place read from a "Tempat, Tanggal Lahir" cell, 0 when none. */
  readonly birthPlace: Uint32Array;
  /** String index + 1 of the kecamatan, its code and the desa (RosterRecord.district, districtCode, village), 0 when none. */
  readonly district: Uint32Array;
  readonly districtCode: Uint32Array;
  readonly village: Uint32Array;
  /** NaN for null. */
  readonly wage: Float64Array;
  /** Bit 0: isAsn, bit 1: hasError, bit 2: no NIK. */
  readonly flags: Uint8Array;
}

export interface PackedParsedRoster {
  readonly gridIndex: number;
  readonly roster: Roster;
  readonly columnIndex: Partial<Record<FieldId, number>>;
  readonly headerIndex: number;
  readonly records: number;
}

export interface PackedCheckResult {
  readonly strings: PackedStrings;
  readonly counts: CheckResult['counts'];
  readonly options: CheckedOptions;
  readonly parsed: readonly PackedParsedRoster[];
  readonly issues: PackedIssues;
  readonly records: PackedRecords;
}

const SEVERITY_CODES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_CODE: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const PROGRAM_SEPARATOR = '\u0000';

/** Every distinct string once, in the order first added. */
class StringTable {
  private readonly index = new Map<string, number>();
  private readonly parts: string[] = [];

  add(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.parts.length;
      this.index.set(s, i);
      this.parts.push(s);
    }
    return i;
  }

  /**
   * An adder for one column of few distinct values (a record's category, an issue's rule): it remembers the
   * last value, so a run of equal values costs one comparison each. Gives string index + 1, 0 for null.
   */
  column(): (s: string | null | undefined) => number {
    let last: string | null = null;
    let lastCode = 0;
    return (s) => {
      if (s === null || s === undefined) return 0;
      if (s !== last) {
        last = s;
        lastCode = this.add(s) + 1;
      }
      return lastCode;
    };
  }

  pack(): PackedStrings {
    return joined(this.parts);
  }
}

function joined(parts: readonly string[]): PackedStrings {
  const ends = new Uint32Array(parts.length);
  let end = 0;
  for (let i = 0; i < parts.length; i++) {
    end += parts[i].length;
    ends[i] = end;
  }
  return { text: parts.join(''), ends };
}

/** Splits "AB12" into its column letters and row; row 0 when the address is not of that shape. */
function splitCell(cell: string): { letters: string; row: number } {
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) >= 65 && cell.charCodeAt(i) <= 90) i++;
  const digits = cell.slice(i);
  const row = i > 0 && /^[1-9]\d{0,8}$/.test(digits) ? Number(digits) : 0;
  return row > 0 ? { letters: cell.slice(0, i), row } : { letters: cell, row: 0 };
}

/**
 * Packs a check result for another thread. `gridIndexOf` names each parsed roster's grid by its index in
 * the grids that were checked (the receiver has the same grids).
 */
export function packCheckResult(result: CheckResult, gridIndexOf: (grid: SheetGrid) => number): PackedCheckResult {
  const strings = new StringTable();
  const n = result.issues.length;
  const issues = {
    count: n,
    rule: new Uint32Array(n),
    severity: new Uint8Array(n),
    sheet: new Uint32Array(n),
    column: new Uint32Array(n),
    cellRow: new Uint32Array(n),
    row: new Uint32Array(n),
    field: new Uint32Array(n),
    messageId: new Uint32Array(n),
    messageEn: new Uint32Array(n),
    fix: new Uint32Array(n),
    cells: new Uint32Array(n),
  };
  const rule = strings.column();
  const sheet = strings.column();
  const field = strings.column();
  for (let i = 0; i < n; i++) {
    const issue = result.issues[i];
    issues.rule[i] = rule(issue.rule) - 1;
    issues.severity[i] = SEVERITY_CODE[issue.severity];
    issues.sheet[i] = sheet(issue.sheet) - 1;
    const cell = splitCell(issue.cell);
    issues.column[i] = strings.add(cell.letters);
    issues.cellRow[i] = cell.row;
    issues.row[i] = issue.row;
    issues.field[i] = field(issue.field);
    // Messages repeat ("PNS adalah ASN…"), or carry a masked NIK each: the table keeps each text once.
    issues.messageId[i] = strings.add(issue.message.id);
    issues.messageEn[i] = strings.add(issue.message.en);
    issues.fix[i] = issue.fix ? strings.add(issue.fix.value) + 1 : 0;
    issues.cells[i] = issue.cells ? strings.add(issue.cells.join(',')) + 1 : 0;
  }
  const count = result.parsed.reduce((s, p) => s + p.records.length, 0);
  const records = {
    count,
    row: new Uint32Array(count),
    nikEnds: new Uint32Array(count),
    regencyCode: new Uint32Array(count),
    category: new Uint32Array(count),
    employmentStatus: new Uint32Array(count),
    segment: new Uint32Array(count),
    membershipStatus: new Uint32Array(count),
    programs: new Uint32Array(count),
    birthPlace: new Uint32Array(count),
    district: new Uint32Array(count),
    districtCode: new Uint32Array(count),
    village: new Uint32Array(count),
    wage: new Float64Array(count),
    flags: new Uint8Array(count),
  };
  const columns = {
    regencyCode: strings.column(),
    category: strings.column(),
    employmentStatus: strings.column(),
    segment: strings.column(),
    membershipStatus: strings.column(),
    district: strings.column(),
    districtCode: strings.column(),
    village: strings.column(),
  };
  // Programs come as arrays, often the very same array for many rows: joined once per array seen.
  const programCodes = new Map<readonly string[], number>();
  const niks: string[] = [];
  let nikEnd = 0;
  let k = 0;
  for (const p of result.parsed) {
    for (const r of p.records) {
      records.row[k] = r.row;
      if (r.nik !== null) {
        niks.push(r.nik);
        nikEnd += r.nik.length;
      }
      records.nikEnds[k] = nikEnd;
      records.regencyCode[k] = columns.regencyCode(r.regencyCode);
      records.category[k] = columns.category(r.category);
      records.employmentStatus[k] = columns.employmentStatus(r.employmentStatus);
      records.segment[k] = columns.segment(r.segment);
      records.membershipStatus[k] = columns.membershipStatus(r.membershipStatus);
      let programs = programCodes.get(r.programs);
      if (programs === undefined) {
        programs = strings.add(r.programs.join(PROGRAM_SEPARATOR));
        programCodes.set(r.programs, programs);
      }
      records.programs[k] = programs;
      records.birthPlace[k] = r.birthPlace === undefined ? 0 : strings.add(r.birthPlace) + 1;
      records.district[k] = columns.district(r.district ?? null);
      records.districtCode[k] = columns.districtCode(r.districtCode ?? null);
      records.village[k] = columns.village(r.village ?? null);
      records.wage[k] = r.wage === null ? NaN : r.wage;
      records.flags[k] = (r.isAsn ? 1 : 0) | (r.hasError ? 2 : 0) | (r.nik === null ? 4 : 0);
      k++;
    }
  }
  return {
    strings: strings.pack(),
    counts: { ...result.counts },
    options: { ...result.options },
    parsed: result.parsed.map((p) => ({
      gridIndex: gridIndexOf(p.grid),
      roster: p.roster,
      columnIndex: p.columnIndex,
      headerIndex: p.headerIndex,
      records: p.records.length,
    })),
    issues,
    records: { ...records, nikText: niks.join('') },
  };
}

/** The typed arrays of a packed result, to hand to postMessage as transferables (moved, not copied). */
export function packedBuffers(packed: PackedCheckResult): ArrayBuffer[] {
  const i = packed.issues;
  const r = packed.records;
  const arrays: ArrayBufferView[] = [
    packed.strings.ends,
    ...[i.rule, i.severity, i.sheet, i.column, i.cellRow, i.row, i.field, i.messageId, i.messageEn, i.fix, i.cells],
    ...[r.row, r.nikEnds, r.regencyCode, r.category, r.employmentStatus, r.segment, r.membershipStatus, r.programs, r.birthPlace],
    ...[r.district, r.districtCode, r.village],
    ...[r.wage, r.flags],
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** Reading a packed result back in steps: a caller can yield between them. */
export interface ResultUnpacker {
  /** Issues and records to read in all. */
  readonly total: number;
  readonly done: number;
  /** Reads up to `items` more issues and records; true once all are read. */
  step(items: number): boolean;
  result(): CheckResult;
}

/** Starts reading a packed result; `grids` are the grids that were checked, in the same order. */
export function unpackCheckResult(packed: PackedCheckResult, grids: readonly SheetGrid[]): ResultUnpacker {
  const { text, ends } = packed.strings;
  const cache: (string | undefined)[] = new Array<string | undefined>(ends.length);
  const str = (i: number): string => (cache[i] ??= text.slice(i === 0 ? 0 : ends[i - 1], ends[i]));
  const opt = (i: number): string | null => (i === 0 ? null : str(i - 1));
  const programCache = new Map<number, readonly string[]>();
  const programsAt = (i: number): readonly string[] => {
    let p = programCache.get(i);
    if (!p) {
      const joined = str(i);
      p = Object.freeze(joined === '' ? [] : joined.split(PROGRAM_SEPARATOR));
      programCache.set(i, p);
    }
    return p;
  };
  const pi = packed.issues;
  const pr = packed.records;
  const issues: Issue[] = new Array<Issue>(pi.count);
  const records: RosterRecord[] = new Array<RosterRecord>(pr.count);
  let nextIssue = 0;
  let nextRecord = 0;

  function issueAt(i: number): Issue {
    const rule = str(pi.rule[i]) as RuleId;
    const severity = SEVERITY_CODES[pi.severity[i]];
    const sheet = str(pi.sheet[i]);
    const cell = pi.cellRow[i] === 0 ? str(pi.column[i]) : str(pi.column[i]) + String(pi.cellRow[i]);
    const row = pi.row[i];
    const message: Localized = { id: str(pi.messageId[i]), en: str(pi.messageEn[i]) };
    const field = opt(pi.field[i]) as FieldId | null;
    const fix = opt(pi.fix[i]);
    const cells = opt(pi.cells[i]);
    // The same keys in the same order as the check makes them (see RowContext.place).
    const issue: Issue =
      field !== null
        ? fix !== null
          ? { rule, severity, sheet, cell, row, field, message, fix: { value: fix } }
          : { rule, severity, sheet, cell, row, field, message }
        : fix !== null
          ? { rule, severity, sheet, cell, row, message, fix: { value: fix } }
          : { rule, severity, sheet, cell, row, message };
    return cells === null ? issue : { ...issue, cells: cells.split(',') };
  }

  function recordAt(k: number): RosterRecord {
    const wage = pr.wage[k];
    const flags = pr.flags[k];
    const birthPlace = opt(pr.birthPlace[k]);
    const record: RosterRecord = {
      row: pr.row[k],
      nik: (flags & 4) !== 0 ? null : pr.nikText.slice(k === 0 ? 0 : pr.nikEnds[k - 1], pr.nikEnds[k]),
      regencyCode: opt(pr.regencyCode[k]),
      category: opt(pr.category[k]),
      employmentStatus: opt(pr.employmentStatus[k]),
      segment: opt(pr.segment[k]),
      membershipStatus: opt(pr.membershipStatus[k]),
      programs: programsAt(pr.programs[k]),
      wage: Number.isNaN(wage) ? null : wage,
      isAsn: (flags & 1) !== 0,
      hasError: (flags & 2) !== 0,
    };
    const withPlace = birthPlace === null ? record : { ...record, birthPlace };
    const district = opt(pr.district[k]);
    const districtCode = opt(pr.districtCode[k]);
    const village = opt(pr.village[k]);
    if (district === null && village === null) return withPlace;
    // The same keys in the same order as RowContext.record makes them.
    return {
      ...withPlace,
      ...(district !== null ? (districtCode !== null ? { district, districtCode } : { district }) : {}),
      ...(village !== null ? { village } : {}),
    };
  }

  return {
    total: pi.count + pr.count,
    get done() {
      return nextIssue + nextRecord;
    },
    step(items: number): boolean {
      let budget = items;
      while (budget > 0 && nextIssue < pi.count) {
        issues[nextIssue] = issueAt(nextIssue);
        nextIssue++;
        budget--;
      }
      while (budget > 0 && nextRecord < pr.count) {
        records[nextRecord] = recordAt(nextRecord);
        nextRecord++;
        budget--;
      }
      return nextIssue === pi.count && nextRecord === pr.count;
    },
    result(): CheckResult {
      if (nextIssue < pi.count || nextRecord < pr.count) throw new Error('result() comes after the last step');
      let from = 0;
      const parsed: ParsedRoster[] = packed.parsed.map((p) => {
        const grid = grids[p.gridIndex];
        if (!grid) throw new Error(`No grid ${p.gridIndex} for the packed result`);
        const own = records.slice(from, from + p.records);
        from += p.records;
        return { roster: p.roster, grid, columnIndex: p.columnIndex, headerIndex: p.headerIndex, records: own };
      });
      return { rosters: parsed.map((p) => p.roster), issues, counts: packed.counts, parsed, options: packed.options };
    },
  };
}
