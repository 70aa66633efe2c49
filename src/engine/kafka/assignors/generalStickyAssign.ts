// The sticky assignment for groups whose members subscribe to different topics (Kafka's
// GeneralAssignmentBuilder): keep valid owned partitions, give each unowned partition to the
// least-loaded subscriber, then move partitions until balanced, undoing the moves if they did not help.

import type { MemberPartitions, StickyResult } from './assignmentTypes.ts';
import { createPartitionMovements } from './partitionMovements.ts';
import { isSubscribed, partitionsOfTopic, type GroupView } from './groupView.ts';
import {
  assignTo,
  canMemberParticipate,
  canTopicParticipate,
  leastLoadedSubscriber,
  type GeneralStickyState,
} from './generalStickyState.ts';
import type { Ownership } from './ownedPartitions.ts';
import { balanceScore } from './stickyBalance.ts';
import { performReassignments } from './stickyReassignment.ts';
import { compareStrings, partitionName, type TopicPartition } from './topicPartition.ts';

/** The state plus the inputs of the balancing step. */
interface Prepared {
  readonly state: GeneralStickyState;
  /** All partitions, topics with fewest subscribers first (Kafka's TopicComparator). */
  readonly sortedPartitions: readonly TopicPartition[];
  readonly unassigned: readonly TopicPartition[];
  /** True when some member lost an owned partition because it unsubscribed from the topic. */
  readonly revocationRequired: boolean;
}

/**
 * Assigns partitions for unequal subscriptions. `transferring` is null, as in Kafka, so the
 * cooperative assignor derives the moves by comparing the result with the owned lists.
 *
 * @example
 * ```ts
 * // Kafka's testMultipleConsumersMixedTopicSubscriptions: topic1 (3) for c1, c2, c3; topic2 (2) for c2.
 * assignGeneralSticky(view, resolveOwnership(view)).assignment;
 * // c1: topic1-0, topic1-2; c2: topic2-0, topic2-1; c3: topic1-1
 * ```
 */
export function assignGeneralSticky(view: GroupView, ownership: Ownership): StickyResult {
  const prepared = prepare(view, ownership);
  balance(prepared);
  return { assignment: prepared.state.current, transferring: null };
}

function prepare(view: GroupView, ownership: Ownership): Prepared {
  const topicConsumers = new Map(
    view.topics.map((t) => [t, view.memberIds.filter((id) => isSubscribed(view, id, t))]),
  );
  const consumerTopics = new Map(
    view.memberIds.map((id) => [id, view.topics.filter((t) => isSubscribed(view, id, t))]),
  );
  const current: MemberPartitions = new Map();
  const owners = new Map<string, string>();
  let revocationRequired = false;
  for (const id of view.memberIds) {
    const kept: TopicPartition[] = [];
    for (const tp of ownership.owned.get(id) ?? []) {
      if (!isSubscribed(view, id, tp.topic)) {
        revocationRequired = true;
        continue;
      }
      kept.push(tp);
      owners.set(partitionName(tp), id);
    }
    current.set(id, kept);
  }
  const subscriberCount = (topic: string): number => topicConsumers.get(topic)?.length ?? 0;
  const sortedTopics = [...view.topics].sort(
    (a, b) => subscriberCount(a) - subscriberCount(b) || compareStrings(a, b),
  );
  const sortedPartitions = sortedTopics.flatMap((t) =>
    partitionsOfTopic(t, view.partitionCounts.get(t) ?? 0),
  );
  const unassigned = sortedPartitions.filter((tp) => !owners.has(partitionName(tp)));
  const movements = createPartitionMovements();
  const state = {
    view,
    topicConsumers,
    consumerTopics,
    current,
    owners,
    movements,
    previousOwners: ownership.previousOwners,
  };
  return { state, sortedPartitions, unassigned, revocationRequired };
}

/** Kafka's balance(): initial placement, then reassignments kept only if they improve the score. */
function balance({ state, sortedPartitions, unassigned, revocationRequired }: Prepared): void {
  const initializing = [...state.current.values()].every((list) => list.length === 0);
  for (const tp of unassigned) {
    const member = leastLoadedSubscriber(state, tp.topic);
    if (member !== undefined) assignTo(state, tp, member);
  }
  const movable = (tp: TopicPartition): boolean => canTopicParticipate(state, tp.topic);
  // Members that hold everything they can and whose topics cannot move sit out the balancing.
  const fixed = new Map<string, TopicPartition[]>();
  for (const id of state.view.memberIds) {
    const list = state.current.get(id);
    if (list !== undefined && !canMemberParticipate(state, id)) fixed.set(id, list);
  }
  for (const id of fixed.keys()) state.current.delete(id);
  const before = copyAssignment(state.current);
  const ownersBefore = new Map(state.owners);
  // When nothing must be revoked, first try to balance by moving only the newly placed partitions.
  if (!revocationRequired) performReassignments(state, unassigned.filter(movable));
  const performed = performReassignments(state, sortedPartitions.filter(movable));
  if (!initializing && performed && balanceScore(state.current) >= balanceScore(before)) {
    replaceAssignment(state.current, before);
    state.owners.clear();
    for (const [name, id] of ownersBefore) state.owners.set(name, id);
  }
  for (const [id, list] of fixed) state.current.set(id, list);
}

function copyAssignment(assignment: MemberPartitions): MemberPartitions {
  return new Map([...assignment].map(([id, list]) => [id, [...list]]));
}

function replaceAssignment(target: MemberPartitions, source: MemberPartitions): void {
  target.clear();
  for (const [id, list] of source) target.set(id, [...list]);
}
