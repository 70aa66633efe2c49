// Segments and time/size retention. The active segment rolls when it holds `segment.bytes` (here
// counted in records) or is older than `segment.ms`; the retention check deletes whole closed
// segments below the high watermark and moves the log start forward. The active segment is never
// deleted, as in Kafka.

import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';

/** Called for each record before the leader appends it at `offset`. */
export function beforeAppend(
  w: World,
  partition: number,
  offset: number,
  timestampMs: number,
): void {
  const ps = w.m.partitions[partition]!;
  const topic = w.scenario.topology.topics[w.index.partitionTopic[partition]!]!;
  const active = ps.segments[ps.segments.length - 1];
  const full =
    active !== undefined && offset - active.baseOffset >= (topic.segmentRecords ?? Infinity);
  const old =
    active !== undefined && w.m.nowMs - active.createdAtMs >= (topic.segmentMs ?? 604_800_000);
  if (!active || full || old) {
    ps.segments.push({ baseOffset: offset, createdAtMs: w.m.nowMs, maxTimestampMs: timestampMs });
    if (active)
      emit(w, {
        atMs: w.m.nowMs,
        type: 'segment.rolled',
        partition: w.index.partitionNames[partition]!,
        baseOffset: offset,
      });
    return;
  }
  active.maxTimestampMs = Math.max(active.maxTimestampMs, timestampMs);
}

function deleteOldest(w: World, partition: number, reason: string): void {
  const ps = w.m.partitions[partition]!;
  const seg = ps.segments.shift()!;
  const next = ps.segments[0]!;
  ps.logStartOffset = next.baseOffset;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'segment.deleted',
    partition: w.index.partitionNames[partition]!,
    baseOffset: seg.baseOffset,
    endOffset: next.baseOffset,
    reason,
    logStartOffset: ps.logStartOffset,
  });
}

/** Deletes what `retention.ms` and `retention.bytes` allow, oldest first, never the active segment. */
export function applyRetention(w: World, partition: number): void {
  const ps = w.m.partitions[partition]!;
  const topic = w.scenario.topology.topics[w.index.partitionTopic[partition]!]!;
  if (!(topic.cleanupPolicy ?? 'delete').includes('delete')) return;
  for (;;) {
    const [oldest, next] = ps.segments;
    // Only closed segments wholly below the high watermark may go.
    if (!oldest || !next || next.baseOffset > ps.highWatermark) return;
    if (topic.retentionMs !== undefined && oldest.maxTimestampMs < w.m.nowMs - topic.retentionMs) {
      deleteOldest(w, partition, 'retention.ms');
    } else if (
      topic.retentionRecords !== undefined &&
      ps.logEndOffset - next.baseOffset >= topic.retentionRecords
    ) {
      deleteOldest(w, partition, 'retention.bytes');
    } else return;
  }
}

/** Handles `retentionCheck`: Kafka's periodic `log.retention.check.interval.ms` task. */
export function onRetentionCheck(w: World, intervalMs: number): void {
  w.m.partitions.forEach((ps, p) => {
    if (ps.active && w.index.topics[w.index.partitionTopic[p]!]!.tracksSegments)
      applyRetention(w, p);
  });
  schedule(w, w.m.nowMs + intervalMs, EventKind.retentionCheck, intervalMs);
}
