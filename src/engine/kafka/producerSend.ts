// Sending produce requests and living with the answers: a request goes to one broker over a FIFO
// link and is answered once for all its batches. A batch the answer refuses, or whose request
// timed out, is retried on its own after `retry.backoff.ms` while `retries` allow, and then it
// fails and its records are lost to the application.

import { exponentialInt } from '../core/randomDraws.ts';
import { TraceCode } from '../trace/traceStore.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, emitColumns, schedule } from '../world/worldOps.ts';
import type { ProducerBatch, ProducerState } from '../world/producerState.ts';
import type { World } from '../world/worldTypes.ts';
import { freeRequest, freeSlot, newRequest } from './inflightSlots.ts';
import { linkBlocked } from './networkFaults.ts';
import { ProduceError, produceErrorName } from './produceErrors.ts';
import { scheduleRequestTimeout } from './produceResponse.ts';

/** One-way delay to a broker on a FIFO link: later sends never overtake earlier ones. */
export function linkArrivalMs(w: World, st: ProducerState, broker: number): number {
  const b = w.index.brokers[broker]!;
  const jitter = b.jitterUsMean > 0 ? exponentialInt(st.rng, b.jitterUsMean) : 0;
  const slow = w.m.brokers[broker]!.slowFactor;
  const at = Math.max(
    w.m.nowMs + Math.ceil(((b.delayUs + jitter) * slow) / 1000),
    st.linkFreeAtMs[broker]!,
  );
  st.linkFreeAtMs[broker] = at;
  return at;
}

/** Gives a batch whose producer moved to a new epoch fresh sequence numbers in that epoch. */
function renumberIfEpochMoved(w: World, batch: ProducerBatch): void {
  const st = w.m.producers[batch.producer]!;
  if (batch.baseSequence < 0 || batch.producerEpoch === st.producerEpoch) return;
  const local = batch.partition - w.index.topics[w.index.producers[batch.producer]!.topic]!.base;
  batch.baseSequence = st.nextSequence[local]!;
  batch.producerEpoch = st.producerEpoch;
  st.nextSequence[local] = batch.baseSequence + batch.count;
}

/**
 * Sends the request in `slot`: every batch in it is traced as sent, and the request crosses the
 * producer's link to its broker as one message.
 */
export function transmitRequest(w: World, slot: number): void {
  const request = w.m.requests[slot]!;
  const p = request.producer;
  const st = w.m.producers[p]!;
  const acks = w.scenario.topology.producers[p]!.acks ?? 'all';
  request.sentAtMs = w.m.nowMs;
  request.unanswered = request.slots.length;
  for (const s of request.slots) {
    const batch = w.m.inflight[s]!;
    renumberIfEpochMoved(w, batch);
    batch.sentAtMs = w.m.nowMs;
    batch.sentTo = request.broker;
    batch.request = slot;
    batch.answer = -2;
    emitColumns(w, TraceCode.batchSent, p, batch.partition, batch.count, batch.attempt);
  }
  if (acks === '0') {
    // acks=0 completes as soon as the request is on the wire; the offsets stay unknown.
    for (const s of request.slots) {
      const batch = w.m.inflight[s]!;
      st.ackedCount += batch.count;
      emitColumns(w, TraceCode.batchAcked, p, batch.partition, -1, batch.count);
    }
  }
  if (linkBlocked(w, w.index.producers[p]!.id, w.index.brokers[request.broker]!.id)) {
    // A network partition swallows the request; only a timeout tells the producer.
    if (acks === '0') dropRequest(w, slot);
    else scheduleRequestTimeout(w, slot);
  } else schedule(w, linkArrivalMs(w, st, request.broker), EventKind.requestArrive, slot);
}

/** Forgets an acks=0 request the network lost: nobody will ever answer it. */
function dropRequest(w: World, slot: number): void {
  for (const s of w.m.requests[slot]!.slots) freeSlot(w, s, w.m.inflight[s]!);
  freeRequest(w, slot);
}

/**
 * Sends the batch in `slot` in a request of its own: a retry, or a batch whose partition has no
 * leader, which fails at once with LEADER_NOT_AVAILABLE as the producer's metadata says.
 */
export function transmitAlone(w: World, slot: number): void {
  const batch = w.m.inflight[slot]!;
  const leader = w.m.partitions[batch.partition]!.leader;
  if (leader >= 0) {
    const request = newRequest(w, batch.producer, leader);
    w.m.requests[request]!.slots.push(slot);
    transmitRequest(w, request);
    return;
  }
  renumberIfEpochMoved(w, batch);
  batch.sentAtMs = w.m.nowMs;
  batch.sentTo = -1;
  batch.request = -1;
  emitColumns(w, TraceCode.batchSent, batch.producer, batch.partition, batch.count, batch.attempt);
  schedule(
    w,
    w.m.nowMs,
    EventKind.produceError,
    slot,
    batch.attempt,
    ProduceError.leaderNotAvailable,
  );
}

function retryOrFail(w: World, slot: number, reason: string): void {
  const batch = w.m.inflight[slot]!;
  const spec = w.scenario.topology.producers[batch.producer]!;
  const willRetry = batch.attempt <= spec.retries;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'batch.failed',
    producer: spec.id,
    partition: w.index.partitionNames[batch.partition]!,
    count: batch.count,
    reason,
    willRetry,
  });
  if (!willRetry) {
    // An idempotent producer that gives up on a batch bumps its epoch, so the gap in sequence
    // numbers the lost batch leaves cannot block every later batch (Kafka's KIP-360).
    if (batch.baseSequence >= 0) {
      const st = w.m.producers[batch.producer]!;
      st.producerEpoch++;
      st.nextSequence.fill(0);
    }
    freeSlot(w, slot, batch);
    return;
  }
  batch.attempt++;
  batch.request = -1;
  schedule(
    w,
    w.m.nowMs + Math.ceil(spec.retryBackoffMs),
    EventKind.batchRetry,
    slot,
    batch.attempt,
  );
}

/**
 * Handles `requestResponse`: the broker's answer reached the producer. Each batch in the request
 * is acknowledged, or retried with the error the broker gave it.
 */
export function onRequestResponse(w: World, slot: number): void {
  const request = w.m.requests[slot]!;
  const st = w.m.producers[request.producer]!;
  for (const s of request.slots) {
    const batch = w.m.inflight[s]!;
    if (batch.answer !== -1) {
      retryOrFail(w, s, produceErrorName(batch.answer));
      continue;
    }
    st.ackedCount += batch.count;
    const count = batch.count;
    emitColumns(
      w,
      TraceCode.batchAcked,
      request.producer,
      batch.partition,
      batch.baseOffset,
      count,
    );
    freeSlot(w, s, batch);
  }
  freeRequest(w, slot);
}

/** Handles `produceError`: the batch could not be sent, its partition having no leader. */
export function onProduceError(w: World, slot: number, attempt: number, code: number): void {
  const batch = w.m.inflight[slot];
  if (!batch || batch.attempt !== attempt) return;
  retryOrFail(w, slot, produceErrorName(code));
}

/** Handles `requestTimeout`: no answer to the request came within `request.timeout.ms`. */
export function onRequestTimeout(w: World, slot: number): void {
  const request = w.m.requests[slot]!;
  const reason = produceErrorName(ProduceError.requestTimedOut);
  for (const s of request.slots) retryOrFail(w, s, reason);
  freeRequest(w, slot);
}

/** Handles `batchRetry`: the backoff is over, so the batch is sent again. */
export function onBatchRetry(w: World, slot: number, attempt: number): void {
  const batch = w.m.inflight[slot];
  if (!batch || batch.attempt !== attempt) return;
  if (w.m.producers[batch.producer]!.crashed) {
    freeSlot(w, slot, batch);
    return;
  }
  transmitAlone(w, slot);
}
