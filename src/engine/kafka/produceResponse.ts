// The broker's answer to a produce request: one response for the whole request, sent once every
// batch in it has its own answer (appended, a duplicate, or an error code), as Kafka holds a
// request in purgatory until all its partitions are satisfied. A broker told to drop responses
// (a fault) loses them instead, and the producer finds out only when its request times out.

import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { exponentialInt } from '../core/randomDraws.ts';
import { linkBlocked } from './networkFaults.ts';

/** One-way delay from a broker back to a producer, drawn from the producer's stream. */
function responseDelayMs(w: World, producer: number, broker: number): number {
  const b = w.index.brokers[broker]!;
  const jitter =
    b.jitterUsMean > 0 ? exponentialInt(w.m.producers[producer]!.rng, b.jitterUsMean) : 0;
  return Math.ceil(((b.delayUs + jitter) * w.m.brokers[broker]!.slowFactor) / 1000);
}

/**
 * Schedules the timeout of a request whose answer will never come, and marks it given up on, so
 * that answers for its batches that still turn up are ignored.
 */
export function scheduleRequestTimeout(w: World, slot: number): void {
  const request = w.m.requests[slot]!;
  if (request.unanswered < 0) return;
  request.unanswered = -1;
  const timeout = w.scenario.topology.producers[request.producer]!.requestTimeoutMs ?? 30_000;
  schedule(w, Math.max(w.m.nowMs, request.sentAtMs + timeout), EventKind.requestTimeout, slot);
}

/**
 * Records the broker's answer for the batch in `slot` (null for success, else an error code) for
 * the attempt `attempt`; the request is answered once all its batches are. An answer for an
 * earlier attempt, or for a request already given up on, is ignored.
 */
export function answerBatch(w: World, slot: number, attempt: number, error: number | null): void {
  const batch = w.m.inflight[slot];
  if (!batch || batch.attempt !== attempt || batch.request < 0 || batch.answer !== -2) return;
  const request = w.m.requests[batch.request]!;
  if (request.unanswered <= 0) return;
  batch.answer = error ?? -1;
  if (--request.unanswered === 0) respond(w, batch.request);
}

/** Sends the answer to the request in `slot` back to its producer. */
function respond(w: World, slot: number): void {
  const request = w.m.requests[slot]!;
  const broker = w.m.brokers[request.broker]!;
  const blocked = linkBlocked(
    w,
    w.index.brokers[request.broker]!.id,
    w.index.producers[request.producer]!.id,
  );
  if (blocked || broker.dropAcks > 0) {
    if (!blocked) broker.dropAcks--;
    for (const s of request.slots)
      emit(w, {
        atMs: w.m.nowMs,
        type: 'produce.response.dropped',
        producer: w.index.producers[request.producer]!.id,
        partition: w.index.partitionNames[w.m.inflight[s]!.partition]!,
        broker: w.index.brokers[request.broker]!.id,
      });
    scheduleRequestTimeout(w, slot);
    return;
  }
  const at = w.m.nowMs + responseDelayMs(w, request.producer, request.broker) + broker.ackDelayMs;
  const timeout = w.scenario.topology.producers[request.producer]!.requestTimeoutMs ?? 30_000;
  // The client gives up first and drops the connection, so a late answer is never read.
  if (at > request.sentAtMs + timeout) scheduleRequestTimeout(w, slot);
  else schedule(w, at, EventKind.requestResponse, slot);
}
