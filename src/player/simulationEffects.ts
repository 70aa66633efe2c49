// The playback machine's effects, performed on a real Simulation. This is where virtual time
// advances: never past the scenario's end, and never more engine events per frame than the budget,
// so a slow frame makes playback lag behind rather than freeze the page.

import type { Simulation } from '../engine/index.ts';
import type { PlaybackEffects } from './playbackMachine.ts';
import { stepToInterestingEvent } from './stepToInteresting.ts';
import { latestEventTimeBeforeMs, latestEventTimeMs } from './stepBackTarget.ts';
import { seekWithinHistory } from './seekWithinHistory.ts';

/** At most this many engine events run in one animation frame. */
export const FRAME_EVENT_BUDGET = 20_000;

type SimulationEffects = Omit<PlaybackEffects, 'startClock' | 'stopClock'>;

/**
 * Builds the simulation-facing effects of the playback machine.
 *
 * @example
 * const effects = createSimulationEffects(sim, scenario.durationMs);
 * effects.advanceSimulation(16); // runs the simulation 16 virtual ms further
 */
export function createSimulationEffects(sim: Simulation, durationMs: number): SimulationEffects {
  return {
    advanceSimulation(virtualMs) {
      const targetMs = Math.min(durationMs, sim.nowMs() + virtualMs);
      if (targetMs > sim.nowMs()) sim.runUntil(targetMs, { maxSteps: FRAME_EVENT_BUDGET });
    },
    stepSimulation() {
      const nextMs = sim.nextEventAtMs();
      // The scenario ends at durationMs, so an event due then or later is never processed.
      if (nextMs === null || nextMs >= durationMs) sim.runUntil(durationMs);
      else sim.step();
    },
    stepToInterestingEvent() {
      stepToInterestingEvent(sim, durationMs);
    },
    stepSimulationBack() {
      stepBack(sim);
    },
    seekSimulation(tMs) {
      seekWithinHistory(sim, Math.min(durationMs, tMs));
    },
    restartSimulation() {
      // With history dropped, the start is the earliest time the run still keeps.
      seekWithinHistory(sim, 0);
    },
  };
}

function stepBack(sim: Simulation): void {
  const nowMs = sim.nowMs();
  const traceLengthBefore = sim.traceLength();
  const targetMs = latestEventTimeMs(sim, nowMs) ?? 0;
  seekWithinHistory(sim, targetMs);
  if (targetMs < nowMs || sim.traceLength() < traceLengthBefore) return;
  // Seeking to now undid nothing: the events at now (such as the start event at 0) survive a
  // seek to their own time. Step one event time further back instead.
  const earlierMs = latestEventTimeBeforeMs(sim, nowMs);
  if (earlierMs !== null) seekWithinHistory(sim, earlierMs);
}
