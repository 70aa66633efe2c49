// The validated, plain-data description of a world that the engine simulates. The scenario layer
// (src/scenario) parses untrusted JSON into this shape; the engine trusts it and never sees JSON.
// Durations are milliseconds. A few per-record costs may be fractional; the engine converts those
// to integer microseconds once, so that no float ever accumulates into simulated time.

import type { DataflowSpec } from './dataflowModel.ts';

/** Names of the partition assignors of Kafka's classic consumer-group protocol. */
export type AssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';

/** A broker with the one-way network delay of the links that reach it. */
export interface BrokerSpec {
  readonly id: string;
  /** Fixed part of the one-way delay, in ms (may be fractional, e.g. 0.5). */
  readonly networkDelayMs: number;
  /** Mean of an exponential extra delay, in ms; 0 means no jitter. */
  readonly networkJitterMsMean: number;
}

export interface TopicSpec {
  readonly name: string;
  readonly partitions: number;
  /**
   * The most partitions a `topic.alterPartitions` intervention may grow the topic to. The engine
   * reserves that many slots up front, so the partition numbering never moves. Default: `partitions`.
   */
  readonly maxPartitions?: number;
  /** `replication.factor`; at most the number of brokers. Default 1. */
  readonly replicationFactor?: number;
  /** `min.insync.replicas`, checked for `acks=all` produce requests. Default 1. */
  readonly minInsyncReplicas?: number;
  /** `unclean.leader.election.enable`. Default false. */
  readonly uncleanLeaderElection?: boolean;
  /** `replica.lag.time.max.ms`: a follower not caught up for this long leaves the ISR. Default 30000. */
  readonly replicaLagTimeMaxMs?: number;
  /** `cleanup.policy`. Default `delete`. */
  readonly cleanupPolicy?: 'delete' | 'compact' | 'compact,delete';
  /** `segment.bytes`, counted in records: the active segment rolls when it holds this many. */
  readonly segmentRecords?: number;
  /** `segment.ms`: the active segment rolls once it is this old. Default 604800000 (7 days). */
  readonly segmentMs?: number;
  /** `retention.ms`: closed segments whose newest record is older are deleted; absent keeps all. */
  readonly retentionMs?: number;
  /** `retention.bytes`, counted in records per partition; absent means no size limit. */
  readonly retentionRecords?: number;
  /** `delete.retention.ms`: how long a compacted topic keeps tombstones. Default 86400000. */
  readonly deleteRetentionMs?: number;
}

/** How often a producer creates records. */
export type RateModel =
  | { readonly kind: 'constant'; readonly intervalMs: number }
  | { readonly kind: 'poisson'; readonly meanIntervalMs: number }
  | {
      readonly kind: 'bursts';
      readonly onMs: number;
      readonly offMs: number;
      readonly intervalMs: number;
    }
  | { readonly kind: 'scripted'; readonly records: readonly ScriptedRecord[] };

export interface ScriptedRecord {
  readonly atMs: number;
  readonly key: string | null;
  /** Null is a tombstone: on a compacted topic it deletes the key. */
  readonly value: string | null;
  /** Event time stamped by the producer; defaults to the creation time. */
  readonly eventTimeMs?: number;
  /** Record headers; a header `poison: "true"` makes processing of this record fail. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Which keys a producer's generated records carry. */
export type KeyModel =
  | { readonly kind: 'uniform'; readonly count: number }
  | { readonly kind: 'zipf'; readonly count: number; readonly exponent: number }
  | { readonly kind: 'hot'; readonly count: number; readonly hotSharePercent: number }
  | { readonly kind: 'null' };

/** A device clock: event time = simulated time + skew + drift + the sum of past jumps. */
export interface ProducerClock {
  readonly skewMs?: number;
  /** Drift in parts per million: +1000 gains 1 ms every simulated second. */
  readonly driftPpm?: number;
  readonly jumps?: readonly { readonly atMs: number; readonly byMs: number }[];
}

export interface ProducerSpec {
  readonly id: string;
  readonly topic: string;
  readonly rate: RateModel;
  readonly keys: KeyModel;
  /** `default` is Kafka's: murmur2 for keyed records, sticky batches for null keys. */
  readonly partitioner: 'default' | 'round-robin';
  /** `linger.ms`. */
  readonly lingerMs: number;
  /** `batch.size`, counted in records rather than bytes. */
  readonly batchSizeRecords: number;
  /** `retries`. */
  readonly retries: number;
  /** `retry.backoff.ms`. */
  readonly retryBackoffMs: number;
  /** `acks`: when the leader answers a produce request. Kafka 3.0+ defaults to `all`. */
  readonly acks?: '0' | '1' | 'all';
  /** `enable.idempotence`: sequence numbers let the broker drop retried duplicates. Default true. */
  readonly idempotence?: boolean;
  /** `request.timeout.ms`: how long an unanswered produce request waits. Default 30000. */
  readonly requestTimeoutMs?: number;
  /**
   * `metadata.max.age.ms`: how often the producer refreshes its metadata, and so how long it takes
   * to see partitions added to its topic. Default 300000.
   */
  readonly metadataMaxAgeMs?: number;
  /** The producer's own clock, which stamps event time; absent means a perfect clock. */
  readonly clock?: ProducerClock;
  /** A share of records carries an event time from the past: stragglers that arrive late. */
  readonly lateness?: { readonly percent: number; readonly meanDelayMs: number };
  /** What values generated records carry. Default: the producer id and a sequence number. */
  readonly values?: { readonly kind: 'sequence' } | { readonly kind: 'integer'; readonly min: number; readonly max: number };
  /** When the producer starts creating records. */
  readonly startAtMs: number;
  /** When it stops; absent means it runs to the end of the scenario. */
  readonly stopAtMs?: number;
}

export type CommitMode =
  | { readonly mode: 'auto'; readonly intervalMs: number }
  | { readonly mode: 'after-processing' }
  | { readonly mode: 'before-processing' };

export interface ConsumerSpec {
  readonly id: string;
  /** `group.instance.id`: present makes the member static. */
  readonly groupInstanceId?: string;
  /** When the consumer starts and sends its first JoinGroup; absent means it waits for an intervention. */
  readonly joinAtMs?: number;
  /** `max.poll.records`. */
  readonly maxPollRecords: number;
  /** Round trip of a fetch, in ms. */
  readonly fetchDelayMs: number;
  /** Time to process one record, in ms (may be fractional, e.g. 0.2). */
  readonly processingMsPerRecord: number;
  /** How long the poll loop waits after a poll that returned nothing. */
  readonly pollBackoffMs: number;
  readonly commit: CommitMode;
  /** `auto.offset.reset`. */
  readonly autoOffsetReset: 'earliest' | 'latest';
  /**
   * What the application does with a record whose processing fails (a poison record): retry it
   * forever (the partition stalls), skip it, or send it to `deadLetterTopic` and go on.
   */
  readonly onPoison?: 'retry-forever' | 'skip' | 'dead-letter';
  /** Topic that receives dead letters; needed for `onPoison: 'dead-letter'`. */
  readonly deadLetterTopic?: string;
  /** Wait before processing a failed record again. Default 1000. */
  readonly poisonRetryBackoffMs?: number;
}

export interface ConsumerGroupSpec {
  readonly id: string;
  readonly topics: readonly string[];
  /** `partition.assignment.strategy`. */
  readonly assignor: AssignorName;
  /** `session.timeout.ms`. */
  readonly sessionTimeoutMs: number;
  /** `heartbeat.interval.ms`. */
  readonly heartbeatIntervalMs: number;
  /** `max.poll.interval.ms`; also the rebalance timeout, as in Kafka's Java client. */
  readonly maxPollIntervalMs: number;
  /** `group.initial.rebalance.delay.ms` (a broker setting, applied when the group is Empty). */
  readonly initialRebalanceDelayMs: number;
  /**
   * The members' `metadata.max.age.ms`: how long the group's leader may take to notice that a
   * subscribed topic grew, and so to rebalance. Default 300000.
   */
  readonly metadataMaxAgeMs?: number;
  readonly members: readonly ConsumerSpec[];
}

/** A message queue with destructive consumption, in the style of Amazon SQS or RabbitMQ. */
export interface QueueSpec {
  readonly name: string;
  /** Broker that hosts the queue. */
  readonly broker: string;
  /** SQS `VisibilityTimeout`: a delivery not acknowledged by then becomes visible again. Default 30000. */
  readonly visibilityTimeoutMs?: number;
  /** SQS `maxReceiveCount`: a message delivered this often goes to the dead-letter queue next. Default 5. */
  readonly maxDeliveries?: number;
  /** Queue that receives messages past `maxDeliveries`; absent means they are redelivered forever. */
  readonly deadLetterQueue?: string;
}

export interface QueueProducerSpec {
  readonly id: string;
  readonly queue: string;
  readonly rate: RateModel;
  readonly keys: KeyModel;
  readonly startAtMs: number;
  readonly stopAtMs?: number;
}

/** One of several competing consumers on a queue. */
export interface QueueConsumerSpec {
  readonly id: string;
  readonly queue: string;
  readonly joinAtMs?: number;
  /** Messages taken per receive (prefetch). Default 1. */
  readonly maxMessages?: number;
  /** Time to process one message, in ms (may be fractional). */
  readonly processingMsPerRecord: number;
  /** Wait after a receive that returned nothing. Default 100. */
  readonly pollBackoffMs?: number;
  /** Share of deliveries whose processing fails and is negatively acknowledged, in percent. Default 0. */
  readonly failPercent?: number;
  /** `after-processing` acknowledges when done; `on-receive` acknowledges at delivery (at-most-once). */
  readonly ackMode?: 'after-processing' | 'on-receive';
}

/** Flink's watermark strategies (WatermarkStrategy), generated per source partition. */
export interface WatermarkSpec {
  /**
   * `bounded-out-of-orderness`: max timestamp seen - bound - 1 ms. `ascending`: the same with a
   * bound of 0. `punctuated`: only records with a header `watermark: "true"` move it.
   */
  readonly strategy: 'bounded-out-of-orderness' | 'ascending' | 'punctuated';
  readonly maxOutOfOrdernessMs?: number;
  /** `withIdleness`: a partition silent this long stops holding the watermark back. */
  readonly idleTimeoutMs?: number;
  /** `pipeline.auto-watermark-interval`. Default 200. */
  readonly intervalMs?: number;
}

/** What a job or operator does with records beyond its capacity. */
export type OverloadPolicy = 'backpressure' | 'shed' | 'sample';

/** A keyed event-time window aggregation reading a topic, with Flink's semantics. */
export interface StreamJobSpec {
  readonly id: string;
  /** The topic the source reads, every partition, from the earliest offset. */
  readonly sourceTopic: string;
  /** How often the source polls its partitions. Default 100. */
  readonly pollIntervalMs?: number;
  /**
   * Flink's partition.discovery.interval.ms: how often the source looks for partitions added to
   * its topic. 0 never looks. Default 300000 (5 minutes).
   */
  readonly partitionDiscoveryIntervalMs?: number;
  readonly watermarks: WatermarkSpec;
  readonly window: {
    readonly assigner:
      | { readonly kind: 'tumbling'; readonly sizeMs: number; readonly offsetMs?: number }
      | { readonly kind: 'sliding'; readonly sizeMs: number; readonly slideMs: number; readonly offsetMs?: number }
      | { readonly kind: 'session'; readonly gapMs: number };
    readonly allowedLatenessMs: number;
    /** `count` counts records; `sum` adds record values read as numbers (non-numbers count as 0). */
    readonly aggregate: 'sum' | 'count';
    readonly accumulation?: 'accumulating' | 'discarding';
    /**
     * Early firings before the watermark closes a window, as Beam's early triggers: every
     * `everyMs` of processing time for windows with new data, and/or every `everyCount` records.
     */
    readonly earlyFiring?: { readonly everyMs?: number; readonly everyCount?: number };
  };
  /**
   * Where window results go. `append` writes every result (duplicates after a recovery show);
   * `idempotent-upsert` keeps the latest result per key and window; `transactional` stages results
   * and commits them when the checkpoint that covers them completes (two-phase commit).
   */
  readonly sink?: { readonly kind: 'append' | 'idempotent-upsert' | 'transactional' };
  /** Aligned checkpoints (`execution.checkpointing.interval`); absent means no checkpoints. */
  readonly checkpoint?: {
    readonly intervalMs: number;
    /** Time for the barrier to pass the job and the sink to acknowledge. Default 50. */
    readonly ackDelayMs?: number;
  };
  /**
   * The job's processing capacity (its slowest operator or sink). Absent means it keeps up with
   * anything. Over capacity, `backpressure` (default) reads less and lag grows, as Flink's
   * credit-based flow control makes the source read less; `shed` drops what it cannot process;
   * `sample` keeps a random `samplePercent` of the records (drawn from the job's own random
   * stream) and drops the rest, and is backpressured only if what it keeps is still too much.
   */
  readonly maxRecordsPerSecond?: number;
  readonly overload?: OverloadPolicy;
  /** With `overload: 'sample'`: the percentage of records kept while over capacity, 1 to 100. */
  readonly samplePercent?: number;
  /** Time from a failure to the job running again from its last checkpoint. Default 1000. */
  readonly restartDelayMs?: number;
  /**
   * Whose window semantics the job follows. `flink` (default): watermarks, allowed lateness.
   * `kafka-streams`: stream time (the largest timestamp seen), a grace period, no watermarks;
   * tumbling and sliding (hopping) windows only.
   */
  readonly semantics?: 'flink' | 'kafka-streams';
  /** Kafka Streams: `ofSizeAndGrace`; a window closes at end + grace in stream time. Default 0. */
  readonly graceMs?: number;
  /** Kafka Streams: emit every update (the default), or only final results (`suppress`). */
  readonly emit?: 'on-update' | 'on-window-close';
}

export interface Topology {
  /**
   * KRaft's `broker.session.timeout.ms`: how long after a broker crashes the controller notices
   * and moves its leaderships. Default 9000.
   */
  readonly brokerSessionTimeoutMs?: number;
  /** `log.retention.check.interval.ms`. Default 300000. */
  readonly logRetentionCheckIntervalMs?: number;
  /** `log.cleaner.backoff.ms`: how often the cleaner looks for work. Default 15000. */
  readonly logCleanerBackoffMs?: number;
  readonly brokers: readonly BrokerSpec[];
  readonly topics: readonly TopicSpec[];
  readonly producers: readonly ProducerSpec[];
  readonly consumerGroups: readonly ConsumerGroupSpec[];
  readonly queues?: readonly QueueSpec[];
  readonly queueProducers?: readonly QueueProducerSpec[];
  readonly queueConsumers?: readonly QueueConsumerSpec[];
  readonly streamJobs?: readonly StreamJobSpec[];
  /** Processing dataflows: DAGs of operators (see dataflowModel.ts). */
  readonly dataflows?: readonly DataflowSpec[];
}

/** A timed command: scheduled by a scenario, or applied live by a person. */
export type Intervention =
  | { readonly type: 'consumer.join'; readonly target: string }
  | { readonly type: 'consumer.leave'; readonly target: string }
  | {
      readonly type: 'consumer.crash';
      readonly target: string;
      /**
       * `now` (default) crashes at once; `before-commit` and `after-commit` crash at the consumer's
       * next offset commit, just before or just after it, which is where duplicates and losses come from.
       */
      readonly moment?: 'now' | 'before-commit' | 'after-commit';
    }
  | { readonly type: 'consumer.restart'; readonly target: string }
  | {
      readonly type: 'consumer.seek';
      readonly target: string;
      /** `"<topic>-<partition>"`; absent means every assigned partition. */
      readonly partition?: string;
      readonly toOffset?: number;
      readonly toTimestampMs?: number;
      readonly toBeginning?: boolean;
    }
  | { readonly type: 'broker.crash'; readonly target: string }
  | { readonly type: 'broker.restart'; readonly target: string }
  /** The next `count` produce responses from this broker are lost on the way back. */
  | { readonly type: 'broker.dropAcks'; readonly target: string; readonly count: number }
  /** Produce responses from this broker take `delayMs` longer from now on; 0 restores them. */
  | { readonly type: 'broker.delayAcks'; readonly target: string; readonly delayMs: number }
  | { readonly type: 'producer.stop'; readonly target: string }
  | { readonly type: 'producer.start'; readonly target: string }
  /** The producer process dies: records still in its batches are lost; `producer.start` revives it. */
  | { readonly type: 'producer.crash'; readonly target: string }
  /** The next record this producer creates is poison: processing it always fails. */
  | { readonly type: 'producer.poison'; readonly target: string }
  /** A stop-the-world pause (like a long GC) of a consumer, producer or broker. */
  | { readonly type: 'node.pause'; readonly target: string; readonly durationMs: number }
  /** Multiplies a consumer's processing and fetch time, or a broker's network delay; 1 restores. */
  | { readonly type: 'node.slow'; readonly target: string; readonly factor: number }
  /** Messages between the two named nodes are lost until `network.heal`. */
  | { readonly type: 'network.partition'; readonly target: string; readonly peer: string }
  | { readonly type: 'network.heal'; readonly target: string; readonly peer: string }
  /** A task of the stream job fails; it restarts from its last completed checkpoint. */
  | { readonly type: 'job.fail'; readonly target: string }
  /**
   * The producer sends one record now whose event time is `eventTimeMs`: a straggler when that
   * lies in the past. It is partitioned and batched like any other record of the producer.
   */
  | {
      readonly type: 'producer.lateRecord';
      readonly target: string;
      readonly key: string | null;
      readonly value: string;
      readonly eventTimeMs: number;
    }
  /** The producer's clock is `skewMs` off from now on, in place of its configured skew. */
  | { readonly type: 'producer.clockSkew'; readonly target: string; readonly skewMs: number }
  /**
   * For `durationMs` from now, a `share` (0 to 1, in steps of 0.001) of the producer's generated
   * records carry `key`; the rest keep their usual keys.
   */
  | {
      readonly type: 'producer.hotKeyBurst';
      readonly target: string;
      readonly key: string;
      readonly share: number;
      readonly durationMs: number;
    }
  /**
   * `kafka-topics --alter --partitions`: the topic (named by `target`) grows to `partitions`.
   * Kafka only ever adds partitions; keyed records re-map by murmur2 modulo the new count.
   */
  | { readonly type: 'topic.alterPartitions'; readonly target: string; readonly partitions: number };

export type TimedIntervention = Intervention & { readonly atMs: number };

/** The part of a scenario the engine runs. */
export interface ScenarioModel {
  readonly id: string;
  readonly seed: number;
  readonly durationMs: number;
  readonly topology: Topology;
  readonly interventions: readonly TimedIntervention[];
}
