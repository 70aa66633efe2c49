import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, formatTraceText, type Simulation } from '../../src/engine/index.ts';
import { loadScenarioFile, scenarioFileNames } from '../support/scenarios.ts';

/** Everything observable about a simulation at its current time, as comparable text. */
function observe(sim: Simulation): string {
  const s = sim.getState();
  const partitions = s.partitions.map((p) => ({
    ...p,
    records: p.records.slice(p.logStartOffset, p.logEndOffset),
  }));
  return JSON.stringify({ ...s, partitions }) + '\n' + formatTraceText(sim.trace());
}

describe.each(scenarioFileNames())('determinism of %s', (file) => {
  const scenario = loadScenarioFile(file);

  it('gives the same trace text for the same seed, twice', () => {
    const a = createSimulation(scenario);
    const b = createSimulation(scenario);
    a.runUntil(scenario.durationMs);
    b.runUntil(scenario.durationMs);
    expect(a.trace().length).toBeGreaterThan(10);
    expect(formatTraceText(a.trace())).toBe(formatTraceText(b.trace()));
  });

  it('holds its invariants after every step', () => {
    const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
    expect(() => sim.runUntil(scenario.durationMs)).not.toThrow();
  });

  it('seeking to any time gives the state of a straight run to that time', () => {
    // Small keyframe spacing makes every seek go through a restored keyframe.
    const seeker = createSimulation(scenario, { keyframeEveryEvents: 64 });
    seeker.runUntil(scenario.durationMs);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: scenario.durationMs }), { minLength: 1, maxLength: 4 }),
        (times) => {
          for (const t of times) {
            seeker.seek(t);
            const straight = createSimulation(scenario);
            straight.runUntil(t);
            expect(seeker.nowMs()).toBe(t);
            expect(observe(seeker)).toBe(observe(straight));
          }
        },
      ),
      { numRuns: 8, seed: scenario.seed },
    );
  });
});

describe('interventions', () => {
  it('a live intervention replays exactly from the recorded list', () => {
    const scenario = loadScenarioFile('eager-rebalance-pause.json');
    const live = createSimulation(scenario);
    live.runUntil(20_000);
    live.step();
    const at = live.apply({ type: 'consumer.crash', target: 'c2' });
    // The step processed an event at the current time, so the command lands 1 ms later.
    expect(at).toBe(live.nowMs() + 1);
    live.runUntil(scenario.durationMs);

    const replay = createSimulation({ ...scenario, interventions: [...live.interventions()] });
    replay.runUntil(scenario.durationMs);
    expect(formatTraceText(replay.trace())).toBe(formatTraceText(live.trace()));
    expect(live.trace().some((e) => e.type === 'consumer.crashed' && e.consumer === 'c2')).toBe(
      true,
    );
  });

  it('seeking back before a live intervention and applying another one abandons the old future', () => {
    const scenario = loadScenarioFile('eager-rebalance-pause.json');
    const sim = createSimulation(scenario, { keyframeEveryEvents: 128 });
    sim.runUntil(20_000);
    sim.apply({ type: 'consumer.crash', target: 'c2' });
    sim.runUntil(50_000);
    sim.seek(10_000);
    sim.apply({ type: 'consumer.leave', target: 'c1' });
    sim.runUntil(50_000);
    const fresh = createSimulation({
      ...scenario,
      interventions: [
        ...scenario.interventions,
        { atMs: 20_000, type: 'consumer.crash', target: 'c2' },
        { atMs: 10_000, type: 'consumer.leave', target: 'c1' },
      ],
    });
    fresh.runUntil(50_000);
    expect(formatTraceText(sim.trace())).toBe(formatTraceText(fresh.trace()));
  });

  it('a different seed gives a different run', () => {
    const scenario = loadScenarioFile('eager-rebalance-pause.json');
    const a = createSimulation(scenario);
    const b = createSimulation(scenario, { seed: scenario.seed + 1 });
    a.runUntil(10_000);
    b.runUntil(10_000);
    expect(formatTraceText(a.trace())).not.toBe(formatTraceText(b.trace()));
  });
});
