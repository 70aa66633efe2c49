// Keyframes make seeking cheap: a copy of the mutable state taken at a clean time boundary (every
// event before `atMs` processed, none at or after it). Append-only stores (logs, trace) are not
// copied: the keyframe holds their logical lengths, and the stores keep entries past those lengths
// so that a later keyframe of the same timeline can still be restored.

import type { MutableState, World } from '../world/worldTypes.ts';
import { truncateRecordStore } from '../kafka/recordStore.ts';
import { truncateTrace } from '../trace/traceStore.ts';
import { cloneState } from './cloneState.ts';

export interface Keyframe {
  readonly atMs: number;
  readonly m: MutableState;
}

/** Fewest engine events between keyframes: a seek in a small scenario replays at most this many. */
export const MIN_KEYFRAME_SPACING = 8192;
/** Most engine events between keyframes, whatever the state's size. */
const MAX_KEYFRAME_SPACING = 65536;
/**
 * Engine events between keyframes per slot of state a keyframe copies. At 4 the benchmark spends
 * about a tenth less time and 30 MB less heap than at 2, and its seeks replay twice as far: p99
 * 16-21 ms against the 50 ms bar (it was 12-16 ms). At 6 the throughput gain was too small to
 * measure once a run stopped allocating per batch, while seek p99 rose to 21-42 ms, so it stays 4.
 */
const EVENTS_PER_COPIED_SLOT = 4;

/**
 * Engine events until the next keyframe of state `m`. A keyframe costs about as much as the state
 * it copies (queued events, batches, per-producer and per-partition bookkeeping), while the events
 * between keyframes cost about the same each whatever the scenario's size. So spacing keyframes in
 * proportion to that size bounds the share of a run spent taking them: with the fixed floor alone,
 * the 64-producer benchmark spent a quarter of its time and two thirds of its heap on keyframes.
 * Small scenarios keep the floor, so scrubbing them stays quick.
 */
export function keyframeSpacing(m: MutableState): number {
  let slots = m.queue.size + m.inflight.length + m.requests.length;
  for (const p of m.producers) slots += p.batches.length + p.nextSequence.length;
  for (const ps of m.partitions) slots += ps.lastSequence.length / 4 + ps.replicas.length;
  return Math.min(
    MAX_KEYFRAME_SPACING,
    Math.max(MIN_KEYFRAME_SPACING, EVENTS_PER_COPIED_SLOT * slots),
  );
}

/** Captures the world as a straight run to `atMs` would leave it. */
export function takeKeyframe(w: World, atMs: number): Keyframe {
  const m = cloneState(w.m);
  m.nowMs = atMs;
  return { atMs, m };
}

/** Puts the world back to a keyframe; the keyframe itself stays untouched for later restores. */
export function restoreKeyframe(w: World, kf: Keyframe): void {
  w.m = cloneState(kf.m);
}

/** Drops store entries past the logical ends, once the timeline they belonged to is abandoned. */
export function truncateStores(w: World): void {
  truncateTrace(w.trace, w.m.traceLength, w.m.traceObjectCount);
  w.m.partitions.forEach((ps, i) => truncateRecordStore(w.logs[i]!, ps.storeLength));
}

/** Index of the latest keyframe at or before `tMs` (keyframes are sorted by time). */
export function keyframeAtOrBefore(keyframes: readonly Keyframe[], tMs: number): number {
  let lo = 0;
  let hi = keyframes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keyframes[mid]!.atMs <= tMs) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
