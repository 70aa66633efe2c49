// The broker side of producing. A batch that reaches its partition's leader is checked (is this
// broker still the leader, are enough replicas in sync for acks=all, is it an idempotent
// duplicate), appended at the log end, and answered according to the producer's `acks`.

import { TraceCode } from '../trace/traceStore.ts';
import { emit, emitColumns } from '../world/worldOps.ts';
import type { ProducerBatch } from '../world/producerState.ts';
import type { World } from '../world/worldTypes.ts';
import { appendToLeader } from './partitionLog.ts';
import { ProduceError } from './produceErrors.ts';
import {
  lastSequenceEpoch,
  lastSequenceNumber,
  lastSequenceOffset,
  setLastSequence,
} from './producerSequences.ts';
import { setBatchMeta } from './batchMetaStore.ts';
import { respondToProduce, scheduleRequestTimeout } from './produceResponse.ts';

function freeSlot(w: World, slot: number, batch: ProducerBatch): void {
  w.m.inflight[slot] = null;
  w.m.freeInflight.push(slot);
  // Popping the one or two drafts a batch holds costs less than setting the length, which makes
  // V8 give the array a new, empty backing store.
  while (batch.records.length > 0) batch.records.pop();
  w.batchPool.push(batch);
}

/** Kafka's idempotence check: a batch whose sequence was already appended is answered, not appended. */
function duplicateOf(w: World, batch: ProducerBatch): number | null {
  if (batch.baseSequence < 0) return null;
  const ps = w.m.partitions[batch.partition]!;
  const last = lastSequenceNumber(ps, batch.producer);
  if (
    last < 0 ||
    batch.producerEpoch !== lastSequenceEpoch(ps, batch.producer) ||
    batch.baseSequence > last
  )
    return null;
  return lastSequenceOffset(ps, batch.producer, batch.baseSequence);
}

function rejectReason(w: World, batch: ProducerBatch): number | null {
  const ps = w.m.partitions[batch.partition]!;
  if (ps.leader !== batch.sentTo) return ProduceError.notLeaderOrFollower;
  const acks = w.scenario.topology.producers[batch.producer]!.acks ?? 'all';
  const topic = w.scenario.topology.topics[w.index.partitionTopic[batch.partition]!]!;
  if (acks === 'all' && ps.isr.length < (topic.minInsyncReplicas ?? 1))
    return ProduceError.notEnoughReplicas;
  if (batch.baseSequence >= 0) {
    const last = lastSequenceNumber(ps, batch.producer);
    const epoch = lastSequenceEpoch(ps, batch.producer);
    if (last >= 0 && batch.producerEpoch < epoch) return ProduceError.invalidProducerEpoch;
    // A new epoch starts its sequence at 0; within an epoch the next sequence must follow on.
    const expected = last >= 0 && batch.producerEpoch === epoch ? last + 1 : 0;
    if (batch.baseSequence > expected) return ProduceError.outOfOrderSequence;
  }
  return null;
}

/** Handles `batchArrive`: a produce request reaches the broker it was sent to. */
export function onBatchArrive(w: World, slot: number): void {
  const batch = w.m.inflight[slot];
  if (!batch) throw new Error(`batch slot ${slot} is empty`);
  const acks = w.scenario.topology.producers[batch.producer]!.acks ?? 'all';
  if (!w.m.brokers[batch.sentTo]!.up) {
    // Nobody reads the request. With acks=0 the producer never asked for an answer.
    if (acks === '0') freeSlot(w, slot, batch);
    else scheduleRequestTimeout(w, slot);
    return;
  }
  const duplicate = duplicateOf(w, batch);
  if (duplicate !== null) {
    batch.baseOffset = duplicate;
    emit(w, {
      atMs: w.m.nowMs,
      type: 'batch.duplicate',
      producer: w.index.producers[batch.producer]!.id,
      partition: w.index.partitionNames[batch.partition]!,
      baseOffset: duplicate,
      count: batch.records.length,
    });
    const ps = w.m.partitions[batch.partition]!;
    const end = duplicate + batch.records.length;
    if (acks === '0') freeSlot(w, slot, batch);
    // A duplicate is answered like the original: with acks=all only once the high watermark covers it.
    else if (acks === 'all' && ps.highWatermark < end)
      ps.pendingAcks.push({ slot, endOffset: end });
    else respondToProduce(w, slot, null);
    return;
  }
  const reason = rejectReason(w, batch);
  if (reason !== null) {
    if (acks === '0') freeSlot(w, slot, batch);
    else respondToProduce(w, slot, reason);
    return;
  }
  appendBatch(w, slot, batch, acks);
}

function appendBatch(w: World, slot: number, batch: ProducerBatch, acks: '0' | '1' | 'all'): void {
  const ps = w.m.partitions[batch.partition]!;
  batch.baseOffset = appendToLeader(w, batch.partition, batch.records);
  if (batch.baseSequence >= 0) {
    const count = batch.records.length;
    setBatchMeta(
      w,
      batch.partition,
      ps.storeLength - count,
      batch.producer,
      batch.producerEpoch,
      batch.baseSequence,
      count,
    );
    setLastSequence(ps, batch.producer, {
      epoch: batch.producerEpoch,
      seq: batch.baseSequence + count - 1,
      baseOffset: batch.baseOffset,
      count,
    });
  }
  if (acks === '0') freeSlot(w, slot, batch);
  else if (acks === '1' || ps.highWatermark >= batch.baseOffset + batch.records.length)
    respondToProduce(w, slot, null);
  else ps.pendingAcks.push({ slot, endOffset: batch.baseOffset + batch.records.length });
}

/** Handles `batchAck`: the producer learns its batch is durable and frees the slot. */
export function onBatchAck(w: World, slot: number): void {
  const batch = w.m.inflight[slot];
  if (!batch) throw new Error(`batch slot ${slot} is empty`);
  w.m.producers[batch.producer]!.ackedCount += batch.records.length;
  emitColumns(
    w,
    TraceCode.batchAcked,
    batch.producer,
    batch.partition,
    batch.baseOffset,
    batch.records.length,
  );
  freeSlot(w, slot, batch);
}

export { freeSlot };
