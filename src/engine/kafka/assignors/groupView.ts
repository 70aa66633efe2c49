// A normalised, order-independent view of an assignment request: members sorted by id, topics
// deduplicated, and partition counts kept only for topics some member subscribes to (as Kafka's
// AbstractPartitionAssignor does before calling an assignor). Nothing here depends on key order.

import type { AssignmentRequest, MemberSubscription } from './assignmentTypes.ts';
import { compareStrings, type TopicPartition } from './topicPartition.ts';

/** The request after normalisation; every collection is built in a sorted, repeatable order. */
export interface GroupView {
  /** Member ids in code-unit order. */
  readonly memberIds: readonly string[];
  readonly members: ReadonlyMap<string, MemberSubscription>;
  /** Each member's subscribed topics, deduplicated, including topics missing from metadata. */
  readonly subscriptions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Partition counts of subscribed topics that exist with at least one partition. */
  readonly partitionCounts: ReadonlyMap<string, number>;
  /** The keys of `partitionCounts`, sorted. */
  readonly topics: readonly string[];
}

/**
 * Normalises a request so that assignors never see input key order or unsubscribed topics.
 *
 * @example
 * ```ts
 * const view = createGroupView({ partitionsPerTopic: { t: 2, unused: 5 }, members: { b: { topics: ['t'] }, a: { topics: ['t'] } } });
 * view.memberIds; // ['a', 'b']
 * view.topics; // ['t']
 * ```
 */
export function createGroupView(request: AssignmentRequest): GroupView {
  const memberIds = Object.keys(request.members).sort(compareStrings);
  const members = new Map<string, MemberSubscription>();
  const subscriptions = new Map<string, ReadonlySet<string>>();
  const subscribedTopics = new Set<string>();
  for (const id of memberIds) {
    const member = request.members[id];
    if (member === undefined) continue;
    members.set(id, member);
    const topics = new Set(member.topics);
    subscriptions.set(id, topics);
    for (const topic of topics) subscribedTopics.add(topic);
  }
  const topics = [...subscribedTopics]
    .filter((topic) => isPartitionCount(ownCount(request, topic)))
    .sort(compareStrings);
  const partitionCounts = new Map<string, number>();
  for (const topic of topics) partitionCounts.set(topic, ownCount(request, topic) ?? 0);
  return { memberIds, members, subscriptions, partitionCounts, topics };
}

/** Reads a partition count without falling through to Object.prototype (a topic named "toString"). */
function ownCount(request: AssignmentRequest, topic: string): number | undefined {
  return Object.hasOwn(request.partitionsPerTopic, topic)
    ? request.partitionsPerTopic[topic]
    : undefined;
}

/** Kafka skips topics whose metadata is missing or reports no partitions. */
function isPartitionCount(count: number | undefined): count is number {
  return count !== undefined && Number.isInteger(count) && count > 0;
}

/** True when `memberId` subscribes to `topic`. */
export function isSubscribed(view: GroupView, memberId: string, topic: string): boolean {
  return view.subscriptions.get(memberId)?.has(topic) ?? false;
}

/** True when the partition exists in the view's metadata (its topic is known and in range). */
export function partitionExists(view: GroupView, tp: TopicPartition): boolean {
  const count = view.partitionCounts.get(tp.topic);
  return count !== undefined && tp.partition < count;
}

/** Partitions 0..count-1 of one topic, in order. */
export function partitionsOfTopic(topic: string, count: number): TopicPartition[] {
  return Array.from({ length: count }, (_, partition) => ({ topic, partition }));
}

/** Every partition of every subscribed topic, sorted by topic then partition. */
export function allPartitionsSorted(view: GroupView): TopicPartition[] {
  return view.topics.flatMap((topic) =>
    partitionsOfTopic(topic, view.partitionCounts.get(topic) ?? 0),
  );
}
