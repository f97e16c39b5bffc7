// The check worker: runs the roster check off the page's thread, so the pane keeps painting and Cancel
// lands at once however large the roster. It holds the grids of one check only, and drops them when done.
// Built as its own bundle (check-worker.js, see webpack.config.js); it imports the core only.
import type { Cell } from '../../core/cells';
import { startCheck } from '../../core/roster/check';
import { packCheckResult, packedBuffers } from '../../core/roster/packed-result';
import type { SheetGrid } from '../../core/roster/types';
import type { FromWorker, ToWorker } from './protocol';

/** Rows checked between two progress messages (a few milliseconds of work). */
const PROGRESS_ROWS = 5_000;

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let job = -1;
let grids: { grid: Omit<SheetGrid, 'rows'>; rows: (readonly Cell[])[] }[] = [];

scope.onmessage = (event) => {
  const m = event.data;
  if (m.job !== job) {
    // A new check: whatever an earlier one left is dropped.
    job = m.job;
    grids = [];
  }
  if (m.type === 'grid') grids[m.index] = { grid: m.grid, rows: [] };
  else if (m.type === 'rows') {
    const rows = grids[m.index].rows;
    for (const r of m.rows) rows.push(r);
  } else if (m.type === 'check') {
    const checked: SheetGrid[] = grids.map((g) => ({ ...g.grid, rows: g.rows }));
    grids = [];
    try {
      const run = startCheck(checked, m.options);
      scope.postMessage({ type: 'progress', job, done: 0, total: run.totalRows });
      let finished = false;
      while (!finished) {
        finished = run.step(PROGRESS_ROWS);
        scope.postMessage({ type: 'progress', job, done: run.rowsDone, total: run.totalRows });
      }
      const packed = packCheckResult(run.result(), (grid) => checked.indexOf(grid));
      scope.postMessage({ type: 'result', job, packed }, packedBuffers(packed));
    } catch (e) {
      scope.postMessage({ type: 'failed', job, message: e instanceof Error ? e.message : String(e) });
    }
  }
};

scope.postMessage({ type: 'ready' });
