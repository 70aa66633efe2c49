// Watches a running simulation for the trigger of the next narration step, reading the trace
// incrementally: each call looks only at events appended since the last one (through
// traceLength/traceSlice, in bounded chunks), never at the whole trace. The matching rules are the
// scenario layer's (eventMatches), so a step opens at the same virtual time in every replay.

import type { Simulation } from '../../engine/index.ts';
import { eventMatches, type Trigger } from '../../scenario/index.ts';

/** Trace events read per slice, so a jump to the end materialises a bounded number at a time. */
export const SCAN_CHUNK_EVENTS = 4096;

type TraceReader = Pick<Simulation, 'traceLength' | 'traceSlice' | 'nowMs'>;

export interface ScanResult {
  /** When the trigger fired, or null when it has not (yet). */
  readonly firedAtMs: number | null;
  /** Where the next scan for the same trigger continues. */
  readonly cursor: number;
}

/**
 * The first trace index whose event is at or after `tMs`, by binary search (one-event slices).
 *
 * @example
 * traceIndexAtOrAfter(sim, 12_000); // events before it happened before 12 s
 */
export function traceIndexAtOrAfter(sim: TraceReader, tMs: number): number {
  let low = 0;
  let high = sim.traceLength();
  while (low < high) {
    const mid = (low + high) >>> 1;
    const event = sim.traceSlice(mid, mid + 1)[0];
    if (event !== undefined && event.atMs < tMs) low = mid + 1;
    else high = mid;
  }
  return low;
}

function scanEvents(
  sim: TraceReader,
  trigger: Extract<Trigger, { kind: 'onEvent' }>,
  notBeforeMs: number,
  cursor: number,
): ScanResult {
  const length = sim.traceLength();
  let index = cursor;
  while (index < length) {
    const slice = sim.traceSlice(index, Math.min(length, index + SCAN_CHUNK_EVENTS));
    const hit = slice.find(
      (event) => event.atMs >= notBeforeMs && eventMatches(event, trigger.eventType, trigger.where),
    );
    if (hit !== undefined) return { firedAtMs: hit.atMs, cursor: index };
    index += slice.length;
    if (slice.length === 0) break;
  }
  return { firedAtMs: null, cursor: index };
}

/**
 * Whether `trigger` has fired by now, counting only from `notBeforeMs`: atTime once the clock
 * has reached it, onEvent at its first matching event from `cursor` on. onNext never fires here:
 * it waits for the learner. A cursor beyond the trace (after a seek back) restarts the search.
 */
export function scanTrigger(
  sim: TraceReader,
  trigger: Trigger,
  notBeforeMs: number,
  cursor: number,
): ScanResult {
  switch (trigger.kind) {
    case 'onNext':
      return { firedAtMs: null, cursor };
    case 'atTime': {
      const atMs = Math.max(trigger.atMs, notBeforeMs);
      return { firedAtMs: sim.nowMs() >= atMs ? atMs : null, cursor };
    }
    case 'onEvent': {
      const from = cursor > sim.traceLength() ? traceIndexAtOrAfter(sim, notBeforeMs) : cursor;
      return scanEvents(sim, trigger, notBeforeMs, from);
    }
  }
}
