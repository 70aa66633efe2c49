// The improvement loop of the general sticky algorithm (AbstractStickyAssignor.performReassignments):
// walk the candidate partitions and move one whenever its owner holds two or more partitions more
// than another subscriber, until the assignment is balanced or a full pass changes nothing.

import { isSubscribed } from './groupView.ts';
import {
  leastLoadedSubscriber,
  reassign,
  sizeOf,
  type GeneralStickyState,
} from './generalStickyState.ts';
import { isBalanced } from './stickyBalance.ts';
import { partitionName, type TopicPartition } from './topicPartition.ts';

/**
 * Moves partitions from `candidates` until balanced, returning whether anything moved.
 *
 * Kafka's loop has no bound; this one stops after candidates² passes (far more than the moves a
 * balancing run can make) so that a pathological swap sequence can never hang the simulator.
 *
 * @example
 * ```ts
 * performReassignments(state, [{ topic: 't', partition: 2 }]); // true if t-2 moved to a lighter member
 * ```
 */
export function performReassignments(
  state: GeneralStickyState,
  candidates: readonly TopicPartition[],
): boolean {
  const maxPasses = Math.max(1, candidates.length * candidates.length);
  let performed = false;
  let modified: boolean;
  let passes = 0;
  do {
    modified = false;
    for (const tp of candidates) {
      if (isBalanced(state)) break;
      if (moveToPreviousOwner(state, tp) || moveToLeastLoaded(state, tp)) {
        performed = true;
        modified = true;
      }
    }
    passes++;
  } while (modified && passes < maxPasses);
  return performed;
}

/**
 * Hands `tp` back to its owner from an older generation when its current owner holds two or more
 * partitions more. Kafka assumes that earlier owner is still present and subscribed; this skips the
 * move when it is not, rather than give a member a partition of a topic it left.
 */
function moveToPreviousOwner(state: GeneralStickyState, tp: TopicPartition): boolean {
  const name = partitionName(tp);
  const owner = state.owners.get(name);
  const previous = state.previousOwners.get(name);
  if (owner === undefined || previous === undefined || !state.current.has(previous)) return false;
  if (!isSubscribed(state.view, previous, tp.topic)) return false;
  if (sizeOf(state, owner) <= sizeOf(state, previous) + 1) return false;
  reassign(state, tp, previous);
  return true;
}

/** Moves `tp` to the least-loaded subscriber when some subscriber holds two or more fewer. */
function moveToLeastLoaded(state: GeneralStickyState, tp: TopicPartition): boolean {
  const owner = state.owners.get(partitionName(tp));
  if (owner === undefined) return false;
  const ownerSize = sizeOf(state, owner);
  const subscribers = state.topicConsumers.get(tp.topic) ?? [];
  const lighter = subscribers.some(
    (id) => state.current.has(id) && ownerSize > sizeOf(state, id) + 1,
  );
  const target = lighter ? leastLoadedSubscriber(state, tp.topic) : undefined;
  if (target === undefined) return false;
  reassign(state, tp, target);
  return true;
}
