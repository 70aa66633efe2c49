// The read-only picture of a simulation at its current time, for views, tests and the CLI.
// It is plain data built from the engine state; nothing here can change the simulation.

import type { DataflowView } from './dataflowView.ts';
import type { GroupState, TraceEventOf } from '../trace/traceEvent.ts';

/** A record as stored in a partition log: the very event that appended it. */
export type LogRecord = TraceEventOf<'record.appended'>;

export interface PartitionView {
  /** `"<topic>-<partition>"`, e.g. `"orders-3"`. */
  readonly id: string;
  readonly topic: string;
  readonly partition: number;
  /** The leader's broker id, or null while the partition is offline. */
  readonly leader: string | null;
  readonly leaderEpoch: number;
  readonly logStartOffset: number;
  /** Consumers read below it: every in-sync replica has these records. */
  readonly highWatermark: number;
  /** Broker ids of the in-sync replicas. */
  readonly isr: readonly string[];
  readonly replicas: readonly ReplicaView[];
  /** The offset the next appended record will get. */
  readonly logEndOffset: number;
  /**
   * The leader's records: entry `o` holds offset `o`. Read only the entries from `logStartOffset`
   * to `logEndOffset - 1`; entries compaction removed are missing. While the partition has had one
   * leader and no compaction this is the engine's own store,
   * shared rather than copied, so it may hold entries past the log end.
   */
  readonly records: readonly (LogRecord | undefined)[];
}

/** A topic and how far it may still grow. */
export interface TopicView {
  readonly name: string;
  /** Partitions that exist now. */
  readonly partitions: number;
  /** The most partitions `topic.alterPartitions` may grow it to (`maxPartitions`). */
  readonly maxPartitions: number;
}

export interface ReplicaView {
  readonly broker: string;
  readonly logEndOffset: number;
  readonly inSync: boolean;
  readonly isLeader: boolean;
  readonly brokerUp: boolean;
}

export interface BrokerView {
  readonly id: string;
  readonly up: boolean;
}

export type ConsumerStatus = 'idle' | 'joining' | 'active' | 'crashed' | 'left';

export interface ConsumerView {
  readonly id: string;
  readonly group: string;
  /** The member id the group coordinator knows this consumer by (keys of GroupView.assignment). */
  readonly memberId: string | null;
  readonly status: ConsumerStatus;
  /** Partitions this consumer currently owns, sorted. */
  readonly assigned: readonly string[];
  /** Next offset to fetch, per owned partition. */
  readonly positions: Readonly<Record<string, number>>;
  /** Records this consumer has finished processing, counting every delivery. */
  readonly processedCount: number;
  /** True while a rebalance has stopped this consumer's fetching. */
  readonly paused: boolean;
}

export interface GroupView {
  readonly id: string;
  readonly state: GroupState;
  readonly generation: number;
  readonly leader: string | null;
  readonly assignor: string;
  readonly members: readonly string[];
  readonly assignment: Readonly<Record<string, readonly string[]>>;
  /** The group's committed offsets, per partition. */
  readonly committed: Readonly<Record<string, number>>;
  /** `logEndOffset - committed` per subscribed partition (the whole log when nothing is committed). */
  readonly lag: Readonly<Record<string, number>>;
}

export interface ProducerView {
  readonly id: string;
  readonly topic: string;
  readonly running: boolean;
  readonly sentCount: number;
  readonly ackedCount: number;
}

export interface QueueView {
  readonly name: string;
  readonly broker: string;
  readonly ready: number;
  readonly inFlight: number;
  readonly acked: number;
  readonly deadLettered: number;
  /** The ids of ready messages, in delivery order. */
  readonly readyIds: readonly number[];
}

export interface QueueConsumerView {
  readonly id: string;
  readonly queue: string;
  readonly status: 'idle' | 'active' | 'crashed';
  /** Message ids being processed now. */
  readonly inHand: readonly number[];
  readonly processedCount: number;
}

export interface StreamJobView {
  readonly id: string;
  readonly sourceTopic: string;
  /** The job's event-time watermark, or null before the first one. */
  readonly watermarkMs: number | null;
  readonly partitions: readonly {
    readonly partition: string;
    readonly position: number;
    readonly watermarkMs: number | null;
    readonly maxTimestampMs: number | null;
    readonly idle: boolean;
  }[];
  /** Windows holding state now, with their running aggregate. */
  readonly openWindows: readonly {
    readonly key: string;
    readonly window: readonly [number, number];
    readonly value: number;
    readonly count: number;
  }[];
  readonly firedCount: number;
  readonly droppedCount: number;
  readonly running: boolean;
  /** Records below the high watermarks not read yet: the job's consumer lag. */
  readonly lag: number;
  readonly backpressured: boolean;
  readonly shedCount: number;
  readonly lastCheckpoint: number | null;
  /** Results readers of the sink can see, in write order. */
  readonly sinkOutput: readonly {
    readonly key: string;
    readonly window: readonly [number, number];
    readonly value: number;
    readonly atMs: number;
  }[];
  /** Transactional sink: results written but not yet committed. */
  readonly sinkStaged: number;
}

export interface WorldView {
  readonly nowMs: number;
  readonly seed: number;
  readonly brokers: readonly BrokerView[];
  readonly topics: readonly TopicView[];
  /** The partitions that exist now, topic by topic; reserved slots a topic may grow into are left out. */
  readonly partitions: readonly PartitionView[];
  readonly consumers: readonly ConsumerView[];
  readonly groups: readonly GroupView[];
  readonly producers: readonly ProducerView[];
  readonly queues: readonly QueueView[];
  readonly queueConsumers: readonly QueueConsumerView[];
  readonly streamJobs: readonly StreamJobView[];
  readonly dataflows: readonly DataflowView[];
}
