// Collects each dataflow's `dataflow.metrics` samples from the trace, one per metrics interval
// (default one per simulated second), so memory grows with the run's length in intervals, not
// with its records. Samples keep their trace index, so a seek back drops exactly the later ones.

import type { TraceEvent } from '../../../engine/index.ts';
import type { TraceFold } from '../traceFollower.ts';

export type DataflowMetricsSample = Omit<
  Extract<TraceEvent, { type: 'dataflow.metrics' }>,
  'type' | 'job' | 'lagByPartition'
>;

/** Samples by dataflow id, oldest first. */
export type DataflowMetricsSnapshot = ReadonlyMap<string, readonly DataflowMetricsSample[]>;

function toSample(e: Extract<TraceEvent, { type: 'dataflow.metrics' }>): DataflowMetricsSample {
  return {
    atMs: e.atMs,
    recordsPerSecond: e.recordsPerSecond,
    lagRecords: e.lagRecords,
    latencyMsP50: e.latencyMsP50,
    latencyMsP95: e.latencyMsP95,
    latencyMsP99: e.latencyMsP99,
    watermarkLagMs: e.watermarkLagMs,
    stateEntries: e.stateEntries,
    stateByOperator: e.stateByOperator,
    bufferFillPercent: e.bufferFillPercent,
    checkpointDurationMs: e.checkpointDurationMs,
  };
}

/**
 * Creates the fold.
 *
 * @example
 * const store = createTraceDerivedStore(sim, createDataflowMetricsFold());
 * store.getSnapshot().get('df')?.at(-1)?.recordsPerSecond; // 120
 */
export function createDataflowMetricsFold(): TraceFold<DataflowMetricsSnapshot> {
  let kept: {
    readonly index: number;
    readonly job: string;
    readonly sample: DataflowMetricsSample;
  }[] = [];
  let snapshot: DataflowMetricsSnapshot = new Map();
  let stale = false;
  return {
    reset() {
      kept = [];
      stale = true;
    },
    add(events, firstIndex) {
      events.forEach((event, i) => {
        if (event.type !== 'dataflow.metrics') return;
        kept.push({ index: firstIndex + i, job: event.job, sample: toSample(event) });
        stale = true;
      });
    },
    truncate(length) {
      const before = kept.length;
      kept = kept.filter((k) => k.index < length);
      if (kept.length !== before) stale = true;
    },
    snapshot() {
      // Samples arrive once per interval, so most frames reuse the last snapshot unchanged.
      if (stale) {
        const byJob = new Map<string, DataflowMetricsSample[]>();
        for (const k of kept) byJob.set(k.job, [...(byJob.get(k.job) ?? []), k.sample]);
        snapshot = byJob;
      }
      stale = false;
      return snapshot;
    },
  };
}
