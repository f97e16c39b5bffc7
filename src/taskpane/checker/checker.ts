// Runs the roster check for the task pane without holding the page up: in a Web Worker (the same in the
// browser preview and in Excel's shared runtime, which is a full browser runtime), or, where no worker can
// start, on the page in slices with a yield every 20 ms at most. Either way progress counts rows done of
// total, and Cancel stops it at once: the worker is terminated (a new one starts with the next check),
// the slices stop at the next yield. Reading cells from Excel stays on the page (Office.js lives there);
// the worker gets the grids in slices and sends the result back packed (core/roster/packed-result.ts).
import { startCheck } from '../../core/roster/check';
import { type PackedCheckResult, unpackCheckResult } from '../../core/roster/packed-result';
import type { CheckOptions, CheckResult, SheetGrid } from '../../core/roster/types';
import { abortError } from '../../hosts/abort';
import type { FromWorker, ToWorker } from './protocol';

export interface CheckRunOptions {
  readonly signal?: AbortSignal;
  /** Rows checked so far of all data rows. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** How the pane runs a check; checkGrids' result, never blocking the page for long. */
export interface Checker {
  check(grids: readonly SheetGrid[], options: CheckOptions, run?: CheckRunOptions): Promise<CheckResult>;
}

/** Longest stretch of work on the page between two yields. */
export const SLICE_MS = 20;
/** Rows checked (or issues and records unpacked) between two looks at the clock. */
const STEP_ROWS = 2_000;
/**
 * Rows per message to the worker. The browser copies them (structured clone) without making garbage on the
 * page, a few milliseconds per thousand rows of a 15-column roster.
 */
const ROWS_PER_MESSAGE = 1_000;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Lets the page handle input and paint. A message through a channel comes back at once, unlike a
 * setTimeout(0) chain, which browsers stretch to 4 ms a turn.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A clock for slices of work: `due()` says when the current slice has run `sliceMs` and should yield. */
function sliceClock(sliceMs: number): { due: () => boolean; restart: () => void } {
  let start = now();
  return { due: () => now() - start >= sliceMs, restart: () => (start = now()) };
}

/** Reads a packed result back on the page, yielding between slices. */
async function unpackInSlices(
  packed: PackedCheckResult,
  grids: readonly SheetGrid[],
  signal: AbortSignal | undefined,
  sliceMs: number,
): Promise<CheckResult> {
  const unpacker = unpackCheckResult(packed, grids);
  const clock = sliceClock(sliceMs);
  while (!unpacker.step(STEP_ROWS)) {
    if (clock.due()) {
      await yieldToPage();
      if (signal?.aborted) throw abortError();
      clock.restart();
    }
  }
  return unpacker.result();
}

/** The check on the page itself, in slices: where no worker can start (and in tests under Node). */
export class SlicedChecker implements Checker {
  /** `sliceMs`: the longest stretch between two yields (tests pass 0: a yield after every step). */
  constructor(private readonly sliceMs = SLICE_MS) {}

  async check(grids: readonly SheetGrid[], options: CheckOptions, run: CheckRunOptions = {}): Promise<CheckResult> {
    if (run.signal?.aborted) throw abortError();
    const check = startCheck(grids, options);
    run.onProgress?.(0, check.totalRows);
    const clock = sliceClock(this.sliceMs);
    while (!check.step(STEP_ROWS)) {
      if (clock.due()) {
        run.onProgress?.(check.rowsDone, check.totalRows);
        await yieldToPage();
        if (run.signal?.aborted) throw abortError();
        clock.restart();
      }
    }
    run.onProgress?.(check.rowsDone, check.totalRows);
    return check.result();
  }
}

/** Where the worker's script comes from: its URL (served beside the pane), or its text (a single-file page). */
export type WorkerSource = { readonly url: string } | { readonly script: string };

/** What the checker needs of a Worker (so tests can hand in their own). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  removeEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** Starts a worker from its source; a script's text becomes a blob: URL (a file:// page cannot load a worker file). */
export function spawnWorker(source: WorkerSource): WorkerLike {
  if ('url' in source) return new Worker(source.url);
  const url = URL.createObjectURL(new Blob([source.script], { type: 'text/javascript' }));
  const worker = new Worker(url);
  // The worker has fetched its script once it speaks; the URL is no longer needed.
  const revoke = () => {
    URL.revokeObjectURL(url);
    worker.removeEventListener('message', revoke);
  };
  worker.addEventListener('message', revoke);
  return worker;
}

/**
 * The check in a worker. A worker that cannot start (no Worker, a refused script, a blocked blob: URL)
 * hands this check and every later one to `fallback`, which runs on the page in slices.
 */
export class WorkerChecker implements Checker {
  private worker: WorkerLike | null = null;
  /** The worker has said it runs. */
  private started = false;
  private broken = false;
  private job = 0;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly fallback: Checker = new SlicedChecker(),
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** Whether checks run in a worker (false once a worker failed to start). */
  get inWorker(): boolean {
    return !this.broken;
  }

  async check(grids: readonly SheetGrid[], options: CheckOptions, run: CheckRunOptions = {}): Promise<CheckResult> {
    if (run.signal?.aborted) throw abortError();
    if (this.broken) return this.fallback.check(grids, options, run);
    let worker: WorkerLike;
    try {
      worker = this.worker ??= this.spawn();
    } catch {
      this.broken = true;
      return this.fallback.check(grids, options, run);
    }
    const job = ++this.job;
    const signal = run.signal;
    let cleanup = () => undefined as void;
    const outcome = new Promise<PackedCheckResult | 'unstarted'>((resolve, reject) => {
      const onMessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.type === 'ready') this.started = true;
        else if (m.job !== job) return;
        else if (m.type === 'progress') run.onProgress?.(m.done, m.total);
        else if (m.type === 'result') resolve(m.packed);
        else if (m.type === 'failed') reject(new Error(m.message));
      };
      const onError = (event: Event) => {
        event.preventDefault?.();
        // No word from the worker yet: its script did not load or run here. The page checks instead.
        if (!this.started) {
          this.stop();
          this.broken = true;
          resolve('unstarted');
        } else {
          this.stop();
          reject(new Error((event as ErrorEvent).message || 'The check worker stopped'));
        }
      };
      const onAbort = () => {
        // Terminating is the one way to stop a worker in the middle of a check; the next check starts a new one.
        this.stop();
        reject(abortError());
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.addEventListener('messageerror', onError);
      signal?.addEventListener('abort', onAbort);
      cleanup = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        worker.removeEventListener('messageerror', onError);
        signal?.removeEventListener('abort', onAbort);
      };
    });
    // A rejection while grids are still being sent is taken up by the await below, not reported as unhandled.
    outcome.catch(() => undefined);
    try {
      const sent = await this.send(worker, job, grids, options, signal, outcome);
      const packed = sent ? await outcome : 'unstarted';
      if (packed === 'unstarted') return this.fallback.check(grids, options, run);
      return await unpackInSlices(packed, grids, signal, this.sliceMs);
    } finally {
      cleanup();
    }
  }

  /** Sends the grids in slices, then asks for the check; false when the worker failed to start meanwhile. */
  private async send(
    worker: WorkerLike,
    job: number,
    grids: readonly SheetGrid[],
    options: CheckOptions,
    signal: AbortSignal | undefined,
    outcome: Promise<unknown>,
  ): Promise<boolean> {
    let settled = false;
    void outcome.then(
      () => (settled = true),
      () => (settled = true),
    );
    const clock = sliceClock(this.sliceMs);
    for (let index = 0; index < grids.length; index++) {
      const { rows, ...grid } = grids[index];
      worker.postMessage({ type: 'grid', job, index, grid }, []);
      for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) {
        worker.postMessage({ type: 'rows', job, index, rows: rows.slice(start, start + ROWS_PER_MESSAGE) }, []);
        if (clock.due()) {
          await yieldToPage();
          if (signal?.aborted) throw abortError();
          // Stopped meanwhile (it failed to start, or Cancel): the outcome says which.
          if (settled) return (await outcome) !== 'unstarted';
          clock.restart();
        }
      }
    }
    if (signal?.aborted) throw abortError();
    worker.postMessage({ type: 'check', job, options }, []);
    return true;
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.started = false;
  }
}

/**
 * The pane's checker: a worker from `source` where Workers exist, else the page in slices. The same code
 * runs in the browser preview and in Excel; a single-file page passes the worker's script text instead.
 */
export function createChecker(source: WorkerSource | null): Checker {
  if (!source || typeof Worker === 'undefined') return new SlicedChecker();
  return new WorkerChecker(() => spawnWorker(source));
}
