// Applying a command to a running simulation, and telling which recorded commands have not run
// yet. The engine only queues a live command, so the player steps until it has run: the trace
// shows it at once, and "not yet run" always means "in the future" when the person acts again.

import type { Intervention, Simulation, TimedIntervention } from '../engine/index.ts';

/** Most engine steps taken to reach a freshly applied command (it is due now or 1 ms later). */
export const APPLY_STEPS_MAX = 100_000;
const SLICE_LENGTH = 256;

/**
 * Schedules `command` and steps until the engine has run it. Returns the time it ran at.
 *
 * @example
 * const atMs = applyAndRun(sim, { type: 'consumer.crash', target: 'c1' }, scenario.durationMs);
 */
export function applyAndRun(sim: Simulation, command: Intervention, durationMs: number): number {
  const atMs = sim.apply(command);
  for (let steps = 0; steps < APPLY_STEPS_MAX; steps += 1) {
    const nextMs = sim.nextEventAtMs();
    if (nextMs === null || nextMs > atMs || nextMs >= durationMs) break;
    const from = sim.traceLength();
    if (!sim.step()) break;
    const ran = sim
      .traceSlice(from, sim.traceLength())
      .some(
        (event) => event.type === 'intervention.applied' && isSameCommand(event.command, command),
      );
    if (ran) break;
  }
  return atMs;
}

function isSameCommand(a: Intervention, b: Intervention): boolean {
  return a.type === b.type && a.target === b.target;
}

/**
 * How many of `live` (a branch's interventions, in engine order) have not run yet. They always
 * form a suffix: those due later than now, plus those due now that a seek back undid.
 *
 * @example
 * const unrun = unrunSuffixLength(sim, branch.interventions);
 * const past = branch.interventions.slice(0, branch.interventions.length - unrun);
 */
export function unrunSuffixLength(sim: Simulation, live: readonly TimedIntervention[]): number {
  const nowMs = sim.nowMs();
  const later = live.filter((intervention) => intervention.atMs > nowMs).length;
  const liveNow = live.filter((intervention) => intervention.atMs === nowMs).length;
  if (liveNow === 0) return later;
  // The engine runs commands due at one millisecond in list order, scenario ones first, and
  // traces each one, so the trace says how many of those due now have run.
  const dueNow = sim.interventions().filter((intervention) => intervention.atMs === nowMs).length;
  const pendingNow = Math.max(0, dueNow - appliedCountAt(sim, nowMs));
  return later + Math.min(liveNow, pendingNow);
}

/** Counts `intervention.applied` events at `tMs`, reading the trace backwards from its end. */
function appliedCountAt(sim: Simulation, tMs: number): number {
  let count = 0;
  // Events before the first kept trace index were evicted by the bounded history.
  const first = sim.history().firstTraceIndex;
  for (let to = sim.traceLength(); to > first; to -= SLICE_LENGTH) {
    const slice = sim.traceSlice(Math.max(first, to - SLICE_LENGTH), to);
    for (let i = slice.length - 1; i >= 0; i -= 1) {
      const event = slice[i];
      if (event === undefined || event.atMs < tMs) return count;
      if (event.atMs === tMs && event.type === 'intervention.applied') count += 1;
    }
  }
  return count;
}
