// COVERAGE and GAPTOTARGET over two full-height Excel columns (1,048,576 rows each), called the way
// Excel's runtime calls them: through the custom-function wrappers with ranges as 2-D arrays.
// Goal: under 50 ms each in Node, timed while the host runs at full speed (host-speed.js).
import { coverage, gaptotarget } from '../src/functions/functions';
import { atFullSpeed, describe, median, timeRuns } from './host-speed';

const ROWS = 1_048_576;
const RUNS = 9;
const GOAL_MS = 50;

/** Per-facility counts as a planner's sheet holds them: small whole numbers, about 2 % blank cells. */
function columns(): { enrolled: unknown[][]; eligible: unknown[][] } {
  let seed = 20_250_611;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const enrolled = new Array<unknown[]>(ROWS);
  const eligible = new Array<unknown[]>(ROWS);
  for (let i = 0; i < ROWS; i++) {
    if (next() < 0.02) {
      enrolled[i] = [''];
      eligible[i] = [''];
      continue;
    }
    const e = 1 + Math.floor(next() * 40);
    eligible[i] = [e];
    enrolled[i] = [Math.floor(e * next() * 0.7)];
  }
  return { enrolled, eligible };
}

function time(fn: () => unknown): { medianMs: number; bestMs: number; value: unknown; how: string } {
  let value: unknown = fn(); // warm-up
  fn();
  const runs = timeRuns(() => (value = fn()), RUNS);
  const judged = atFullSpeed(runs, 5);
  return {
    medianMs: median(judged.counted.map((r) => r.wallMs)),
    bestMs: Math.min(...runs.map((r) => r.wallMs)),
    value,
    how: describe(judged, 'wallMs'),
  };
}

export function run() {
  const { enrolled, eligible } = columns();
  const reports = [];
  for (const [name, fn] of [
    ['COVERAGE', () => coverage(enrolled, eligible)],
    ['GAPTOTARGET', () => gaptotarget(enrolled, eligible, 0.5956)],
  ] as const) {
    const t = time(fn);
    const met = t.medianMs < GOAL_MS;
    reports.push({
      name,
      summary:
        `${name}: 2 × ${ROWS.toLocaleString('en-US')} rows in ${t.medianMs.toFixed(1)} ms (${t.how}; best ${t.bestMs.toFixed(1)} ms; ` +
        `goal < ${GOAL_MS} ms: ${met ? 'met' : 'NOT met'}) → ${typeof t.value === 'number' ? Number(t.value.toFixed(6)) : String(t.value)}`,
      medianMs: t.medianMs,
      met,
    });
  }
  return reports;
}
