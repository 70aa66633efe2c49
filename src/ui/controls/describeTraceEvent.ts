// Significant trace events in plain words, for the screen-reader live region. Only events that
// change the story are described (interventions, rebalances, crashes, failovers); the steady
// stream of records would drown them.

import type { TraceEvent } from '../../engine/index.ts';
import { describeCommand } from './entityActions.ts';

/**
 * A sentence for a significant event, or null for the ordinary ones.
 *
 * @example
 * describeTraceEvent({ atMs: 9, type: 'broker.crashed', broker: 'b1' }); // "Broker b1 crashed."
 */
export function describeTraceEvent(event: TraceEvent): string | null {
  switch (event.type) {
    case 'intervention.applied':
      return `Intervention: ${describeCommand(event.command)}.`;
    case 'group.rebalance.started':
      return `Group ${event.group} started a rebalance (${event.reason}).`;
    case 'group.rebalance.completed':
      return `Group ${event.group} finished rebalancing, generation ${event.generation}.`;
    case 'consumer.crashed':
      return `Consumer ${event.consumer} crashed.`;
    case 'consumer.left':
      return `Consumer ${event.consumer} left the group.`;
    case 'broker.crashed':
      return `Broker ${event.broker} crashed.`;
    case 'broker.restarted':
      return `Broker ${event.broker} restarted.`;
    case 'broker.failure.detected':
      return `The controller noticed that broker ${event.broker} is down.`;
    case 'partition.offline':
      return `Partition ${event.partition} is offline.`;
    case 'partition.leader.elected':
      return `Broker ${event.leader} now leads ${event.partition}.`;
    case 'intervention.rejected':
      return `Not done: ${event.reason}.`;
    case 'topic.partitions.increased':
      return `Topic ${event.topic} grew from ${event.from} to ${event.to} partitions.`;
    case 'consumer.metadata.updated':
      return `${event.consumer}, leader of ${event.group}, saw ${event.partitions} partitions in its metadata and rejoins so the group can rebalance.`;
    case 'producer.metadata.updated':
      return `Producer ${event.producer} refreshed its metadata: ${event.topic} has ${event.to} partitions, and keys map onto all of them.`;
    case 'source.partitions.discovered':
      return `${event.operator === undefined ? event.job : `${event.job}/${event.operator}`} found partitions ${event.from} to ${event.to - 1} of ${event.topic} and reads them from the earliest offset.`;
    case 'producer.burst.ended':
      return `The hot-key burst of producer ${event.producer} ended.`;
    default:
      return null;
  }
}

/** Sentences shown at most per announcement; the rest are counted. */
const SENTENCES_MAX = 3;

/**
 * One announcement for a batch of new events, or null when none is significant.
 *
 * @example
 * describeTraceEvents(newEvents); // "Broker b1 crashed. Broker b2 now leads orders-0."
 */
export function describeTraceEvents(events: readonly TraceEvent[]): string | null {
  const sentences = events.map(describeTraceEvent).filter((text) => text !== null);
  if (sentences.length === 0) return null;
  const shown = sentences.slice(-SENTENCES_MAX);
  const more = sentences.length - shown.length;
  return more > 0 ? `${more} earlier events, then: ${shown.join(' ')}` : shown.join(' ');
}
