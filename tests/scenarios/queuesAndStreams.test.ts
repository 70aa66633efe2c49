// Queues, queue producers and consumers, stream jobs, producer clocks, lateness and values: each
// is accepted with a valid value, refused with an error that names its path and what is allowed,
// cross-checked where the engine could not run it or would silently ignore it, and a scenario
// using all of them parses into what the engine runs, runs, and meets its windowResult assertion.

import { describe, expect, it } from 'vitest';
import { runHeadless } from '../../scripts/checkScenarios.ts';
import { createSimulation, type ScenarioModel, type TraceEvent } from '../../src/engine/index.ts';
import {
  checkOutcomes,
  describeAssertion,
  formatScenarioErrors,
  parseScenario,
} from '../../src/scenario/index.ts';
import { errorsOf, fakeRun, parsedScenario } from './support/guidedScenario.ts';
import { streamScenario, streamTopologyOf } from './support/streamScenario.ts';

type Raw = Record<string, unknown>;

/** Sets each field on `target`; a field given as undefined is removed, as a file would leave it out. */
function set(target: Raw, fields: Raw): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete target[key];
    else target[key] = value;
  }
}

function base(patch: (scenario: Raw) => void = () => undefined): Raw {
  const scenario = streamScenario();
  patch(scenario);
  return scenario;
}

const t = streamTopologyOf;
const topology = (fields: Raw) => base((s) => set(t(s), fields));
const queue = (fields: Raw) => base((s) => set(t(s).queues[0]!, fields));
const queueProducer = (fields: Raw) => base((s) => set(t(s).queueProducers[0]!, fields));
const queueConsumer = (fields: Raw) => base((s) => set(t(s).queueConsumers[0]!, fields));
const job = (fields: Raw) => base((s) => set(t(s).streamJobs[0]!, fields));
/** Stream job `i` (0: tumbling j-clicks, 1: sliding j-sensors) and its window, both patched. */
const jobAt = (i: number, fields: Raw, windowFields: Raw = {}) =>
  base((s) => {
    set(t(s).streamJobs[i]!, fields);
    set(t(s).streamJobs[i]!.window, windowFields);
  });
/** Kafka Streams semantics on j-clicks, which otherwise has an allowed lateness of 5 s. */
const kafkaStreams = (fields: Raw = {}, windowFields: Raw = {}) =>
  jobAt(0, { semantics: 'kafka-streams', ...fields }, { allowedLatenessMs: 0, ...windowFields });
const watermarks = (fields: Raw) => job({ watermarks: fields });
const windowOf = (fields: Raw) => base((s) => set(t(s).streamJobs[0]!.window, fields));
const assigner = (fields: Raw) => windowOf({ assigner: fields });
/** Producer p-sensors, which generates its records. */
const sensors = (fields: Raw) => base((s) => set(t(s).producers[1]!, fields));
const intervention = (fields: Raw) =>
  base((s) => {
    s['interventions'] = [{ atMs: 1000, ...fields }];
  });
const assertion = (fields: Raw) =>
  base((s) => {
    s['expect'] = [fields];
  });
const many = (count: number, item: (i: number) => Raw) =>
  Array.from({ length: count }, (_, i) => item(i));

const ACCEPTED: [string, Raw][] = [
  [
    'a queue with only a name and a broker',
    base((s) => void t(s).queues.push({ name: 'q', broker: 'b2' })),
  ],
  [
    '16 queues',
    base((s) => void t(s).queues.push(...many(14, (i) => ({ name: `q${i}`, broker: 'b1' })))),
  ],
  ['visibilityTimeoutMs of 1 ms', queue({ visibilityTimeoutMs: 1 })],
  ['visibilityTimeoutMs of 12 hours', queue({ visibilityTimeoutMs: 43_200_000 })],
  ['maxDeliveries 1', queue({ maxDeliveries: 1 })],
  ['maxDeliveries 1000', queue({ maxDeliveries: 1000 })],
  [
    'a chain of dead-letter queues',
    base((s) => {
      t(s).queues[1]!['deadLetterQueue'] = 'last';
      t(s).queues.push({ name: 'last', broker: 'b1' });
    }),
  ],
  ['a poisson queue producer', queueProducer({ rate: { kind: 'poisson', meanIntervalMs: 10 } })],
  [
    'a bursting queue producer with uniform keys',
    queueProducer({
      rate: { kind: 'bursts', onMs: 1000, offMs: 0, intervalMs: 5 },
      keys: { kind: 'uniform', count: 100_000 },
    }),
  ],
  ['a queue producer without keys', queueProducer({ keys: { kind: 'null' } })],
  ['stopAtMs equal to startAtMs', queueProducer({ startAtMs: 500, stopAtMs: 500 })],
  [
    '64 queue producers',
    topology({
      queueProducers: many(64, (i) => ({
        id: `qp${i}`,
        queue: 'orders-q',
        rate: { kind: 'constant', intervalMs: 1000 },
      })),
    }),
  ],
  ['a queue consumer without joinAtMs', queueConsumer({ joinAtMs: undefined })],
  ['maxMessages 100', queueConsumer({ maxMessages: 100 })],
  ['pollBackoffMs 1', queueConsumer({ pollBackoffMs: 1 })],
  [
    'processingMsPerRecord 0 when nothing fails',
    queueConsumer({ processingMsPerRecord: 0, failPercent: 0 }),
  ],
  [
    'failPercent 100 with 1 ms of processing',
    queueConsumer({ failPercent: 100, processingMsPerRecord: 1 }),
  ],
  ['ackMode on-receive', queueConsumer({ ackMode: 'on-receive', failPercent: 0 })],
  [
    '64 queue consumers',
    topology({ queueConsumers: many(64, (i) => ({ id: `qc${i}`, queue: 'orders-q' })) }),
  ],
  ['consumer.join of a queue consumer', intervention({ type: 'consumer.join', target: 'qc2' })],
  ['consumer.leave of a queue consumer', intervention({ type: 'consumer.leave', target: 'qc1' })],
  [
    'consumer.restart of a queue consumer',
    intervention({ type: 'consumer.restart', target: 'qc3' }),
  ],
  [
    'consumer.crash of a queue consumer, now',
    intervention({ type: 'consumer.crash', target: 'qc1', moment: 'now' }),
  ],
  ['a punctuated watermark', watermarks({ strategy: 'punctuated' })],
  ['an ascending watermark', watermarks({ strategy: 'ascending', intervalMs: 1 })],
  [
    'a bounded watermark of 0 with idleness',
    watermarks({ strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 0, idleTimeoutMs: 1 }),
  ],
  ['pollIntervalMs 1', job({ pollIntervalMs: 1 })],
  [
    'a tumbling offset just inside the size',
    assigner({ kind: 'tumbling', sizeMs: 5000, offsetMs: -4999 }),
  ],
  [
    'a sliding window of exactly 100 slides',
    assigner({ kind: 'sliding', sizeMs: 10_000, slideMs: 100, offsetMs: 99 }),
  ],
  ['a sliding window with gaps', assigner({ kind: 'sliding', sizeMs: 100, slideMs: 1000 })],
  ['a session window', assigner({ kind: 'session', gapMs: 1 })],
  [
    'a count with no lateness, discarding',
    windowOf({ allowedLatenessMs: 0, aggregate: 'count', accumulation: 'discarding' }),
  ],
  [
    '4 stream jobs',
    base((s) => {
      const jobs = t(s).streamJobs;
      jobs.push({ ...jobs[0]!, id: 'j3' }, { ...jobs[1]!, id: 'j4' });
    }),
  ],
  ['early firings every 500 ms', windowOf({ earlyFiring: { everyMs: 500 } })],
  [
    'discarding early firings on every record',
    windowOf({ earlyFiring: { everyCount: 1 }, accumulation: 'discarding' }),
  ],
  [
    'early firings by time and by count on sliding windows',
    jobAt(1, {}, { earlyFiring: { everyMs: 1, everyCount: 1_000_000 } }),
  ],
  ['an append sink without checkpoints', job({ sink: { kind: 'append' } })],
  [
    'an idempotent-upsert sink with checkpoints',
    job({ sink: { kind: 'idempotent-upsert' }, checkpoint: { intervalMs: 1000 } }),
  ],
  [
    'a transactional sink with checkpoints every 1 ms, acknowledged at once',
    job({ sink: { kind: 'transactional' }, checkpoint: { intervalMs: 1, ackDelayMs: 0 } }),
  ],
  [
    'checkpoints without a sink, longer than the run',
    job({ checkpoint: { intervalMs: 3_600_000, ackDelayMs: 3_600_000 } }),
  ],
  [
    'job.fail of a checkpointed job that restarts at once',
    base((s) => {
      set(t(s).streamJobs[0]!, { checkpoint: { intervalMs: 500 }, restartDelayMs: 0 });
      s['interventions'] = [{ atMs: 2000, type: 'job.fail', target: 'j-clicks' }];
    }),
  ],
  [
    'job.fail of a job without checkpoints, which starts over',
    intervention({ type: 'job.fail', target: 'j-sensors' }),
  ],
  [
    'a capacity of 1 record per second, shedding',
    job({ maxRecordsPerSecond: 1, overload: 'shed' }),
  ],
  [
    'the largest capacity with backpressure',
    jobAt(1, { maxRecordsPerSecond: 1_000_000, overload: 'backpressure' }),
  ],
  ['a capacity without an overload policy', jobAt(1, { maxRecordsPerSecond: 5 })],
  ['flink semantics stated', job({ semantics: 'flink' })],
  [
    'Kafka Streams tumbling windows with grace, final results only',
    kafkaStreams({ graceMs: 1000, emit: 'on-window-close' }),
  ],
  [
    'Kafka Streams hopping windows emitting every update',
    jobAt(
      1,
      { semantics: 'kafka-streams', graceMs: 0, emit: 'on-update' },
      { accumulation: 'accumulating' },
    ),
  ],
  [
    'Kafka Streams with a transactional sink and checkpoints',
    kafkaStreams({ sink: { kind: 'transactional' }, checkpoint: { intervalMs: 1000 } }),
  ],
  ['the largest clock skew ahead', sensors({ clock: { skewMs: 3_600_000 } })],
  [
    'the largest clock skew behind',
    sensors({ clock: { skewMs: -3_600_000, driftPpm: -1_000_000 } }),
  ],
  ['a drift of +1,000,000 ppm', sensors({ clock: { driftPpm: 1_000_000 } })],
  [
    '50 clock jumps',
    sensors({
      clock: {
        jumps: many(50, (i) => ({ atMs: i * 100, byMs: i % 2 === 0 ? 3_600_000 : -3_600_000 })),
      },
    }),
  ],
  ['lateness of 0 percent', sensors({ lateness: { percent: 0, meanDelayMs: 1 } })],
  ['lateness of 100 percent', sensors({ lateness: { percent: 100, meanDelayMs: 3_600_000 } })],
  [
    'one integer value',
    sensors({ values: { kind: 'integer', min: -1_000_000_000, max: -1_000_000_000 } }),
  ],
  [
    'the widest integer values',
    sensors({ values: { kind: 'integer', min: -1_000_000_000, max: 1_000_000_000 } }),
  ],
  ['sequence values', sensors({ values: { kind: 'sequence' } })],
  [
    'a windowResult of any job with a window before 0',
    assertion({ kind: 'windowResult', key: 'k0', window: [-5500, -1500], values: [] }),
  ],
  [
    'a where on a window of a sink',
    assertion({
      kind: 'eventCount',
      eventType: 'sink.written',
      where: { window: [0, 1], job: 'j-sensors' },
      op: '>=',
      count: 0,
    }),
  ],
  [
    'a where on backpressure starting',
    assertion({
      kind: 'eventCount',
      eventType: 'job.backpressure',
      where: { job: 'j-clicks', active: true },
      op: '>=',
      count: 0,
    }),
  ],
  [
    'a where on staged sink writes',
    assertion({
      kind: 'eventCount',
      eventType: 'sink.written',
      where: { visibility: 'staged' },
      op: '>=',
      count: 0,
    }),
  ],
  [
    'a where on a partition that stops being idle',
    assertion({
      kind: 'eventCount',
      eventType: 'source.partition.idle',
      where: { partition: 'sensors-1', idle: false },
      op: '>=',
      count: 0,
    }),
  ],
  [
    'a where on a restore from checkpoint 2',
    assertion({
      kind: 'eventCount',
      eventType: 'job.restored',
      where: { job: 'j-sensors', checkpoint: 2 },
      op: '>=',
      count: 0,
    }),
  ],
  [
    'a where on a queue producer of a queue event',
    assertion({
      kind: 'eventCount',
      eventType: 'queue.enqueued',
      where: { producer: 'qp1', queue: 'orders-q' },
      op: '>=',
      count: 0,
    }),
  ],
];

interface Refusal {
  readonly path: string;
  readonly message: string;
  readonly found?: string;
  readonly allowed?: string;
}

const REFUSED: [string, Raw, Refusal][] = [
  [
    '17 queues',
    topology({ queues: many(17, (i) => ({ name: `q${i}`, broker: 'b1' })) }),
    {
      path: '$.topology.queues',
      message: 'has too many items',
      allowed: 'a list of 0 to 16 queues',
    },
  ],
  [
    'a queue name with a space',
    queue({ name: 'my queue' }),
    {
      path: '$.topology.queues[0].name',
      message: 'has characters that are not allowed',
      allowed: 'A-Z a-z 0-9 . _ -',
    },
  ],
  [
    'a queue named like a topic',
    queue({ name: 'clicks' }),
    {
      path: '$.topology.queues[0].name',
      message: 'repeats the name of a topic',
      found: '"clicks"',
      allowed: 'a name no topic and no other queue uses',
    },
  ],
  [
    'two queues with one name',
    base((s) => {
      t(s).queues.push({ name: 'orders-q', broker: 'b1' });
    }),
    { path: '$.topology.queues[2].name', message: 'repeats the name of an earlier queue' },
  ],
  [
    'a queue on a missing broker',
    queue({ broker: 'b9' }),
    {
      path: '$.topology.queues[0].broker',
      message: 'names no broker',
      found: '"b9"',
      allowed: 'one of the brokers: b1, b2',
    },
  ],
  [
    'a queue on a queue consumer',
    queue({ broker: 'qc1' }),
    { path: '$.topology.queues[0].broker', message: 'names a queue consumer, not a broker' },
  ],
  [
    'visibilityTimeoutMs 0',
    queue({ visibilityTimeoutMs: 0 }),
    {
      path: '$.topology.queues[0].visibilityTimeoutMs',
      message: 'is too small',
      allowed: 'from 1 to 43200000 (12 hours, as in SQS)',
    },
  ],
  [
    'maxDeliveries 0',
    queue({ maxDeliveries: 0 }),
    {
      path: '$.topology.queues[0].maxDeliveries',
      message: 'is too small',
      allowed: 'an integer from 1 to 1000',
    },
  ],
  [
    'maxDeliveries 1001',
    queue({ maxDeliveries: 1001 }),
    {
      path: '$.topology.queues[0].maxDeliveries',
      message: 'is too large',
      allowed: 'an integer from 1 to 1000',
    },
  ],
  [
    'a queue that dead-letters into itself',
    queue({ deadLetterQueue: 'orders-q' }),
    {
      path: '$.topology.queues[0].deadLetterQueue',
      message: 'is the queue itself',
      allowed: 'another queue: orders-dlq',
    },
  ],
  [
    'a missing dead-letter queue',
    queue({ deadLetterQueue: 'nowhere' }),
    {
      path: '$.topology.queues[0].deadLetterQueue',
      message: 'names a queue that does not exist',
      allowed: 'one of the queues: orders-q, orders-dlq',
    },
  ],
  [
    'a dead-letter queue that is a topic',
    queue({ deadLetterQueue: 'clicks' }),
    { path: '$.topology.queues[0].deadLetterQueue', message: 'names a queue that does not exist' },
  ],
  [
    'a cycle of dead-letter queues',
    base((s) => {
      t(s).queues[1]!['deadLetterQueue'] = 'orders-q';
    }),
    {
      path: '$.topology.queues[0].deadLetterQueue',
      message: 'closes a cycle of dead-letter queues (orders-q → orders-dlq → orders-q)',
    },
  ],
  [
    'an unknown queue setting',
    queue({ fifo: true }),
    {
      path: '$.topology.queues[0].fifo',
      message: 'is not a known key',
      allowed: 'name, broker, visibilityTimeoutMs, maxDeliveries, deadLetterQueue',
    },
  ],
  [
    '65 queue producers',
    topology({
      queueProducers: many(65, (i) => ({
        id: `qp${i}`,
        queue: 'orders-q',
        rate: { kind: 'constant', intervalMs: 1000 },
      })),
    }),
    {
      path: '$.topology.queueProducers',
      message: 'has too many items',
      allowed: 'a list of 0 to 64 queue producers',
    },
  ],
  [
    'a queue producer with the id of a broker',
    queueProducer({ id: 'b1' }),
    {
      path: '$.topology.queueProducers[0].id',
      message: 'repeats the id of $.topology.brokers[0].id',
      allowed: 'queue producer, queue consumer or stream job',
    },
  ],
  [
    'a queue producer for a missing queue',
    queueProducer({ queue: 'clicks' }),
    {
      path: '$.topology.queueProducers[0].queue',
      message: 'names a queue that does not exist',
      found: '"clicks"',
      allowed: 'one of the queues: orders-q, orders-dlq',
    },
  ],
  [
    'a scripted queue producer',
    queueProducer({ rate: { kind: 'scripted', records: [] } }),
    {
      path: '$.topology.queueProducers[0].rate.kind',
      message: 'is not a known kind',
      allowed: 'one of: constant, poisson, bursts',
    },
  ],
  [
    'Zipf keys on a queue producer',
    queueProducer({ keys: { kind: 'zipf', count: 10, exponent: 1 } }),
    {
      path: '$.topology.queueProducers[0].keys.kind',
      message: 'is not a known kind',
      allowed: 'one of: uniform, hot, null',
    },
  ],
  [
    'a queue producer stopping before it starts',
    queueProducer({ startAtMs: 2000, stopAtMs: 1000 }),
    {
      path: '$.topology.queueProducers[0].stopAtMs',
      message: 'is before startAtMs',
      allowed: 'a time from startAtMs (2000) to durationMs (10000)',
    },
  ],
  [
    'a queue producer over the record budget',
    base((s) => {
      s['durationMs'] = 3_600_000;
      set(t(s).queueProducers[0]!, {
        rate: { kind: 'constant', intervalMs: 0.1 },
        stopAtMs: undefined,
      });
    }),
    {
      path: '$.topology.queueProducers[0].rate',
      message: 'queue producer "qp1" alone creates about 36,000,000',
      allowed: 'at most 5,000,000 records in all',
    },
  ],
  [
    'a queue consumer of a missing queue',
    queueConsumer({ queue: 'orders' }),
    { path: '$.topology.queueConsumers[0].queue', message: 'names a queue that does not exist' },
  ],
  [
    'a queue consumer with the id of a stream job',
    queueConsumer({ id: 'j-clicks' }),
    {
      path: '$.topology.streamJobs[0].id',
      message: 'repeats the id of $.topology.queueConsumers[0].id',
    },
  ],
  [
    'maxMessages 0',
    queueConsumer({ maxMessages: 0 }),
    {
      path: '$.topology.queueConsumers[0].maxMessages',
      message: 'is too small',
      allowed: 'an integer from 1 to 100',
    },
  ],
  [
    'maxMessages 101',
    queueConsumer({ maxMessages: 101 }),
    {
      path: '$.topology.queueConsumers[0].maxMessages',
      message: 'is too large',
      allowed: 'an integer from 1 to 100',
    },
  ],
  [
    'pollBackoffMs 0',
    queueConsumer({ pollBackoffMs: 0 }),
    {
      path: '$.topology.queueConsumers[0].pollBackoffMs',
      message: 'is too small',
      allowed: 'from 1 to 3600000',
    },
  ],
  [
    'failPercent 101',
    queueConsumer({ failPercent: 101 }),
    {
      path: '$.topology.queueConsumers[0].failPercent',
      message: 'is too large',
      allowed: 'a whole percentage from 0 to 100',
    },
  ],
  [
    'a fractional failPercent',
    queueConsumer({ failPercent: 2.5 }),
    { path: '$.topology.queueConsumers[0].failPercent', message: 'is not a whole number' },
  ],
  [
    'an unknown ackMode',
    queueConsumer({ ackMode: 'auto' }),
    {
      path: '$.topology.queueConsumers[0].ackMode',
      message: 'is not one of the allowed values',
      found: '"auto"',
      allowed: 'one of: after-processing, on-receive',
    },
  ],
  [
    'failures with ackMode on-receive',
    queueConsumer({ ackMode: 'on-receive', failPercent: 10 }),
    {
      path: '$.topology.queueConsumers[0].failPercent',
      message: 'is 10, but ackMode "on-receive" acknowledges each message when it is delivered',
      allowed: 'ackMode "after-processing"',
    },
  ],
  [
    'failures without processing time',
    queueConsumer({ failPercent: 10, processingMsPerRecord: 0.5 }),
    {
      path: '$.topology.queueConsumers[0].processingMsPerRecord',
      message: 'is below 1 while failPercent is 10',
      allowed: 'from 1 to 60000 when failPercent is above 0',
    },
  ],
  [
    'consumer.seek of a queue consumer',
    intervention({ type: 'consumer.seek', target: 'qc1', toBeginning: true }),
    {
      path: '$.interventions[0].target',
      message:
        'names a queue consumer, but consumer.seek needs a consumer: a queue keeps no offsets to seek to, and an acknowledged message is gone',
      found: '"qc1"',
      allowed: 'one of the consumers, but none is declared',
    },
  ],
  [
    'a crash of a queue consumer at its next commit',
    intervention({ type: 'consumer.crash', target: 'qc1', moment: 'before-commit' }),
    {
      path: '$.interventions[0].moment',
      message: 'is "before-commit", but "qc1" is a queue consumer, which commits no offsets',
      allowed: '"now", or leave moment out',
    },
  ],
  [
    'consumer.join of a missing consumer',
    intervention({ type: 'consumer.join', target: 'qc9' }),
    {
      path: '$.interventions[0].target',
      message: 'names no consumer or queue consumer',
      allowed: 'one of the consumers or queue consumers: qc1, qc2, qc3',
    },
  ],
  [
    'node.pause of a queue consumer',
    intervention({ type: 'node.pause', target: 'qc1', durationMs: 100 }),
    {
      path: '$.interventions[0].target',
      message: 'names a queue consumer, but node.pause needs a broker, producer or consumer',
    },
  ],
  [
    'producer.stop of a queue producer',
    intervention({ type: 'producer.stop', target: 'qp1' }),
    {
      path: '$.interventions[0].target',
      message: 'names a queue producer, but producer.stop needs a producer',
    },
  ],
  [
    '5 stream jobs',
    base((s) => {
      const jobs = t(s).streamJobs;
      jobs.push({ ...jobs[0]!, id: 'j3' }, { ...jobs[0]!, id: 'j4' }, { ...jobs[0]!, id: 'j5' });
    }),
    {
      path: '$.topology.streamJobs',
      message: 'has too many items',
      allowed: 'a list of 0 to 4 stream jobs',
    },
  ],
  [
    'a job reading a queue',
    job({ sourceTopic: 'orders-q' }),
    {
      path: '$.topology.streamJobs[0].sourceTopic',
      message: 'names a topic that does not exist',
      allowed: 'one of the topics: clicks, sensors',
    },
  ],
  [
    'pollIntervalMs 0',
    job({ pollIntervalMs: 0 }),
    {
      path: '$.topology.streamJobs[0].pollIntervalMs',
      message: 'is too small',
      allowed: 'from 1 to 3600000',
    },
  ],
  [
    'an unknown watermark strategy',
    watermarks({ strategy: 'periodic' }),
    {
      path: '$.topology.streamJobs[0].watermarks.strategy',
      message: 'is not a known kind',
      allowed: 'one of: bounded-out-of-orderness, ascending, punctuated',
    },
  ],
  [
    'a bounded watermark without its bound',
    watermarks({ strategy: 'bounded-out-of-orderness' }),
    {
      path: '$.topology.streamJobs[0].watermarks.maxOutOfOrdernessMs',
      message: 'is missing',
      allowed: 'from 0 to 3600000',
    },
  ],
  [
    'a bound on an ascending watermark',
    watermarks({ strategy: 'ascending', maxOutOfOrdernessMs: 100 }),
    {
      path: '$.topology.streamJobs[0].watermarks.maxOutOfOrdernessMs',
      message: 'is not a known key',
      allowed: 'only the keys: strategy, idleTimeoutMs, intervalMs',
    },
  ],
  [
    'a bound on a punctuated watermark',
    watermarks({ strategy: 'punctuated', maxOutOfOrdernessMs: 0 }),
    {
      path: '$.topology.streamJobs[0].watermarks.maxOutOfOrdernessMs',
      message: 'is not a known key',
    },
  ],
  [
    'a negative bound',
    watermarks({ strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: -1 }),
    { path: '$.topology.streamJobs[0].watermarks.maxOutOfOrdernessMs', message: 'is too small' },
  ],
  [
    'idleTimeoutMs 0',
    watermarks({ strategy: 'ascending', idleTimeoutMs: 0 }),
    { path: '$.topology.streamJobs[0].watermarks.idleTimeoutMs', message: 'is too small' },
  ],
  [
    'a watermark intervalMs of 0',
    watermarks({ strategy: 'ascending', intervalMs: 0 }),
    {
      path: '$.topology.streamJobs[0].watermarks.intervalMs',
      message: 'is too small',
      allowed: 'from 1 to 3600000',
    },
  ],
  [
    'an unknown window assigner',
    assigner({ kind: 'global' }),
    {
      path: '$.topology.streamJobs[0].window.assigner.kind',
      message: 'is not a known kind',
      allowed: 'one of: tumbling, sliding, session',
    },
  ],
  [
    'a tumbling window of 0 ms',
    assigner({ kind: 'tumbling', sizeMs: 0 }),
    { path: '$.topology.streamJobs[0].window.assigner.sizeMs', message: 'is too small' },
  ],
  [
    'a tumbling offset as large as the size',
    assigner({ kind: 'tumbling', sizeMs: 5000, offsetMs: -5000 }),
    {
      path: '$.topology.streamJobs[0].window.assigner.offsetMs',
      message:
        "is not smaller in magnitude than sizeMs (5000), as Flink's tumbling windows require",
      found: '-5000',
      allowed: 'an integer from -4999 to 4999',
    },
  ],
  [
    'a sliding offset as large as the slide',
    assigner({ kind: 'sliding', sizeMs: 5000, slideMs: 1000, offsetMs: 1000 }),
    {
      path: '$.topology.streamJobs[0].window.assigner.offsetMs',
      message: 'is not smaller in magnitude than slideMs (1000)',
      allowed: 'an integer from -999 to 999',
    },
  ],
  [
    'a record in 101 sliding windows',
    assigner({ kind: 'sliding', sizeMs: 10_100, slideMs: 100 }),
    {
      path: '$.topology.streamJobs[0].window.assigner.slideMs',
      message: 'puts every record in 101 windows (sizeMs 10100 / slideMs 100)',
      found: '100',
      allowed: 'at least 101 (sizeMs / 100), so a record lands in at most 100 windows',
    },
  ],
  [
    'a record in a million sliding windows',
    assigner({ kind: 'sliding', sizeMs: 3_600_000, slideMs: 1 }),
    {
      path: '$.topology.streamJobs[0].window.assigner.slideMs',
      message: 'puts every record in 3600000 windows',
    },
  ],
  [
    'a session gap of 0',
    assigner({ kind: 'session', gapMs: 0 }),
    { path: '$.topology.streamJobs[0].window.assigner.gapMs', message: 'is too small' },
  ],
  [
    'a slide on a tumbling window',
    assigner({ kind: 'tumbling', sizeMs: 5000, slideMs: 1000 }),
    {
      path: '$.topology.streamJobs[0].window.assigner.slideMs',
      message: 'is not a known key',
      allowed: 'only the keys: kind, sizeMs, offsetMs',
    },
  ],
  [
    'a negative allowedLatenessMs',
    windowOf({ allowedLatenessMs: -1 }),
    { path: '$.topology.streamJobs[0].window.allowedLatenessMs', message: 'is too small' },
  ],
  [
    'an unknown aggregate',
    windowOf({ aggregate: 'avg' }),
    {
      path: '$.topology.streamJobs[0].window.aggregate',
      message: 'is not one of the allowed values',
      allowed: 'one of: sum, count',
    },
  ],
  [
    'a window without an aggregate',
    windowOf({ aggregate: undefined }),
    {
      path: '$.topology.streamJobs[0].window.aggregate',
      message: 'is missing',
      allowed: 'one of: sum, count',
    },
  ],
  [
    'an unknown accumulation',
    windowOf({ accumulation: 'retracting' }),
    {
      path: '$.topology.streamJobs[0].window.accumulation',
      message: 'is not one of the allowed values',
      allowed: 'one of: accumulating, discarding',
    },
  ],
  [
    'an early firing without a trigger',
    windowOf({ earlyFiring: {} }),
    {
      path: '$.topology.streamJobs[0].window.earlyFiring',
      message: 'names no trigger, so no early pane would ever fire',
      allowed: 'everyMs, everyCount or both',
    },
  ],
  [
    'early firings on session windows',
    windowOf({ assigner: { kind: 'session', gapMs: 1000 }, earlyFiring: { everyMs: 500 } }),
    {
      path: '$.topology.streamJobs[0].window.earlyFiring',
      message: 'is set on session windows',
      allowed: 'tumbling or sliding windows',
    },
  ],
  [
    'an early firing every 0 ms',
    windowOf({ earlyFiring: { everyMs: 0 } }),
    {
      path: '$.topology.streamJobs[0].window.earlyFiring.everyMs',
      message: 'is too small',
      allowed: 'from 1 to 3600000',
    },
  ],
  [
    'an early firing every 0 records',
    windowOf({ earlyFiring: { everyCount: 0 } }),
    {
      path: '$.topology.streamJobs[0].window.earlyFiring.everyCount',
      message: 'is too small',
      allowed: 'an integer from 1 to 1000000',
    },
  ],
  [
    'an early firing every 2.5 records',
    windowOf({ earlyFiring: { everyCount: 2.5 } }),
    {
      path: '$.topology.streamJobs[0].window.earlyFiring.everyCount',
      message: 'is not a whole number',
    },
  ],
  [
    'an early firing on the watermark',
    windowOf({ earlyFiring: { everyWatermark: true } }),
    {
      path: '$.topology.streamJobs[0].window.earlyFiring.everyWatermark',
      message: 'is not a known key',
      allowed: 'only the keys: everyMs, everyCount',
    },
  ],
  [
    'an unknown sink kind',
    job({ sink: { kind: 'exactly-once' } }),
    {
      path: '$.topology.streamJobs[0].sink.kind',
      message: 'is not one of the allowed values',
      found: '"exactly-once"',
      allowed: 'one of: append, idempotent-upsert, transactional',
    },
  ],
  [
    'a sink without a kind',
    job({ sink: {} }),
    { path: '$.topology.streamJobs[0].sink.kind', message: 'is missing' },
  ],
  [
    'a sink given as a string',
    job({ sink: 'append' }),
    { path: '$.topology.streamJobs[0].sink', message: 'has the wrong type' },
  ],
  [
    'a transactional sink without checkpoints',
    job({ sink: { kind: 'transactional' } }),
    {
      path: '$.topology.streamJobs[0].sink.kind',
      message:
        'is "transactional", but the job takes no checkpoints: its results would be staged and never committed',
      found: '"transactional"',
      allowed: 'a checkpoint ({ "intervalMs": ... }) on the job, or sink kind "append"',
    },
  ],
  [
    'a checkpoint interval of 0',
    job({ checkpoint: { intervalMs: 0 } }),
    {
      path: '$.topology.streamJobs[0].checkpoint.intervalMs',
      message: 'is too small',
      allowed: 'from 1 to 3600000',
    },
  ],
  [
    'a checkpoint without an interval',
    job({ checkpoint: { ackDelayMs: 10 } }),
    { path: '$.topology.streamJobs[0].checkpoint.intervalMs', message: 'is missing' },
  ],
  [
    'a negative checkpoint acknowledgement delay',
    job({ checkpoint: { intervalMs: 1000, ackDelayMs: -1 } }),
    {
      path: '$.topology.streamJobs[0].checkpoint.ackDelayMs',
      message: 'is too small',
      allowed: 'from 0 to 3600000',
    },
  ],
  [
    'a fractional checkpoint acknowledgement delay',
    job({ checkpoint: { intervalMs: 1000, ackDelayMs: 0.5 } }),
    { path: '$.topology.streamJobs[0].checkpoint.ackDelayMs', message: 'is not a whole number' },
  ],
  [
    'an unknown checkpoint setting',
    job({ checkpoint: { intervalMs: 1000, mode: 'unaligned' } }),
    {
      path: '$.topology.streamJobs[0].checkpoint.mode',
      message: 'is not a known key',
      allowed: 'only the keys: intervalMs, ackDelayMs',
    },
  ],
  [
    'a negative restartDelayMs',
    job({ restartDelayMs: -1 }),
    {
      path: '$.topology.streamJobs[0].restartDelayMs',
      message: 'is too small',
      allowed: 'from 0 to 3600000',
    },
  ],
  [
    'a restartDelayMs over an hour',
    job({ restartDelayMs: 3_600_001 }),
    { path: '$.topology.streamJobs[0].restartDelayMs', message: 'is too large' },
  ],
  [
    'a capacity of 0 records per second',
    job({ maxRecordsPerSecond: 0 }),
    {
      path: '$.topology.streamJobs[0].maxRecordsPerSecond',
      message: 'is too small',
      allowed: 'an integer from 1 to 1000000',
    },
  ],
  [
    'a capacity over a million records per second',
    job({ maxRecordsPerSecond: 1_000_001 }),
    { path: '$.topology.streamJobs[0].maxRecordsPerSecond', message: 'is too large' },
  ],
  [
    'a fractional capacity',
    job({ maxRecordsPerSecond: 2.5 }),
    { path: '$.topology.streamJobs[0].maxRecordsPerSecond', message: 'is not a whole number' },
  ],
  [
    'an unknown overload policy',
    job({ maxRecordsPerSecond: 10, overload: 'drop' }),
    {
      path: '$.topology.streamJobs[0].overload',
      message: 'is not one of the allowed values',
      allowed: 'one of: backpressure, shed, sample',
    },
  ],
  [
    'an overload policy without a capacity',
    job({ overload: 'shed' }),
    {
      path: '$.topology.streamJobs[0].overload',
      message:
        'is "shed", but the job has no maxRecordsPerSecond, so it is never over capacity and the policy would never apply',
      found: '"shed"',
      allowed: 'maxRecordsPerSecond on the job, or leave overload out',
    },
  ],
  [
    'unknown semantics',
    job({ semantics: 'spark' }),
    {
      path: '$.topology.streamJobs[0].semantics',
      message: 'is not one of the allowed values',
      found: '"spark"',
      allowed: 'one of: flink, kafka-streams',
    },
  ],
  [
    'Kafka Streams with session windows',
    kafkaStreams({}, { assigner: { kind: 'session', gapMs: 1000 } }),
    {
      path: '$.topology.streamJobs[0].window.assigner.kind',
      message:
        'is "session", but semantics is "kafka-streams", which here supports tumbling and sliding (hopping) windows only',
      found: '"session"',
      allowed: 'tumbling or sliding, or semantics "flink" for session windows',
    },
  ],
  [
    'Kafka Streams with an allowed lateness',
    job({ semantics: 'kafka-streams' }),
    {
      path: '$.topology.streamJobs[0].window.allowedLatenessMs',
      message:
        'is 5000, but semantics is "kafka-streams", which has no allowed lateness: a window accepts records until stream time passes its end + graceMs',
      found: '5000',
      allowed: '0 (or leave it out), and graceMs',
    },
  ],
  [
    'Kafka Streams with early firings',
    kafkaStreams({}, { earlyFiring: { everyCount: 1 } }),
    {
      path: '$.topology.streamJobs[0].window.earlyFiring',
      message: 'is set, but semantics is "kafka-streams", which has no early triggers',
      allowed: 'leave earlyFiring out, or semantics "flink"',
    },
  ],
  [
    'Kafka Streams with discarding panes',
    jobAt(1, { semantics: 'kafka-streams' }),
    {
      path: '$.topology.streamJobs[1].window.accumulation',
      message:
        'is "discarding", but semantics is "kafka-streams", whose windowed aggregations always accumulate',
    },
  ],
  [
    'a grace period on a Flink job',
    job({ graceMs: 1000 }),
    {
      path: '$.topology.streamJobs[0].graceMs',
      message: 'is a Kafka Streams setting, but semantics is "flink", so it would be ignored',
      found: '1000',
      allowed: 'semantics "kafka-streams", or leave graceMs out (Flink: window.allowedLatenessMs)',
    },
  ],
  [
    'an emit mode on a Flink job',
    job({ semantics: 'flink', emit: 'on-window-close' }),
    {
      path: '$.topology.streamJobs[0].emit',
      message: 'is a Kafka Streams setting, but semantics is "flink"',
      found: '"on-window-close"',
      allowed: 'leave emit out (Flink: window.earlyFiring)',
    },
  ],
  [
    'a negative grace period',
    kafkaStreams({ graceMs: -1 }),
    { path: '$.topology.streamJobs[0].graceMs', message: 'is too small' },
  ],
  [
    'an unknown emit mode',
    kafkaStreams({ emit: 'on-close' }),
    {
      path: '$.topology.streamJobs[0].emit',
      message: 'is not one of the allowed values',
      allowed: 'one of: on-update, on-window-close',
    },
  ],
  [
    'job.fail of a missing job',
    intervention({ type: 'job.fail', target: 'j9' }),
    {
      path: '$.interventions[0].target',
      message: 'names no stream job',
      found: '"j9"',
      allowed: 'one of the stream jobs: j-clicks, j-sensors',
    },
  ],
  [
    'job.fail of a queue consumer',
    intervention({ type: 'job.fail', target: 'qc1' }),
    {
      path: '$.interventions[0].target',
      message: 'names a queue consumer, but job.fail needs a stream job',
    },
  ],
  [
    'job.fail of a producer',
    intervention({ type: 'job.fail', target: 'p-clicks' }),
    {
      path: '$.interventions[0].target',
      message: 'names a producer, but job.fail needs a stream job',
    },
  ],
  [
    'job.fail after the end',
    base((s) => {
      s['interventions'] = [{ atMs: 10_001, type: 'job.fail', target: 'j-clicks' }];
    }),
    { path: '$.interventions[0].atMs', message: 'is after the end of the scenario' },
  ],
  [
    'job.fail with a duration',
    intervention({ type: 'job.fail', target: 'j-clicks', durationMs: 1000 }),
    {
      path: '$.interventions[0].durationMs',
      message: 'is not a known key',
      allowed: 'only the keys: atMs, type, target',
    },
  ],
  [
    'consumer.crash of a stream job',
    intervention({ type: 'consumer.crash', target: 'j-clicks' }),
    {
      path: '$.interventions[0].target',
      message: 'names a stream job, but consumer.crash needs a consumer or queue consumer',
    },
  ],
  [
    'a where on backpressure with a string flag',
    assertion({
      kind: 'eventCount',
      eventType: 'job.backpressure',
      where: { active: 'true' },
      op: '>=',
      count: 0,
    }),
    {
      path: '$.expect[0].where.active',
      message: 'can never match',
      found: '"true"',
      allowed: 'true or false',
    },
  ],
  [
    'a where on a sink visibility that does not exist',
    assertion({
      kind: 'eventCount',
      eventType: 'sink.written',
      where: { visibility: 'committed' },
      op: '>=',
      count: 0,
    }),
    {
      path: '$.expect[0].where.visibility',
      message: 'can never match',
      allowed: 'one of: visible, staged',
    },
  ],
  [
    'a where on a flag of another event type',
    assertion({
      kind: 'eventCount',
      eventType: 'checkpoint.completed',
      where: { idle: true },
      op: '>=',
      count: 0,
    }),
    {
      path: '$.expect[0].where.idle',
      message: 'is not a field of checkpoint.completed events that a where can compare',
      allowed: 'one of: job, checkpoint, durationMs',
    },
  ],
  [
    'a where with a boolean on a string field',
    assertion({
      kind: 'eventCount',
      eventType: 'job.failed',
      where: { job: true },
      op: '>=',
      count: 0,
    }),
    { path: '$.expect[0].where.job', message: 'can never match', allowed: 'a string' },
  ],
  [
    'a clock skew over an hour',
    sensors({ clock: { skewMs: 3_600_001 } }),
    {
      path: '$.topology.producers[1].clock.skewMs',
      message: 'is too large',
      allowed: 'an integer from -3600000 to 3600000',
    },
  ],
  [
    'a fractional clock skew',
    sensors({ clock: { skewMs: 0.5 } }),
    { path: '$.topology.producers[1].clock.skewMs', message: 'is not a whole number' },
  ],
  [
    'a drift past -1,000,000 ppm',
    sensors({ clock: { driftPpm: -1_000_001 } }),
    {
      path: '$.topology.producers[1].clock.driftPpm',
      message: 'is too small',
      allowed: 'an integer from -1000000 to 1000000 (parts per million)',
    },
  ],
  [
    '51 clock jumps',
    sensors({ clock: { jumps: many(51, (i) => ({ atMs: i, byMs: 1 })) } }),
    {
      path: '$.topology.producers[1].clock.jumps',
      message: 'has too many items',
      allowed: 'a list of 0 to 50 clock jumps',
    },
  ],
  [
    'a clock jump of more than an hour',
    sensors({ clock: { jumps: [{ atMs: 1, byMs: -3_600_001 }] } }),
    { path: '$.topology.producers[1].clock.jumps[0].byMs', message: 'is too small' },
  ],
  [
    'a clock jump after the end',
    sensors({ clock: { jumps: [{ atMs: 10_001, byMs: 1 }] } }),
    {
      path: '$.topology.producers[1].clock.jumps[0].atMs',
      message: 'is after the end of the scenario',
      allowed: 'a time from 0 to durationMs (10000)',
    },
  ],
  [
    'an unknown clock setting',
    sensors({ clock: { timezone: 'UTC' } }),
    {
      path: '$.topology.producers[1].clock.timezone',
      message: 'is not a known key',
      allowed: 'skewMs, driftPpm, jumps',
    },
  ],
  [
    'a lateness of 101 percent',
    sensors({ lateness: { percent: 101, meanDelayMs: 100 } }),
    {
      path: '$.topology.producers[1].lateness.percent',
      message: 'is too large',
      allowed: 'a whole percentage from 0 to 100',
    },
  ],
  [
    'a lateness without a delay',
    sensors({ lateness: { percent: 5 } }),
    { path: '$.topology.producers[1].lateness.meanDelayMs', message: 'is missing' },
  ],
  [
    'a mean delay of 0',
    sensors({ lateness: { percent: 5, meanDelayMs: 0 } }),
    { path: '$.topology.producers[1].lateness.meanDelayMs', message: 'is too small' },
  ],
  [
    'an unknown kind of values',
    sensors({ values: { kind: 'random' } }),
    {
      path: '$.topology.producers[1].values.kind',
      message: 'is not a known kind',
      allowed: 'one of: sequence, integer',
    },
  ],
  [
    'integer values with min above max',
    sensors({ values: { kind: 'integer', min: 10, max: 9 } }),
    {
      path: '$.topology.producers[1].values.max',
      message: 'is below min (10)',
      found: '9',
      allowed: 'an integer from min (10) to 1000000000',
    },
  ],
  [
    'integer values beyond a billion',
    sensors({ values: { kind: 'integer', min: 0, max: 1_000_000_001 } }),
    {
      path: '$.topology.producers[1].values.max',
      message: 'is too large',
      allowed: 'an integer from -1000000000 to 1000000000',
    },
  ],
  [
    'fractional integer values',
    sensors({ values: { kind: 'integer', min: 0.5, max: 2 } }),
    { path: '$.topology.producers[1].values.min', message: 'is not a whole number' },
  ],
  [
    'a clock on a scripted producer',
    base((s) => {
      t(s).producers[0]!['clock'] = { skewMs: 100 };
    }),
    {
      path: '$.topology.producers[0].clock',
      message: "shapes generated records only, but this producer's rate is scripted",
      allowed: 'each scripted record gives its own eventTimeMs',
    },
  ],
  [
    'values on a scripted producer',
    base((s) => {
      t(s).producers[0]!['values'] = { kind: 'sequence' };
    }),
    {
      path: '$.topology.producers[0].values',
      message: 'shapes generated records only',
      allowed: 'each scripted record gives its own value',
    },
  ],
  [
    'a windowResult of a missing job',
    assertion({ kind: 'windowResult', job: 'j9', key: 'a', window: [0, 5000], values: [] }),
    {
      path: '$.expect[0].job',
      message: 'names no stream job',
      allowed: 'one of the stream jobs: j-clicks, j-sensors',
    },
  ],
  [
    'a windowResult of a queue consumer',
    assertion({ kind: 'windowResult', job: 'qc1', key: 'a', window: [0, 5000], values: [] }),
    { path: '$.expect[0].job', message: 'names a queue consumer, not a stream job' },
  ],
  [
    'a windowResult window beyond 10^12',
    assertion({ kind: 'windowResult', key: 'a', window: [0, 1e13], values: [] }),
    {
      path: '$.expect[0].window[1]',
      message: 'is too large',
      allowed: 'an integer from -1000000000000 to 1000000000000',
    },
  ],
  [
    'a where on a window that ends before it starts',
    assertion({
      kind: 'eventCount',
      eventType: 'window.fired',
      where: { window: [5000, 0] },
      op: '>=',
      count: 0,
    }),
    {
      path: '$.expect[0].where.window',
      message: 'can never match',
      allowed: 'a pair [startMs, endMs] with startMs < endMs',
    },
  ],
  [
    'a where comparing a window with a number',
    assertion({
      kind: 'eventCount',
      eventType: 'window.fired',
      where: { window: 0 },
      op: '>=',
      count: 0,
    }),
    { path: '$.expect[0].where.window', message: 'can never match' },
  ],
  [
    'a where comparing a key with a window',
    assertion({
      kind: 'eventCount',
      eventType: 'window.fired',
      where: { key: [0, 1] },
      op: '>=',
      count: 0,
    }),
    { path: '$.expect[0].where.key', message: 'can never match', allowed: 'a string' },
  ],
  [
    'a where on a missing queue',
    assertion({
      kind: 'eventCount',
      eventType: 'queue.acked',
      where: { queue: 'nowhere' },
      op: '>=',
      count: 0,
    }),
    {
      path: '$.expect[0].where.queue',
      message: 'names no queue',
      allowed: 'one of the queues: orders-q, orders-dlq',
    },
  ],
  [
    'a where naming a producer as the consumer of a queue event',
    assertion({
      kind: 'eventCount',
      eventType: 'queue.delivered',
      where: { consumer: 'p-clicks' },
      op: '>=',
      count: 0,
    }),
    {
      path: '$.expect[0].where.consumer',
      message: 'names a producer, not a queue consumer',
      allowed: 'one of the queue consumers: qc1, qc2, qc3',
    },
  ],
  [
    'a where on a missing job',
    assertion({
      kind: 'eventCount',
      eventType: 'watermark.advanced',
      where: { job: 'j9' },
      op: '>=',
      count: 0,
    }),
    { path: '$.expect[0].where.job', message: 'names no stream job' },
  ],
];

describe('queues, stream jobs and event time in a scenario file', () => {
  it.each(ACCEPTED)('accepts %s, and the engine runs it', (_name, scenario) => {
    const sim = createSimulation(parsedScenario(scenario));
    expect(sim.runUntil(10_000, { maxSteps: 1_000_000 }).truncated).toBe(false);
  });

  it.each(REFUSED)('refuses %s, naming the path', (_name, scenario, expected) => {
    const errors = errorsOf(scenario);
    const error = errors.find((e) => e.path === expected.path);
    expect(error, formatScenarioErrors(errors)).toBeDefined();
    expect(error?.message).toContain(expected.message);
    if (expected.found !== undefined) expect(error?.found).toBe(expected.found);
    if (expected.allowed !== undefined) expect(error?.allowed).toContain(expected.allowed);
  });

  it('fills in the defaults of queues, their clients and stream jobs', () => {
    const scenario = parsedScenario(
      base((s) => {
        set(t(s), {
          queues: [{ name: 'q', broker: 'b1' }],
          queueProducers: [{ id: 'qp', queue: 'q', rate: { kind: 'constant', intervalMs: 100 } }],
          queueConsumers: [{ id: 'qc', queue: 'q' }],
          streamJobs: [
            {
              id: 'j',
              sourceTopic: 'clicks',
              watermarks: { strategy: 'ascending' },
              window: { assigner: { kind: 'session', gapMs: 1000 }, aggregate: 'count' },
            },
          ],
        });
        t(s).producers[1]!['clock'] = {};
        s['expect'] = [];
        s['interventions'] = [];
      }),
    );
    const { queues, queueProducers, queueConsumers, streamJobs, producers } = scenario.topology;
    expect(queues).toEqual([
      { name: 'q', broker: 'b1', visibilityTimeoutMs: 30_000, maxDeliveries: 5 },
    ]);
    expect(queueProducers?.[0]).toMatchObject({ keys: { kind: 'null' }, startAtMs: 0 });
    expect(queueConsumers).toEqual([
      {
        id: 'qc',
        queue: 'q',
        maxMessages: 1,
        processingMsPerRecord: 1,
        pollBackoffMs: 100,
        failPercent: 0,
        ackMode: 'after-processing',
      },
    ]);
    expect(streamJobs?.[0]).toEqual({
      id: 'j',
      sourceTopic: 'clicks',
      pollIntervalMs: 100,
      watermarks: { strategy: 'ascending', intervalMs: 200 },
      window: {
        assigner: { kind: 'session', gapMs: 1000 },
        allowedLatenessMs: 0,
        aggregate: 'count',
        accumulation: 'accumulating',
      },
      restartDelayMs: 1000,
      semantics: 'flink',
    });
    expect(producers[1]?.clock).toEqual({ skewMs: 0, driftPpm: 0, jumps: [] });
  });

  it('fills in checkpoint and restart defaults, and leaves settings whose absence means something out', () => {
    const scenario = parsedScenario(
      job({ checkpoint: { intervalMs: 2000 }, sink: { kind: 'transactional' } }),
    );
    const [clicks, sensors] = scenario.topology.streamJobs ?? [];
    expect(clicks).toMatchObject({
      checkpoint: { intervalMs: 2000, ackDelayMs: 50 },
      sink: { kind: 'transactional' },
      restartDelayMs: 1000,
      semantics: 'flink',
    });
    for (const key of ['checkpoint', 'sink', 'maxRecordsPerSecond', 'overload', 'graceMs', 'emit'])
      expect(Object.keys(sensors ?? {}), key).not.toContain(key);
    expect(Object.keys(sensors?.window ?? {})).not.toContain('earlyFiring');
  });

  it('re-checks a variant that switches a job to Kafka Streams semantics', () => {
    const errors = errorsOf(
      base((s) => {
        s['variants'] = [
          {
            id: 'kafka-streams',
            label: 'Kafka Streams windows',
            overrides: [{ path: '$.topology.streamJobs[0].semantics', value: 'kafka-streams' }],
          },
        ];
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['$.variants[0].overrides']);
    expect(errors[0]?.message).toContain('allowedLatenessMs is 5000');
  });

  it('leaves a Kafka-only file without queue or stream job keys', () => {
    const scenario = parsedScenario(
      base((s) => {
        for (const key of ['queues', 'queueProducers', 'queueConsumers', 'streamJobs'])
          delete t(s)[key];
        s['expect'] = [];
        s['interventions'] = [];
      }),
    );
    expect(Object.keys(scenario.topology)).not.toContain('queues');
    expect(Object.keys(scenario.topology)).not.toContain('streamJobs');
  });

  it('parses a scenario that uses every setting into what the engine runs, and runs it for 10 s', () => {
    const scenario = parsedScenario(streamScenario());
    // Compile-time: the parsed file is the engine's input type.
    const model: ScenarioModel = scenario;
    const sim = createSimulation(model);
    const result = sim.runUntil(10_000);
    expect(result.truncated).toBe(false);
    expect(sim.nowMs()).toBe(10_000);
    const types = new Set(sim.trace().map((event) => event.type));
    for (const type of [
      'queue.enqueued',
      'queue.delivered',
      'queue.acked',
      'queue.nacked',
      'queue.deadLettered',
      'queue.consumer.started',
      'queue.consumer.crashed',
      'watermark.advanced',
      'window.fired',
    ] as const) {
      expect(types, type).toContain(type);
    }
    // The sliding job's clock runs 2 s behind, so some of its windows start before 0.
    const sensorWindows = sim
      .trace()
      .filter((e) => e.type === 'window.fired' && e.job === 'j-sensors');
    expect(sensorWindows.some((e) => e.type === 'window.fired' && e.window[0] < 0)).toBe(true);
  });

  it('meets its windowResult and queue assertions against the real run', () => {
    const scenario = parsedScenario(streamScenario());
    const results = checkOutcomes(scenario, runHeadless(scenario));
    expect(results.map((r) => r.message)).toHaveLength(4);
    for (const result of results) expect(result.ok, result.message).toBe(true);
    expect(results[0]?.message).toBe(
      'window [0,5000) of job j-clicks for key a emitted 7 (on-time), then 8 (late), as expected',
    );
  });

  it('fails a windowResult whose values differ from the real run, saying what was emitted', () => {
    const scenario = parsedScenario(
      base((s) => {
        s['expect'] = [
          {
            kind: 'windowResult',
            job: 'j-clicks',
            key: 'a',
            window: [0, 5000],
            values: [{ value: 7, timing: 'on-time' }],
          },
        ];
      }),
    );
    const [result] = checkOutcomes(scenario, runHeadless(scenario));
    expect(result).toMatchObject({
      ok: false,
      message:
        'expected window [0,5000) of job j-clicks for key a to emit 7 (on-time); it emitted 7 (on-time), then 8 (late)',
    });
  });

  it('counts only the named job of a windowResult', () => {
    const fired = (jobId: string, value: number): TraceEvent => ({
      atMs: 5000,
      type: 'window.fired',
      job: jobId,
      key: 'a',
      window: [0, 5000],
      value,
      timing: 'on-time',
    });
    const scenario = parsedScenario(streamScenario());
    const trace = [fired('j-sensors', 99), fired('j-clicks', 7), fired('j-clicks', 8)];
    const [own] = checkOutcomes(
      scenario,
      fakeRun(trace, () => []),
    );
    expect(own?.message).toContain('it emitted 7 (on-time), then 8 (on-time)');
    const [other] = checkOutcomes(
      parsedScenario(
        base((s) => {
          s['expect'] = [
            {
              kind: 'windowResult',
              job: 'j-sensors',
              key: 'a',
              window: [0, 5000],
              values: [{ value: 99, timing: 'on-time' }],
            },
          ];
        }),
      ),
      fakeRun(trace, () => []),
    );
    expect(other?.ok).toBe(true);
    expect(
      describeAssertion({
        kind: 'windowResult',
        job: 'j1',
        key: 'a',
        window: [-10, 0],
        values: [],
      }),
    ).toBe('window [-10,0) of job j1 for key a emits nothing');
  });

  it('accepts the same topology in a version 1 file', () => {
    const v1: Raw = { ...streamScenario(), schemaVersion: 1 };
    for (const key of ['system', 'expect']) delete v1[key];
    const result = parseScenario(v1);
    if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
    expect(result.scenario.schemaVersion).toBe(2);
    expect(result.scenario.topology.queues?.[0]?.deadLetterQueue).toBe('orders-dlq');
    expect(result.scenario.topology.streamJobs).toHaveLength(2);
  });

  it('refuses the same mistakes in a version 1 file', () => {
    const v1: Raw = {
      ...base((s) => void (t(s).queues[1]!['deadLetterQueue'] = 'orders-q')),
      schemaVersion: 1,
    };
    for (const key of ['system', 'expect']) delete v1[key];
    expect(errorsOf(v1).map((e) => e.path)).toEqual(['$.topology.queues[0].deadLetterQueue']);
  });

  it('re-checks variants and parameters against the queue and window cross-checks', () => {
    const errors = errorsOf(
      base((s) => {
        s['variants'] = [
          {
            id: 'at-most-once',
            label: 'Acknowledge on receive',
            overrides: [{ path: '$.topology.queueConsumers[0].ackMode', value: 'on-receive' }],
          },
        ];
        delete t(s).streamJobs[1]!.window.assigner['offsetMs'];
        s['parameters'] = [
          {
            id: 'slide',
            label: 'Slide',
            unit: 'ms',
            min: 10,
            max: 1000,
            step: 10,
            default: 1000,
            path: '$.topology.streamJobs[1].window.assigner.slideMs',
          },
        ];
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['$.variants[0].overrides', '$.parameters[0].min']);
    expect(errors[0]?.message).toContain('failPercent is 40, but ackMode "on-receive"');
    expect(errors[1]?.message).toContain('puts every record in 400 windows');
  });
});
