// Slots for what a producer has on the wire: batches (`inflight`) and the produce requests that
// carry them (`requests`). Freed slots are reused, so a long run keeps both tables as small as the
// most that was ever in flight at once, and freed batches go back to the pool for the next one.

import type { ProduceRequest, ProducerBatch } from '../world/producerState.ts';
import type { World } from '../world/worldTypes.ts';

/** Puts `batch` into a free in-flight slot and returns the slot. */
export function takeBatchSlot(w: World, batch: ProducerBatch): number {
  const slot = w.m.freeInflight.pop() ?? w.m.inflight.length;
  w.m.inflight[slot] = batch;
  return slot;
}

/** The batch is done with (acknowledged, failed for good, or lost): its slot and object are reused. */
export function freeSlot(w: World, slot: number, batch: ProducerBatch): void {
  w.m.inflight[slot] = null;
  w.m.freeInflight.push(slot);
  // Popping the one or two drafts a batch holds costs less than setting the length, which makes
  // V8 give the array a new, empty backing store.
  while (batch.records.length > 0) batch.records.pop();
  w.batchPool.push(batch);
}

/** A new request from producer `p` to `broker`, with no batches yet; returns its slot. */
export function newRequest(w: World, p: number, broker: number): number {
  const request: ProduceRequest = {
    producer: p,
    broker,
    sentAtMs: w.m.nowMs,
    slots: [],
    unanswered: 0,
  };
  const slot = w.m.freeRequests.pop() ?? w.m.requests.length;
  w.m.requests[slot] = request;
  return slot;
}

/** The request has been answered or given up on; its batches have been dealt with already. */
export function freeRequest(w: World, slot: number): void {
  w.m.requests[slot] = null;
  w.m.freeRequests.push(slot);
}
