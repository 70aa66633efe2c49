// Kafka's RangeAssignor: for each topic on its own, lay out its partitions in order and its
// subscribers in MemberInfo order, give each numPartitions / numSubscribers contiguous partitions,
// and give the first numPartitions % numSubscribers subscribers one extra.

import type { MemberPartitions } from './assignmentTypes.ts';
import { emptyAssignment } from './emptyAssignment.ts';
import { isSubscribed, partitionsOfTopic, type GroupView } from './groupView.ts';
import { sortByMemberInfo } from './memberOrder.ts';

/**
 * Assigns partitions with the range strategy. Topics are independent, so with several topics the
 * first members in order can end up with several more partitions than the last ones.
 *
 * @example
 * ```ts
 * // Kafka's javadoc: C0 and C1 both subscribe to t0 and t1, which have 3 partitions each.
 * assignRange(view); // C0: t0-0, t0-1, t1-0, t1-1; C1: t0-2, t1-2
 * ```
 */
export function assignRange(view: GroupView): MemberPartitions {
  const assignment = emptyAssignment(view);
  const ordered = sortByMemberInfo(view, view.memberIds);
  for (const topic of view.topics) {
    const count = view.partitionCounts.get(topic) ?? 0;
    const subscribers = ordered.filter((id) => isSubscribed(view, id, topic));
    if (subscribers.length === 0) continue;
    const partitions = partitionsOfTopic(topic, count);
    const perMember = Math.floor(count / subscribers.length);
    const withExtra = count % subscribers.length;
    subscribers.forEach((id, i) => {
      const start = perMember * i + Math.min(i, withExtra);
      const length = perMember + (i < withExtra ? 1 : 0);
      assignment.get(id)?.push(...partitions.slice(start, start + length));
    });
  }
  return assignment;
}
