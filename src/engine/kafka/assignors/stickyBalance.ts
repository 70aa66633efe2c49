// The two measures the general sticky algorithm steers by (AbstractStickyAssignor.isBalanced and
// getBalanceScore): whether any partition could still move to a member holding two or more fewer,
// and a score that must improve for a rebalance to be kept.

import type { MemberPartitions } from './assignmentTypes.ts';
import {
  maxAssignmentSize,
  membersBySize,
  sizeOf,
  type GeneralStickyState,
} from './generalStickyState.ts';
import { partitionName } from './topicPartition.ts';

/**
 * True when counts differ by at most one, or when no member could take a partition of one of its
 * topics from a member that holds two or more partitions more than it does.
 *
 * @example
 * ```ts
 * isBalanced(state); // false while c1 holds 3 partitions of t and c2, also subscribed to t, holds 1
 * ```
 */
export function isBalanced(state: GeneralStickyState): boolean {
  const members = membersBySize(state);
  const fewest = members[0];
  const most = members[members.length - 1];
  if (fewest === undefined || most === undefined) return true;
  if (sizeOf(state, fewest) >= sizeOf(state, most) - 1) return true;
  const ownerOf = new Map<string, string>();
  for (const [id, list] of state.current) for (const tp of list) ownerOf.set(partitionName(tp), id);
  for (const id of members) {
    const count = sizeOf(state, id);
    if (count === maxAssignmentSize(state, id)) continue;
    for (const topic of state.consumerTopics.get(id) ?? []) {
      const partitions = state.view.partitionCounts.get(topic) ?? 0;
      for (let partition = 0; partition < partitions; partition++) {
        const other = ownerOf.get(partitionName({ topic, partition }));
        if (other !== undefined && other !== id && count + 1 < sizeOf(state, other)) return false;
      }
    }
  }
  return true;
}

/**
 * Sum of |size difference| over all pairs of members; 0 means perfectly even, lower is better.
 *
 * @example
 * ```ts
 * balanceScore(new Map([['a', [tp0, tp1, tp2]], ['b', [tp3]], ['c', []]])); // 2 + 3 + 1 = 6
 * ```
 */
export function balanceScore(assignment: MemberPartitions): number {
  const sizes = [...assignment.values()].map((list) => list.length);
  let score = 0;
  for (let i = 0; i < sizes.length; i++) {
    for (let j = i + 1; j < sizes.length; j++) score += Math.abs((sizes[i] ?? 0) - (sizes[j] ?? 0));
  }
  return score;
}
