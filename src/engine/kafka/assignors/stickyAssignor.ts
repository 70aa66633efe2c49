// Kafka's StickyAssignor (AbstractStickyAssignor.assign): resolve ownership claims by generation,
// then use the fast quota-based algorithm when every member subscribes to the same topics and the
// general balancing algorithm otherwise. The result is as balanced as possible and moves little.

import type { StickyResult } from './assignmentTypes.ts';
import { assignGeneralSticky } from './generalStickyAssign.ts';
import type { GroupView } from './groupView.ts';
import { resolveOwnership } from './ownedPartitions.ts';
import { assignUniformSticky } from './uniformStickyAssign.ts';

/**
 * Runs the sticky assignment and reports which partitions change owner.
 *
 * Kafka treats an empty first subscription as matching any other (its set starts empty); here
 * subscriptions are equal only when every member's topic set is the same, a deliberate fix.
 *
 * @example
 * ```ts
 * // c1 owns t-0, t-1; c2 owns t-2; nothing changed, so nothing moves.
 * assignSticky(view).assignment; // c1: t-0, t-1; c2: t-2
 * ```
 */
export function assignSticky(view: GroupView): StickyResult {
  if (view.memberIds.length === 0) return { assignment: new Map(), transferring: new Map() };
  const ownership = resolveOwnership(view);
  return allSubscriptionsEqual(view)
    ? assignUniformSticky(view, ownership)
    : assignGeneralSticky(view, ownership);
}

/** True when every member subscribes to exactly the same set of topics (known or not). */
function allSubscriptionsEqual(view: GroupView): boolean {
  const sets = view.memberIds.map((id) => view.subscriptions.get(id) ?? new Set<string>());
  const first = sets[0];
  if (first === undefined) return true;
  return sets.every(
    (topics) => topics.size === first.size && [...topics].every((t) => first.has(t)),
  );
}
