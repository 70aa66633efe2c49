// A small replicated world for UI tests and local looks: three brokers, one topic with three
// partitions at replication factor 3 and min.insync.replicas 2, one producer and a group of two.
// Broker b2 crashes at 4 s and comes back at 12 s, so replica rows show ISR shrink and recovery.
// It is built as a ScenarioModel directly, because the scenario JSON schema may not yet accept
// every replication field.

import type { ConsumerSpec, ScenarioModel } from '../../engine/index.ts';

function member(id: string): ConsumerSpec {
  return {
    id,
    joinAtMs: 0,
    maxPollRecords: 20,
    fetchDelayMs: 2,
    processingMsPerRecord: 4,
    pollBackoffMs: 50,
    commit: { mode: 'after-processing' },
    autoOffsetReset: 'earliest',
  };
}

/** The replicated test world; `durationMs` defaults to 20 s. */
export function replicatedScenario(durationMs = 20_000): ScenarioModel {
  return {
    id: 'replicated-test',
    seed: 3,
    durationMs,
    topology: {
      brokerSessionTimeoutMs: 1_000,
      brokers: ['b1', 'b2', 'b3'].map((id) => ({ id, networkDelayMs: 1, networkJitterMsMean: 0 })),
      topics: [
        {
          name: 'orders',
          partitions: 3,
          replicationFactor: 3,
          minInsyncReplicas: 2,
          replicaLagTimeMaxMs: 2_000,
        },
      ],
      producers: [
        {
          id: 'p1',
          topic: 'orders',
          rate: { kind: 'constant', intervalMs: 25 },
          keys: { kind: 'uniform', count: 12 },
          partitioner: 'default',
          lingerMs: 5,
          batchSizeRecords: 8,
          retries: 5,
          retryBackoffMs: 100,
          acks: 'all',
          idempotence: true,
          startAtMs: 0,
        },
      ],
      consumerGroups: [
        {
          id: 'g1',
          topics: ['orders'],
          assignor: 'range',
          sessionTimeoutMs: 10_000,
          heartbeatIntervalMs: 3_000,
          maxPollIntervalMs: 300_000,
          initialRebalanceDelayMs: 0,
          members: [member('c1'), member('c2')],
        },
      ],
    },
    interventions: [
      { atMs: 4_000, type: 'broker.crash', target: 'b2' },
      { atMs: 12_000, type: 'broker.restart', target: 'b2' },
    ],
  };
}
