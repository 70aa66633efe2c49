// A small world for the live data interventions: topic `orders` (2 partitions, room for 6), one
// keyed producer `p1` sending every 20 ms, and a group `g1` of two consumers. Every part can be
// replaced; the scenario goes through the real parser, then the test adjusts the model.

import {
  createSimulation,
  type Intervention,
  type ScenarioModel,
  type Simulation,
  type TopicSpec,
} from '../../../src/engine/index.ts';
import { buildScenario, type WorldOptions } from '../../support/scenarios.ts';

export type Timed = Intervention & { readonly atMs: number };

export interface LiveWorldOptions extends WorldOptions {
  readonly topic?: Partial<TopicSpec>;
}

export function liveWorld(
  interventions: readonly Timed[],
  o: LiveWorldOptions = {},
): ScenarioModel {
  const base = buildScenario({
    durationMs: 10_000,
    partitions: 2,
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        rate: { kind: 'constant', intervalMs: 20 },
        keys: { kind: 'uniform', count: 16 },
        lingerMs: 0,
        metadataMaxAgeMs: 2_000,
      },
    ],
    members: [{ id: 'c1' }, { id: 'c2' }],
    group: { heartbeatIntervalMs: 500, sessionTimeoutMs: 6_000, metadataMaxAgeMs: 2_000 },
    ...o,
  });
  const topic = { ...base.topology.topics[0]!, maxPartitions: 6, ...o.topic };
  return {
    ...base,
    topology: { ...base.topology, topics: [topic] },
    interventions: [...interventions],
  };
}

export function runAll(scenario: ScenarioModel, untilMs = scenario.durationMs): Simulation {
  const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
  sim.runUntil(untilMs);
  return sim;
}
