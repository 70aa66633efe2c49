// Valid scenario values for the tests in this folder. Each call returns a fresh copy, so a test
// may mutate what it gets without affecting another test.

/** The smallest useful scenario: every optional field is left to its default. */
export function minimalScenario(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'minimal',
    title: 'Minimal',
    summary: 'One broker, one topic, one producer and one consumer group.',
    modules: ['M01'],
    seed: 42,
    durationMs: 10_000,
    topology: {
      brokers: [{ id: 'b1' }],
      topics: [{ name: 'orders', partitions: 3 }],
      producers: [{ id: 'p1', topic: 'orders', rate: { kind: 'constant', intervalMs: 100 } }],
      consumerGroups: [{ id: 'g1', topics: ['orders'], members: [{ id: 'c1', joinAtMs: 0 }] }],
    },
  };
}

/**
 * A scenario that uses every kind of rate, key model and commit mode, and the consumer and producer
 * commands; tests/scenarios/support/kafkaScenario.ts covers the Kafka settings and the faults.
 */
export function fullScenario(): Record<string, unknown> {
  return {
    $schema: '../scenarios/schema.json',
    ...minimalScenario(),
    id: 'full',
    modules: ['M03', 'M12'],
    topology: {
      brokers: [{ id: 'b1', networkDelayMs: 0.5, networkJitterMsMean: 0.25 }, { id: 'b2' }],
      topics: [
        { name: 'orders', partitions: 4 },
        { name: 'click-stream.v1', partitions: 2 },
      ],
      producers: [
        {
          id: 'p-const',
          topic: 'orders',
          rate: { kind: 'constant', intervalMs: 0.5 },
          keys: { kind: 'uniform', count: 10 },
          partitioner: 'round-robin',
          lingerMs: 0,
          batchSizeRecords: 1,
          retries: 0,
          retryBackoffMs: 50,
          startAtMs: 100,
          stopAtMs: 9000,
        },
        {
          id: 'p-poisson',
          topic: 'orders',
          rate: { kind: 'poisson', meanIntervalMs: 3.3 },
          keys: { kind: 'zipf', count: 100, exponent: 1.2 },
        },
        {
          id: 'p-bursts',
          topic: 'click-stream.v1',
          rate: { kind: 'bursts', onMs: 100, offMs: 900, intervalMs: 1 },
          keys: { kind: 'hot', count: 50, hotSharePercent: 80 },
        },
        {
          id: 'p-script',
          topic: 'click-stream.v1',
          rate: {
            kind: 'scripted',
            records: [
              { atMs: 10, key: 'k1', value: 'v1', eventTimeMs: 5, headers: { trace: 'x' } },
              { atMs: 20, value: 'no key' },
            ],
          },
        },
      ],
      consumerGroups: [
        {
          id: 'g1',
          topics: ['orders', 'click-stream.v1'],
          assignor: 'cooperative-sticky',
          sessionTimeoutMs: 10_000,
          heartbeatIntervalMs: 3000,
          maxPollIntervalMs: 60_000,
          initialRebalanceDelayMs: 0,
          members: [
            {
              id: 'c1',
              joinAtMs: 0,
              groupInstanceId: 'static-1',
              commit: { mode: 'after-processing' },
            },
            {
              id: 'c2',
              processingMsPerRecord: 0.2,
              commit: { mode: 'auto' },
              autoOffsetReset: 'earliest',
            },
          ],
        },
        {
          id: 'g2',
          topics: ['orders'],
          members: [{ id: 'c3', commit: { mode: 'before-processing' } }],
        },
      ],
    },
    interventions: [
      { atMs: 5000, type: 'consumer.crash', target: 'c1' },
      { atMs: 1000, type: 'consumer.join', target: 'c2' },
      { atMs: 5000, type: 'consumer.restart', target: 'c1' },
      {
        atMs: 6000,
        type: 'consumer.seek',
        target: 'c2',
        partition: 'click-stream.v1-1',
        toBeginning: true,
      },
      { atMs: 6000, type: 'consumer.seek', target: 'c3', toOffset: 0 },
      { atMs: 7000, type: 'consumer.leave', target: 'c3' },
      { atMs: 2000, type: 'producer.stop', target: 'p-const' },
      { atMs: 3000, type: 'producer.start', target: 'p-const' },
    ],
  };
}

/** A version 2 scenario that uses every guided part: narration, outcomes, parameters, variants. */
export function guidedFullScenario(): Record<string, unknown> {
  const session = '$.topology.consumerGroups[0].sessionTimeoutMs';
  return {
    ...fullScenario(),
    schemaVersion: 2,
    id: 'guided-full',
    system: 'kafka',
    configMapping: [{ setting: 'session.timeout.ms', path: session }],
    concepts: ['rebalance', 'offsets'],
    views: ['topology', 'timeline'],
    narration: [
      {
        id: 'intro',
        text: 'Hello **world**',
        trigger: { kind: 'onNext' },
        highlights: ['group g1'],
      },
      {
        id: 'stable',
        text: 'Stable now.',
        trigger: {
          kind: 'onEvent',
          eventType: 'group.state.changed',
          where: { group: 'g1', to: 'Stable' },
        },
        highlights: ['partition orders-0', 'consumer c1', 'window [0,1000)'],
        prediction: {
          question: 'Which?',
          choices: [
            { id: 'a', text: 'A', correct: true, explanation: 'Yes.' },
            { id: 'b', text: 'B', correct: false, explanation: 'No.' },
          ],
        },
      },
      { id: 'late', text: 'Later.', trigger: { kind: 'atTime', atMs: 5000 } },
    ],
    expect: [
      { kind: 'groupState', group: 'g1', state: 'Stable', atMs: 5000, label: 'Stable at 5 s' },
      { kind: 'lag', group: 'g1', atMs: 5000, op: '<=', value: 10 },
      { kind: 'lagReaches', group: 'g2', value: 0, afterMs: 1000, byMs: 9000 },
      { kind: 'deliveries', times: 'more-than-once', op: '>=', count: 0, group: 'g1' },
      {
        kind: 'eventCount',
        eventType: 'consumer.crashed',
        where: { consumer: 'c1' },
        op: '==',
        count: 1,
        byMs: 6000,
      },
      {
        kind: 'windowResult',
        key: 'a',
        window: [0, 1000],
        values: [{ value: 3, timing: 'on-time' }],
      },
    ],
    parameters: [
      {
        id: 'session',
        label: 'Session timeout',
        unit: 'ms',
        min: 6000,
        max: 30_000,
        step: 1000,
        default: 10_000,
        path: session,
      },
    ],
    variants: [
      {
        id: 'range',
        label: 'Range',
        overrides: [{ path: '$.topology.consumerGroups[0].assignor', value: 'range' }],
      },
    ],
  };
}
