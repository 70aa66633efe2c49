// Growing a topic, as `kafka-topics --alter --partitions` does. The new partitions come from the
// slots the topic reserved (`maxPartitions`), so no global partition index ever moves. Kafka only
// adds partitions. Producers learn the new count at their next metadata refresh
// (metadata.max.age.ms, producerMetadata.ts) and from then on map keys by murmur2 over it; the
// leader of each subscribed group notices at its next refresh and rejoins, which rebalances the
// group (consumerMetadata.ts). It must not touch the logs.

import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { startFollowerFetch } from './replicaFetcher.ts';

/** Partitions of topic `topic` (an index into `w.index.topics`) that exist now. */
export function activePartitionCount(w: World, topic: number): number {
  const t = w.index.topics[topic]!;
  let n = t.count;
  while (n < t.slots && w.m.partitions[t.base + n]!.active) n++;
  return n;
}

/**
 * Why the topic cannot grow to `partitions` now, in Kafka's terms, or null when it can.
 *
 * @example
 * alterPartitionsProblem(3, 6, 2); // 'orders has 3 partitions and Kafka can only add partitions, ...'
 */
export function alterPartitionsProblem(
  current: number,
  max: number,
  partitions: number,
  topic = 'the topic',
): string | null {
  if (partitions <= current) {
    return `${topic} has ${current} partitions and Kafka can only add partitions (kafka-topics --alter refuses ${partitions}): fewer partitions would strand records and move keys`;
  }
  if (partitions > max)
    return `${topic} reserves at most ${max} partitions (maxPartitions), so it cannot grow to ${partitions}`;
  return null;
}

/**
 * A new partition gets a leader now: the first live broker of its replica list, with every live
 * replica in sync (its log is empty). With no live replica it starts offline and is elected when
 * one of its brokers restarts.
 */
function createPartition(w: World, partition: number): void {
  const ps = w.m.partitions[partition]!;
  const live = ps.replicas.filter((r) => w.m.brokers[r.broker]!.up);
  ps.active = true;
  for (const r of ps.replicas) r.lastCaughtUpMs = w.m.nowMs;
  if (live.length === 0) {
    ps.leader = -1;
    emit(w, {
      atMs: w.m.nowMs,
      type: 'partition.offline',
      partition: w.index.partitionNames[partition]!,
    });
    return;
  }
  ps.leader = live[0]!.broker;
  ps.lastLeader = ps.leader;
  ps.isr = live.map((r) => r.broker);
  ps.replicas.forEach((r, j) => {
    if (r.broker !== ps.leader && w.m.brokers[r.broker]!.up) startFollowerFetch(w, partition, j);
  });
}

/** Handles `topic.alterPartitions`: grows the topic, or traces why it cannot. */
export function alterPartitions(w: World, topicName: string, partitions: number): void {
  const topic = w.index.topics.findIndex((t) => t.name === topicName);
  if (topic < 0) throw new Error(`no topic named ${topicName}`);
  const t = w.index.topics[topic]!;
  const from = activePartitionCount(w, topic);
  const problem = alterPartitionsProblem(from, t.slots, partitions, topicName);
  if (problem !== null) {
    emit(w, {
      atMs: w.m.nowMs,
      type: 'intervention.rejected',
      command: 'topic.alterPartitions',
      target: topicName,
      reason: problem,
    });
    return;
  }
  emit(w, {
    atMs: w.m.nowMs,
    type: 'topic.partitions.increased',
    topic: topicName,
    from,
    to: partitions,
  });
  for (let local = from; local < partitions; local++) createPartition(w, t.base + local);
}
