// Sending a producer batch and living with the answer: each attempt goes to the partition's
// current leader over a FIFO link; errors and timeouts are retried after `retry.backoff.ms` while
// `retries` allow, and then the batch fails and its records are lost to the application.

import { exponentialInt } from '../core/randomDraws.ts';
import { TraceCode } from '../trace/traceStore.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, emitColumns, schedule } from '../world/worldOps.ts';
import type { ProducerState } from '../world/producerState.ts';
import type { World } from '../world/worldTypes.ts';
import { freeSlot } from './brokerModel.ts';
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

/** Sends the current attempt of the batch in `slot` to the partition's leader. */
export function transmit(w: World, slot: number): void {
  const batch = w.m.inflight[slot]!;
  const st = w.m.producers[batch.producer]!;
  const acks = w.scenario.topology.producers[batch.producer]!.acks ?? 'all';
  const leader = w.m.partitions[batch.partition]!.leader;
  if (batch.baseSequence >= 0 && batch.producerEpoch !== st.producerEpoch) {
    // After an epoch bump the batch gets fresh sequence numbers in the new epoch.
    const local = batch.partition - w.index.topics[w.index.producers[batch.producer]!.topic]!.base;
    batch.baseSequence = st.nextSequence[local]!;
    batch.producerEpoch = st.producerEpoch;
    st.nextSequence[local] = batch.baseSequence + batch.records.length;
  }
  batch.sentAtMs = w.m.nowMs;
  batch.sentTo = leader;
  emitColumns(
    w,
    TraceCode.batchSent,
    batch.producer,
    batch.partition,
    batch.records.length,
    batch.attempt,
  );
  if (leader < 0) {
    // No leader to send to: the producer's metadata says the partition is offline.
    schedule(
      w,
      w.m.nowMs,
      EventKind.produceError,
      slot,
      batch.attempt,
      ProduceError.leaderNotAvailable,
    );
    return;
  }
  if (linkBlocked(w, w.index.producers[batch.producer]!.id, w.index.brokers[leader]!.id)) {
    // A network partition swallows the request; only a timeout tells the producer.
    if (acks === '0') freeSlot(w, slot, batch);
    else scheduleRequestTimeout(w, slot);
  } else schedule(w, linkArrivalMs(w, st, leader), EventKind.batchArrive, slot);
  if (acks === '0') {
    // acks=0 completes as soon as the request is on the wire; the offset stays unknown.
    st.ackedCount += batch.records.length;
    emitColumns(w, TraceCode.batchAcked, batch.producer, batch.partition, -1, batch.records.length);
  }
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
    count: batch.records.length,
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
  schedule(
    w,
    w.m.nowMs + Math.ceil(spec.retryBackoffMs),
    EventKind.batchRetry,
    slot,
    batch.attempt,
  );
}

/** Handles `produceError`: the broker answered with an error code. */
export function onProduceError(w: World, slot: number, attempt: number, code: number): void {
  const batch = w.m.inflight[slot];
  if (!batch || batch.attempt !== attempt) return;
  retryOrFail(w, slot, produceErrorName(code));
}

/** Handles `requestTimeout`: no answer came within `request.timeout.ms`. */
export function onRequestTimeout(w: World, slot: number, attempt: number): void {
  const batch = w.m.inflight[slot];
  if (!batch || batch.attempt !== attempt) return;
  retryOrFail(w, slot, produceErrorName(ProduceError.requestTimedOut));
}

/** Handles `batchRetry`: the backoff is over, so the batch is sent again. */
export function onBatchRetry(w: World, slot: number, attempt: number): void {
  const batch = w.m.inflight[slot];
  if (!batch || batch.attempt !== attempt) return;
  if (w.m.producers[batch.producer]!.crashed) {
    freeSlot(w, slot, batch);
    return;
  }
  transmit(w, slot);
}
