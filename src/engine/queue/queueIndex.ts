// Name lookups for queues and queue consumers, which live beside the Kafka entities.

import type { World } from '../world/worldTypes.ts';

export function queueIndexOf(w: World, name: string): number {
  const q = (w.scenario.topology.queues ?? []).findIndex((x) => x.name === name);
  if (q < 0) throw new Error(`no queue named ${name}`);
  return q;
}

/** Index of the queue consumer with this id, or -1. */
export function queueConsumerIndexOf(w: World, id: string): number {
  return (w.scenario.topology.queueConsumers ?? []).findIndex((c) => c.id === id);
}
