// The working state of the general-case sticky assignment (Kafka's GeneralAssignmentBuilder) and
// the small queries on it: who is least loaded, how much a member could hold, who may take part in
// rebalancing, and how to move one partition while recording the move.

import type { MemberPartitions } from './assignmentTypes.ts';
import type { GroupView } from './groupView.ts';
import { partitionToMove, recordMove, type PartitionMovements } from './partitionMovements.ts';
import { compareStrings, partitionName, type TopicPartition } from './topicPartition.ts';

/** Mutable state of one general sticky assignment; names follow Kafka's fields. */
export interface GeneralStickyState {
  readonly view: GroupView;
  /** topic2AllPotentialConsumers: each known topic's subscribers, in member-id order. */
  readonly topicConsumers: ReadonlyMap<string, readonly string[]>;
  /** consumer2AllPotentialTopics: each member's subscribed topics that exist in metadata. */
  readonly consumerTopics: ReadonlyMap<string, readonly string[]>;
  /** currentAssignment: members taking part in balancing, with their partitions. */
  readonly current: MemberPartitions;
  /** currentPartitionConsumer: partition name to its member in `current`. */
  readonly owners: Map<string, string>;
  readonly previousOwners: ReadonlyMap<string, string>;
  readonly movements: PartitionMovements;
}

/** Size of a member's current list, 0 for members not taking part. */
export function sizeOf(state: GeneralStickyState, member: string): number {
  return state.current.get(member)?.length ?? 0;
}

/**
 * Kafka's sortedCurrentSubscriptions: members in `current`, fewest partitions first, then by id.
 *
 * @example
 * ```ts
 * membersBySize(state); // ['c3', 'c1', 'c2'] when c3 has 0, c1 has 1 and c2 has 1 partition
 * ```
 */
export function membersBySize(state: GeneralStickyState): string[] {
  return [...state.current.keys()].sort(
    (a, b) => sizeOf(state, a) - sizeOf(state, b) || compareStrings(a, b),
  );
}

/** The least-loaded member in `current` that subscribes to `topic`, if any. */
export function leastLoadedSubscriber(
  state: GeneralStickyState,
  topic: string,
): string | undefined {
  return membersBySize(state).find((id) => state.consumerTopics.get(id)?.includes(topic) ?? false);
}

/** How many partitions a member could hold at most: all partitions of its subscribed topics. */
export function maxAssignmentSize(state: GeneralStickyState, member: string): number {
  const topics = state.consumerTopics.get(member) ?? [];
  return topics.reduce((sum, topic) => sum + (state.view.partitionCounts.get(topic) ?? 0), 0);
}

/** A topic can be rebalanced only when two or more members subscribe to it. */
export function canTopicParticipate(state: GeneralStickyState, topic: string): boolean {
  return (state.topicConsumers.get(topic)?.length ?? 0) >= 2;
}

/** A member takes part unless it holds all it can and none of its topics can move. */
export function canMemberParticipate(state: GeneralStickyState, member: string): boolean {
  const partitions = state.current.get(member) ?? [];
  if (partitions.length < maxAssignmentSize(state, member)) return true;
  return partitions.some((tp) => canTopicParticipate(state, tp.topic));
}

/** Gives `tp` to `member` (used for partitions nobody holds yet). */
export function assignTo(state: GeneralStickyState, tp: TopicPartition, member: string): void {
  state.current.get(member)?.push(tp);
  state.owners.set(partitionName(tp), member);
}

/**
 * Kafka's reassignPartition: moves `tp` (or, to avoid a back-and-forth, a partition that earlier
 * moved the other way) to `target`, updating the lists, the owner map and the movement record.
 */
export function reassign(state: GeneralStickyState, tp: TopicPartition, target: string): void {
  const owner = state.owners.get(partitionName(tp));
  if (owner === undefined) return;
  const moving = partitionToMove(state.movements, tp, owner, target);
  const name = partitionName(moving);
  const from = state.owners.get(name);
  const fromList = from === undefined ? undefined : state.current.get(from);
  const index = fromList?.findIndex((p) => partitionName(p) === name) ?? -1;
  if (from === undefined || fromList === undefined || index < 0) return;
  recordMove(state.movements, moving, from, target);
  fromList.splice(index, 1);
  assignTo(state, moving, target);
}
