// A binary min-heap of scheduled engine events kept in parallel typed arrays, so that queuing and
// popping allocate nothing. Events are totally ordered by (atMs, rank, seq); seq is assigned here,
// at enqueue time, so two events due at the same instant never depend on chance.

/** Ranks break ties between events due at the same millisecond; lower runs first. */
export const RANK_LIMIT = 16;

export interface EventQueueState {
  size: number;
  nextSeq: number;
  /** `atMs * RANK_LIMIT + rank`: exact in a double for any time below 2^48 ms. */
  key: Float64Array;
  seq: Float64Array;
  kind: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  c: Int32Array;
}

/** The event at the head of the queue, copied out by `popEvent` into a reusable object. */
export interface PoppedEvent {
  atMs: number;
  rank: number;
  kind: number;
  a: number;
  b: number;
  c: number;
}

export function createEventQueue(capacity = 256): EventQueueState {
  return {
    size: 0,
    nextSeq: 0,
    key: new Float64Array(capacity),
    seq: new Float64Array(capacity),
    kind: new Uint8Array(capacity),
    a: new Int32Array(capacity),
    b: new Int32Array(capacity),
    c: new Int32Array(capacity),
  };
}

function grow(q: EventQueueState): void {
  const capacity = q.key.length * 2;
  const key = new Float64Array(capacity);
  const seq = new Float64Array(capacity);
  const kind = new Uint8Array(capacity);
  const a = new Int32Array(capacity);
  const b = new Int32Array(capacity);
  const c = new Int32Array(capacity);
  key.set(q.key);
  seq.set(q.seq);
  kind.set(q.kind);
  a.set(q.a);
  b.set(q.b);
  c.set(q.c);
  q.key = key;
  q.seq = seq;
  q.kind = kind;
  q.a = a;
  q.b = b;
  q.c = c;
}

function less(q: EventQueueState, i: number, j: number): boolean {
  const ki = q.key[i]!;
  const kj = q.key[j]!;
  return ki < kj || (ki === kj && q.seq[i]! < q.seq[j]!);
}

function move(q: EventQueueState, from: number, to: number): void {
  q.key[to] = q.key[from]!;
  q.seq[to] = q.seq[from]!;
  q.kind[to] = q.kind[from]!;
  q.a[to] = q.a[from]!;
  q.b[to] = q.b[from]!;
  q.c[to] = q.c[from]!;
}

/** Queues an event; `atMs` must be an integer and `rank` below RANK_LIMIT. */
export function pushEvent(
  q: EventQueueState,
  atMs: number,
  rank: number,
  kind: number,
  a: number,
  b: number,
  c = 0,
): void {
  if (q.size === q.key.length) grow(q);
  const key = atMs * RANK_LIMIT + rank;
  const seq = q.nextSeq++;
  // Sift up by moving parents down into the hole, then write the new event once.
  let i = q.size++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pk = q.key[parent]!;
    if (pk < key || (pk === key && q.seq[parent]! < seq)) break;
    move(q, parent, i);
    i = parent;
  }
  q.key[i] = key;
  q.seq[i] = seq;
  q.kind[i] = kind;
  q.a[i] = a;
  q.b[i] = b;
  q.c[i] = c;
}

/** The time of the head event, or -1 when the queue is empty. */
export function peekTimeMs(q: EventQueueState): number {
  return q.size === 0 ? -1 : Math.floor(q.key[0]! / RANK_LIMIT);
}

/** Removes the head event into `out`; returns false when the queue is empty. */
export function popEvent(q: EventQueueState, out: PoppedEvent): boolean {
  if (q.size === 0) return false;
  const key = q.key[0]!;
  out.atMs = Math.floor(key / RANK_LIMIT);
  out.rank = key - out.atMs * RANK_LIMIT;
  out.kind = q.kind[0]!;
  out.a = q.a[0]!;
  out.b = q.b[0]!;
  out.c = q.c[0]!;
  const last = --q.size;
  if (last === 0) return true;
  // Sift the last element down from the root.
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= last) break;
    const right = left + 1;
    const child = right < last && less(q, right, left) ? right : left;
    if (!less(q, child, last)) break;
    move(q, child, i);
    i = child;
  }
  move(q, last, i);
  return true;
}

/** A compact copy of the live part of the queue, for keyframes. */
export function cloneEventQueue(q: EventQueueState): EventQueueState {
  const capacity = Math.max(16, q.size);
  const copy = createEventQueue(capacity);
  copy.size = q.size;
  copy.nextSeq = q.nextSeq;
  copy.key.set(q.key.subarray(0, q.size));
  copy.seq.set(q.seq.subarray(0, q.size));
  copy.kind.set(q.kind.subarray(0, q.size));
  copy.a.set(q.a.subarray(0, q.size));
  copy.b.set(q.b.subarray(0, q.size));
  copy.c.set(q.c.subarray(0, q.size));
  return copy;
}
