// The broker's answer to a produce request: an acknowledgement or an error travelling back to the
// producer. A broker told to drop responses (a fault) loses them instead, and the producer finds
// out only when its request times out.

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

/** Schedules the producer's request timeout for a request whose answer will never come. */
export function scheduleRequestTimeout(w: World, slot: number): void {
  const batch = w.m.inflight[slot]!;
  const timeout = w.scenario.topology.producers[batch.producer]!.requestTimeoutMs ?? 30_000;
  schedule(
    w,
    Math.max(w.m.nowMs, batch.sentAtMs + timeout),
    EventKind.requestTimeout,
    slot,
    batch.attempt,
  );
}

/** Sends the answer to the request in `slot`: success when `error` is null, else an error code. */
export function respondToProduce(w: World, slot: number, error: number | null): void {
  const batch = w.m.inflight[slot]!;
  const broker = w.m.brokers[batch.sentTo]!;
  const blocked = linkBlocked(
    w,
    w.index.brokers[batch.sentTo]!.id,
    w.index.producers[batch.producer]!.id,
  );
  if (blocked || broker.dropAcks > 0) {
    if (!blocked) broker.dropAcks--;
    emit(w, {
      atMs: w.m.nowMs,
      type: 'produce.response.dropped',
      producer: w.index.producers[batch.producer]!.id,
      partition: w.index.partitionNames[batch.partition]!,
      broker: w.index.brokers[batch.sentTo]!.id,
    });
    scheduleRequestTimeout(w, slot);
    return;
  }
  const at = w.m.nowMs + responseDelayMs(w, batch.producer, batch.sentTo) + broker.ackDelayMs;
  const timeout = w.scenario.topology.producers[batch.producer]!.requestTimeoutMs ?? 30_000;
  if (at > batch.sentAtMs + timeout) {
    // The client gives up first and drops the connection, so the late answer is never read.
    scheduleRequestTimeout(w, slot);
    return;
  }
  if (error === null) schedule(w, at, EventKind.batchAck, slot);
  else schedule(w, at, EventKind.produceError, slot, batch.attempt, error);
}
