// The pane's checker, in Node: the real worker script (src/taskpane/checker/worker.ts) runs in-process behind a
// stand-in for the browser's Worker that copies every message with structuredClone (moving the transferred
// buffers, as a browser does) and delivers it on a later turn. What the pane relies on: the result is exactly
// checkGrids' result; progress counts rows done of total; Cancel rejects with AbortError and terminates the
// worker (the next check starts a new one); a worker that cannot start hands the check to the page's slices.
import { checkGrids } from '../../../src/core/roster/check';
import type { CheckResult, SheetGrid } from '../../../src/core/roster/types';
import { type Checker, SlicedChecker, WorkerChecker, type WorkerLike, yieldToPage } from '../../../src/taskpane/checker/checker';
import type { FromWorker, ToWorker } from '../../../src/taskpane/checker/protocol';
import { generateRoster } from '../../support/roster-fixture';

const today = 46037;
const nakes = generateRoster({ rows: 6_000, seed: 21, sheet: 'Nakes', titleRows: 2, plant: 'all', oddSpellings: 0.03, blankRows: 5 });
const kader = generateRoster({ rows: 2_500, seed: 22, sheet: 'Kader', categories: 'kader', nikSerialOffset: 900_000 });
const grids: SheetGrid[] = [nakes.grid, kader.grid];
const expected = checkGrids(grids, { today });
const totalRows = nakes.dataRows + kader.dataRows;

function expectSameResult(result: CheckResult): void {
  expect(result.issues).toStrictEqual(expected.issues);
  expect(result.counts).toEqual(expected.counts);
  expect(result.rosters).toStrictEqual(expected.rosters);
  expect(result.parsed.map((p) => p.records)).toStrictEqual(expected.parsed.map((p) => p.records));
  // The parsed rosters point at the pane's own grids (a fix or the summary reads them).
  expect(result.parsed.map((p) => p.grid)).toEqual(grids);
  expect(result.parsed[0].grid).toBe(nakes.grid);
}

type Listener = (event: never) => void;

/** A Worker stand-in running the real worker script in this process. */
class InProcessWorker implements WorkerLike {
  terminated = false;
  readonly received: ToWorker['type'][] = [];
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly scope: { onmessage: ((event: { data: ToWorker }) => void) | null };

  constructor(options: { failToStart?: boolean } = {}) {
    const scope = {
      onmessage: null as ((event: { data: ToWorker }) => void) | null,
      postMessage: (message: FromWorker, transfer: Transferable[] = []) => {
        const copy = structuredClone(message, { transfer });
        setImmediate(() => this.emit('message', { data: copy }));
      },
    };
    this.scope = scope;
    if (options.failToStart) {
      // As a browser reports a worker script it could not fetch or run: an error event, no message.
      setImmediate(() => this.emit('error', { preventDefault: () => undefined, message: '' }));
      return;
    }
    jest.isolateModules(() => {
      (globalThis as { self?: unknown }).self = scope;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../../src/taskpane/checker/worker');
      delete (globalThis as { self?: unknown }).self;
    });
  }

  postMessage(message: ToWorker, transfer: Transferable[] = []): void {
    const copy = structuredClone(message, { transfer });
    this.received.push(message.type);
    setImmediate(() => {
      if (!this.terminated) this.scope.onmessage?.({ data: copy });
    });
  }

  addEventListener(type: string, listener: Listener): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  terminate(): void {
    this.terminated = true;
  }

  private emit(type: string, event: unknown): void {
    if (this.terminated) return;
    for (const l of this.listeners.get(type) ?? []) l(event as never);
  }
}

function workerChecker(options: { failToStart?: boolean; spawnThrows?: boolean } = {}) {
  const spawned: InProcessWorker[] = [];
  const checker = new WorkerChecker(
    () => {
      if (options.spawnThrows) throw new DOMException('Workers are not allowed here', 'SecurityError');
      const w = new InProcessWorker(options);
      spawned.push(w);
      return w;
    },
    new SlicedChecker(0),
    0,
  );
  return { checker, spawned };
}

async function progressOf(checker: Checker) {
  const progress: [number, number][] = [];
  const result = await checker.check(grids, { today }, { onProgress: (done, total) => progress.push([done, total]) });
  return { result, progress };
}

function expectProgressToCountRows(progress: [number, number][]): void {
  expect(progress.length).toBeGreaterThan(2);
  expect(progress[0]).toEqual([0, totalRows]);
  expect(progress[progress.length - 1]).toEqual([totalRows, totalRows]);
  for (let i = 1; i < progress.length; i++) {
    expect(progress[i][1]).toBe(totalRows);
    expect(progress[i][0]).toBeGreaterThanOrEqual(progress[i - 1][0]);
  }
}

describe('WorkerChecker with the real worker script', () => {
  it("gives checkGrids' result, with progress in rows done of total", async () => {
    const { checker, spawned } = workerChecker();
    const { result, progress } = await progressOf(checker);
    expectSameResult(result);
    expectProgressToCountRows(progress);
    expect(checker.inWorker).toBe(true);
    // The rows went in slices, then one request to check.
    const sent = spawned[0].received;
    expect(sent.filter((t) => t === 'grid')).toHaveLength(2);
    expect(sent.filter((t) => t === 'rows').length).toBeGreaterThanOrEqual(Math.ceil(nakes.grid.rows.length / 1_000));
    expect(sent[sent.length - 1]).toBe('check');
  });

  it('keeps one worker for check after check', async () => {
    const { checker, spawned } = workerChecker();
    expectSameResult(await checker.check(grids, { today }));
    const other = checkGrids([kader.grid], { today, province: '61' });
    const second = await checker.check([kader.grid], { today });
    expect(second.issues).toStrictEqual(other.issues);
    expect(spawned).toHaveLength(1);
  });

  it('Cancel while the worker checks: AbortError at once, the worker is terminated, the next check starts a new one', async () => {
    const { checker, spawned } = workerChecker();
    const controller = new AbortController();
    let progressAfterAbort = 0;
    const run = checker.check(
      grids,
      { today },
      {
        signal: controller.signal,
        onProgress: (done) => {
          if (controller.signal.aborted) progressAfterAbort++;
          else if (done > 0) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(spawned[0].terminated).toBe(true);
    await yieldToPage();
    expect(progressAfterAbort).toBe(0);
    expectSameResult(await checker.check(grids, { today }));
    expect(spawned).toHaveLength(2);
  });

  it('Cancel while the rows are still being sent stops sending', async () => {
    const { checker, spawned } = workerChecker();
    const controller = new AbortController();
    const run = checker.check(grids, { today }, { signal: controller.signal });
    await yieldToPage();
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(spawned[0].terminated).toBe(true);
    expect(spawned[0].received).not.toContain('check');
  });

  it('an aborted signal is refused before anything is sent', async () => {
    const { checker, spawned } = workerChecker();
    const controller = new AbortController();
    controller.abort();
    await expect(checker.check(grids, { today }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(spawned).toHaveLength(0);
  });

  it('a failure inside the check reaches the pane as an error with its message, and the worker serves on', async () => {
    const { checker, spawned } = workerChecker();
    await expect(checker.check(grids, { today, province: '00' })).rejects.toThrow(/00/);
    expectSameResult(await checker.check(grids, { today }));
    expect(spawned).toHaveLength(1);
  });
});

describe('a worker that cannot start: the page checks in slices instead', () => {
  it('its script did not load (an error before it spoke): this check and later ones run on the page', async () => {
    const { checker, spawned } = workerChecker({ failToStart: true });
    const { result, progress } = await progressOf(checker);
    expectSameResult(result);
    expectProgressToCountRows(progress);
    expect(checker.inWorker).toBe(false);
    expect(spawned[0].terminated).toBe(true);
    expectSameResult(await checker.check(grids, { today }));
    expect(spawned).toHaveLength(1);
  });

  it('the Worker constructor refused (a file:// page, a policy): the page checks', async () => {
    const { checker } = workerChecker({ spawnThrows: true });
    expectSameResult(await checker.check(grids, { today }));
    expect(checker.inWorker).toBe(false);
  });
});

describe('SlicedChecker', () => {
  it("gives checkGrids' result, yielding between slices with progress", async () => {
    const { result, progress } = await progressOf(new SlicedChecker(0));
    expectSameResult(result);
    expectProgressToCountRows(progress);
  });

  it('Cancel stops it at the next yield', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = new SlicedChecker(0).check(
      grids,
      { today },
      {
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done > 0) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.filter((d) => d > 0)).toHaveLength(1);
    expect(seen[seen.length - 1]).toBeLessThan(totalRows);
  });
});
