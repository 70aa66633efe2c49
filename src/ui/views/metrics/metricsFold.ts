// Folds the trace into per-second metrics: records appended and processed, consumer-group lag at
// the end of each second, and end-to-end latency percentiles (processing time minus the record's
// producedAtMs). Memory is bounded by the scenario's length in seconds: each closed second keeps
// a handful of numbers, and only the open second keeps its raw latencies until it closes.

import type { LogRecord, TraceEvent } from '../../../engine/index.ts';
import { latencyPercentiles, type LatencyPercentiles } from '../../viz/percentile.ts';
import type { TraceFold } from '../traceFollower.ts';

export const BUCKET_MS = 1000;

export interface MetricsGroup {
  readonly id: string;
  /** The partitions the group subscribes to. */
  readonly partitions: readonly string[];
}

export interface MetricsBucket {
  /** The bucket covers [endMs - BUCKET_MS, endMs). */
  readonly endMs: number;
  readonly appendedRecords: number;
  readonly processedRecords: number;
  /** Lag per group (in `groups` order) at the end of the second. */
  readonly lagRecords: readonly number[];
  readonly latency: LatencyPercentiles | null;
}

export interface MetricsSnapshot {
  readonly nowMs: number;
  readonly groups: readonly string[];
  /** Closed seconds, oldest first. */
  readonly buckets: readonly MetricsBucket[];
  readonly lagNowRecords: readonly number[];
}

/** Finds the records of a partition, to read producedAtMs by offset. */
export type RecordsOf = (partition: string) => readonly (LogRecord | undefined)[] | undefined;

/**
 * Creates the metrics fold. Lag is counted from the committed offset (or log start) to the log
 * end, which the trace records; Kafka counts to the high watermark, a few ms behind with replicas.
 *
 * @example
 * const fold = createMetricsFold([{ id: 'g1', partitions: ['orders-0'] }], recordsOf);
 * fold.add(events, 0);
 * fold.snapshot(5_000).buckets.length; // 5
 */
export function createMetricsFold(
  groups: readonly MetricsGroup[],
  recordsOf: RecordsOf,
): TraceFold<MetricsSnapshot> {
  const s = emptyState();
  const lagOf = (group: MetricsGroup): number => {
    let lag = 0;
    const committed = s.committed.get(group.id);
    for (const p of group.partitions) {
      const from = committed?.get(p) ?? s.logStart.get(p) ?? 0;
      lag += Math.max(0, (s.logEnd.get(p) ?? 0) - from);
    }
    return lag;
  };
  const closeBefore = (bucketIndex: number): void => {
    while (s.openIndex < bucketIndex) {
      s.buckets.push({
        endMs: (s.openIndex + 1) * BUCKET_MS,
        appendedRecords: s.appended,
        processedRecords: s.processed,
        lagRecords: groups.map(lagOf),
        latency: latencyPercentiles(s.latencies),
      });
      s.openIndex += 1;
      s.appended = 0;
      s.processed = 0;
      s.latencies = [];
    }
  };
  return {
    reset: () => Object.assign(s, emptyState()),
    add(events) {
      for (const event of events) {
        closeBefore(Math.floor(event.atMs / BUCKET_MS));
        applyEvent(s, event, recordsOf);
      }
    },
    snapshot(nowMs) {
      closeBefore(Math.floor(nowMs / BUCKET_MS));
      return {
        nowMs,
        groups: groups.map((g) => g.id),
        buckets: s.buckets.slice(),
        lagNowRecords: groups.map(lagOf),
      };
    },
  };
}

interface FoldState {
  openIndex: number;
  appended: number;
  processed: number;
  latencies: number[];
  buckets: MetricsBucket[];
  logEnd: Map<string, number>;
  logStart: Map<string, number>;
  committed: Map<string, Map<string, number>>;
}

function emptyState(): FoldState {
  return {
    openIndex: 0,
    appended: 0,
    processed: 0,
    latencies: [],
    buckets: [],
    logEnd: new Map(),
    logStart: new Map(),
    committed: new Map(),
  };
}

function applyEvent(s: FoldState, event: TraceEvent, recordsOf: RecordsOf): void {
  switch (event.type) {
    case 'record.appended':
      s.appended += 1;
      s.logEnd.set(event.partition, Math.max(s.logEnd.get(event.partition) ?? 0, event.offset + 1));
      return;
    case 'partition.leader.elected':
      // A new leader's log is the log from now on; after an unclean election it may be shorter.
      s.logEnd.set(event.partition, event.logEndOffset);
      return;
    case 'segment.deleted':
      s.logStart.set(event.partition, event.logStartOffset);
      return;
    case 'offset.committed': {
      const byPartition = s.committed.get(event.group) ?? new Map<string, number>();
      byPartition.set(event.partition, event.offset);
      s.committed.set(event.group, byPartition);
      return;
    }
    case 'consumer.processed': {
      s.processed += event.count;
      const records = recordsOf(event.partition);
      for (let o = event.fromOffset; o < event.fromOffset + event.count; o += 1) {
        const record = records?.[o];
        if (record !== undefined) s.latencies.push(event.atMs - record.producedAtMs);
      }
      return;
    }
    default:
      return;
  }
}
