// Kalimantan Barat's non-ASN health workers (9,350 eligible, 3,141 enrolled) spread over its 14
// kabupaten/kota, as a planner's sheet would hold them: one row per kab/kota, built from the region table.
import { regenciesOf } from '../../../src/core/reference/regions';

export const KALBAR_ELIGIBLE = 9_350;
export const KALBAR_ENROLLED = 3_141;
export const KALBAR_TARGET_2025 = 0.5956;

/** Splits `total` in proportion to `weights` with whole numbers that add up exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i] += 1;
  }
  return out;
}

export interface RegencyRow {
  readonly code: string;
  readonly name: string;
  readonly eligible: number;
  readonly enrolled: number;
}

/** One row per kab/kota of province 61; the cities get more workers, enrolment varies by place. */
export function kalbarRows(): RegencyRow[] {
  const regencies = regenciesOf('61');
  const eligible = apportion(
    KALBAR_ELIGIBLE,
    regencies.map((r, i) => (r.name.startsWith('Kota') ? 9 : 3 + (i % 5))),
  );
  const enrolled = apportion(
    KALBAR_ENROLLED,
    eligible.map((e, i) => e * (0.6 + (i % 4) * 0.25)),
  );
  return regencies.map((r, i) => ({ code: r.code, name: r.name, eligible: eligible[i], enrolled: Math.min(enrolled[i], eligible[i]) }));
}
