// Finds where "step back" goes: the time of the latest trace event at or before now. Seeking there
// restores the state just before that event time, which undoes the most recent step. It reads the
// trace from the end in small slices, because building the whole trace every step would be slow,
// and never before the first trace event the bounded history still keeps.

import type { Simulation } from '../engine/index.ts';

/** The part of a Simulation this needs, so tests can pass a plain array reader. */
export type TraceReader = Pick<Simulation, 'traceLength' | 'traceSlice' | 'history'>;

const SLICE_LENGTH = 64;

/**
 * Returns the `atMs` of the latest trace event at or before `tMs`, or null when there is none.
 *
 * @example
 * latestEventTimeMs(sim, sim.nowMs()); // time of the last processed event
 */
export function latestEventTimeMs(trace: TraceReader, tMs: number): number | null {
  // Trace indices are absolute; events before the first kept one were evicted (bounded history).
  const first = trace.history().firstTraceIndex;
  for (let to = trace.traceLength(); to > first; to -= SLICE_LENGTH) {
    const slice = trace.traceSlice(Math.max(first, to - SLICE_LENGTH), to);
    for (let i = slice.length - 1; i >= 0; i -= 1) {
      const event = slice[i];
      if (event !== undefined && event.atMs <= tMs) return event.atMs;
    }
  }
  return null;
}

/** Like `latestEventTimeMs`, but strictly before `tMs` (times are whole milliseconds). */
export function latestEventTimeBeforeMs(trace: TraceReader, tMs: number): number | null {
  return tMs <= 0 ? null : latestEventTimeMs(trace, tMs - 1);
}
