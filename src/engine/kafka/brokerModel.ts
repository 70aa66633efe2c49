// The broker side of producing. A produce request reaches a broker, which handles its batches in
// order: each is checked (is this broker still the partition's leader, are enough replicas in sync
// for acks=all, is it an idempotent duplicate), appended at the log end, and answered according to
// the producer's `acks`. The request is answered once all its batches are (produceResponse.ts).

import { emit } from '../world/worldOps.ts';
import type { ProducerBatch } from '../world/producerState.ts';
import type { World } from '../world/worldTypes.ts';
import { appendBatchToLeader } from './partitionLog.ts';
import { ProduceError } from './produceErrors.ts';
import {
  lastSequenceEpoch,
  lastSequenceNumber,
  lastSequenceOffset,
  setLastSequence,
} from './producerSequences.ts';
import { setBatchMeta } from './recordStore.ts';
import { answerBatch, scheduleRequestTimeout } from './produceResponse.ts';
import { freeRequest, freeSlot } from './inflightSlots.ts';

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

/** Why the leader refuses a batch that is not a duplicate, or null when it appends it. */
function rejectReason(w: World, batch: ProducerBatch, acks: '0' | '1' | 'all'): number | null {
  const ps = w.m.partitions[batch.partition]!;
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

/** Handles `requestArrive`: a produce request reaches the broker it was sent to. */
export function onRequestArrive(w: World, slot: number): void {
  const request = w.m.requests[slot]!;
  const acks = w.scenario.topology.producers[request.producer]!.acks ?? 'all';
  if (!w.m.brokers[request.broker]!.up) {
    // Nobody reads the request. With acks=0 the producer never asked for an answer.
    if (acks === '0') forgetRequest(w, slot);
    else scheduleRequestTimeout(w, slot);
    return;
  }
  for (const s of request.slots) handleBatch(w, s, acks);
  // With acks=0 the broker answers nothing, so the request is done once its batches are handled.
  if (acks === '0') freeRequest(w, slot);
}

/** An acks=0 request nobody will answer: its batches and slot are freed. */
function forgetRequest(w: World, slot: number): void {
  for (const s of w.m.requests[slot]!.slots) freeSlot(w, s, w.m.inflight[s]!);
  freeRequest(w, slot);
}

/** Answers a refused batch with `reason`; with acks=0 nobody hears it, so the batch is just freed. */
function refuse(
  w: World,
  slot: number,
  batch: ProducerBatch,
  acks: '0' | '1' | 'all',
  reason: number,
) {
  if (acks === '0') freeSlot(w, slot, batch);
  else answerBatch(w, slot, batch.attempt, reason);
}

/**
 * One batch of an arrived request, checked in the order Kafka's broker checks it: a broker that no
 * longer leads the partition refuses it before looking at sequence numbers (the producer state it
 * would compare against is the new leader's); then a duplicate is answered, not appended; then
 * the leader refuses it or appends it.
 */
function handleBatch(w: World, slot: number, acks: '0' | '1' | 'all'): void {
  const batch = w.m.inflight[slot]!;
  if (w.m.partitions[batch.partition]!.leader !== batch.sentTo) {
    refuse(w, slot, batch, acks, ProduceError.notLeaderOrFollower);
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
      count: batch.count,
    });
    answerAppended(w, slot, batch, acks, duplicate + batch.count);
    return;
  }
  const reason = rejectReason(w, batch, acks);
  if (reason === null) appendBatch(w, slot, batch, acks);
  else refuse(w, slot, batch, acks, reason);
}

/**
 * Answers a batch whose records sit in the log up to `endOffset`: with acks=all only once the
 * high watermark covers them (a duplicate is answered like the original), with acks=1 at once.
 */
function answerAppended(
  w: World,
  slot: number,
  batch: ProducerBatch,
  acks: '0' | '1' | 'all',
  endOffset: number,
): void {
  const ps = w.m.partitions[batch.partition]!;
  if (acks === '0') freeSlot(w, slot, batch);
  else if (acks === '1' || ps.highWatermark >= endOffset) answerBatch(w, slot, batch.attempt, null);
  else ps.pendingAcks.push({ slot, attempt: batch.attempt, endOffset });
}

function appendBatch(w: World, slot: number, batch: ProducerBatch, acks: '0' | '1' | 'all'): void {
  const ps = w.m.partitions[batch.partition]!;
  batch.baseOffset = appendBatchToLeader(w, batch.partition, batch);
  if (batch.baseSequence >= 0) {
    const count = batch.count;
    setBatchMeta(
      w.logs[batch.partition]!,
      ps.storeLength - count,
      batch.producer,
      batch.producerEpoch,
      batch.baseSequence,
      count,
    );
    setLastSequence(
      ps,
      batch.producer,
      batch.producerEpoch,
      batch.baseSequence + count - 1,
      batch.baseOffset,
      count,
    );
  }
  answerAppended(w, slot, batch, acks, batch.baseOffset + batch.count);
}
