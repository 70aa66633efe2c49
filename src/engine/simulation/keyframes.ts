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
