// The producer's record accumulator and sender thread, as Kafka's RecordAccumulator and Sender do
// it. Records gather in one open batch per partition. A node (broker) is ready once any batch
// for a partition it leads is full or has waited `linger.ms`; the sender then drains the open
// batch of every partition that node leads into one produce request, ready or not. So batches
// for one broker share a request, a network hop and an answer, as in Kafka.

import { EventKind } from '../world/eventKinds.ts';
import { schedule } from '../world/worldOps.ts';
import { BATCH_FIELDS, BatchField } from '../world/producerState.ts';
import type { ProducerBatch, RecordDraft, RecordExtras } from '../world/producerState.ts';
import { draftExtras } from './recordStore.ts';
import type { World } from '../world/worldTypes.ts';
import { newRequest, takeBatchSlot } from './inflightSlots.ts';
import { transmitAlone, transmitRequest } from './producerSend.ts';

/** A batch object, from the pool when one is free; its field order is the same-shape order. */
function newBatch(w: World, id: number, producer: number, partition: number): ProducerBatch {
  const reused = w.batchPool.pop();
  if (!reused)
    return {
      id,
      producer,
      partition,
      createdAtMs: w.m.nowMs,
      count: 0,
      fields: [],
      extras: null,
      attempt: 1,
      baseOffset: -1,
      sentAtMs: -1,
      sentTo: -1,
      baseSequence: -1,
      producerEpoch: 0,
      request: -1,
      answer: -2,
    };
  reused.id = id;
  reused.producer = producer;
  reused.partition = partition;
  reused.createdAtMs = w.m.nowMs;
  reused.attempt = 1;
  reused.baseOffset = -1;
  reused.sentAtMs = -1;
  reused.sentTo = -1;
  reused.baseSequence = -1;
  reused.producerEpoch = 0;
  reused.request = -1;
  reused.answer = -2;
  return reused;
}

/**
 * Copies a draft's fields into the batch: numbers in `fields`, and an explicit value or headers,
 * which few records have, in `extras` (made when the first such record arrives).
 */
function putInBatch(batch: ProducerBatch, draft: RecordDraft): void {
  // A pooled batch keeps the numbers of its last use past `count`; they are overwritten here.
  const f = batch.fields;
  const at = batch.count * BATCH_FIELDS;
  f[at + BatchField.keyId] = draft.keyId;
  f[at + BatchField.valueSeq] = draft.valueSeq;
  f[at + BatchField.eventTimeMs] = draft.eventTimeMs;
  f[at + BatchField.producedAtMs] = draft.producedAtMs;
  const extras = draftExtras(draft);
  if (extras !== null) {
    batch.extras ??= new Array<RecordExtras | null>(batch.count).fill(null);
    batch.extras.push(extras);
  } else if (batch.extras !== null) batch.extras.push(null);
  batch.count++;
}

/** Adds a record to the open batch of local partition `local`, sending what became ready. */
export function addToBatch(w: World, p: number, local: number, draft: RecordDraft): void {
  const st = w.m.producers[p]!;
  const spec = w.scenario.topology.producers[p]!;
  // Whether the producer waits for more records before sending a batch at all.
  const lingers = spec.lingerMs > 0 && spec.batchSizeRecords > 1;
  let batch = st.batches[local];
  if (!batch) {
    const partition = w.index.topics[w.index.producers[p]!.topic]!.base + local;
    batch = newBatch(w, st.nextBatchId++, p, partition);
    st.batches[local] = batch;
    st.open.push(local);
    // The sender sleeps until the oldest open batch has lingered; a newer batch cannot be due first.
    if (st.senderWakeAtMs < 0 && lingers) wakeSenderAt(w, p, w.m.nowMs);
  }
  putInBatch(batch, draft);
  if (batch.count >= spec.batchSizeRecords || !lingers) sendForBatch(w, p, local);
}

function wakeSenderAt(w: World, p: number, createdAtMs: number): void {
  const at = createdAtMs + Math.ceil(w.scenario.topology.producers[p]!.lingerMs);
  w.m.producers[p]!.senderWakeAtMs = at;
  schedule(w, at, EventKind.senderWake, p, 0);
}

/**
 * Sends the batch of `local` now, with every other open batch for the node that leads its
 * partition; a batch whose partition has no leader goes alone.
 */
function sendForBatch(w: World, p: number, local: number): void {
  const batch = w.m.producers[p]!.batches[local]!;
  const leader = w.m.partitions[batch.partition]!.leader;
  if (leader < 0) sendLeaderless(w, p, local);
  else drainNode(w, p, leader);
}

/**
 * Handles `senderWake`: every batch that has lingered makes its node ready, and each ready node
 * is drained. The sender then sleeps until the oldest batch still open has lingered.
 */
export function onSenderWake(w: World, p: number): void {
  const st = w.m.producers[p]!;
  // A wake for a time since replaced is stale; one a pause held back (deferred) is late but due.
  if (st.senderWakeAtMs < 0 || st.senderWakeAtMs > w.m.nowMs) return;
  st.senderWakeAtMs = -1;
  const lingerMs = Math.ceil(w.scenario.topology.producers[p]!.lingerMs);
  // `open` is oldest first, and draining takes batches out of it, so the oldest is always first.
  while (st.open.length > 0) {
    const batch = st.batches[st.open[0]!]!;
    if (batch.createdAtMs + lingerMs > w.m.nowMs) {
      wakeSenderAt(w, p, batch.createdAtMs);
      return;
    }
    sendForBatch(w, p, st.open[0]!);
  }
}

/** Removes `local` from the open list in place (splice would allocate an array of what it removed). */
function removeOpen(open: number[], local: number): void {
  let i = open.indexOf(local);
  for (; i < open.length - 1; i++) open[i] = open[i + 1]!;
  open.pop();
}

/** Takes the open batch of local partition `local` out of the accumulator and puts it in flight. */
function takeForSending(w: World, p: number, local: number): number {
  const st = w.m.producers[p]!;
  const batch = st.batches[local]!;
  st.batches[local] = null;
  removeOpen(st.open, local);
  if (st.stickyPartition === local) st.stickyPartition = -1;
  if (w.scenario.topology.producers[p]!.idempotence ?? true) {
    batch.baseSequence = st.nextSequence[local]!;
    batch.producerEpoch = st.producerEpoch;
    st.nextSequence[local] = batch.baseSequence + batch.count;
  }
  st.sentCount += batch.count;
  return takeBatchSlot(w, batch);
}

/**
 * Drains every open batch for partitions that `broker` leads into one request, oldest batch
 * first, and sends it.
 */
function drainNode(w: World, p: number, broker: number): void {
  const st = w.m.producers[p]!;
  const request = newRequest(w, p, broker);
  const slots = w.m.requests[request]!.slots;
  // Oldest batch first; taking one out of `open` moves the later ones down.
  for (let i = 0; i < st.open.length;) {
    const local = st.open[i]!;
    if (w.m.partitions[st.batches[local]!.partition]!.leader === broker)
      slots.push(takeForSending(w, p, local));
    else i++;
  }
  transmitRequest(w, request);
}

/** A batch whose partition has no leader cannot join a request; it fails on its own and retries. */
function sendLeaderless(w: World, p: number, local: number): void {
  transmitAlone(w, takeForSending(w, p, local));
}
