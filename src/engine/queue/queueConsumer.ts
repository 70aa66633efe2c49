// Competing consumers on a queue. A receive takes ready messages and hides them for the visibility
// timeout; an acknowledgement deletes a message for good, a negative one makes it ready again at
// once, and a delivery nobody acknowledges in time is delivered again, possibly to someone else.
// Ownership of work is per message, and nothing can be replayed once acknowledged.

import { chance } from '../core/randomDraws.ts';
import { toMicros } from '../world/staticIndex.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import { MessageState } from '../world/queueState.ts';
import { type World } from '../world/worldTypes.ts';
import { queueIndexOf } from './queueIndex.ts';

function names(w: World, c: number) {
  const spec = w.scenario.topology.queueConsumers![c]!;
  return { spec, q: queueIndexOf(w, spec.queue), queueName: spec.queue };
}

export function startQueueConsumer(w: World, c: number): void {
  const st = w.m.queueConsumers[c]!;
  if (st.status === 'active') return;
  st.status = 'active';
  st.epoch++;
  st.inHand = [];
  const { spec } = names(w, c);
  emit(w, {
    atMs: w.m.nowMs,
    type: 'queue.consumer.started',
    consumer: spec.id,
    queue: spec.queue,
  });
  schedule(w, w.m.nowMs, EventKind.queueConsumerPoll, c, st.epoch);
}

/** The consumer dies holding its messages; they come back when their visibility runs out. */
export function crashQueueConsumer(w: World, c: number): void {
  const st = w.m.queueConsumers[c]!;
  if (st.status !== 'active') return;
  st.status = 'crashed';
  st.epoch++;
  st.inHand = [];
  emit(w, { atMs: w.m.nowMs, type: 'queue.consumer.crashed', consumer: names(w, c).spec.id });
}

/** A message past `maxDeliveries` moves to the dead-letter queue instead of being delivered. */
function deadLetter(w: World, q: number, id: number): boolean {
  const spec = w.scenario.topology.queues![q]!;
  const msg = w.m.queues[q]!.messages[id]!;
  if (spec.deadLetterQueue === undefined || msg.deliveries < (spec.maxDeliveries ?? 5))
    return false;
  msg.state = MessageState.deadLettered;
  const dlq = queueIndexOf(w, spec.deadLetterQueue);
  const target = w.m.queues[dlq]!;
  const copyId = target.messages.length;
  target.messages.push({
    ...msg,
    id: copyId,
    state: MessageState.ready,
    deliveries: 0,
    consumer: -1,
  });
  target.ready.push(copyId);
  emit(w, {
    atMs: w.m.nowMs,
    type: 'queue.deadLettered',
    queue: spec.name,
    message: id,
    deadLetterQueue: spec.deadLetterQueue,
    deliveries: msg.deliveries,
  });
  return true;
}

/** Handles `queueConsumerPoll`: receive up to `maxMessages` ready messages. */
export function onQueueConsumerPoll(w: World, c: number, epoch: number): void {
  const st = w.m.queueConsumers[c]!;
  if (st.status !== 'active' || st.epoch !== epoch) return;
  const { spec, q, queueName } = names(w, c);
  const queue = w.m.queues[q]!;
  const visibilityMs = w.scenario.topology.queues![q]!.visibilityTimeoutMs ?? 30_000;
  while (st.inHand.length < (spec.maxMessages ?? 1) && queue.ready.length > 0) {
    const id = queue.ready.shift()!;
    if (deadLetter(w, q, id)) continue;
    const msg = queue.messages[id]!;
    msg.deliveries++;
    msg.consumer = c;
    if (spec.ackMode === 'on-receive') {
      msg.state = MessageState.acked;
      emit(w, {
        atMs: w.m.nowMs,
        type: 'queue.delivered',
        queue: queueName,
        message: id,
        consumer: spec.id,
        delivery: msg.deliveries,
      });
      emit(w, {
        atMs: w.m.nowMs,
        type: 'queue.acked',
        queue: queueName,
        message: id,
        consumer: spec.id,
      });
    } else {
      msg.state = MessageState.inFlight;
      emit(w, {
        atMs: w.m.nowMs,
        type: 'queue.delivered',
        queue: queueName,
        message: id,
        consumer: spec.id,
        delivery: msg.deliveries,
      });
      schedule(w, w.m.nowMs + visibilityMs, EventKind.queueVisibilityCheck, q, id, msg.deliveries);
    }
    st.inHand.push({ id, delivery: msg.deliveries });
  }
  if (st.inHand.length === 0) {
    schedule(
      w,
      w.m.nowMs + Math.max(1, spec.pollBackoffMs ?? 100),
      EventKind.queueConsumerPoll,
      c,
      epoch,
    );
    return;
  }
  const work = st.carryUs + st.inHand.length * toMicros(spec.processingMsPerRecord);
  st.carryUs = work % 1000;
  schedule(w, w.m.nowMs + Math.floor(work / 1000), EventKind.queueConsumerDone, c, epoch);
}

/** Handles `queueConsumerDone`: acknowledge (or, for a failure, negatively acknowledge) each message. */
export function onQueueConsumerDone(w: World, c: number, epoch: number): void {
  const st = w.m.queueConsumers[c]!;
  if (st.status !== 'active' || st.epoch !== epoch) return;
  const { spec, q, queueName } = names(w, c);
  const queue = w.m.queues[q]!;
  for (const { id, delivery } of st.inHand) {
    const msg = queue.messages[id]!;
    st.processedCount++;
    if (spec.ackMode === 'on-receive') continue;
    // An acknowledgement for a delivery that already timed out no longer owns the message.
    if (msg.state !== MessageState.inFlight || msg.deliveries !== delivery) {
      emit(w, {
        atMs: w.m.nowMs,
        type: 'queue.ack.stale',
        queue: queueName,
        message: id,
        consumer: spec.id,
      });
    } else if (chance(st.rng, spec.failPercent ?? 0, 100)) {
      msg.state = MessageState.ready;
      queue.ready.push(id);
      emit(w, {
        atMs: w.m.nowMs,
        type: 'queue.nacked',
        queue: queueName,
        message: id,
        consumer: spec.id,
      });
    } else {
      msg.state = MessageState.acked;
      emit(w, {
        atMs: w.m.nowMs,
        type: 'queue.acked',
        queue: queueName,
        message: id,
        consumer: spec.id,
      });
    }
  }
  st.inHand = [];
  schedule(w, w.m.nowMs, EventKind.queueConsumerPoll, c, epoch);
}

/** Handles `queueVisibilityCheck`: a delivery still unacknowledged becomes visible again. */
export function onQueueVisibilityCheck(w: World, q: number, id: number, delivery: number): void {
  const queue = w.m.queues[q]!;
  const msg = queue.messages[id]!;
  if (msg.state !== MessageState.inFlight || msg.deliveries !== delivery) return;
  msg.state = MessageState.ready;
  queue.ready.push(id);
  const consumer = w.scenario.topology.queueConsumers![msg.consumer]!.id;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'queue.visibility.expired',
    queue: w.scenario.topology.queues![q]!.name,
    message: id,
    consumer,
  });
}
