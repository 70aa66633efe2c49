// Jumps forward to the next interesting trace event (see interestingEvents.ts). It runs the
// simulation in growing chunks and reads only the new part of the trace with `traceSlice`, so a
// long quiet stretch costs a few calls rather than one notification per engine event. When a chunk
// overshoots, it seeks back and steps to the exact event, so the jump always stops right after it.

import type { Simulation } from '../engine/index.ts';
import { firstInterestingIndex } from './interestingEvents.ts';
import { stepToTraceLength } from './playbackPosition.ts';
import { seekWithinHistory } from './seekWithinHistory.ts';

/** The jump gives up after this many engine events; pressing again continues from there. */
export const SCAN_EVENTS_MAX = 1_000_000;
const CHUNK_STEPS_MIN = 16;
const CHUNK_STEPS_MAX = 8192;

/**
 * Moves the simulation to just after the next interesting event, or to `durationMs` when none is
 * left. Returns whether it found one.
 *
 * @example
 * stepToInterestingEvent(sim, scenario.durationMs); // stops after e.g. group.rebalance.started
 */
export function stepToInterestingEvent(sim: Simulation, durationMs: number): boolean {
  let chunkSteps = CHUNK_STEPS_MIN;
  for (let scanned = 0; scanned < SCAN_EVENTS_MAX;) {
    const before = sim.traceLength();
    const result = sim.runUntil(durationMs, { maxSteps: chunkSteps });
    scanned += result.steps;
    // A long chunk may have evicted old history; the slice then starts at the first kept index.
    const from = Math.max(before, sim.history().firstTraceIndex);
    const found = firstInterestingIndex(sim.traceSlice(from, sim.traceLength()));
    if (found >= 0) {
      settleAfter(sim, from + found);
      return true;
    }
    if (!result.truncated || result.steps === 0) return false;
    chunkSteps = Math.min(CHUNK_STEPS_MAX, chunkSteps * 2);
  }
  return false;
}

/** Puts the simulation right after the step that emitted trace event `index`. */
function settleAfter(sim: Simulation, index: number): void {
  const event = sim.traceSlice(index, index + 1)[0];
  if (event === undefined || sim.traceLength() === index + 1) return;
  seekWithinHistory(sim, event.atMs);
  stepToTraceLength(sim, { tMs: event.atMs, traceLength: index + 1 });
}
