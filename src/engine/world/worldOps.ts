// The two things every model does to the world: queue a future event and append to the trace.

import { pushEvent } from '../core/eventQueue.ts';
import type { TraceEvent } from '../trace/traceEvent.ts';
import { RANK_OF } from './eventKinds.ts';
import type { World } from './worldTypes.ts';

/** Queues an event of `kind` at an integer time no earlier than now. */
export function schedule(w: World, atMs: number, kind: number, a: number, b = 0, c = 0): void {
  if (atMs < w.m.nowMs) throw new Error(`scheduled in the past: ${atMs} < ${w.m.nowMs}`);
  pushEvent(w.m.queue, atMs, RANK_OF[kind]!, kind, a, b, c);
}

/** Appends at the trace's logical end, over any entry left from a timeline a seek went back on. */
export function emit(w: World, event: TraceEvent): void {
  w.trace[w.m.traceLength++] = event;
}
