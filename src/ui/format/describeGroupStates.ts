// The sentence the live region reads out about consumer groups. It changes only when a group's
// coordinator state or generation changes, so screen readers hear rebalances, not every frame.

import type { GroupView } from '../../engine/index.ts';

/**
 * Describes every group's coordinator state in one sentence per group.
 *
 * @example
 * describeGroupStates([{ id: 'g1', state: 'Stable', generation: 2, ... }]); // "Group g1 is Stable, generation 2."
 */
export function describeGroupStates(groups: readonly GroupView[]): string {
  return groups
    .map((group) => `Group ${group.id} is ${group.state}, generation ${group.generation}.`)
    .join(' ');
}
