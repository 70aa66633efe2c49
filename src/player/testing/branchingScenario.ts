// A small real scenario for player tests that run the engine: two brokers, one replicated topic,
// a steady producer and a group of two consumers, so crashes cause rebalances and elections.

import type { ScenarioModel } from '../../engine/index.ts';

const consumer = (id: string) =>
  ({
    id,
    joinAtMs: 0,
    maxPollRecords: 5,
    fetchDelayMs: 2,
    processingMsPerRecord: 5,
    pollBackoffMs: 50,
    commit: { mode: 'auto', intervalMs: 1000 },
    autoOffsetReset: 'earliest',
  }) as const;

export function branchingScenario(durationMs = 20_000): ScenarioModel {
  return {
    id: 'branching',
    seed: 11,
    durationMs,
    interventions: [],
    topology: {
      brokerSessionTimeoutMs: 3000,
      brokers: [
        { id: 'b1', networkDelayMs: 1, networkJitterMsMean: 1 },
        { id: 'b2', networkDelayMs: 1, networkJitterMsMean: 1 },
      ],
      topics: [{ name: 'orders', partitions: 2, replicationFactor: 2 }],
      producers: [
        {
          id: 'p1',
          topic: 'orders',
          rate: { kind: 'poisson', meanIntervalMs: 80 },
          keys: { kind: 'uniform', count: 6 },
          partitioner: 'default',
          lingerMs: 5,
          batchSizeRecords: 10,
          retries: 3,
          retryBackoffMs: 100,
          startAtMs: 0,
        },
      ],
      consumerGroups: [
        {
          id: 'g1',
          topics: ['orders'],
          assignor: 'range',
          sessionTimeoutMs: 3000,
          heartbeatIntervalMs: 1000,
          maxPollIntervalMs: 30_000,
          initialRebalanceDelayMs: 0,
          members: [consumer('c1'), consumer('c2')],
        },
      ],
    },
  };
}
