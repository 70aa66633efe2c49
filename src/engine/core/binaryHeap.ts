// A binary min-heap of (key, seq, slot) triples in typed arrays, ordered by key and then seq. The
// event queue keeps the events due far ahead in it, and keyframe copies keep all their events in
// it. The heap moves only the triples; an event's payload stays in its slot.

export interface HeapState {
  size: number;
  key: Float64Array;
  seq: Float64Array;
  slot: Int32Array;
}

export function createHeap(capacity: number): HeapState {
  return {
    size: 0,
    key: new Float64Array(capacity),
    seq: new Float64Array(capacity),
    slot: new Int32Array(capacity),
  };
}

function grow(h: HeapState): void {
  const n = h.key.length * 2;
  const key = new Float64Array(n);
  const seq = new Float64Array(n);
  const slot = new Int32Array(n);
  key.set(h.key);
  seq.set(h.seq);
  slot.set(h.slot);
  h.key = key;
  h.seq = seq;
  h.slot = slot;
}

export function heapPush(h: HeapState, key: number, seq: number, slot: number): void {
  if (h.size === h.key.length) grow(h);
  // Sift up by moving parents down into the hole, then write the new entry once.
  let i = h.size++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pk = h.key[parent]!;
    if (pk < key || (pk === key && h.seq[parent]! < seq)) break;
    h.key[i] = pk;
    h.seq[i] = h.seq[parent]!;
    h.slot[i] = h.slot[parent]!;
    i = parent;
  }
  h.key[i] = key;
  h.seq[i] = seq;
  h.slot[i] = slot;
}

/** Removes the head entry and returns its slot; the heap must not be empty. */
export function heapPop(h: HeapState): number {
  const top = h.slot[0]!;
  const last = --h.size;
  if (last === 0) return top;
  // Sift the last entry down from the root.
  const key = h.key[last]!;
  const seq = h.seq[last]!;
  const slot = h.slot[last]!;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= last) break;
    let ck = h.key[child]!;
    const right = child + 1;
    if (right < last) {
      const rk = h.key[right]!;
      if (rk < ck || (rk === ck && h.seq[right]! < h.seq[child]!)) {
        child = right;
        ck = rk;
      }
    }
    if (key < ck || (key === ck && seq < h.seq[child]!)) break;
    h.key[i] = ck;
    h.seq[i] = h.seq[child]!;
    h.slot[i] = h.slot[child]!;
    i = child;
  }
  h.key[i] = key;
  h.seq[i] = seq;
  h.slot[i] = slot;
  return top;
}

/** Calls `visit` for every entry, in no particular order. */
export function forEachHeapEntry(
  h: HeapState,
  visit: (key: number, seq: number, slot: number) => void,
): void {
  for (let i = 0; i < h.size; i++) visit(h.key[i]!, h.seq[i]!, h.slot[i]!);
}
