// Idempotent batch metadata beside each partition's record store, in a typed array: at the store
// index of a batch's first record, the producer, its epoch, the base sequence and the record count
// (count 0 means no batch starts there). A new leader reads it to rebuild producer state from its
// own log. Columns avoid an object per batch on the engine's hot path. Like the record store, the
// columns start at `base`: entries below it were freed together with the records they describe.

import type { World } from '../world/worldTypes.ts';

/** Numbers per entry, side by side: producer, epoch, base sequence, record count. */
const STRIDE = 4;
const PRODUCER = 0;
const EPOCH = 1;
const SEQ = 2;
const COUNT = 3;

export interface BatchMetaColumns {
  /** Store index of entry 0. */
  base: number;
  /** STRIDE numbers per entry, so one batch's metadata is one write to one cache line. */
  rows: Int32Array;
}

export function createBatchMetaColumns(capacity = 256): BatchMetaColumns {
  return { base: 0, rows: new Int32Array(capacity * STRIDE) };
}

function capacityOf(cols: BatchMetaColumns): number {
  return cols.rows.length / STRIDE;
}

function ensure(cols: BatchMetaColumns, slot: number): void {
  if (slot < capacityOf(cols)) return;
  let n = capacityOf(cols) * 2;
  while (n <= slot) n *= 2;
  const next = new Int32Array(n * STRIDE);
  next.set(cols.rows);
  cols.rows = next;
}

/**
 * Forgets the batches that start at or past store index `length`, once the timeline that wrote
 * them is abandoned. Appends need not clear an entry's metadata themselves: a replay of the same
 * timeline writes the same metadata, and any other timeline starts from this truncation.
 */
export function truncateBatchMeta(cols: BatchMetaColumns, length: number): void {
  cols.rows.fill(0, Math.max(0, length - cols.base) * STRIDE);
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
  const row = slot * STRIDE;
  cols.rows[row + PRODUCER] = producer;
  cols.rows[row + EPOCH] = epoch;
  cols.rows[row + SEQ] = seq;
  cols.rows[row + COUNT] = count;
}

export function batchMetaAt(
  w: World,
  partition: number,
  index: number,
): { producer: number; epoch: number; baseSequence: number; count: number } | null {
  const cols = w.batchMeta[partition]!;
  const slot = index - cols.base;
  const row = slot * STRIDE;
  if (slot < 0 || slot >= capacityOf(cols) || cols.rows[row + COUNT] === 0) return null;
  return {
    producer: cols.rows[row + PRODUCER]!,
    epoch: cols.rows[row + EPOCH]!,
    baseSequence: cols.rows[row + SEQ]!,
    count: cols.rows[row + COUNT]!,
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
  const keep = Math.max(0, Math.min(storeEnd - index, capacityOf(cols) - drop));
  let capacity = capacityOf(cols);
  while (capacity > 256 && keep * 4 <= capacity) capacity /= 2;
  const next = capacity === capacityOf(cols) ? cols.rows : new Int32Array(capacity * STRIDE);
  next.set(cols.rows.subarray(drop * STRIDE, (drop + keep) * STRIDE));
  next.fill(0, keep * STRIDE);
  cols.rows = next;
  cols.base = index;
}
