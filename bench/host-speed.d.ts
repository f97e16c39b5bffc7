// Types of host-speed.js for the TypeScript benches.
export interface Bracketed<T> {
  readonly value: T;
  /** The reference loop's CPU milliseconds before and after. */
  readonly before: number;
  readonly after: number;
}
export interface Judged<R> {
  readonly counted: R[];
  readonly setAside: R[];
  readonly hostSlow: boolean;
  readonly referenceMs: number;
}
export function bracket<T>(fn: () => T): Bracketed<T>;
export function isFull(r: { readonly before: number; readonly after: number }): boolean;
export function atFullSpeed<R extends { readonly before: number; readonly after: number }>(runs: R[], min: number): Judged<R>;
export function median(xs: readonly number[]): number;
export interface Run {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly before: number;
  readonly after: number;
}
export function timeRuns(fn: () => unknown, want: number, limit?: number): Run[];
export function describe(judged: Judged<Run>, key?: 'cpuMs' | 'wallMs'): string;
