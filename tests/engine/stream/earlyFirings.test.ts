import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type ScenarioModel,
  type StreamJobSpec,
} from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

function world(window: Partial<StreamJobSpec['window']>): ScenarioModel {
  const base = buildScenario({ durationMs: 30_000, partitions: 1 });
  const producer = {
    ...base.topology.producers[0]!,
    rate: { kind: 'constant' as const, intervalMs: 50 },
    keys: { kind: 'uniform' as const, count: 2 },
    values: { kind: 'integer' as const, min: 1, max: 9 },
  };
  const job: StreamJobSpec = {
    id: 'panes',
    sourceTopic: 'orders',
    watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 1_000 },
    window: {
      assigner: { kind: 'tumbling', sizeMs: 10_000 },
      allowedLatenessMs: 0,
      aggregate: 'sum',
      ...window,
    },
  };
  return {
    ...base,
    topology: { ...base.topology, producers: [producer], consumerGroups: [], streamJobs: [job] },
  };
}

function firings(s: ScenarioModel) {
  const sim = createSimulation(s, { checkInvariantsEveryStep: true });
  sim.runUntil(s.durationMs);
  return eventsOf(sim.trace(), 'window.fired');
}

describe('early panes (Beam model)', () => {
  it('a processing-time early trigger reports partial results before the on-time pane', () => {
    const fired = firings(world({ earlyFiring: { everyMs: 2_000 } })).filter(
      (f) => f.key === 'k0' && f.window[0] === 0,
    );
    const early = fired.filter((f) => f.timing === 'early');
    const onTime = fired.filter((f) => f.timing === 'on-time');
    expect(early.length).toBeGreaterThanOrEqual(3);
    expect(onTime.length).toBe(1);
    expect(early.every((e) => e.atMs < onTime[0]!.atMs)).toBe(true);
    // Accumulating: each pane reports the whole window so far, so values only grow.
    const values = fired.map((f) => f.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('in discarding mode the panes add up to the accumulating on-time result', () => {
    const accumulating = firings(world({ earlyFiring: { everyMs: 2_000 } })).filter(
      (f) => f.window[0] === 0,
    );
    const discarding = firings(
      world({ earlyFiring: { everyMs: 2_000 }, accumulation: 'discarding' }),
    ).filter((f) => f.window[0] === 0);
    for (const key of ['k0', 'k1']) {
      const total = accumulating.find((f) => f.key === key && f.timing === 'on-time')!.value;
      const parts = discarding.filter((f) => f.key === key).reduce((n, f) => n + f.value, 0);
      expect(parts).toBe(total);
    }
  });

  it('a count trigger fires an early pane every N records of a window', () => {
    const fired = firings(world({ earlyFiring: { everyCount: 25 } })).filter(
      (f) => f.key === 'k1' && f.window[0] === 10_000,
    );
    const early = fired.filter((f) => f.timing === 'early');
    expect(early.length).toBeGreaterThanOrEqual(3);
  });
});
