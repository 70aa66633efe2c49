// Readers outside a consumer group learn of partitions added to their topic only when they look.
// Flink's KafkaSource looks every partition.discovery.interval.ms (5 minutes by default since
// Flink 1.18, FLIP-288; 0 turns it off) and reads a partition it discovers from the earliest
// offset, so no record written before the discovery is skipped. Until then the new partitions'
// records wait unread, and their lag grows: the cost of growing a topic under a running job.

import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { activePartitionCount } from './topicPartitions.ts';

/** Flink's default partition.discovery.interval.ms. */
export const DEFAULT_PARTITION_DISCOVERY_INTERVAL_MS = 300_000;

/**
 * Whether a discovery falls in the step `(nowMs - stepMs, nowMs]` of a reader that runs every
 * `stepMs`. Discovery is idempotent, so a step that sees a boundary twice after a restart is
 * harmless; this only keeps the look-ups at the configured rate.
 */
export function discoveryDue(nowMs: number, stepMs: number, intervalMs: number): boolean {
  if (intervalMs <= 0) return false;
  return Math.floor(nowMs / intervalMs) > Math.floor((nowMs - stepMs) / intervalMs);
}

/**
 * How many partitions of `topicName` exist now, with its index, for a reader that knows `known`
 * of them; traces the discovery when there are more.
 */
export function discoverPartitions(
  w: World,
  reader: { job: string; operator?: string },
  topicName: string,
  known: number,
): { topic: number; count: number } {
  const topic = w.index.topics.findIndex((t) => t.name === topicName);
  const count = activePartitionCount(w, topic);
  if (count > known) {
    emit(w, {
      atMs: w.m.nowMs,
      type: 'source.partitions.discovered',
      ...reader,
      topic: topicName,
      from: known,
      to: count,
    });
  }
  return { topic, count };
}
