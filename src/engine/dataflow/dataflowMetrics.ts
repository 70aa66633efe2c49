// The dataflow's metrics, sampled into the trace at a fixed interval of simulated time:
// throughput, consumer lag per partition, end-to-end latency percentiles, watermark lag, state
// size, buffer fill, and the last checkpoint's duration.

import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import type { DataflowPlan } from './dataflowPlan.ts';
import type { DataflowState } from './dataflowTypes.ts';
import { stateSize } from './stateTtl.ts';

/** Nearest-rank percentile of sorted values, or null when there are none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function lagByPartition(w: World, df: DataflowState): Record<string, number> {
  const lag: Record<string, number> = {};
  for (const row of df.subtasks) {
    for (const st of row) {
      if (st.op.kind !== 'source') continue;
      for (const sp of st.op.partitions) {
        const ps = w.m.partitions[sp.partition]!;
        lag[w.index.partitionNames[sp.partition]!] = Math.max(
          0,
          ps.highWatermark - Math.max(sp.position, ps.logStartOffset),
        );
      }
    }
  }
  return lag;
}

function bufferFillPercent(plan: DataflowPlan, df: DataflowState): number {
  if (!plan.continuous) return 0;
  const fullest = df.channels.reduce((m, ch) => Math.max(m, ch.records), 0);
  return Math.round((fullest * 100) / plan.bufferRecords);
}

/** Emits one `dataflow.metrics` sample and starts the next interval. */
export function sampleMetrics(w: World, plan: DataflowPlan, df: DataflowState): void {
  const intervalMs = plan.spec.metricsIntervalMs ?? 1000;
  const sorted = df.latenciesSinceSample.slice().sort((a, b) => a - b);
  const lag = lagByPartition(w, df);
  const stateByOperator: Record<string, number> = {};
  plan.ops.forEach(
    (o, i) =>
      (stateByOperator[o.spec.id] = df.subtasks[i]!.reduce((n, st) => n + stateSize(st.op), 0)),
  );
  const terminal = plan.ops.flatMap((o, i) =>
    o.out.length === 0 ? [df.opWatermarks[i] ?? null] : [],
  );
  const watermark = terminal.includes(null) ? null : Math.min(...(terminal as number[]));
  emit(w, {
    atMs: w.m.nowMs,
    type: 'dataflow.metrics',
    job: plan.spec.id,
    // Over the time since the last sample: micro-batches sample only at batch boundaries.
    recordsPerSecond: Math.round(
      (df.readSinceSample * 1000) / Math.max(1, w.m.nowMs - df.lastSampleAtMs),
    ),
    lagRecords: Object.values(lag).reduce((n, l) => n + l, 0),
    lagByPartition: lag,
    latencyMsP50: percentile(sorted, 50),
    latencyMsP95: percentile(sorted, 95),
    latencyMsP99: percentile(sorted, 99),
    watermarkLagMs: watermark === null ? null : w.m.nowMs - watermark,
    stateEntries: Object.values(stateByOperator).reduce((n, s) => n + s, 0),
    stateByOperator,
    bufferFillPercent: bufferFillPercent(plan, df),
    checkpointDurationMs: df.lastCheckpointDurationMs,
  });
  df.readSinceSample = 0;
  df.lastSampleAtMs = w.m.nowMs;
  df.latenciesSinceSample = [];
  df.nextMetricsAtMs = w.m.nowMs + intervalMs;
}
