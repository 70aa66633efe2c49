// Creates the starting point of every assignor: each member present with no partitions, because
// Kafka returns an entry for every member, even one that receives nothing.

import type { MemberPartitions } from './assignmentTypes.ts';
import type { GroupView } from './groupView.ts';

/**
 * Returns a map with an empty partition list for every member, in member-id order.
 *
 * @example
 * ```ts
 * emptyAssignment(view); // Map { 'a' => [], 'b' => [] }
 * ```
 */
export function emptyAssignment(view: GroupView): MemberPartitions {
  return new Map(view.memberIds.map((id) => [id, []]));
}
