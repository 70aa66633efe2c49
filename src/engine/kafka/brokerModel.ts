// The broker side of producing: a batch that reaches a partition leader is appended at the log
// end, each record getting the next offset, and an acknowledgement travels back to the producer.
// Replication and acks settings arrive with the cluster model; for now the leader alone acks.

import { exponentialInt } from '../core/randomDraws.ts';
import { EventKind } from '../world/eventKinds.ts';
import { TraceCode } from '../trace/traceStore.ts';
import { emitColumns, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';

/** Handles `batchArrive`: append the batch to its partition and send the ack back. */
export function onBatchArrive(w: World, slot: number): void {
  const batch = w.m.inflight[slot];
  if (!batch) throw new Error(`batch slot ${slot} is empty`);
  const partition = batch.partition;
  const ps = w.m.partitions[partition]!;
  const log = w.logs[partition]!;
  const name = w.index.partitionNames[partition]!;
  batch.baseOffset = ps.logEndOffset;
  for (const record of batch.records) {
    const offset = ps.logEndOffset;
    // Invariant: offsets are dense and never go back, so the store index is the offset. The store
    // may hold a record of a timeline left by a seek; the replay writes the same record over it.
    if (log.length < offset) throw new Error(`log ${name}: append at ${offset} but store has ${log.length}`);
    record.atMs = w.m.nowMs;
    record.offset = offset;
    log[offset] = record;
    emitColumns(w, TraceCode.recordAppended, partition, offset, 0, 0);
    ps.logEndOffset = offset + 1;
  }
  w.m.appendedCount += batch.records.length;
  const st = w.m.producers[batch.producer]!;
  const b = w.index.brokers[w.index.leaderOf[partition]!]!;
  const jitter = b.jitterUsMean > 0 ? exponentialInt(st.rng, b.jitterUsMean) : 0;
  schedule(w, w.m.nowMs + Math.ceil((b.delayUs + jitter) / 1000), EventKind.batchAck, slot);
}

/** Handles `batchAck`: the producer learns its batch is durable and frees the slot. */
export function onBatchAck(w: World, slot: number): void {
  const batch = w.m.inflight[slot];
  if (!batch) throw new Error(`batch slot ${slot} is empty`);
  const st = w.m.producers[batch.producer]!;
  st.ackedCount += batch.records.length;
  emitColumns(w, TraceCode.batchAcked, batch.producer, batch.partition, batch.baseOffset, batch.records.length);
  w.m.inflight[slot] = null;
  w.m.freeInflight.push(slot);
  batch.records.length = 0;
  w.batchPool.push(batch);
}
