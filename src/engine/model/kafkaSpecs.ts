// The Kafka half of a scenario's topology: brokers, topics, producers (rate, keys, clock,
// batching, acks), consumers and consumer groups. Durations are milliseconds.

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
  readonly values?:
    | { readonly kind: 'sequence' }
    | { readonly kind: 'integer'; readonly min: number; readonly max: number };
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
