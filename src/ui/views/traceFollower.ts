// Follows a simulation's trace incrementally, keyed by trace index, for views that fold the trace
// into something (a filtered index, metrics, message flights). The trace is append-only while the
// simulation runs forward, so each frame only the new events are read; any move that shortened
// the trace since the last read (a seek or step back, a restart) is caught by watching the
// shortest length seen between reads, and the fold starts again. The reading itself is in
// traceCatchUp.ts; this file holds the fold's contract and the store React reads.

import type { Simulation, TraceEvent } from '../../engine/index.ts';
import { catchUp, initialReadState, noteMove } from './traceCatchUp.ts';

/** What a follower reads: the parts of a simulation it needs. */
export type TraceSource = Pick<Simulation, 'traceLength' | 'traceSlice' | 'subscribe' | 'nowMs'> &
  Partial<Pick<Simulation, 'history'>>;

/** A fold over the trace: it must give the same result whether fed in one call or many. */
export interface TraceFold<TSnapshot> {
  /** Forgets everything folded so far. */
  readonly reset: () => void;
  /** Folds `events`, which start at trace index `firstIndex`. */
  readonly add: (events: readonly TraceEvent[], firstIndex: number) => void;
  /** Called after the events up to now are folded; returns a fresh immutable snapshot. */
  readonly snapshot: (nowMs: number) => TSnapshot;
  /**
   * Where to start reading after a reset, for folds that only need the recent past. Also used
   * when more than `catchUpLimit` new events arrive at once (a long seek forward).
   */
  readonly startIndex?: (source: TraceSource) => number;
  readonly catchUpLimit?: number;
  /**
   * For folds that depend only on the trace's events, never on the clock: forgets what was
   * folded from trace index `length` on. Within one simulation, the events below the shortest
   * length seen are unchanged by any move, so after a seek back such a fold keeps its prefix
   * instead of starting again from zero, and scrubbing back stays cheap on long runs.
   */
  readonly truncate?: (length: number) => void;
}

/** A zustand/useSyncExternalStore-compatible store of a fold's snapshot. */
export interface TraceDerivedStore<TSnapshot> {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => TSnapshot;
  /** Starts the fold again from scratch, e.g. after its parameters changed. */
  readonly invalidate: () => void;
}

/**
 * Wraps a fold so that React can read its snapshot, computed lazily and at most once per move.
 *
 * @example
 * const store = createTraceDerivedStore(sim, countingFold);
 * const counts = useSyncExternalStore(store.subscribe, store.getSnapshot);
 */
export function createTraceDerivedStore<TSnapshot>(
  source: TraceSource,
  fold: TraceFold<TSnapshot>,
): TraceDerivedStore<TSnapshot> {
  const state = initialReadState(source, fold);
  const { listeners } = state;
  const onMove = (): void => noteMove(state);

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (state.detach === null) {
        state.detach = source.subscribe(onMove);
        // A move between the first read (during render) and this subscription would be missed.
        if (source.traceLength() !== state.read) onMove();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || state.detach === null) return;
        state.detach();
        state.detach = null;
        state.mustReset = true;
        state.dirty = true;
      };
    },
    getSnapshot() {
      if (!state.dirty && state.snapshot !== null) return state.snapshot;
      catchUp(state);
      state.snapshot = fold.snapshot(source.nowMs());
      state.dirty = false;
      return state.snapshot;
    },
    invalidate() {
      state.mustReset = true;
      state.dirty = true;
      for (const listener of listeners) listener();
    },
  };
}
