// Kafka's RoundRobinAssignor: lay out every partition of every subscribed topic (sorted by topic,
// then partition) and deal them one at a time around a circle of members in MemberInfo order,
// skipping members that do not subscribe to the partition's topic. The circle is never reset.

import type { MemberPartitions } from './assignmentTypes.ts';
import { emptyAssignment } from './emptyAssignment.ts';
import { allPartitionsSorted, isSubscribed, type GroupView } from './groupView.ts';
import { sortByMemberInfo } from './memberOrder.ts';

/**
 * Assigns partitions with the round-robin strategy. With identical subscriptions the counts differ
 * by at most one; with different subscriptions the result can be unbalanced, as Kafka documents.
 *
 * @example
 * ```ts
 * // Kafka's javadoc: C0 and C1 both subscribe to t0 and t1, which have 3 partitions each.
 * assignRoundRobin(view); // C0: t0-0, t0-2, t1-1; C1: t0-1, t1-0, t1-2
 * ```
 */
export function assignRoundRobin(view: GroupView): MemberPartitions {
  const assignment = emptyAssignment(view);
  const circle = sortByMemberInfo(view, view.memberIds);
  let next = 0;
  for (const tp of allPartitionsSorted(view)) {
    // Some member subscribes to every topic in the view, so this loop always stops within one lap.
    while (!isSubscribed(view, circle[next % circle.length] ?? '', tp.topic)) next++;
    const member = circle[next % circle.length] ?? '';
    assignment.get(member)?.push(tp);
    next++;
  }
  return assignment;
}
