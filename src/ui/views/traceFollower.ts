// Follows a simulation's trace incrementally, keyed by trace index, for views that fold the trace
// into something (a filtered index, metrics, message flights). The trace is append-only while the
// simulation runs forward, so each frame only the new events are read; any move that shortened
// the trace since the last read (a seek or step back, a restart) is caught by watching the
// shortest length seen between reads, and the fold starts again.

import type { Simulation, TraceEvent } from '../../engine/index.ts';

type TraceSource = Pick<Simulation, 'traceLength' | 'traceSlice' | 'subscribe' | 'nowMs'> &
  Partial<Pick<Simulation, 'history'>>;

/** Trace events are materialised in chunks of this many, to bound temporary arrays. */
const READ_CHUNK = 8192;

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
  const listeners = new Set<() => void>();
  let read = 0;
  let shortest = Number.POSITIVE_INFINITY;
  // Time can go back without the trace getting shorter (a seek between two events); folds that
  // close time buckets must hear about that too.
  let readAtMs = 0;
  let earliestMs = Number.POSITIVE_INFINITY;
  // Unknown history (never read, or moves missed while nobody listened) means start again.
  let mustReset = true;
  let dirty = true;
  let snapshot: TSnapshot | null = null;
  let detach: (() => void) | null = null;

  const onMove = (): void => {
    shortest = Math.min(shortest, source.traceLength());
    earliestMs = Math.min(earliestMs, source.nowMs());
    dirty = true;
    for (const listener of listeners) listener();
  };
  const catchUp = (): void => {
    const length = source.traceLength();
    const skipTo = fold.startIndex?.(source) ?? 0;
    const tooFar = fold.catchUpLimit !== undefined && length - read > fold.catchUpLimit;
    const truncate = fold.truncate;
    if (!mustReset && !tooFar && truncate !== undefined) {
      if (shortest < read) {
        truncate(shortest);
        read = shortest;
      }
    } else if (mustReset || shortest < read || earliestMs < readAtMs || tooFar) {
      fold.reset();
      read = Math.min(skipTo, length);
    }
    // Events a bounded history has evicted cannot be read: start at the first one kept, so each
    // chunk's first index is the index of its first event.
    read = Math.max(read, source.history?.().firstTraceIndex ?? 0);
    for (let from = read; from < length; from += READ_CHUNK) {
      const to = Math.min(length, from + READ_CHUNK);
      fold.add(source.traceSlice(from, to), from);
    }
    read = length;
    shortest = length;
    readAtMs = source.nowMs();
    earliestMs = readAtMs;
    mustReset = false;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (detach === null) {
        detach = source.subscribe(onMove);
        // A move between the first read (during render) and this subscription would be missed.
        if (source.traceLength() !== read) onMove();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || detach === null) return;
        detach();
        detach = null;
        mustReset = true;
        dirty = true;
      };
    },
    getSnapshot() {
      if (!dirty && snapshot !== null) return snapshot;
      catchUp();
      snapshot = fold.snapshot(source.nowMs());
      dirty = false;
      return snapshot;
    },
    invalidate() {
      mustReset = true;
      dirty = true;
      for (const listener of listeners) listener();
    },
  };
}
