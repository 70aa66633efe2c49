// The trace as the engine stores it: columns of numbers for the event types that occur once per
// record or batch (so recording a million records allocates no event objects for them), and plain
// objects for the rare rest. Events become objects only when someone reads them.
// The store has a logical length: entries past it belong to a timeline a seek went back on.
// Trace indices are absolute sequence numbers: when the oldest entries are evicted (see
// simulation/README.md, "Bounded history"), `base` moves forward and no index changes meaning.

import type { TraceEvent } from './traceEvent.ts';

/** How an entry is stored; the numeric columns f0..f3 mean different things per code. */
export const TraceCode = {
  /** f0: absolute index into the object side table (see `objectBase`). */
  object: 0,
  /** f0: global partition, f1: offset, f2: store index; the event is the log record itself. */
  recordAppended: 1,
  /** f0: producer, f1: global partition, f2: count, f3: attempt. */
  batchSent: 2,
  /** f0: producer, f1: global partition, f2: base offset, f3: count. */
  batchAcked: 3,
  /** f0: consumer, f1: global partition, f2: from offset, f3: count. */
  consumerFetched: 4,
  /** f0: consumer, f1: global partition, f2: from offset, f3: count. */
  consumerProcessed: 5,
} as const;

export interface TraceStore {
  /** Absolute index of column slot 0: the number of entries evicted so far. */
  base: number;
  /** One past the highest absolute index ever written in the current columns. */
  end: number;
  /** Absolute index of `objects[0]`. */
  objectBase: number;
  code: Uint8Array;
  atMs: Float64Array;
  f0: Int32Array;
  f1: Int32Array;
  f2: Int32Array;
  f3: Int32Array;
  objects: TraceEvent[];
}

export function createTraceStore(capacity = 1024): TraceStore {
  return {
    base: 0,
    end: 0,
    objectBase: 0,
    code: new Uint8Array(capacity),
    atMs: new Float64Array(capacity),
    f0: new Int32Array(capacity),
    f1: new Int32Array(capacity),
    f2: new Int32Array(capacity),
    f3: new Int32Array(capacity),
    objects: [],
  };
}

function resized<T extends Uint8Array | Float64Array | Int32Array>(
  a: T,
  capacity: number,
  from: number,
  count: number,
  make: (n: number) => T,
): T {
  const b = capacity === a.length ? a : make(capacity);
  b.set(a.subarray(from, from + count));
  return b;
}

/** Moves `count` entries starting at slot `from` to slot 0, in columns of `capacity` slots. */
function relayout(s: TraceStore, capacity: number, from: number, count: number): void {
  s.code = resized(s.code, capacity, from, count, (n) => new Uint8Array(n));
  s.atMs = resized(s.atMs, capacity, from, count, (n) => new Float64Array(n));
  s.f0 = resized(s.f0, capacity, from, count, (n) => new Int32Array(n));
  s.f1 = resized(s.f1, capacity, from, count, (n) => new Int32Array(n));
  s.f2 = resized(s.f2, capacity, from, count, (n) => new Int32Array(n));
  s.f3 = resized(s.f3, capacity, from, count, (n) => new Int32Array(n));
}

/** Makes room for absolute entry `index` and returns its column slot. */
export function traceSlot(s: TraceStore, index: number): number {
  const slot = index - s.base;
  if (slot < 0) throw new Error(`trace entry ${index} was evicted (the trace starts at ${s.base})`);
  if (slot >= s.code.length) relayout(s, s.code.length * 2, 0, s.end - s.base);
  if (index >= s.end) s.end = index + 1;
  return slot;
}

/** Stores the event object of entry `index`, whose object index is `objectIndex`. */
export function putTraceObject(s: TraceStore, objectIndex: number, event: TraceEvent): void {
  s.objects[objectIndex - s.objectBase] = event;
}

/** Forgets entries at or past the logical lengths, once the timeline that wrote them is abandoned. */
export function truncateTrace(s: TraceStore, length: number, objectCount: number): void {
  s.end = Math.max(s.base, Math.min(s.end, length));
  s.objects.length = Math.max(0, objectCount - s.objectBase);
}

/**
 * Evicts every entry below absolute index `index` and every object below `objectIndex`. The
 * columns shrink by half while at most a quarter of them is in use, so their size follows the
 * retained window, not the run's length.
 */
export function evictTraceBefore(s: TraceStore, index: number, objectIndex: number): void {
  const drop = index - s.base;
  if (drop > 0) {
    const keep = Math.max(0, s.end - index);
    let capacity = s.code.length;
    while (capacity > 1024 && keep * 4 <= capacity) capacity /= 2;
    relayout(s, capacity, drop, keep);
    s.base = index;
    s.end = index + keep;
  }
  const objectDrop = objectIndex - s.objectBase;
  if (objectDrop > 0) {
    s.objects = s.objects.slice(objectDrop);
    s.objectBase = objectIndex;
  }
}
