// A consumer group notices that a subscribed topic grew only when its leader's metadata shows it.
// Kafka's ConsumerCoordinator has the leader compare each metadata refresh (every
// metadata.max.age.ms, 5 minutes by default) with the partitions the current assignment was made
// for, and rejoin when they differ; the coordinator then rebalances the whole group. Until then
// the new partitions have no owner and their lag grows.

import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { DEFAULT_METADATA_MAX_AGE_MS } from './producerMetadata.ts';
import { activePartitionCount } from './topicPartitions.ts';

/** A consumer fetches metadata as it starts. */
export function fetchConsumerMetadata(w: World, consumer: number): void {
  w.m.consumers[consumer]!.metadataAtMs = w.m.nowMs;
}

/** Partitions of the group's subscribed topics that exist now. */
function subscribedPartitions(w: World, group: number): number {
  let n = 0;
  for (const name of w.scenario.topology.consumerGroups[group]!.topics) {
    const topic = w.index.topics.findIndex((t) => t.name === name);
    if (topic >= 0) n += activePartitionCount(w, topic);
  }
  return n;
}

/**
 * Refreshes the consumer's metadata when metadata.max.age.ms has passed, called at each poll. The
 * leader of a Stable group whose assignment leaves some subscribed partition without an owner
 * (the topic grew) asks to rejoin, which rebalances the group.
 */
export function refreshConsumerMetadataIfDue(w: World, consumer: number): void {
  const cs = w.m.consumers[consumer]!;
  const group = w.index.consumers[consumer]!.group;
  const spec = w.scenario.topology.consumerGroups[group]!;
  const maxAge = spec.metadataMaxAgeMs ?? DEFAULT_METADATA_MAX_AGE_MS;
  const last = cs.metadataAtMs;
  if (w.m.nowMs - last < maxAge) return;
  // Refreshes come at fixed intervals from the last fetch, not from this late check.
  cs.metadataAtMs = w.m.nowMs - ((w.m.nowMs - last) % maxAge);
  const gs = w.m.groups[group]!;
  if (gs.state !== 'Stable' || gs.leader === null || cs.rejoinNeeded) return;
  const leader = gs.members.find((m) => m.memberId === gs.leader);
  if (leader?.consumer !== consumer) return;
  const assigned = Object.values(gs.assignment).reduce((n, names) => n + names.length, 0);
  const subscribed = subscribedPartitions(w, group);
  if (assigned >= subscribed) return;
  cs.rejoinNeeded = true;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'consumer.metadata.updated',
    consumer: w.index.consumers[consumer]!.id,
    group: spec.id,
    partitions: subscribed,
  });
}
