// The state of a Kafka consumer and of its group's coordinator. Part of MutableState
// (worldTypes.ts), so plain data a keyframe can copy.

import type { GroupState } from '../trace/traceEvent.ts';
import type { ConsumerStatus } from '../view/worldView.ts';

/**
 * Numbers per range in a consumer's `inProcess`: the global partition, the first offset and the
 * number of offsets. Plain numbers rather than an object per range: a poll takes a range from
 * each partition it reads, hundreds of thousands over a long run.
 */
export const IN_PROCESS_STRIDE = 3;

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
  /** The ranges the last poll returned, IN_PROCESS_STRIDE numbers each, until processed. */
  inProcess: number[];
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
