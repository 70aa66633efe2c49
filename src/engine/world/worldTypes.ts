// The shapes of the engine's state. `MutableState` is everything a keyframe must copy; it is plain
// data (arrays, numbers, strings, typed arrays) so it can be cloned and compared. Append-only
// stores (partition logs, the trace) live beside it and are restored by truncation.

import type { EventQueueState } from '../core/eventQueue.ts';
import type { RngState } from '../core/prng.ts';
import type { ScenarioModel, TimedIntervention } from '../model/scenarioModel.ts';
import type { GroupState } from '../trace/traceEvent.ts';
import type { TraceStore } from '../trace/traceStore.ts';
import type { BatchMetaColumns } from '../kafka/batchMetaStore.ts';
import type { RecordStore } from '../kafka/recordStore.ts';
import type { WindowOperatorState } from '../flink/windowOperatorState.ts';
import type { ConsumerStatus, LogRecord } from '../view/worldView.ts';
import type { StaticIndex } from './staticIndex.ts';
import type { DataflowState } from '../dataflow/dataflowTypes.ts';

/**
 * A record a producer has created but the broker has not appended yet. It already has the shape
 * of its `record.appended` trace event; the broker fills in the time and offset and then the same
 * object becomes the log entry and the trace entry, which saves two allocations per record.
 */
export type RecordDraft = { -readonly [K in keyof LogRecord]: LogRecord[K] };

/** A producer batch: open while it gathers records, then in flight until acknowledged. */
export interface ProducerBatch {
  id: number;
  producer: number;
  /** Global partition index. */
  partition: number;
  createdAtMs: number;
  readonly records: RecordDraft[];
  attempt: number;
  baseOffset: number;
  /** When the current attempt was sent; a lost request times out `request.timeout.ms` later. */
  sentAtMs: number;
  /** Broker index the current attempt was sent to. */
  sentTo: number;
  /** Idempotent producers number records per partition; -1 when idempotence is off. */
  baseSequence: number;
  /** The producer epoch the sequence numbers belong to. */
  producerEpoch: number;
}

export interface ProducerState {
  running: boolean;
  /** Bumped on stop and start, so a stale scheduled record is ignored. */
  epoch: number;
  rng: RngState;
  created: number;
  carryUs: number;
  scriptIndex: number;
  /** Local partition index the sticky partitioner sticks to, or -1. */
  stickyPartition: number;
  roundRobin: number;
  /** Open batch per local partition. */
  batches: (ProducerBatch | null)[];
  nextBatchId: number;
  sentCount: number;
  ackedCount: number;
  /** Next idempotent sequence number per local partition. */
  nextSequence: number[];
  /** The next record created is poison (a fault). */
  poisonNext: boolean;
  /** Bumped when an idempotent batch fails for good: sequence numbers start again at 0. */
  producerEpoch: number;
  /** The process crashed: pending retries die with it. */
  crashed: boolean;
  /** Until when a stop-the-world pause holds this producer, or -1. */
  pausedUntilMs: number;
  /** Per broker: the earliest time the next message on this connection may arrive (TCP order). */
  linkFreeAtMs: number[];
  /** Partitions of its topic the producer's metadata knows of; it partitions records over these. */
  partitionCount: number;
  /** When the producer last fetched metadata (metadata.max.age.ms counts from here). */
  metadataAtMs: number;
  /** The clock skew a `producer.clockSkew` set, in place of the configured one, or null. */
  clockSkewMs: number | null;
  /**
   * A hot-key burst in progress: `permille` of generated records carry `key` until `untilMs`.
   * Replaced, never edited, so keyframes may share it.
   */
  burst: HotKeyBurst | null;
  /** Bumped for each burst, so the end event of an earlier burst is ignored. */
  burstSerial: number;
}

export interface HotKeyBurst {
  readonly key: string;
  readonly permille: number;
  readonly untilMs: number;
}

export interface InProcessRange {
  readonly partition: number;
  readonly fromOffset: number;
  readonly count: number;
}

export interface ConsumerState {
  status: ConsumerStatus;
  /** When the consumer last fetched metadata (metadata.max.age.ms counts from here). */
  metadataAtMs: number;
  /** Bumped on crash, leave and restart, so events of a former life are ignored. */
  epoch: number;
  /** Bumped each time the consumer joins without a member id (a new dynamic member id). */
  memberSerial: number;
  /** The generation this member last synced into, or -1. */
  generation: number;
  /** Sorted global partition indices this consumer owns. */
  assigned: number[];
  /** Next offset to fetch per global partition, or -1 when unknown. */
  positions: number[];
  /** True while an eager rebalance has stopped fetching. */
  paused: boolean;
  rejoinNeeded: boolean;
  /** True while a JoinGroup or SyncGroup is outstanding. */
  joining: boolean;
  busy: boolean;
  inProcess: InProcessRange[];
  lastPollAtMs: number;
  lastAutoCommitAtMs: number;
  processingCarryUs: number;
  roundRobinStart: number;
  processedCount: number;
  /** Partition names assigned in the last generation, kept for the sticky assignor's user data. */
  lastAssigned: string[];
  /** Generation of a SyncGroup response waiting for the next poll, or -1. */
  pendingSync: number;
  /** Set when the member left the group on its own (poll timeout) or was forgotten by it. */
  lostMembership: boolean;
  /** Bumped to cancel a scheduled poll when an earlier one is wanted. */
  pollToken: number;
  /** Until when a stop-the-world pause holds this consumer, or -1. */
  pausedUntilMs: number;
  /** Multiplier on processing and fetch time (a slow node). */
  slowFactor: number;
  /** A crash armed to happen at the next commit, just before or just after it. */
  crashOnCommit: 'before-commit' | 'after-commit' | null;
  /** A poison record met in the batch being processed, or in retry: its partition and offset. */
  poison: { partition: number; offset: number; attempts: number } | null;
}

export interface GroupMemberRecord {
  memberId: string;
  consumer: number;
  /** The consumer's join serial this member id was made from. */
  serial: number;
  groupInstanceId: string | null;
  /** Joined in the current rebalance round. */
  joined: boolean;
  syncArrived: boolean;
  lastHeartbeatMs: number;
  sessionCheckPending: boolean;
  /** Partition names the member reported owning when it joined (cooperative protocol). */
  owned: string[];
  ownedGeneration: number;
}

export interface GroupCoordinatorState {
  state: GroupState;
  generation: number;
  leader: string | null;
  members: GroupMemberRecord[];
  /** Assignment of the current generation, by member id. */
  assignment: Record<string, string[]>;
  /** Committed offset per global partition, or -1. */
  committed: number[];
  /** Bumped whenever a pending join timer becomes obsolete. */
  joinEpoch: number;
  initialDelayActive: boolean;
  newMemberDuringDelay: boolean;
  joinStartedAtMs: number;
}

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

/** An `acks=all` produce request waiting for the high watermark to pass its records. */
export interface PendingAck {
  readonly slot: number;
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
   * (see kafka/producerSequences.ts). A flat typed array keeps keyframes cheap.
   */
  lastSequence: Float64Array;
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

export const MessageState = { inTransit: 0, ready: 1, inFlight: 2, acked: 3, deadLettered: 4 } as const;

export interface QueueMessage {
  readonly id: number;
  readonly key: string | null;
  readonly value: string;
  readonly producer: string;
  state: number;
  deliveries: number;
  /** Consumer index holding the current delivery, or -1. */
  consumer: number;
}

export interface QueueState {
  messages: QueueMessage[];
  /** Ids of ready messages in delivery order. */
  ready: number[];
}

export interface QueueProducerState {
  running: boolean;
  epoch: number;
  rng: RngState;
  created: number;
  carryUs: number;
}

export interface QueueConsumerState {
  status: 'idle' | 'active' | 'crashed';
  epoch: number;
  rng: RngState;
  /** Message ids received and being processed, with the delivery number each was received at. */
  inHand: { id: number; delivery: number }[];
  processedCount: number;
  carryUs: number;
}

export interface SourcePartitionState {
  /** Next offset to read. */
  position: number;
  /** Largest event time read so far, or null before the first record. */
  maxTimestampMs: number | null;
  /** The partition's own watermark, or null while it has none. */
  watermarkMs: number | null;
  lastRecordAtMs: number;
  idle: boolean;
}

/** What a checkpoint holds: everything the job needs to resume as if the failure never happened. */
export interface JobSnapshot {
  readonly id: number;
  readonly partitions: SourcePartitionState[];
  readonly watermarkMs: number | null;
  readonly window: WindowOperatorState;
  readonly ks: KsWindowState;
  /** The early trigger's state: open panes with records no early pane has reported yet. */
  readonly earlyDirty: Readonly<Record<string, true>>;
}

export interface SinkResult {
  readonly key: string;
  readonly window: readonly [number, number];
  readonly value: number;
  readonly atMs: number;
}

/** Kafka Streams window state: stream time and one aggregate per key and window. */
export interface KsWindowState {
  streamTimeMs: number | null;
  panes: Record<string, { readonly key: string; readonly window: readonly [number, number]; sum: number; count: number }>;
}

export interface StreamJobState {
  partitions: SourcePartitionState[];
  /** The operator's watermark: the minimum over active partitions; it never goes back. */
  watermarkMs: number | null;
  window: WindowOperatorState;
  ks: KsWindowState;
  /** Panes with records since their last early firing (pane id to true). */
  earlyDirty: Record<string, true>;
  lastEarlyFiringMs: number;
  /** Capacity carried between polls, in records × 1000, so no fraction of a record is lost. */
  budgetCarry: number;
  backpressured: boolean;
  /** Records dropped over capacity, by shedding or by sampling. */
  shedCount: number;
  /**
   * The job's own random stream for `overload: "sample"`, made at its first draw. Replaced, never
   * edited in place, so a keyframe's shallow copy of the job keeps its own.
   */
  sampleRng?: RngState;
  /** Next partition to read from, so a limited budget is shared fairly. */
  nextPartition: number;
  firedCount: number;
  droppedCount: number;
  running: boolean;
  /** Bumped on failure, so the events of a failed attempt are ignored. */
  attempt: number;
  nextCheckpointId: number;
  /** A checkpoint taken but not yet acknowledged by the sink. */
  pending: (JobSnapshot & { readonly startedAtMs: number }) | null;
  lastCompleted: JobSnapshot | null;
  /** Results visible to readers of the sink, in write order (append and transactional sinks). */
  output: SinkResult[];
  /** Transactional sink: results waiting for their checkpoint to complete. */
  staged: SinkResult[];
  /** Transactional sink: results staged before the pending checkpoint, committed when it completes. */
  stagedForPending: SinkResult[];
}

export interface MutableState {
  nowMs: number;
  /** Time of the last processed event or intervention, or -1. */
  lastEventAtMs: number;
  steps: number;
  queue: EventQueueState;
  interventionCursor: number;
  producers: ProducerState[];
  consumers: ConsumerState[];
  groups: GroupCoordinatorState[];
  partitions: PartitionState[];
  brokers: BrokerState[];
  inflight: (ProducerBatch | null)[];
  queues: QueueState[];
  streamJobs: StreamJobState[];
  dataflows: DataflowState[];
  queueProducers: QueueProducerState[];
  queueConsumers: QueueConsumerState[];
  freeInflight: number[];
  appendedCount: number;
  /** Network partitions in force, each as "a|b" with the two node ids sorted. */
  blockedLinks: string[];
  /** Pauses started so far; while 0 the event loop skips the pause checks. */
  pausesStarted: number;
  /** True once any poison record was appended, so fetches start looking for them. */
  poisonSeen: boolean;
  /** Logical length of the trace; entries past it belong to a timeline a seek went back on. */
  traceLength: number;
  /** Logical length of the trace's object side table. */
  traceObjectCount: number;
}

export interface World {
  readonly scenario: ScenarioModel;
  readonly seed: number;
  readonly index: StaticIndex;
  m: MutableState;
  /**
   * The record store of each partition, in append order over all leaders. Entries at or past a
   * partition's `storeLength` are left from a timeline a seek went back on, kept so that later
   * keyframes stay valid. Replica chains map offsets to entries; with one replica and no leader
   * change, entry i holds offset i. Entries nothing can reach any more are freed (recordStore.ts).
   */
  readonly logs: RecordStore[];
  /**
   * Idempotent batch metadata per partition, at the store index of each batch's first record, so
   * a new leader can rebuild producer sequence state from its own log (see `logs` for validity).
   */
  readonly batchMeta: BatchMetaColumns[];
  /** The trace store; only the first `m.traceLength` entries are current (see `logs`). */
  readonly trace: TraceStore;
  /** The timeline's interventions, sorted by atMs (stable). */
  readonly interventions: TimedIntervention[];
  /**
   * Acknowledged batches kept for reuse, which spares the garbage collector one object and one
   * array per batch. Nothing else refers to a pooled batch, and keyframes never hold one.
   */
  readonly batchPool: ProducerBatch[];
}
