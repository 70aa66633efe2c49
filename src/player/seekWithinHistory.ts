// Seeking that respects the engine's bounded history: a long run keeps only its recent past
// (see src/engine/simulation/README.md, "Bounded history"), so the player clamps every seek to the
// earliest time the run still keeps, and the UI says that history was dropped (HistoryNotice).

import type { Simulation } from '../engine/index.ts';

/**
 * Seeks to `tMs`, or to `history().earliestSeekableMs` when `tMs` is earlier. Returns the time it
 * went to.
 *
 * @example
 * seekWithinHistory(sim, 0); // the start, or the earliest kept moment of a long run
 */
export function seekWithinHistory(sim: Pick<Simulation, 'seek' | 'history'>, tMs: number): number {
  const result = sim.seek(Math.max(sim.history().earliestSeekableMs, tMs));
  // The clamp makes this unreachable; should it ever happen, it must not pass silently.
  if (!result.ok) throw new Error(result.message);
  return result.tMs;
}
