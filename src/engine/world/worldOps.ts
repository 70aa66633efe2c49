// The two things every model does to the world: queue a future event and append to the trace.

import { pushEvent } from '../core/eventQueue.ts';
import type { TraceEvent } from '../trace/traceEvent.ts';
import {
  packHead,
  putTraceObject,
  TraceCode,
  traceChunkFor,
  TraceField,
  traceRowOf,
} from '../trace/traceStore.ts';
import { RANK_OF } from './eventKinds.ts';
import type { World } from './worldTypes.ts';

/** Queues an event of `kind` at an integer time no earlier than now. */
export function schedule(w: World, atMs: number, kind: number, a: number, b = 0, c = 0): void {
  if (atMs < w.m.nowMs) throw new Error(`scheduled in the past: ${atMs} < ${w.m.nowMs}`);
  pushEvent(w.m.queue, atMs, RANK_OF[kind]!, kind, a, b, c);
}

/**
 * Appends an event object at the trace's logical end, over any entry left from a timeline a seek
 * went back on. Use for events that happen rarely; per-record events use `emitColumns`.
 */
export function emit(w: World, event: TraceEvent): void {
  const index = w.m.traceLength++;
  const c = traceChunkFor(w.trace, index, w.m.nowMs);
  const row = traceRowOf(index);
  const o = w.m.traceObjectCount++;
  putTraceObject(w.trace, o, event);
  c[row + TraceField.head] = TraceCode.object;
  c[row + TraceField.x] = o;
}

/**
 * Appends a column-coded event at the current time: `who` (a producer or consumer index, 0 when
 * the code has none) acted on global partition `partition`; see TraceCode for what x and y mean.
 */
export function emitColumns(
  w: World,
  code: number,
  who: number,
  partition: number,
  x: number,
  y: number,
): void {
  const index = w.m.traceLength++;
  const c = traceChunkFor(w.trace, index, w.m.nowMs);
  const row = traceRowOf(index);
  c[row + TraceField.head] = packHead(code, who, partition);
  c[row + TraceField.x] = x;
  c[row + TraceField.y] = y;
}
