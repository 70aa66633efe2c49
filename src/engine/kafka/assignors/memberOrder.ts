// The member order used by the range and round-robin assignors, after Kafka's
// AbstractPartitionAssignor.MemberInfo.compareTo: static members (with a group.instance.id) come
// first, ordered by instance id, then dynamic members ordered by member id.

import type { GroupView } from './groupView.ts';
import { compareStrings } from './topicPartition.ts';

/**
 * Returns `memberIds` sorted as Kafka's `MemberInfo` sorts them. Static members keep their place
 * across restarts because their instance id, unlike a member id, does not change.
 *
 * Two members with the same instance id compare equal in Kafka, which then falls back on hash map
 * order; here they fall back on member id so that the result never depends on input order.
 *
 * @example
 * ```ts
 * // 'consumer-b' has group.instance.id 'instance1', 'consumer-a' has none:
 * sortByMemberInfo(view, ['consumer-a', 'consumer-b']); // ['consumer-b', 'consumer-a']
 * ```
 */
export function sortByMemberInfo(view: GroupView, memberIds: readonly string[]): string[] {
  return [...memberIds].sort((a, b) => compareMemberInfo(view, a, b));
}

function compareMemberInfo(view: GroupView, a: string, b: string): number {
  const instanceA = view.members.get(a)?.groupInstanceId;
  const instanceB = view.members.get(b)?.groupInstanceId;
  if (instanceA !== undefined && instanceB !== undefined) {
    return compareStrings(instanceA, instanceB) || compareStrings(a, b);
  }
  if (instanceA !== undefined) return -1;
  if (instanceB !== undefined) return 1;
  return compareStrings(a, b);
}
