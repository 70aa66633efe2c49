import { describe, expect, test } from 'vitest';
import {
  createSimulation,
  formatTraceText,
  type Simulation,
  type TraceEvent,
} from '../engine/index.ts';
import { isInterestingEvent } from './interestingEvents.ts';
import { stepToInterestingEvent } from './stepToInteresting.ts';
import { appendedAt, createFakeSimulation } from './testing/createFakeSimulation.ts';
import { branchingScenario } from './testing/branchingScenario.ts';

describe('stepToInterestingEvent', () => {
  test('stops right after the next interesting event, as stepping one by one would', () => {
    // A broker crash in the scenario itself gives the jumps elections and ISR changes to find.
    const crash = { atMs: 2000, type: 'broker.crash', target: 'b1' } as const;
    const scenario = { ...branchingScenario(), interventions: [crash] };
    const sim = createSimulation(scenario);
    const reference = createSimulation(scenario);
    let jumps = 0;
    while (stepToInterestingEvent(sim, scenario.durationMs)) {
      jumps += 1;
      stepOneByOneToInteresting(reference);
      expect(sim.nowMs()).toBe(reference.nowMs());
      expect(formatTraceText(sim.trace())).toBe(formatTraceText(reference.trace()));
    }
    expect(jumps).toBeGreaterThanOrEqual(6);
    expect(sim.nowMs()).toBe(scenario.durationMs);
  });

  test('runs to the end when nothing interesting is left', () => {
    const events: TraceEvent[] = [appendedAt(100, 0), appendedAt(200, 1)];
    const sim = createFakeSimulation({ events });
    expect(stepToInterestingEvent(sim, 1000)).toBe(false);
    expect(sim.nowMs()).toBe(1000);
  });

  test('lands on the interesting event among ordinary ones', () => {
    const events: TraceEvent[] = [
      appendedAt(100, 0),
      { atMs: 250, type: 'consumer.crashed', consumer: 'c1' },
      appendedAt(250, 1),
      appendedAt(400, 2),
    ];
    const sim = createFakeSimulation({ events });
    expect(stepToInterestingEvent(sim, 1000)).toBe(true);
    expect(sim.nowMs()).toBe(250);
    expect(sim.trace().at(-1)?.type).toBe('consumer.crashed');
  });
});

/** The slow, obvious way: one engine step at a time until a step emits an interesting event. */
function stepOneByOneToInteresting(sim: Simulation): void {
  for (;;) {
    const from = sim.traceLength();
    if (!sim.step()) return;
    if (sim.traceSlice(from, sim.traceLength()).some(isInterestingEvent)) return;
  }
}
