// A minimal valid-looking scenario summary for UI tests: one topic, one producer, one group.

import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';

export function sampleScenario(id: string, durationMs = 30_000): ScenarioSummary {
  return {
    id,
    seed: 42,
    durationMs,
    title: `Scenario ${id}`,
    summary: 'Two consumers share a topic and rebalance when one joins late.',
    modules: ['consumer-groups', 'rebalancing'],
    interventions: [],
    topology: {
      brokers: [{ id: 'b1', networkDelayMs: 1, networkJitterMsMean: 0 }],
      topics: [{ name: 'orders', partitions: 2 }],
      producers: [],
      consumerGroups: [
        {
          id: 'g1',
          topics: ['orders'],
          assignor: 'range',
          sessionTimeoutMs: 10_000,
          heartbeatIntervalMs: 3000,
          maxPollIntervalMs: 300_000,
          initialRebalanceDelayMs: 0,
          members: [],
        },
      ],
    },
  };
}
