// Idempotent batch metadata beside each partition's record store, in typed columns: at the store
// index of a batch's first record, the producer, its epoch, the base sequence and the record count
// (count 0 means no batch starts there). A new leader reads it to rebuild producer state from its
// own log. Columns avoid an object per batch on the engine's hot path. Like the record store, the
// columns start at `base`: entries below it were freed together with the records they describe.

import type { World } from '../world/worldTypes.ts';

const COLUMNS = ['producer', 'epoch', 'seq', 'count'] as const;

export interface BatchMetaColumns {
  /** Store index of column entry 0. */
  base: number;
  producer: Int32Array;
  epoch: Int32Array;
  seq: Int32Array;
  count: Int32Array;
}

export function createBatchMetaColumns(capacity = 256): BatchMetaColumns {
  return {
    base: 0,
    producer: new Int32Array(capacity),
    epoch: new Int32Array(capacity),
    seq: new Int32Array(capacity),
    count: new Int32Array(capacity),
  };
}

function ensure(cols: BatchMetaColumns, slot: number): void {
  if (slot < cols.count.length) return;
  let n = cols.count.length * 2;
  while (n <= slot) n *= 2;
  for (const k of COLUMNS) {
    const next = new Int32Array(n);
    next.set(cols[k]);
    cols[k] = next;
  }
}

/**
 * Forgets the batches that start at or past store index `length`, once the timeline that wrote
 * them is abandoned. Appends need not clear an entry's metadata themselves: a replay of the same
 * timeline writes the same metadata, and any other timeline starts from this truncation.
 */
export function truncateBatchMeta(cols: BatchMetaColumns, length: number): void {
  cols.count.fill(0, Math.max(0, length - cols.base));
}

export function setBatchMeta(
  w: World,
  partition: number,
  index: number,
  producer: number,
  epoch: number,
  seq: number,
  count: number,
): void {
  const cols = w.batchMeta[partition]!;
  const slot = index - cols.base;
  if (slot < 0) throw new Error(`batch metadata at ${index} was freed (base ${cols.base})`);
  ensure(cols, slot);
  cols.producer[slot] = producer;
  cols.epoch[slot] = epoch;
  cols.seq[slot] = seq;
  cols.count[slot] = count;
}

export function batchMetaAt(
  w: World,
  partition: number,
  index: number,
): { producer: number; epoch: number; baseSequence: number; count: number } | null {
  const cols = w.batchMeta[partition]!;
  const slot = index - cols.base;
  if (slot < 0 || slot >= cols.count.length || cols.count[slot] === 0) return null;
  return {
    producer: cols.producer[slot]!,
    epoch: cols.epoch[slot]!,
    baseSequence: cols.seq[slot]!,
    count: cols.count[slot]!,
  };
}

/**
 * Frees the metadata below store index `index` by moving the rest to the front. The capacity is
 * halved while at most a quarter of it is in use, so a long run's columns stay as small as the
 * part of the log that is still held.
 */
export function freeBatchMetaBefore(cols: BatchMetaColumns, index: number, storeEnd: number): void {
  const drop = index - cols.base;
  if (drop <= 0) return;
  const keep = Math.max(0, Math.min(storeEnd - index, cols.count.length - drop));
  let capacity = cols.count.length;
  while (capacity > 256 && keep * 4 <= capacity) capacity /= 2;
  for (const k of COLUMNS) {
    const next = capacity === cols[k].length ? cols[k] : new Int32Array(capacity);
    next.set(cols[k].subarray(drop, drop + keep));
    next.fill(0, keep);
    cols[k] = next;
  }
  cols.base = index;
}
