// The one command a topic takes: more partitions (kafka-topics --alter --partitions). Kafka only
// adds partitions, and a scenario reserves at most `maxPartitions` for a topic, so the action is
// offered up to that maximum and, when it is off, says which of the two stops it.

import type { WorldView } from '../../engine/index.ts';
import type { EntityAction, FaultSettings } from './entityActions.ts';

/**
 * Why a topic with `partitions` of at most `maxPartitions` cannot grow to `to`, or null if it can.
 *
 * @example
 * growthProblem('orders', 4, 4, 5); // "orders already has its maximum of 4 partitions (maxPartitions in the scenario); Kafka can never remove partitions"
 */
export function growthProblem(
  topic: string,
  partitions: number,
  maxPartitions: number,
  to: number,
): string | null {
  if (to <= maxPartitions) return null;
  if (partitions >= maxPartitions) {
    return `${topic} already has its maximum of ${maxPartitions} partitions (maxPartitions in the scenario); Kafka can never remove partitions`;
  }
  return `${topic} may grow to ${maxPartitions} partitions at most (maxPartitions in the scenario): add ${maxPartitions - partitions} or fewer`;
}

/** The actions for topic `target`; empty when the world has no such topic. */
export function topicActions(
  target: string,
  world: WorldView,
  settings: FaultSettings,
): EntityAction[] {
  const topic = world.topics.find((t) => t.name === target);
  if (topic === undefined) return [];
  const to = topic.partitions + settings.addPartitions;
  const problem = growthProblem(target, topic.partitions, topic.maxPartitions, to);
  return [
    {
      label: `Grow to ${to} partitions`,
      command: { type: 'topic.alterPartitions', target, partitions: to },
      enabled: problem === null,
      ...(problem === null ? {} : { reason: problem }),
    },
  ];
}
