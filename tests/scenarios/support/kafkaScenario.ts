// A valid version 2 scenario that sets every topic, topology, producer, record and consumer
// setting of replication, retention, compaction, acks and poison records, and uses every kind of
// fault intervention. Each call returns a fresh copy, so a test may change it.

/** Three brokers, a replicated topic, a compacted one and a dead-letter topic, 60 s. */
export function kafkaScenario(): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'kafka-settings',
    title: 'Kafka settings',
    summary: 'Replication, retention, compaction, acks, poison records and faults.',
    modules: ['M15'],
    seed: 7,
    durationMs: 60_000,
    system: 'kafka',
    topology: {
      brokers: [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }],
      topics: [
        {
          name: 'payments',
          partitions: 3,
          replicationFactor: 3,
          minInsyncReplicas: 2,
          uncleanLeaderElection: true,
          replicaLagTimeMaxMs: 10_000,
          cleanupPolicy: 'delete',
          segmentRecords: 100,
          segmentMs: 20_000,
          retentionMs: 30_000,
          retentionRecords: 500,
        },
        {
          name: 'accounts',
          partitions: 1,
          replicationFactor: 2,
          cleanupPolicy: 'compact',
          segmentRecords: 2,
          deleteRetentionMs: 5000,
        },
        { name: 'payments-dlq', partitions: 1, cleanupPolicy: 'compact,delete', retentionMs: 0 },
      ],
      producers: [
        {
          id: 'p-pay',
          topic: 'payments',
          rate: { kind: 'constant', intervalMs: 50 },
          keys: { kind: 'uniform', count: 10 },
          acks: 'all',
          idempotence: true,
          requestTimeoutMs: 5000,
        },
        {
          id: 'p-leader',
          topic: 'payments',
          rate: { kind: 'constant', intervalMs: 100 },
          acks: '1',
          idempotence: false,
        },
        {
          id: 'p-fire',
          topic: 'payments',
          rate: { kind: 'constant', intervalMs: 200 },
          acks: '0',
          idempotence: false,
        },
        {
          id: 'p-accounts',
          topic: 'accounts',
          rate: {
            kind: 'scripted',
            records: [
              { atMs: 100, key: 'alice', value: '10', headers: { source: 'teller' } },
              { atMs: 200, key: 'alice', value: null },
              { atMs: 300, key: 'bob', value: 'bad', headers: { poison: 'true' } },
            ],
          },
        },
      ],
      consumerGroups: [
        {
          id: 'ledger',
          topics: ['payments'],
          members: [
            {
              id: 'c1',
              joinAtMs: 0,
              onPoison: 'dead-letter',
              deadLetterTopic: 'payments-dlq',
              poisonRetryBackoffMs: 500,
            },
            { id: 'c2', joinAtMs: 0, onPoison: 'skip' },
          ],
        },
        {
          id: 'balances',
          topics: ['accounts'],
          members: [{ id: 'c3', joinAtMs: 0, onPoison: 'retry-forever' }],
        },
      ],
      brokerSessionTimeoutMs: 6000,
      logRetentionCheckIntervalMs: 1000,
      logCleanerBackoffMs: 500,
    },
    interventions: [
      { atMs: 3000, type: 'broker.dropAcks', target: 'b1', count: 3 },
      { atMs: 4000, type: 'producer.poison', target: 'p-pay' },
      { atMs: 5000, type: 'consumer.crash', target: 'c2', moment: 'before-commit' },
      { atMs: 8000, type: 'node.pause', target: 'b3', durationMs: 2000 },
      { atMs: 8000, type: 'node.pause', target: 'p-leader', durationMs: 500 },
      { atMs: 9000, type: 'node.slow', target: 'c1', factor: 2.5 },
      { atMs: 9000, type: 'node.slow', target: 'b1', factor: 0.1 },
      { atMs: 10_000, type: 'broker.crash', target: 'b2' },
      { atMs: 15_000, type: 'producer.crash', target: 'p-fire' },
      { atMs: 16_000, type: 'producer.start', target: 'p-fire' },
      { atMs: 20_000, type: 'broker.restart', target: 'b2' },
      { atMs: 25_000, type: 'network.partition', target: 'c1', peer: 'b1' },
      { atMs: 26_000, type: 'network.partition', target: 'b1', peer: 'b3' },
      { atMs: 30_000, type: 'network.heal', target: 'b1', peer: 'c1' },
      { atMs: 31_000, type: 'network.heal', target: 'b3', peer: 'b1' },
      { atMs: 35_000, type: 'consumer.restart', target: 'c2' },
    ],
  };
}

type Raw = Record<string, unknown>;

/** The topology of a kafkaScenario copy, to change in place. */
export function topologyOf(scenario: Raw): Raw & {
  topics: Raw[];
  producers: Raw[];
  consumerGroups: (Raw & { members: Raw[] })[];
} {
  return scenario['topology'] as ReturnType<typeof topologyOf>;
}
