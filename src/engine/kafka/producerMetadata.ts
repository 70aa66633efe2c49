// A Kafka producer partitions records over the partitions its metadata lists. It fetches metadata
// when it starts and then every metadata.max.age.ms (5 minutes by default), so after a topic grows
// it keeps writing to the old partitions, and keyed records keep their old partitions, until its
// next refresh. (A real producer also refreshes early on errors such as NOT_LEADER_OR_FOLLOWER;
// here leadership is followed separately and does not need it.)

import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { activePartitionCount } from './topicPartitions.ts';

/** Kafka's default metadata.max.age.ms. */
export const DEFAULT_METADATA_MAX_AGE_MS = 300_000;

/** Fetches metadata now: the producer learns the topic's partition count. */
export function fetchProducerMetadata(w: World, p: number): void {
  const st = w.m.producers[p]!;
  st.metadataAtMs = w.m.nowMs;
  const count = activePartitionCount(w, w.index.producers[p]!.topic);
  if (count === st.partitionCount) return;
  const from = st.partitionCount;
  st.partitionCount = count;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'producer.metadata.updated',
    producer: w.index.producers[p]!.id,
    topic: w.index.topics[w.index.producers[p]!.topic]!.name,
    from,
    to: count,
  });
}

/**
 * Refreshes the producer's metadata if metadata.max.age.ms has passed since the last fetch. It is
 * called before each record is partitioned, which is the only moment the count matters, so a
 * refresh that fell due while the producer was idle takes effect at the next record.
 */
export function refreshProducerMetadataIfDue(w: World, p: number): void {
  const st = w.m.producers[p]!;
  const maxAge = w.scenario.topology.producers[p]!.metadataMaxAgeMs ?? DEFAULT_METADATA_MAX_AGE_MS;
  const last = st.metadataAtMs;
  if (w.m.nowMs - last < maxAge) return;
  fetchProducerMetadata(w, p);
  // Refreshes come at fixed intervals from the last fetch, not from this late check.
  st.metadataAtMs = w.m.nowMs - ((w.m.nowMs - last) % maxAge);
}
