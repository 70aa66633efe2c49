// Slots for what a producer has on the wire: batches (`inflight`) and the produce requests that
// carry them (`requests`). Freed slots are reused, so a long run keeps both tables as small as the
// most that was ever in flight at once, and freed batches and requests go back to their pools.

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
  // `fields` keeps its numbers: only the first `count` records' are ever read, and the next use
  // overwrites them, so the array is never cleared or shrunk.
  batch.count = 0;
  batch.extras = null;
  w.batchPool.push(batch);
}

/** A request object, from the pool when one is free; its field order is the same-shape order. */
function pooledRequest(w: World, p: number, broker: number): ProduceRequest {
  const reused = w.requestPool.pop();
  if (!reused) return { producer: p, broker, sentAtMs: w.m.nowMs, slots: [], unanswered: 0 };
  reused.producer = p;
  reused.broker = broker;
  reused.sentAtMs = w.m.nowMs;
  reused.unanswered = 0;
  return reused;
}

/** A new request from producer `p` to `broker`, with no batches yet; returns its slot. */
export function newRequest(w: World, p: number, broker: number): number {
  const request = pooledRequest(w, p, broker);
  const slot = w.m.freeRequests.pop() ?? w.m.requests.length;
  w.m.requests[slot] = request;
  return slot;
}

/** The request has been answered or given up on; its batches have been dealt with already. */
export function freeRequest(w: World, slot: number): void {
  const request = w.m.requests[slot]!;
  w.m.requests[slot] = null;
  w.m.freeRequests.push(slot);
  while (request.slots.length > 0) request.slots.pop();
  w.requestPool.push(request);
}
