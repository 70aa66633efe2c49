// Which trace events count as "interesting" for the player's jump-to-next-event: the moments a
// learner wants to stop at (rebalances, crashes, elections), not the steady stream of records.
// The set is of strings so event types the engine adds later (window.fired) can be listed today.

import type { TraceEvent } from '../engine/index.ts';

export const INTERESTING_EVENT_TYPES: ReadonlySet<string> = new Set([
  'group.rebalance.started',
  'group.rebalance.completed',
  'group.state.changed',
  'consumer.crashed',
  'consumer.left',
  'broker.crashed',
  'broker.restarted',
  'broker.failure.detected',
  'partition.leader.elected',
  'partition.offline',
  'isr.shrunk',
  'isr.expanded',
  'intervention.applied',
  'window.fired',
]);

/**
 * Tells whether the player should stop at this event when jumping to the next interesting one.
 *
 * @example
 * isInterestingEvent({ atMs: 5, type: 'consumer.crashed', consumer: 'c1' }); // true
 */
export function isInterestingEvent(event: Pick<TraceEvent, 'type'>): boolean {
  return INTERESTING_EVENT_TYPES.has(event.type);
}

/** Index of the first interesting event in `events`, or -1 when there is none. */
export function firstInterestingIndex(events: readonly Pick<TraceEvent, 'type'>[]): number {
  return events.findIndex(isInterestingEvent);
}
