// Producers that send to a queue instead of a topic: each message is sent on its own (no batching),
// travels the link to the queue's broker and becomes ready for delivery when it arrives.

import { exponentialInt } from '../core/randomDraws.ts';
import { chooseKeyIndex, nextGapUs } from '../kafka/producerDraws.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import { MessageState } from '../world/queueState.ts';
import { type World } from '../world/worldTypes.ts';
import { queueIndexOf } from './queueIndex.ts';

export function startQueueProducer(w: World, p: number): void {
  const st = w.m.queueProducers[p]!;
  st.running = true;
  st.epoch++;
  schedule(w, w.m.nowMs, EventKind.queueProducerNext, p, st.epoch);
}

/** Handles `queueProducerNext`: one message leaves for the queue; the next is scheduled. */
export function onQueueProducerNext(w: World, p: number, epoch: number): void {
  const st = w.m.queueProducers[p]!;
  const spec = w.scenario.topology.queueProducers![p]!;
  // Epoch -1 marks the producer's scheduled start.
  if (epoch === -1) return startQueueProducer(w, p);
  if (!st.running || epoch !== st.epoch) return;
  if (spec.stopAtMs !== undefined && w.m.nowMs >= spec.stopAtMs) {
    st.running = false;
    return;
  }
  const q = queueIndexOf(w, spec.queue);
  const queue = w.m.queues[q]!;
  const keyIndex = chooseKeyIndex(st.rng, spec.keys, null);
  const id = queue.messages.length;
  queue.messages.push({
    id,
    key: keyIndex < 0 ? null : `k${keyIndex}`,
    value: `${spec.id}-${st.created++}`,
    producer: spec.id,
    state: MessageState.inTransit,
    deliveries: 0,
    consumer: -1,
  });
  const broker = w.index.brokers.findIndex((b) => b.id === w.scenario.topology.queues![q]!.broker);
  const b = w.index.brokers[broker]!;
  const jitter = b.jitterUsMean > 0 ? exponentialInt(st.rng, b.jitterUsMean) : 0;
  schedule(w, w.m.nowMs + Math.ceil((b.delayUs + jitter) / 1000), EventKind.queueArrive, q, id);
  const total = st.carryUs + nextGapUs(st.rng, spec.rate, w.m.nowMs - spec.startAtMs);
  st.carryUs = total % 1000;
  schedule(w, w.m.nowMs + Math.floor(total / 1000), EventKind.queueProducerNext, p, st.epoch);
}

/** Handles `queueArrive`: the message is stored and ready for any consumer. */
export function onQueueArrive(w: World, q: number, id: number): void {
  const queue = w.m.queues[q]!;
  const msg = queue.messages[id]!;
  msg.state = MessageState.ready;
  queue.ready.push(id);
  emit(w, {
    atMs: w.m.nowMs,
    type: 'queue.enqueued',
    queue: w.scenario.topology.queues![q]!.name,
    message: id,
    key: msg.key,
    value: msg.value,
    producer: msg.producer,
  });
}
