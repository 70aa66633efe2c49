// The state of a partition (its replicas, high watermark, segments and idempotence bookkeeping)
// and of a broker. Part of MutableState (worldTypes.ts), so plain data a keyframe can copy.

/**
 * A stretch of a replica's log: offsets from `startOffset` on are store entries from `storeStart`
 * on. A replica's log is a short list of these, so a leader change never copies records: a new
 * leader appends a new segment, and a follower that diverged cuts its list back.
 */
export interface ChainSegment {
  readonly startOffset: number;
  readonly storeStart: number;
}

export interface ReplicaState {
  readonly broker: number;
  /** Log end offset of this replica. */
  leo: number;
  chain: ChainSegment[];
  /** The follower's log end as the leader last saw it in a fetch. */
  leoAtLeader: number;
  /** Last time a fetch from this follower reached the leader's log end. */
  lastCaughtUpMs: number;
  /** A fetch waiting at the leader for new records (long poll). */
  parked: boolean;
  /** Log end the in-flight fetch response will bring the follower to, or -1. */
  responseUpTo: number;
}

/** A batch of an `acks=all` produce request waiting for the high watermark to pass its records. */
export interface PendingAck {
  /** In-flight batch slot, and the attempt that was appended (a later attempt is another answer). */
  readonly slot: number;
  readonly attempt: number;
  readonly endOffset: number;
}

export interface SegmentState {
  readonly baseOffset: number;
  readonly createdAtMs: number;
  /** Largest record timestamp in the segment: time retention compares against it. */
  maxTimestampMs: number;
}

export interface PartitionState {
  /**
   * False for a reserved slot of a topic that may grow (`maxPartitions`) until a
   * `topic.alterPartitions` creates it. An inactive partition takes no part in anything and no
   * view shows it.
   */
  active: boolean;
  logStartOffset: number;
  /** The leader's log end offset. */
  logEndOffset: number;
  /** Consumers read below it: every in-sync replica has these records. */
  highWatermark: number;
  /** Broker index of the leader, or -1 while the partition is offline. */
  leader: number;
  /** The last broker that led, so an offline partition still shows the log it had. */
  lastLeader: number;
  leaderEpoch: number;
  /** Broker indices of the in-sync replicas, in assignment order. */
  isr: number[];
  /** Replicas in assignment order; the first is the preferred leader. */
  replicas: ReplicaState[];
  /** Logical length of the partition's record store. */
  storeLength: number;
  pendingAcks: PendingAck[];
  /**
   * Unclean elections so far. After one, the log end can fall below offsets consumers already
   * committed, as in Kafka, so the invariant "committed <= log end" no longer applies.
   */
  uncleanElections: number;
  /**
   * Segments of the leader's log, oldest first; the last is the active one. Tracked only for topics
   * with retention or compaction, and empty otherwise.
   */
  segments: SegmentState[];
  /** Offsets compaction removed, sorted. */
  compactedAway: number[];
  /**
   * Per producer, the last idempotent batch appended: epoch, last sequence, base offset and count
   * (see kafka/producerSequences.ts). A flat array of small integers keeps keyframes cheap: V8
   * copies it as one block, where copying a typed array costs a new ArrayBuffer each time.
   */
  lastSequence: number[];
}

export interface BrokerState {
  up: boolean;
  /** Bumped on crash and restart, so events of a former life are ignored. */
  epoch: number;
  /** Produce responses still to drop (a fault). */
  dropAcks: number;
  /** Extra delay on every produce response (a fault). */
  ackDelayMs: number;
  /** Until when a stop-the-world pause holds this broker, or -1. */
  pausedUntilMs: number;
  /** Multiplier on the network delay of this broker's links (a slow node). */
  slowFactor: number;
}
