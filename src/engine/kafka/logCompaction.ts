// Log compaction, as Kafka's log cleaner does it: in the cleanable part of the log (closed
// segments below the high watermark) only the latest record of each key survives; tombstones
// (null values) survive `delete.retention.ms` and then go too. Offsets never change, so compaction
// leaves gaps. The active segment is never touched.

import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { keyAt, recordAt } from './partitionLog.ts';

function isRemoved(sorted: readonly number[], offset: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === offset) return true;
    if (v < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Offsets in [from, to) that compaction may drop now. */
function removableOffsets(w: World, partition: number, from: number, to: number): number[] {
  const ps = w.m.partitions[partition]!;
  const topic = w.scenario.topology.topics[w.index.partitionTopic[partition]!]!;
  const latest = new Map<string, number>();
  for (let o = from; o < to; o++) {
    if (isRemoved(ps.compactedAway, o)) continue;
    const key = keyAt(w, partition, o);
    if (key !== null) latest.set(key, o);
  }
  const tombstoneHorizonMs = w.m.nowMs - (topic.deleteRetentionMs ?? 86_400_000);
  const removable: number[] = [];
  for (let o = from; o < to; o++) {
    if (isRemoved(ps.compactedAway, o)) continue;
    const r = recordAt(w, partition, o);
    if (r.key === null) continue;
    const superseded = latest.get(r.key) !== o;
    const expiredTombstone = r.value === null && r.atMs < tombstoneHorizonMs;
    if (superseded || expiredTombstone) removable.push(o);
  }
  return removable;
}

/**
 * The compaction gaps a new leader's log keeps after an unclean election cut it to `leo`. Kafka
 * never cleans the active segment, so gaps in what is now the active one go; and a record removed
 * because a later record had its key stays removed only if such a later record is still in the
 * log (removed tombstones stay removed). Without this, the new leader's last record could be a gap.
 */
export function gapsAfterTruncation(w: World, partition: number, leo: number): number[] {
  const ps = w.m.partitions[partition]!;
  const active = ps.segments[ps.segments.length - 1];
  const cleanableEnd = Math.min(leo, active ? active.baseOffset : leo);
  const kept = ps.compactedAway.filter((o) => o < cleanableEnd);
  if (kept.length === 0) return kept;
  const latest = new Map<string, number>();
  for (let o = ps.logStartOffset; o < leo; o++) {
    const key = keyAt(w, partition, o);
    if (key !== null) latest.set(key, o);
  }
  return kept.filter((o) => {
    const r = recordAt(w, partition, o);
    return r.value === null || (r.key !== null && latest.get(r.key) !== o);
  });
}

/** Cleans one partition of a compacted topic. */
export function compactPartition(w: World, partition: number): void {
  const ps = w.m.partitions[partition]!;
  const active = ps.segments[ps.segments.length - 1];
  if (!active || ps.leader < 0) return;
  const to = Math.min(active.baseOffset, ps.highWatermark);
  if (to <= ps.logStartOffset) return;
  const removed = removableOffsets(w, partition, ps.logStartOffset, to);
  if (removed.length === 0) return;
  ps.compactedAway = [...ps.compactedAway, ...removed].sort((a, b) => a - b);
  emit(w, {
    atMs: w.m.nowMs,
    type: 'log.compacted',
    partition: w.index.partitionNames[partition]!,
    upToOffset: to,
    removedOffsets: removed,
  });
}

/** Handles `logCleaner`: the cleaner wakes every `log.cleaner.backoff.ms` and cleans what it can. */
export function onLogCleaner(w: World, intervalMs: number): void {
  w.m.partitions.forEach((ps, p) => {
    const topic = w.scenario.topology.topics[w.index.partitionTopic[p]!]!;
    if (ps.active && (topic.cleanupPolicy ?? 'delete').includes('compact')) compactPartition(w, p);
  });
  schedule(w, w.m.nowMs + intervalMs, EventKind.logCleaner, intervalMs);
}

export { isRemoved };
