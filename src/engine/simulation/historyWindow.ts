// The bounded-history policy (see README.md, "Bounded history"): how many trace events and
// keyframes a run keeps, dropping the oldest keyframes and evicting the trace before the new oldest
// one, and freeing the log records that retention deleted once no kept keyframe can reach them.
// It never changes what the engine does next, only how much of the past it remembers.

import { storeIndexAt } from '../kafka/logChain.ts';
import { freeRecordsBefore } from '../kafka/recordStore.ts';
import type { HistoryOptions, HistoryPolicy, HistoryWindow, SeekResult } from '../simulationApi.ts';
import { evictTraceBefore } from '../trace/traceStore.ts';
import type { MutableState, World } from '../world/worldTypes.ts';
import type { Keyframe } from './keyframes.ts';

export const DEFAULT_HISTORY: HistoryPolicy = Object.freeze({
  maxTraceEvents: 1_000_000,
  maxKeyframes: 256,
});

const LIMITS = {
  maxTraceEvents: { min: 1_000, max: 100_000_000 },
  maxKeyframes: { min: 2, max: 100_000 },
} as const;

/** A whole number with thousands separators, the same on every machine (no locale data). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function checked(name: keyof HistoryPolicy, value: number | undefined): number {
  if (value === undefined) return DEFAULT_HISTORY[name];
  const { min, max } = LIMITS[name];
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `history.${name} must be a whole number from ${grouped(min)} to ${grouped(max)}; got ${String(value)}`,
    );
  }
  return value;
}

/** The policy with defaults filled in; throws a RangeError naming the field for a bad value. */
export function resolveHistoryPolicy(options: HistoryOptions | undefined): HistoryPolicy {
  return Object.freeze({
    maxTraceEvents: checked('maxTraceEvents', options?.maxTraceEvents),
    maxKeyframes: checked('maxKeyframes', options?.maxKeyframes),
  });
}

/** Trace events between keyframes at most, so that dropping one keyframe evicts a small chunk. */
export function traceEventsPerKeyframe(policy: HistoryPolicy): number {
  return Math.floor(policy.maxTraceEvents / 8);
}

/**
 * Once the trace is over its bound, it is cut back to at most this many events. Evicting a
 * quarter at a time keeps the cost of moving the kept columns small per event recorded.
 */
function traceEventsAfterEviction(policy: HistoryPolicy): number {
  return policy.maxTraceEvents - Math.floor(policy.maxTraceEvents / 4);
}

/** The policy in words, for the seek error and the UI notice. */
export function describeHistoryPolicy(policy: HistoryPolicy): string {
  return `history.maxTraceEvents ${grouped(policy.maxTraceEvents)}, history.maxKeyframes ${grouped(policy.maxKeyframes)}`;
}

/** Whether the run holds more than the policy allows, so `enforceHistoryPolicy` has work. */
export function overHistoryBound(
  w: World,
  keyframes: readonly Keyframe[],
  policy: HistoryPolicy,
): boolean {
  return (
    w.m.traceLength - w.trace.base > policy.maxTraceEvents || keyframes.length > policy.maxKeyframes
  );
}

/**
 * Keeps the policy. Too many keyframes: those ahead of now (left by a seek back, they only speed
 * up forward seeks) go first, then every second one between the oldest and the newest, so seeks
 * get slower but no history is lost. Too many trace events: the oldest keyframes go, and with
 * them every trace event before the new oldest one, until a quarter of the bound is free; a
 * keyframe goes only while the next one is not in the future, so the present stays seekable.
 * Then the records nothing can reach any more are freed. Returns whether history was dropped.
 */
export function enforceHistoryPolicy(
  w: World,
  keyframes: Keyframe[],
  policy: HistoryPolicy,
): boolean {
  const now = w.m.nowMs;
  while (keyframes.length > policy.maxKeyframes && keyframes[keyframes.length - 1]!.atMs > now)
    keyframes.pop();
  if (keyframes.length > policy.maxKeyframes) thinKeyframes(keyframes);
  if (w.m.traceLength - keyframes[0]!.m.traceLength <= policy.maxTraceEvents) return false;
  const target = traceEventsAfterEviction(policy);
  let dropped = false;
  while (
    keyframes.length > 1 &&
    keyframes[1]!.atMs <= now &&
    w.m.traceLength - keyframes[0]!.m.traceLength > target
  ) {
    keyframes.shift();
    dropped = true;
  }
  if (!dropped) return false;
  const first = keyframes[0]!.m;
  evictTraceBefore(w.trace, first.traceLength, first.traceObjectCount);
  freeUnreachableRecords(w, keyframes);
  return true;
}

/** Drops every second keyframe strictly between the oldest and the newest. */
function thinKeyframes(keyframes: Keyframe[]): void {
  let kept = 1;
  for (let i = 2; i < keyframes.length - 1; i += 2) keyframes[kept++] = keyframes[i]!;
  keyframes[kept++] = keyframes[keyframes.length - 1]!;
  keyframes.length = kept;
}

/**
 * The lowest store index of partition `p` that state `m` can still read. Reads happen at or above
 * the log start (consumers reset out-of-range positions, a new leader rebuilds producer state from
 * there), or at a poison record a consumer is still handling. Every replica counts, since any of
 * them may lead later, and a replica's chain maps higher offsets to higher store indices.
 */
function lowestReachableIndex(m: MutableState, p: number): number {
  const ps = m.partitions[p]!;
  let from = ps.logStartOffset;
  for (const c of m.consumers)
    if (c.poison !== null && c.poison.partition === p) from = Math.min(from, c.poison.offset);
  let index = ps.storeLength;
  for (const r of ps.replicas)
    if (r.leo > from) index = Math.min(index, storeIndexAt(r.chain, from));
  return index;
}

/** Frees, per partition, the records (with their batch metadata) below what the present and every kept keyframe can reach. */
function freeUnreachableRecords(w: World, keyframes: readonly Keyframe[]): void {
  w.logs.forEach((store, p) => {
    let index = lowestReachableIndex(w.m, p);
    for (const kf of keyframes) index = Math.min(index, lowestReachableIndex(kf.m, p));
    if (index <= store.base) return;
    freeRecordsBefore(store, index);
  });
}

/** What the run holds of its past now. */
export function historyWindow(
  w: World,
  keyframes: readonly Keyframe[],
  policy: HistoryPolicy,
): HistoryWindow {
  let held = 0;
  let freed = 0;
  for (const store of w.logs) {
    held += store.count;
    freed += store.base;
  }
  const earliest = keyframes[0]!.atMs;
  return {
    policy,
    dropped: w.trace.base > 0,
    earliestSeekableMs: earliest,
    firstTraceIndex: w.trace.base,
    retainedTraceEvents: w.m.traceLength - w.trace.base,
    keyframes: keyframes.length,
    heldRecords: held,
    freedRecords: freed,
  };
}

/** The answer to a seek before the earliest kept keyframe. */
export function seekBeforeHistory(
  requestedMs: number,
  earliestSeekableMs: number,
  policy: HistoryPolicy,
): SeekResult {
  return {
    ok: false,
    reason: 'history-dropped',
    requestedMs,
    earliestSeekableMs,
    message: `cannot seek to ${requestedMs} ms: history before ${earliestSeekableMs} ms was dropped to keep memory bounded (${describeHistoryPolicy(policy)}); seek to ${earliestSeekableMs} ms or later`,
  };
}
