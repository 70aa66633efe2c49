// Kafka's CooperativeStickyAssignor: compute the sticky assignment, then withhold every partition
// that would move from one current owner to another member. The owner revokes it first, and a
// follow-up rebalance hands it over, so no partition is ever consumed by two members at once.

import type { MemberPartitions } from './assignmentTypes.ts';
import type { GroupView } from './groupView.ts';
import { claimedPartitions } from './ownedPartitions.ts';
import { assignSticky } from './stickyAssignor.ts';
import { partitionName } from './topicPartition.ts';

/**
 * Assigns with the cooperative-sticky strategy: the sticky result minus partitions in transfer.
 *
 * @example
 * ```ts
 * // c1 owns t-0, t-1, t-2 and c2 joins: t-2 must first be revoked from c1.
 * assignCooperativeSticky(view); // c1: t-0, t-1; c2: nothing this round
 * ```
 */
export function assignCooperativeSticky(view: GroupView): MemberPartitions {
  const { assignment, transferring } = assignSticky(view);
  const moving = transferring ?? partitionsTransferringOwnership(view, assignment);
  for (const [name, member] of moving) {
    const list = assignment.get(member);
    const index = list?.findIndex((tp) => partitionName(tp) === name) ?? -1;
    if (list !== undefined && index >= 0) list.splice(index, 1);
  }
  return assignment;
}

/**
 * Kafka's computePartitionsTransferringOwnership, used after the general algorithm: partitions
 * newly given to a member that some other member reported owning and does not keep.
 */
function partitionsTransferringOwnership(
  view: GroupView,
  assignment: MemberPartitions,
): Map<string, string> {
  const added = new Map<string, string>();
  const revoked = new Set<string>();
  for (const id of view.memberIds) {
    const owned = new Set(claimedPartitions(view, id).map(partitionName));
    const assigned = new Set((assignment.get(id) ?? []).map(partitionName));
    for (const name of assigned) if (!owned.has(name)) added.set(name, id);
    for (const name of owned) if (!assigned.has(name)) revoked.add(name);
  }
  return new Map([...added].filter(([name]) => revoked.has(name)));
}
