// The trace as the engine stores it: columns of numbers for the event types that occur once per
// record or batch (so recording a million records allocates no event objects for them), and plain
// objects for the rare rest. Events become objects only when someone reads them.
// The store has a logical length: entries past it belong to a timeline a seek went back on.

import type { TraceEvent } from './traceEvent.ts';

/** How an entry is stored; the numeric columns f0..f3 mean different things per code. */
export const TraceCode = {
  /** f0: index into `objects`. */
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
  code: Uint8Array;
  atMs: Float64Array;
  f0: Int32Array;
  f1: Int32Array;
  f2: Int32Array;
  f3: Int32Array;
  readonly objects: TraceEvent[];
}

export function createTraceStore(capacity = 1024): TraceStore {
  return {
    code: new Uint8Array(capacity),
    atMs: new Float64Array(capacity),
    f0: new Int32Array(capacity),
    f1: new Int32Array(capacity),
    f2: new Int32Array(capacity),
    f3: new Int32Array(capacity),
    objects: [],
  };
}

function grown<T extends Uint8Array | Float64Array | Int32Array>(a: T, make: (n: number) => T): T {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

/** Makes room for entry `index`. */
export function ensureCapacity(s: TraceStore, index: number): void {
  if (index < s.code.length) return;
  s.code = grown(s.code, (n) => new Uint8Array(n));
  s.atMs = grown(s.atMs, (n) => new Float64Array(n));
  s.f0 = grown(s.f0, (n) => new Int32Array(n));
  s.f1 = grown(s.f1, (n) => new Int32Array(n));
  s.f2 = grown(s.f2, (n) => new Int32Array(n));
  s.f3 = grown(s.f3, (n) => new Int32Array(n));
}
