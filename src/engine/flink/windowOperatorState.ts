// The window operator's working state (panes, session sets, timers, watermark) and the small rules
// Flink's WindowOperator applies to it: max timestamp, cleanup time, lateness. It must not emit output.

import type { EventTimeTimer } from './timerQueue.ts';
import type {
  WindowAccumulation,
  WindowAssignerSpec,
  WindowBounds,
  WindowOperatorOutput,
} from './windowOperatorTypes.ts';

/** The contents of one key's window, kept as an aggregate because sum and count merge by adding. */
export interface WindowPane {
  key: string;
  window: WindowBounds;
  sum: number;
  count: number;
}

/** Plain, JSON-safe operator state. `watermarkMs` is null until the first watermark arrives. */
export interface WindowOperatorState {
  watermarkMs: number | null;
  panes: Record<string, WindowPane>;
  /** Flink's MergingWindowSet per key: the live session windows, sorted by start. */
  sessionWindows: Record<string, WindowBounds[]>;
  timers: EventTimeTimer[];
}

/** The spec after defaults are applied, so later code never re-derives them. */
export interface ResolvedWindowOperatorSpec {
  assigner: WindowAssignerSpec;
  allowedLatenessMs: number;
  aggregate: 'sum' | 'count';
  accumulation: WindowAccumulation;
}

/** Everything one run threads through its steps; outputs are appended in emission order. */
export interface WindowOperatorContext {
  spec: ResolvedWindowOperatorSpec;
  state: WindowOperatorState;
  outputs: WindowOperatorOutput[];
}

/**
 * Returns the empty state every run starts from.
 *
 * @example
 * ```ts
 * createWindowOperatorState().watermarkMs; // null
 * ```
 */
export function createWindowOperatorState(): WindowOperatorState {
  return { watermarkMs: null, panes: {}, sessionWindows: {}, timers: [] };
}

/**
 * A collision-free pane id: the key's length comes first, so no character in a key can fake the
 * separator. (A JSON array did the same job at several times the cost on the hot path.)
 *
 * @example
 * ```ts
 * paneIdFor('a', [0, 10]); // '1:a:0:10'
 * ```
 */
export function paneIdFor(key: string, window: WindowBounds): string {
  return `${key.length}:${key}:${window[0]}:${window[1]}`;
}

/**
 * The last millisecond inside a window (TimeWindow.maxTimestamp), which is when it fires.
 *
 * @example
 * ```ts
 * maxTimestampMs([0, 10]); // 9
 * ```
 */
export function maxTimestampMs(window: WindowBounds): number {
  return window[1] - 1;
}

/**
 * When a window's state is dropped: its max timestamp plus the allowed lateness (WindowOperator.cleanupTime).
 *
 * @example
 * ```ts
 * cleanupTimeMs([0, 10], 5); // 14
 * ```
 */
export function cleanupTimeMs(window: WindowBounds, allowedLatenessMs: number): number {
  return maxTimestampMs(window) + allowedLatenessMs;
}

/**
 * True once the operator's watermark has reached `timeMs`. Before any watermark nothing has
 * passed, which stands in for Flink's initial watermark of Long.MIN_VALUE.
 *
 * @example
 * ```ts
 * watermarkReached({ ...createWindowOperatorState(), watermarkMs: 9 }, 9); // true
 * ```
 */
export function watermarkReached(state: WindowOperatorState, timeMs: number): boolean {
  return state.watermarkMs !== null && timeMs <= state.watermarkMs;
}

/**
 * WindowOperator.isWindowLate: the watermark has reached the window's cleanup time, so it no
 * longer accepts records.
 *
 * @example
 * ```ts
 * isWindowLate(context, [0, 10]); // true once the watermark is at least 9 + allowed lateness
 * ```
 */
export function isWindowLate(context: WindowOperatorContext, window: WindowBounds): boolean {
  return watermarkReached(context.state, cleanupTimeMs(window, context.spec.allowedLatenessMs));
}

/**
 * Adds one record to a key's window, creating the pane on first use.
 *
 * @example
 * ```ts
 * addToPane(state, 'a', [0, 10], 5);
 * ```
 */
export function addToPane(
  state: WindowOperatorState,
  key: string,
  window: WindowBounds,
  value: number,
): void {
  const id = paneIdFor(key, window);
  const pane = state.panes[id] ?? { key, window: [window[0], window[1]], sum: 0, count: 0 };
  state.panes[id] = { ...pane, sum: pane.sum + value, count: pane.count + 1 };
}

/**
 * Drops a pane's contents, as a purge or a cleanup does in Flink.
 *
 * @example
 * ```ts
 * clearPane(state, 'a', [0, 10]);
 * ```
 */
export function clearPane(state: WindowOperatorState, key: string, window: WindowBounds): void {
  // Panes are never iterated for output, so removing the entry cannot disturb any ordering.
  delete state.panes[paneIdFor(key, window)];
}

/**
 * Moves one window's contents into another, as merging session windows merges their state.
 *
 * @example
 * ```ts
 * mergePaneInto(state, 'a', [0, 5], [0, 10]); // [0, 5)'s sum and count now live in [0, 10)
 * ```
 */
export function mergePaneInto(
  state: WindowOperatorState,
  key: string,
  from: WindowBounds,
  into: WindowBounds,
): void {
  const source = state.panes[paneIdFor(key, from)];
  if (source === undefined) return;
  clearPane(state, key, from);
  const id = paneIdFor(key, into);
  const target = state.panes[id] ?? { key, window: [into[0], into[1]], sum: 0, count: 0 };
  state.panes[id] = { ...target, sum: target.sum + source.sum, count: target.count + source.count };
}

/**
 * A copy for keyframes. Panes, timers and windows are replaced rather than edited (see addToPane
 * and registerTimer), so copying the containers is enough; the entries can be shared.
 */
export function cloneWindowOperatorState(state: WindowOperatorState): WindowOperatorState {
  const sessionWindows: Record<string, WindowBounds[]> = {};
  for (const [key, windows] of Object.entries(state.sessionWindows))
    sessionWindows[key] = windows.slice();
  return {
    watermarkMs: state.watermarkMs,
    panes: { ...state.panes },
    sessionWindows,
    timers: state.timers.slice(),
  };
}
