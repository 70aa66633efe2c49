// A valid version 2 scenario that uses every setting of queues, queue producers and consumers,
// stream jobs and producer clocks. Each call returns a fresh copy, so a test may change it.
//
// The `clicks` topic is scripted so that its window results can be worked out by hand: key `a`
// has values 3 and 4 at event times 1000 and 2000; a record of key `b` at event time 7000 moves
// the watermark (bound 1000) to 5999, past the end of window [0,5000), which fires 7 on time; a
// straggler of key `a` at event time 3000 arrives at 8000, within the allowed lateness of 5000,
// and the window fires again, late, with 8 (accumulating).

/** Two brokers, a scripted and a generated topic, two queues with consumers, two jobs, 10 s. */
export function streamScenario(): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'queues-and-streams',
    title: 'Queues and streams',
    summary: 'Competing consumers on a queue with a dead-letter queue, and event-time windows.',
    modules: ['M15'],
    seed: 11,
    durationMs: 10_000,
    system: 'flink',
    topology: {
      brokers: [{ id: 'b1' }, { id: 'b2' }],
      topics: [
        { name: 'clicks', partitions: 1 },
        { name: 'sensors', partitions: 2 },
      ],
      producers: [
        {
          id: 'p-clicks',
          topic: 'clicks',
          rate: {
            kind: 'scripted',
            records: [
              { atMs: 100, key: 'a', value: '3', eventTimeMs: 1000 },
              { atMs: 200, key: 'a', value: '4', eventTimeMs: 2000 },
              { atMs: 3000, key: 'b', value: '1', eventTimeMs: 7000 },
              { atMs: 8000, key: 'a', value: '1', eventTimeMs: 3000 },
            ],
          },
        },
        {
          id: 'p-sensors',
          topic: 'sensors',
          rate: { kind: 'constant', intervalMs: 50 },
          keys: { kind: 'uniform', count: 3 },
          clock: { skewMs: -2000, driftPpm: 500, jumps: [{ atMs: 4000, byMs: 1500 }] },
          lateness: { percent: 10, meanDelayMs: 800 },
          values: { kind: 'integer', min: 1, max: 9 },
        },
        {
          id: 'p-counter',
          topic: 'sensors',
          rate: { kind: 'poisson', meanIntervalMs: 200 },
          keys: { kind: 'hot', count: 3, hotSharePercent: 60 },
          clock: { skewMs: 500 },
          values: { kind: 'sequence' },
        },
      ],
      consumerGroups: [],
      queues: [
        {
          name: 'orders-q',
          broker: 'b1',
          visibilityTimeoutMs: 2000,
          maxDeliveries: 2,
          deadLetterQueue: 'orders-dlq',
        },
        { name: 'orders-dlq', broker: 'b2' },
      ],
      queueProducers: [
        {
          id: 'qp1',
          queue: 'orders-q',
          rate: { kind: 'constant', intervalMs: 100 },
          keys: { kind: 'hot', count: 4, hotSharePercent: 50 },
          startAtMs: 0,
          stopAtMs: 8000,
        },
      ],
      queueConsumers: [
        {
          id: 'qc1',
          queue: 'orders-q',
          joinAtMs: 0,
          maxMessages: 5,
          processingMsPerRecord: 20,
          pollBackoffMs: 50,
          failPercent: 40,
          ackMode: 'after-processing',
        },
        { id: 'qc2', queue: 'orders-q', ackMode: 'on-receive', processingMsPerRecord: 10 },
        { id: 'qc3', queue: 'orders-dlq', joinAtMs: 0 },
      ],
      streamJobs: [
        {
          id: 'j-clicks',
          sourceTopic: 'clicks',
          pollIntervalMs: 50,
          watermarks: {
            strategy: 'bounded-out-of-orderness',
            maxOutOfOrdernessMs: 1000,
            intervalMs: 100,
          },
          window: {
            assigner: { kind: 'tumbling', sizeMs: 5000 },
            allowedLatenessMs: 5000,
            aggregate: 'sum',
            accumulation: 'accumulating',
          },
        },
        {
          id: 'j-sensors',
          sourceTopic: 'sensors',
          watermarks: { strategy: 'ascending', idleTimeoutMs: 1000 },
          window: {
            assigner: { kind: 'sliding', sizeMs: 4000, slideMs: 1000, offsetMs: -500 },
            aggregate: 'count',
            accumulation: 'discarding',
          },
        },
      ],
    },
    interventions: [
      { atMs: 2000, type: 'consumer.join', target: 'qc2' },
      { atMs: 5000, type: 'consumer.crash', target: 'qc1' },
      { atMs: 6000, type: 'consumer.restart', target: 'qc1' },
      { atMs: 7000, type: 'consumer.leave', target: 'qc2' },
    ],
    expect: [
      {
        kind: 'windowResult',
        job: 'j-clicks',
        key: 'a',
        window: [0, 5000],
        values: [
          { value: 7, timing: 'on-time' },
          { value: 8, timing: 'late' },
        ],
        label: 'Window [0,5 s) of key a emits 7 on time, then 8 late.',
      },
      {
        kind: 'eventCount',
        eventType: 'window.fired',
        where: { job: 'j-clicks', window: [0, 5000] },
        op: '==',
        count: 2,
      },
      {
        kind: 'eventCount',
        eventType: 'queue.deadLettered',
        where: { queue: 'orders-q', deadLetterQueue: 'orders-dlq' },
        op: '>=',
        count: 1,
      },
      {
        kind: 'eventCount',
        eventType: 'queue.delivered',
        where: { consumer: 'qc2' },
        op: '>=',
        count: 1,
      },
    ],
  };
}

type Raw = Record<string, unknown>;

/** The topology of a streamScenario copy, to change in place. */
export function streamTopologyOf(scenario: Raw): Raw & {
  topics: Raw[];
  producers: Raw[];
  queues: Raw[];
  queueProducers: Raw[];
  queueConsumers: Raw[];
  streamJobs: (Raw & { watermarks: Raw; window: Raw & { assigner: Raw } })[];
} {
  return scenario['topology'] as ReturnType<typeof streamTopologyOf>;
}
