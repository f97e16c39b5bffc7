// How fast the machine's CPU runs right now, so that a benchmark can tell its code's cost from the host's.
//
// The 2-core build VM runs at two speeds, switching every few seconds: a plain integer loop takes about
// 5.5 ms in one stretch and 10–12 ms in the next (about 1.8×), with a load average of 0 and no steal time
// in /proc/stat. Code timed in a slow stretch looks 1.8× slower though nothing about it changed; a median
// of a few runs then tells which stretch the bench fell into. So a bench times this fixed loop before and
// after each run and keeps the runs the loop found at full speed (timeRuns, atFullSpeed), and it prints how
// many runs it set aside, so that nothing is hidden.
'use strict';

const WORDS = 1 << 16;
const PASSES = 60;
const scratch = new Int32Array(WORDS);

/** The loop: integer arithmetic over a 256 KB array, about 4 million steps. */
function spin(a) {
  let h = 0;
  for (let r = 0; r < PASSES; r++)
    for (let i = 0; i < a.length; i++) {
      a[i] = (a[i] * 31 + i) ^ h;
      h = (h + a[(i * 7) & (a.length - 1)]) | 0;
    }
  return h;
}

/** CPU milliseconds of the fixed loop (about 5.5 ms at full speed on the build VM). */
function referenceMs() {
  const c0 = process.cpuUsage();
  scratch[0] ^= spin(scratch);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** A run counts as at full speed when the loop before and after it took at most this much over its fastest. */
const SLACK = 1.25;

/** The fastest the reference loop ran in this process: full speed, as far as this process saw. */
let fastest = Infinity;

function reference() {
  const ms = referenceMs();
  fastest = Math.min(fastest, ms);
  return ms;
}

/**
 * Times `fn` (CPU and wall milliseconds) until `want` runs fell in full-speed stretches, or `limit` runs in
 * all, with the reference loop's times before and after each run. Judge the series with `atFullSpeed`
 * once every series of the bench ran: a run is judged against the fastest loop of the whole process, so
 * that an early run is not called full speed before a faster stretch showed what full speed is.
 */
function timeRuns(fn, want, limit = want * 4) {
  for (let i = 0; i < 5; i++) reference(); // the loop itself warmed up
  const runs = [];
  let before = reference();
  while (runs.length < limit) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    fn();
    const wallMs = performance.now() - w0;
    const c = process.cpuUsage(c0);
    const after = reference();
    runs.push({ cpuMs: (c.user + c.system) / 1000, wallMs, before, after });
    before = after;
    if (runs.filter(isFull).length >= want) break;
  }
  return runs;
}

/**
 * Runs `fn` once between two reference loops, for a bench that times something else than this process's
 * CPU (a child process, a browser): judge the samples with atFullSpeed like timeRuns' runs.
 */
function bracket(fn) {
  const before = reference();
  const value = fn();
  return { value, before, after: reference() };
}

/** bracket for work that is awaited (a page in the browser). */
async function bracketAsync(fn) {
  const before = reference();
  const value = await fn();
  return { value, before, after: reference() };
}

/**
 * Samples `fn` with bracketAsync until `want` of them fell at full host speed, or `limit` in all; returns
 * the values to count (atFullSpeed with at least `want`) and how many were set aside.
 */
async function sampleAtFullSpeed(fn, want, limit = want * 3) {
  const samples = [];
  while (samples.length < limit && samples.filter(isFull).length < want) samples.push(await bracketAsync(fn));
  const judged = atFullSpeed(samples, Math.min(2, want));
  return { values: judged.counted.map((s) => s.value), setAside: judged.setAside.length, all: samples.length, hostSlow: judged.hostSlow };
}

const isFull = (r) => Math.max(r.before, r.after) <= fastest * SLACK;

/**
 * The runs to count: those at full speed, or every run when fewer than `min` were (hostSlow then says
 * so). `setAside`: the runs left out.
 */
function atFullSpeed(runs, min) {
  const full = runs.filter(isFull);
  if (full.length < min) return { counted: runs, setAside: [], hostSlow: full.length < runs.length, referenceMs: fastest };
  return { counted: full, setAside: runs.filter((r) => !isFull(r)), hostSlow: false, referenceMs: fastest };
}

/**
 * How the runs were chosen, for a bench's line: "median of 11 runs at full host speed; 4 of 15 set aside
 * (host slow, their median 148.6 ms)". `key`: the figure the bench reports (cpuMs or wallMs).
 */
function describe(judged, key = 'cpuMs') {
  const { counted, setAside, hostSlow, referenceMs: ref } = judged;
  if (hostSlow)
    return `median of ${counted.length} runs; the host never ran at full speed long enough (reference loop ${ref.toFixed(1)} ms at best)`;
  const all = counted.length + setAside.length;
  const aside =
    setAside.length === 0
      ? 'none set aside'
      : `${setAside.length} of ${all} set aside (host slow, their median ${median(setAside.map((r) => r[key])).toFixed(1)} ms)`;
  return `median of ${counted.length} runs at full host speed; ${aside}`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

module.exports = { timeRuns, bracket, sampleAtFullSpeed, atFullSpeed, isFull, describe, median };
