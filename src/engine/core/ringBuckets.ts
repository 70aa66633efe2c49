// The near-future part of the event queue: one bucket per (millisecond, rank) over the next
// RING_MS milliseconds, each a FIFO list of event slots linked through `next`, and a bitmap of the
// buckets that hold anything, so finding the head skips 32 empty buckets per step. A key maps to
// bucket `key & (RING_KEYS - 1)`; that is one-to-one because every key in the ring lies within
// RING_KEYS of the queue's floor (see eventQueue.ts).

/** Milliseconds ahead that the ring covers; later events go to the heap. */
export const RING_MS = 512;
/** Buckets in the ring: one per (millisecond, rank), 16 ranks a millisecond. */
export const RING_KEYS = RING_MS * 16;
const MASK = RING_KEYS - 1;
const WORDS = RING_KEYS >>> 5;

export interface RingState {
  /** First and last slot of each bucket's list, or -1. */
  readonly head: Int32Array;
  readonly tail: Int32Array;
  /** Next slot in the same bucket, by slot; grown with the queue's slots. */
  next: Int32Array;
  /** Bit b of word w is set when bucket 32w + b is not empty. */
  readonly bits: Uint32Array;
  count: number;
}

export function createRing(slotCapacity: number): RingState {
  return {
    head: new Int32Array(RING_KEYS).fill(-1),
    tail: new Int32Array(RING_KEYS).fill(-1),
    next: new Int32Array(slotCapacity),
    bits: new Uint32Array(WORDS),
    count: 0,
  };
}

export function ringPush(r: RingState, key: number, slot: number): void {
  const b = key & MASK;
  r.next[slot] = -1;
  const tail = r.tail[b]!;
  if (tail < 0) {
    r.head[b] = slot;
    r.bits[b >>> 5] = r.bits[b >>> 5]! | (1 << (b & 31));
  } else {
    r.next[tail] = slot;
  }
  r.tail[b] = slot;
  r.count++;
}

/** Removes and returns the first slot of bucket `b`, which must not be empty. */
export function ringPop(r: RingState, b: number): number {
  const slot = r.head[b]!;
  const next = r.next[slot]!;
  r.head[b] = next;
  if (next < 0) {
    r.tail[b] = -1;
    r.bits[b >>> 5] = r.bits[b >>> 5]! & ~(1 << (b & 31));
  }
  r.count--;
  return slot;
}

/**
 * The first non-empty bucket at or after the floor key's bucket, going round the ring once; the
 * ring must not be empty. Buckets before the floor's bucket hold the keys that wrapped around.
 */
export function ringFirstBucket(r: RingState, floorKey: number): number {
  const start = floorKey & MASK;
  let w = start >>> 5;
  let word = r.bits[w]! & (0xffffffff << (start & 31));
  for (let i = 0; i <= WORDS; i++) {
    if (word !== 0) return (w << 5) + 31 - Math.clz32(word & -word);
    w = (w + 1) & (WORDS - 1);
    word = r.bits[w]!;
  }
  throw new Error('ringFirstBucket: the ring is empty');
}

/** Calls `visit` with every slot in the ring, bucket by bucket, each bucket in FIFO order. */
export function forEachRingEntry(r: RingState, visit: (slot: number) => void): void {
  // Keyframes copy the queue often, so only the buckets the bitmap marks are walked.
  for (let w = 0; w < WORDS; w++) {
    let word = r.bits[w]!;
    while (word !== 0) {
      const low = word & -word;
      const b = (w << 5) + 31 - Math.clz32(low);
      for (let s = r.head[b]!; s >= 0; s = r.next[s]!) visit(s);
      word ^= low;
    }
  }
}
