// The trace event types a scenario may name (in onEvent triggers and eventCount assertions) and
// the fields a `where` may compare. The table is typed against the engine's TraceEvent union: it
// must list every event type, so a type the engine adds, renames or removes, or a renamed field,
// fails to compile here instead of being refused at load time or silently never matching.
// tests/scenarios/traceEventFields.test.ts also compares the list with the union's source text.

import type { TraceEventOf, TraceEventType } from '../../engine/index.ts';

/**
 * How a `where` value is checked: its JSON type, the values a field can take, or for `window` a
 * pair `[startMs, endMs]`.
 */
export type FieldKind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'group-state'
  | 'window-timing'
  | 'sink-visibility'
  | 'text-or-number'
  | 'window';

type WindowBounds = readonly [number, number];

/**
 * The fields of one event type a `where` can compare: strings, numbers (null allowed: keys),
 * booleans and window bounds.
 */
type ComparableField<E> = {
  [P in keyof E]: P extends 'type' | 'atMs'
    ? never
    : NonNullable<E[P]> extends string | number | boolean | WindowBounds
      ? P
      : never;
}[keyof E];

type KindOf<V> =
  NonNullable<V> extends number
    ? 'number'
    : NonNullable<V> extends boolean
      ? 'boolean'
      : NonNullable<V> extends WindowBounds
        ? 'window'
        : 'string' | 'group-state' | 'window-timing' | 'sink-visibility' | 'text-or-number';

type FieldTable = {
  readonly [K in TraceEventType]: {
    readonly [P in ComparableField<TraceEventOf<K>>]: KindOf<TraceEventOf<K>[P]>;
  };
};

const ENGINE_EVENT_FIELDS: FieldTable = {
  'sim.started': { seed: 'number', scenario: 'string' },
  'batch.sent': { producer: 'string', partition: 'string', count: 'number', attempt: 'number' },
  'record.appended': {
    partition: 'string',
    offset: 'number',
    key: 'string',
    value: 'string',
    producer: 'string',
    eventTimeMs: 'number',
    producedAtMs: 'number',
  },
  'batch.acked': { producer: 'string', partition: 'string', baseOffset: 'number', count: 'number' },
  'batch.failed': {
    producer: 'string',
    partition: 'string',
    count: 'number',
    reason: 'string',
    willRetry: 'boolean',
  },
  'batch.duplicate': {
    producer: 'string',
    partition: 'string',
    baseOffset: 'number',
    count: 'number',
  },
  'produce.response.dropped': { producer: 'string', partition: 'string', broker: 'string' },
  'broker.crashed': { broker: 'string' },
  'broker.restarted': { broker: 'string' },
  'broker.failure.detected': { broker: 'string' },
  'partition.leader.elected': {
    partition: 'string',
    leader: 'string',
    leaderEpoch: 'number',
    logEndOffset: 'number',
    unclean: 'boolean',
  },
  'partition.offline': { partition: 'string' },
  'isr.shrunk': { partition: 'string', broker: 'string', reason: 'string' },
  'isr.expanded': { partition: 'string', broker: 'string' },
  'replica.truncated': {
    partition: 'string',
    broker: 'string',
    fromOffset: 'number',
    toOffset: 'number',
  },
  'highWatermark.lowered': { partition: 'string', from: 'number', to: 'number' },
  'segment.rolled': { partition: 'string', baseOffset: 'number' },
  'segment.deleted': {
    partition: 'string',
    baseOffset: 'number',
    endOffset: 'number',
    reason: 'string',
    logStartOffset: 'number',
  },
  'log.compacted': { partition: 'string', upToOffset: 'number' },
  'network.partitioned': {},
  'network.healed': {},
  'node.paused': { node: 'string', untilMs: 'number' },
  'node.slowed': { node: 'string', factor: 'number' },
  'producer.crashed': { producer: 'string', lostRecords: 'number' },
  'consumer.processing.failed': {
    consumer: 'string',
    partition: 'string',
    offset: 'number',
    attempt: 'number',
    action: 'string',
  },
  'consumer.record.deadLettered': {
    consumer: 'string',
    partition: 'string',
    offset: 'number',
    deadLetterPartition: 'string',
    deadLetterOffset: 'number',
  },
  'producer.started': { producer: 'string' },
  'producer.stopped': { producer: 'string' },
  'consumer.started': { consumer: 'string', group: 'string' },
  'consumer.crashed': { consumer: 'string' },
  'consumer.left': { consumer: 'string', reason: 'string' },
  'consumer.fetched': {
    consumer: 'string',
    partition: 'string',
    fromOffset: 'number',
    count: 'number',
  },
  'consumer.processed': {
    consumer: 'string',
    partition: 'string',
    fromOffset: 'number',
    count: 'number',
  },
  'consumer.offset.reset': {
    consumer: 'string',
    partition: 'string',
    offset: 'number',
    policy: 'string',
  },
  'consumer.seeked': { consumer: 'string', partition: 'string', offset: 'number' },
  'consumer.partitions.revoked': { consumer: 'string' },
  'consumer.partitions.assigned': { consumer: 'string' },
  'offset.committed': {
    group: 'string',
    consumer: 'string',
    partition: 'string',
    offset: 'number',
  },
  'offset.commit.failed': {
    group: 'string',
    consumer: 'string',
    partition: 'string',
    offset: 'number',
    reason: 'string',
  },
  'group.state.changed': { group: 'string', from: 'group-state', to: 'group-state' },
  'group.member.joined': { group: 'string', member: 'string' },
  'group.member.removed': { group: 'string', member: 'string', reason: 'string' },
  'group.rebalance.started': { group: 'string', reason: 'string' },
  'group.rebalance.completed': { group: 'string', generation: 'number', leader: 'string' },
  'intervention.applied': {},
  'intervention.rejected': { command: 'string', target: 'string', reason: 'string' },
  'producer.record.injected': {
    producer: 'string',
    partition: 'string',
    key: 'string',
    eventTimeMs: 'number',
  },
  'producer.clock.skewed': { producer: 'string', fromSkewMs: 'number', skewMs: 'number' },
  'producer.burst.started': {
    producer: 'string',
    key: 'string',
    share: 'number',
    untilMs: 'number',
  },
  'producer.burst.ended': { producer: 'string', key: 'string' },
  'topic.partitions.increased': { topic: 'string', from: 'number', to: 'number' },
  'consumer.metadata.updated': { consumer: 'string', group: 'string', partitions: 'number' },
  'producer.metadata.updated': {
    producer: 'string',
    topic: 'string',
    from: 'number',
    to: 'number',
  },
  'source.partitions.discovered': {
    job: 'string',
    operator: 'string',
    topic: 'string',
    from: 'number',
    to: 'number',
  },
  // Queues (SQS/RabbitMQ style): `consumer` and `producer` name queue consumers and producers.
  'queue.enqueued': {
    queue: 'string',
    message: 'number',
    key: 'string',
    value: 'string',
    producer: 'string',
  },
  'queue.delivered': { queue: 'string', message: 'number', consumer: 'string', delivery: 'number' },
  'queue.acked': { queue: 'string', message: 'number', consumer: 'string' },
  'queue.nacked': { queue: 'string', message: 'number', consumer: 'string' },
  'queue.ack.stale': { queue: 'string', message: 'number', consumer: 'string' },
  'queue.visibility.expired': { queue: 'string', message: 'number', consumer: 'string' },
  'queue.deadLettered': {
    queue: 'string',
    message: 'number',
    deadLetterQueue: 'string',
    deliveries: 'number',
  },
  'queue.consumer.started': { consumer: 'string', queue: 'string' },
  'queue.consumer.crashed': { consumer: 'string' },
  // Stream jobs (Flink-style event-time windows). `window.fired` is what the windowResult
  // assertion reads: `{ job, key, window: [startMs, endMs], value, timing }`.
  'watermark.advanced': { job: 'string', operator: 'string', watermarkMs: 'number' },
  'window.fired': {
    job: 'string',
    operator: 'string',
    key: 'string',
    window: 'window',
    value: 'number',
    timing: 'window-timing',
  },
  'window.late.dropped': {
    job: 'string',
    operator: 'string',
    key: 'string',
    eventTimeMs: 'number',
    partition: 'string',
    offset: 'number',
  },
  // Capacity, checkpoints, failures and sinks of stream jobs. `active` and `idle` compare with
  // true or false; `visibility` is "visible", or "staged" until a transactional sink commits.
  'job.backpressure': { job: 'string', active: 'boolean', backlog: 'number' },
  'records.shed': { job: 'string', operator: 'string', count: 'number' },
  'records.sampled': { job: 'string', operator: 'string', kept: 'number', dropped: 'number' },
  'checkpoint.started': { job: 'string', checkpoint: 'number' },
  'checkpoint.completed': { job: 'string', checkpoint: 'number', durationMs: 'number' },
  'job.failed': { job: 'string' },
  'job.restored': { job: 'string', checkpoint: 'number' },
  'sink.written': {
    job: 'string',
    key: 'string',
    window: 'window',
    value: 'number',
    visibility: 'sink-visibility',
  },
  'sink.committed': { job: 'string', checkpoint: 'number', count: 'number' },
  'source.partition.idle': { job: 'string', partition: 'string', idle: 'boolean' },
  // Dataflows (operator graphs). Their window and watermark events above carry `operator`.
  'dataflow.output': {
    job: 'string',
    sink: 'string',
    key: 'string',
    value: 'text-or-number',
    window: 'window',
    visibility: 'sink-visibility',
    latencyMs: 'number',
  },
  'barrier.aligned': {
    job: 'string',
    operator: 'string',
    subtask: 'number',
    checkpoint: 'number',
    alignmentMs: 'number',
  },
  'state.expired': { job: 'string', operator: 'string', subtask: 'number', count: 'number' },
  'table.updated': { job: 'string', operator: 'string', key: 'string', value: 'text-or-number' },
  'dataflow.metrics': {
    job: 'string',
    recordsPerSecond: 'number',
    lagRecords: 'number',
    latencyMsP50: 'number',
    latencyMsP95: 'number',
    latencyMsP99: 'number',
    watermarkLagMs: 'number',
    stateEntries: 'number',
    bufferFillPercent: 'number',
    checkpointDurationMs: 'number',
  },
};

/**
 * The event types a scenario may name: the engine's, all of them. To let scenarios name an event
 * the engine does not emit yet (as `window.fired` once was), widen this type and EVENT_FIELDS.
 */
export type KnownEventType = TraceEventType;

const EVENT_FIELDS: Readonly<Record<KnownEventType, Readonly<Record<string, FieldKind>>>> =
  ENGINE_EVENT_FIELDS;

/** Every event type a scenario may name. */
export const KNOWN_EVENT_TYPES = Object.keys(EVENT_FIELDS) as [KnownEventType, ...KnownEventType[]];

/** The fields a `where` may compare for an event type, with how each value is checked. */
export function eventFields(type: KnownEventType): Readonly<Record<string, FieldKind>> {
  return EVENT_FIELDS[type];
}

/** Fields whose values name an entity of the topology, so a typo can be caught at load time. */
const ENTITY_FIELDS = {
  group: 'consumer group',
  consumer: 'consumer',
  producer: 'producer',
  partition: 'partition',
  deadLetterPartition: 'partition',
  broker: 'broker',
  node: 'node',
  // A stream job or a dataflow: both emit job events, and ids are unique across the two.
  job: 'job',
  // Dataflow operators; `sink` is the sink operator of a dataflow.output event.
  operator: 'operator',
  sink: 'operator',
  queue: 'queue',
  deadLetterQueue: 'queue',
} as const;

/** In queue events, `consumer` and `producer` name the queue's clients. */
const QUEUE_ENTITY_FIELDS = { consumer: 'queue consumer', producer: 'queue producer' } as const;

type EntityField =
  | (typeof ENTITY_FIELDS)[keyof typeof ENTITY_FIELDS]
  | (typeof QUEUE_ENTITY_FIELDS)[keyof typeof QUEUE_ENTITY_FIELDS];

/** What kind of entity a field of an event type names, or undefined when it names none. */
export function entityOfField(type: KnownEventType, field: string): EntityField | undefined {
  if (type.startsWith('queue.') && Object.hasOwn(QUEUE_ENTITY_FIELDS, field)) {
    return QUEUE_ENTITY_FIELDS[field as keyof typeof QUEUE_ENTITY_FIELDS];
  }
  return Object.hasOwn(ENTITY_FIELDS, field)
    ? ENTITY_FIELDS[field as keyof typeof ENTITY_FIELDS]
    : undefined;
}
