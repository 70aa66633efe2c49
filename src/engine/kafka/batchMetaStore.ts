// Idempotent batch metadata beside each partition's record store, in typed columns: at the store
// index of a batch's first record, the producer, its epoch, the base sequence and the record count
// (count 0 means no batch starts there). A new leader reads it to rebuild producer state from its
// own log. Columns avoid an object per batch on the engine's hot path.

import type { World } from '../world/worldTypes.ts';

export interface BatchMetaColumns {
  producer: Int32Array;
  epoch: Int32Array;
  seq: Int32Array;
  count: Int32Array;
}

export function createBatchMetaColumns(capacity = 256): BatchMetaColumns {
  return { producer: new Int32Array(capacity), epoch: new Int32Array(capacity), seq: new Int32Array(capacity), count: new Int32Array(capacity) };
}

function ensure(cols: BatchMetaColumns, index: number): void {
  if (index < cols.count.length) return;
  let n = cols.count.length * 2;
  while (n <= index) n *= 2;
  for (const k of ['producer', 'epoch', 'seq', 'count'] as const) {
    const next = new Int32Array(n);
    next.set(cols[k]);
    cols[k] = next;
  }
}

/** Marks that no batch starts at `index` (an append overwrites what an old timeline left there). */
export function clearBatchMeta(w: World, partition: number, index: number): void {
  const cols = w.batchMeta[partition]!;
  if (index < cols.count.length) cols.count[index] = 0;
}

export function setBatchMeta(w: World, partition: number, index: number, producer: number, epoch: number, seq: number, count: number): void {
  const cols = w.batchMeta[partition]!;
  ensure(cols, index);
  cols.producer[index] = producer;
  cols.epoch[index] = epoch;
  cols.seq[index] = seq;
  cols.count[index] = count;
}

export function batchMetaAt(w: World, partition: number, index: number): { producer: number; epoch: number; baseSequence: number; count: number } | null {
  const cols = w.batchMeta[partition]!;
  if (index >= cols.count.length || cols.count[index] === 0) return null;
  return { producer: cols.producer[index]!, epoch: cols.epoch[index]!, baseSequence: cols.seq[index]!, count: cols.count[index]! };
}
