// Messages between the task pane and its check worker. The pane sends the grids it read (rows in slices,
// so no single copy holds the page up), then asks for the check; the worker answers with progress and the
// result in its packed form (typed arrays moved, not copied).
import type { Cell } from '../../core/cells';
import type { PackedCheckResult } from '../../core/roster/packed-result';
import type { CheckOptions, SheetGrid } from '../../core/roster/types';

export type ToWorker =
  /** A grid begins; its rows follow in `rows` messages. */
  | { readonly type: 'grid'; readonly job: number; readonly index: number; readonly grid: Omit<SheetGrid, 'rows'> }
  | { readonly type: 'rows'; readonly job: number; readonly index: number; readonly rows: readonly (readonly Cell[])[] }
  /** Every grid is sent: check them together. */
  | { readonly type: 'check'; readonly job: number; readonly options: CheckOptions };

export type FromWorker =
  /** The worker's script runs (sent once, on start). */
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly job: number; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly job: number; readonly packed: PackedCheckResult }
  | { readonly type: 'failed'; readonly job: number; readonly message: string };
