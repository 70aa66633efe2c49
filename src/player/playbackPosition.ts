// A playback position finer than a millisecond: the time plus how much of the trace exists. A step
// can stop between two events due at the same millisecond, and `seek(t)` alone would land before
// both, so links and rebuilt simulations restore the trace length as well.

import type { Simulation } from '../engine/index.ts';

export interface PlaybackPosition {
  readonly tMs: number;
  /** Trace events that exist at this position; extra steps at `tMs` restore them. */
  readonly traceLength: number;
}

/** Most steps taken at one millisecond to reach a position's trace length. */
export const POSITION_STEPS_MAX = 100_000;

/** Where the simulation is now. */
export function currentPosition(sim: Pick<Simulation, 'nowMs' | 'traceLength'>): PlaybackPosition {
  return { tMs: sim.nowMs(), traceLength: sim.traceLength() };
}

/**
 * After a seek to `position.tMs`, runs the events due at that very millisecond until the trace is
 * as long as the position says. It never moves past `tMs`, so a wrong length cannot run away.
 *
 * @example
 * sim.seek(position.tMs);
 * stepToTraceLength(sim, position);
 */
export function stepToTraceLength(sim: Simulation, position: PlaybackPosition): void {
  for (let steps = 0; steps < POSITION_STEPS_MAX; steps += 1) {
    if (sim.traceLength() >= position.traceLength) return;
    if (sim.nextEventAtMs() !== position.tMs || !sim.step()) return;
  }
}
