// How a trace follower (traceFollower.ts) reads the trace: what it remembers between reads, how it
// notes a move of the simulation, and how it folds the events it has not read yet, starting again
// or truncating when the trace went back. These are plain functions over an explicit state object
// so that the follower's store stays a short list of its three methods.

import type { TraceFold, TraceSource } from './traceFollower.ts';

/** Trace events are materialised in chunks of this many, to bound temporary arrays. */
const READ_CHUNK = 8192;

/** What a follower knows about its source between reads. */
export interface TraceReadState<TSnapshot> {
  readonly source: TraceSource;
  readonly fold: TraceFold<TSnapshot>;
  readonly listeners: Set<() => void>;
  read: number;
  shortest: number;
  // Time can go back without the trace getting shorter (a seek between two events); folds that
  // close time buckets must hear about that too.
  readAtMs: number;
  earliestMs: number;
  // Unknown history (never read, or moves missed while nobody listened) means start again.
  mustReset: boolean;
  dirty: boolean;
  snapshot: TSnapshot | null;
  detach: (() => void) | null;
}

/** The state of a follower that has read nothing yet. */
export function initialReadState<TSnapshot>(
  source: TraceSource,
  fold: TraceFold<TSnapshot>,
): TraceReadState<TSnapshot> {
  return {
    source,
    fold,
    listeners: new Set(),
    read: 0,
    shortest: Number.POSITIVE_INFINITY,
    readAtMs: 0,
    earliestMs: Number.POSITIVE_INFINITY,
    mustReset: true,
    dirty: true,
    snapshot: null,
    detach: null,
  };
}

/** Notes that the simulation moved, and tells the listeners. */
export function noteMove<TSnapshot>(state: TraceReadState<TSnapshot>): void {
  state.shortest = Math.min(state.shortest, state.source.traceLength());
  state.earliestMs = Math.min(state.earliestMs, state.source.nowMs());
  state.dirty = true;
  for (const listener of state.listeners) listener();
}

/** Folds the events not read yet, after starting again or truncating if the trace went back. */
export function catchUp<TSnapshot>(state: TraceReadState<TSnapshot>): void {
  const { source, fold } = state;
  const length = source.traceLength();
  const skipTo = fold.startIndex?.(source) ?? 0;
  const tooFar = fold.catchUpLimit !== undefined && length - state.read > fold.catchUpLimit;
  const truncate = fold.truncate;
  if (!state.mustReset && !tooFar && truncate !== undefined) {
    if (state.shortest < state.read) {
      truncate(state.shortest);
      state.read = state.shortest;
    }
  } else if (
    state.mustReset ||
    state.shortest < state.read ||
    state.earliestMs < state.readAtMs ||
    tooFar
  ) {
    fold.reset();
    state.read = Math.min(skipTo, length);
  }
  // Events a bounded history has evicted cannot be read: start at the first one kept, so each
  // chunk's first index is the index of its first event.
  state.read = Math.max(state.read, source.history?.().firstTraceIndex ?? 0);
  for (let from = state.read; from < length; from += READ_CHUNK) {
    const to = Math.min(length, from + READ_CHUNK);
    fold.add(source.traceSlice(from, to), from);
  }
  state.read = length;
  state.shortest = length;
  state.readAtMs = source.nowMs();
  state.earliestMs = state.readAtMs;
  state.mustReset = false;
}
