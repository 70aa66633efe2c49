// A binary min-heap of scheduled engine events in typed arrays, so that queuing and popping
// allocate nothing. Events are totally ordered by (atMs, rank, seq); seq is assigned here, at
// enqueue time, so two events due at the same instant never depend on chance. The heap moves only
// (key, seq, slot) triples; an event's payload stays in its slot until it is popped.

/** Ranks break ties between events due at the same millisecond; lower runs first. */
export const RANK_LIMIT = 16;

export interface EventQueueState {
  size: number;
  nextSeq: number;
  /** Heap order: `atMs * RANK_LIMIT + rank`, exact in a double for any time below 2^48 ms. */
  key: Float64Array;
  seq: Float64Array;
  slot: Int32Array;
  /** Payload by slot. */
  kind: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  c: Int32Array;
  /** Stack of free slots; `freeCount` of them are valid. */
  free: Int32Array;
  freeCount: number;
  /** Slots ever handed out; slots at or above it have never been used. */
  slotsUsed: number;
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
    slot: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    a: new Int32Array(capacity),
    b: new Int32Array(capacity),
    c: new Int32Array(capacity),
    free: new Int32Array(capacity),
    freeCount: 0,
    slotsUsed: 0,
  };
}

function resized<T extends Uint8Array | Float64Array | Int32Array>(a: T, n: number, make: (n: number) => T): T {
  const b = make(n);
  b.set(a.subarray(0, Math.min(a.length, n)));
  return b;
}

function grow(q: EventQueueState, capacity: number): void {
  q.key = resized(q.key, capacity, (n) => new Float64Array(n));
  q.seq = resized(q.seq, capacity, (n) => new Float64Array(n));
  q.slot = resized(q.slot, capacity, (n) => new Int32Array(n));
  q.kind = resized(q.kind, capacity, (n) => new Uint8Array(n));
  q.a = resized(q.a, capacity, (n) => new Int32Array(n));
  q.b = resized(q.b, capacity, (n) => new Int32Array(n));
  q.c = resized(q.c, capacity, (n) => new Int32Array(n));
  q.free = resized(q.free, capacity, (n) => new Int32Array(n));
}

/** Queues an event; `atMs` must be an integer and `rank` below RANK_LIMIT. */
export function pushEvent(q: EventQueueState, atMs: number, rank: number, kind: number, a: number, b: number, c = 0): void {
  if (q.size === q.key.length) grow(q, q.key.length * 2);
  const s = q.freeCount > 0 ? q.free[--q.freeCount]! : q.slotsUsed++;
  q.kind[s] = kind;
  q.a[s] = a;
  q.b[s] = b;
  q.c[s] = c;
  const key = atMs * RANK_LIMIT + rank;
  const seq = q.nextSeq++;
  // Sift up by moving parents down into the hole, then write the new entry once.
  let i = q.size++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pk = q.key[parent]!;
    if (pk < key || (pk === key && q.seq[parent]! < seq)) break;
    q.key[i] = pk;
    q.seq[i] = q.seq[parent]!;
    q.slot[i] = q.slot[parent]!;
    i = parent;
  }
  q.key[i] = key;
  q.seq[i] = seq;
  q.slot[i] = s;
}

/** The time of the head event, or -1 when the queue is empty. */
export function peekTimeMs(q: EventQueueState): number {
  return q.size === 0 ? -1 : Math.floor(q.key[0]! / RANK_LIMIT);
}

/** Removes the head event into `out`; returns false when the queue is empty. */
export function popEvent(q: EventQueueState, out: PoppedEvent): boolean {
  if (q.size === 0) return false;
  const head = q.key[0]!;
  const s = q.slot[0]!;
  out.atMs = Math.floor(head / RANK_LIMIT);
  out.rank = head - out.atMs * RANK_LIMIT;
  out.kind = q.kind[s]!;
  out.a = q.a[s]!;
  out.b = q.b[s]!;
  out.c = q.c[s]!;
  q.free[q.freeCount++] = s;
  const last = --q.size;
  if (last === 0) return true;
  // Sift the last entry down from the root.
  const key = q.key[last]!;
  const seq = q.seq[last]!;
  const slot = q.slot[last]!;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= last) break;
    let ck = q.key[child]!;
    const right = child + 1;
    if (right < last) {
      const rk = q.key[right]!;
      if (rk < ck || (rk === ck && q.seq[right]! < q.seq[child]!)) {
        child = right;
        ck = rk;
      }
    }
    if (key < ck || (key === ck && seq < q.seq[child]!)) break;
    q.key[i] = ck;
    q.seq[i] = q.seq[child]!;
    q.slot[i] = q.slot[child]!;
    i = child;
  }
  q.key[i] = key;
  q.seq[i] = seq;
  q.slot[i] = slot;
  return true;
}

/** A compact copy for keyframes: slots are renumbered densely, so the copy carries no free list. */
export function cloneEventQueue(q: EventQueueState): EventQueueState {
  const copy = createEventQueue(Math.max(16, q.size));
  copy.size = q.size;
  copy.nextSeq = q.nextSeq;
  copy.slotsUsed = q.size;
  copy.key.set(q.key.subarray(0, q.size));
  copy.seq.set(q.seq.subarray(0, q.size));
  for (let i = 0; i < q.size; i++) {
    const s = q.slot[i]!;
    copy.slot[i] = i;
    copy.kind[i] = q.kind[s]!;
    copy.a[i] = q.a[s]!;
    copy.b[i] = q.b[s]!;
    copy.c[i] = q.c[s]!;
  }
  return copy;
}
