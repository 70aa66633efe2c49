// The queue of scheduled engine events, in typed arrays, so that queuing and popping allocate
// nothing. Events are totally ordered by (atMs, rank, seq); seq is assigned here, at enqueue time,
// so two events due at the same instant never depend on chance.
//
// Two structures hold the events. Most events are due within a few milliseconds (network hops,
// polls, the next record), so a ring of buckets, one per (millisecond, rank) over the next
// RING_MS milliseconds, holds them in FIFO lists: pushing and popping cost O(1), and a bucket's
// list is in seq order because seq only grows. Events further ahead, and every event of a copy made
// for a keyframe, sit in a binary min-heap instead. Pop takes the smaller head of the two. See
// ringBuckets.ts and binaryHeap.ts.

import { createHeap, forEachHeapEntry, heapPop, heapPush, type HeapState } from './binaryHeap.ts';
import {
  createRing,
  forEachRingEntry,
  ringFirstBucket,
  ringPop,
  ringPush,
  RING_KEYS,
  type RingState,
} from './ringBuckets.ts';

/** Ranks break ties between events due at the same millisecond; lower runs first. */
export const RANK_LIMIT = 16;

export interface EventQueueState {
  size: number;
  nextSeq: number;
  /** Payload by slot. */
  kind: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  c: Int32Array;
  /** Order key (`atMs * RANK_LIMIT + rank`) and seq by slot, for the ring's entries. */
  slotKey: Float64Array;
  slotSeq: Float64Array;
  /** Stack of free slots; `freeCount` of them are valid. */
  free: Int32Array;
  freeCount: number;
  /** Slots ever handed out; slots at or above it have never been used. */
  slotsUsed: number;
  /** Events due far ahead, and all events of a keyframe copy. */
  heap: HeapState;
  /** The near future; null in keyframe copies (made again on the first push after a restore). */
  ring: RingState | null;
  /**
   * `RANK_LIMIT` times the time of the last popped event: no event can be queued below it, since
   * nothing is scheduled in the past. The ring covers keys from here up to `RING_KEYS` ahead.
   */
  floorKey: number;
  /**
   * What `headBucket` last answered, until the next push or pop (-2: not known). The event loop
   * peeks at the head's time and then pops it, and this spares the second look.
   */
  head: number;
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
    kind: new Uint8Array(capacity),
    a: new Int32Array(capacity),
    b: new Int32Array(capacity),
    c: new Int32Array(capacity),
    slotKey: new Float64Array(capacity),
    slotSeq: new Float64Array(capacity),
    free: new Int32Array(capacity),
    freeCount: 0,
    slotsUsed: 0,
    heap: createHeap(capacity),
    ring: null,
    floorKey: 0,
    head: -2,
  };
}

function resized<T extends Uint8Array | Float64Array | Int32Array>(
  a: T,
  n: number,
  make: (n: number) => T,
): T {
  const b = make(n);
  b.set(a.subarray(0, Math.min(a.length, n)));
  return b;
}

function growSlots(q: EventQueueState, capacity: number): void {
  q.kind = resized(q.kind, capacity, (n) => new Uint8Array(n));
  q.a = resized(q.a, capacity, (n) => new Int32Array(n));
  q.b = resized(q.b, capacity, (n) => new Int32Array(n));
  q.c = resized(q.c, capacity, (n) => new Int32Array(n));
  q.slotKey = resized(q.slotKey, capacity, (n) => new Float64Array(n));
  q.slotSeq = resized(q.slotSeq, capacity, (n) => new Float64Array(n));
  q.free = resized(q.free, capacity, (n) => new Int32Array(n));
  if (q.ring) q.ring.next = resized(q.ring.next, capacity, (n) => new Int32Array(n));
}

function takeSlot(q: EventQueueState): number {
  if (q.freeCount > 0) return q.free[--q.freeCount]!;
  if (q.slotsUsed === q.kind.length) growSlots(q, q.kind.length * 2);
  return q.slotsUsed++;
}

/** Queues an event; `atMs` must be an integer no earlier than the last popped event's time, and `rank` below RANK_LIMIT. */
export function pushEvent(
  q: EventQueueState,
  atMs: number,
  rank: number,
  kind: number,
  a: number,
  b: number,
  c = 0,
): void {
  const key = atMs * RANK_LIMIT + rank;
  if (key < q.floorKey)
    throw new Error(
      `event queued at ${atMs} ms, before the last event at ${q.floorKey / RANK_LIMIT} ms`,
    );
  const s = takeSlot(q);
  q.kind[s] = kind;
  q.a[s] = a;
  q.b[s] = b;
  q.c[s] = c;
  const seq = q.nextSeq++;
  q.size++;
  q.head = -2;
  if (key - q.floorKey < RING_KEYS) {
    q.ring ??= createRing(q.kind.length);
    q.slotKey[s] = key;
    q.slotSeq[s] = seq;
    ringPush(q.ring, key, s);
  } else {
    heapPush(q.heap, key, seq, s);
  }
}

/** The ring bucket holding the head event, or -1 when the heap's head comes first (or both are empty). */
function headBucket(q: EventQueueState): number {
  if (q.head === -2) q.head = findHeadBucket(q);
  return q.head;
}

function findHeadBucket(q: EventQueueState): number {
  const ring = q.ring;
  if (ring === null || ring.count === 0) return -1;
  const bucket = ringFirstBucket(ring, q.floorKey);
  const heap = q.heap;
  if (heap.size === 0) return bucket;
  const slot = ring.head[bucket]!;
  const rk = q.slotKey[slot]!;
  const hk = heap.key[0]!;
  return rk < hk || (rk === hk && q.slotSeq[slot]! < heap.seq[0]!) ? bucket : -1;
}

/** The time of the head event, or -1 when the queue is empty. */
export function peekTimeMs(q: EventQueueState): number {
  if (q.size === 0) return -1;
  const bucket = headBucket(q);
  const key = bucket >= 0 ? q.slotKey[q.ring!.head[bucket]!]! : q.heap.key[0]!;
  return Math.floor(key / RANK_LIMIT);
}

/** Removes the head event into `out`; returns false when the queue is empty. */
export function popEvent(q: EventQueueState, out: PoppedEvent): boolean {
  if (q.size === 0) return false;
  const bucket = headBucket(q);
  let key: number;
  let s: number;
  if (bucket >= 0) {
    s = ringPop(q.ring!, bucket);
    key = q.slotKey[s]!;
  } else {
    key = q.heap.key[0]!;
    s = heapPop(q.heap);
  }
  out.atMs = Math.floor(key / RANK_LIMIT);
  out.rank = key - out.atMs * RANK_LIMIT;
  out.kind = q.kind[s]!;
  out.a = q.a[s]!;
  out.b = q.b[s]!;
  out.c = q.c[s]!;
  q.free[q.freeCount++] = s;
  q.size--;
  q.head = -2;
  q.floorKey = out.atMs * RANK_LIMIT;
  return true;
}

/**
 * A compact copy for keyframes: every event goes into the copy's heap with its seq, slots are
 * renumbered densely, and there is no ring, so a keyframe costs a few arrays the size of the queue.
 */
export function cloneEventQueue(q: EventQueueState): EventQueueState {
  const copy = createEventQueue(Math.max(16, q.size));
  copy.nextSeq = q.nextSeq;
  copy.floorKey = q.floorKey;
  const add = (key: number, seq: number, s: number): void => {
    const d = copy.slotsUsed++;
    copy.kind[d] = q.kind[s]!;
    copy.a[d] = q.a[s]!;
    copy.b[d] = q.b[s]!;
    copy.c[d] = q.c[s]!;
    heapPush(copy.heap, key, seq, d);
    copy.size++;
  };
  forEachHeapEntry(q.heap, add);
  if (q.ring) forEachRingEntry(q.ring, (s) => add(q.slotKey[s]!, q.slotSeq[s]!, s));
  return copy;
}
