import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../../engine/index.ts';
import { createDataflowMetricsFold } from './dataflowMetricsFold.ts';
import { dataflowCharts } from './dataflowMetricsSeries.ts';

function sample(
  atMs: number,
  over: Partial<Extract<TraceEvent, { type: 'dataflow.metrics' }>> = {},
): TraceEvent {
  return {
    atMs,
    type: 'dataflow.metrics',
    job: 'df',
    recordsPerSecond: 100,
    lagRecords: 4,
    lagByPartition: { 'orders-0': 4 },
    latencyMsP50: 20,
    latencyMsP95: 40,
    latencyMsP99: 90,
    watermarkLagMs: 300,
    stateEntries: 0,
    stateByOperator: { src: 0, count: 0 },
    bufferFillPercent: 10,
    checkpointDurationMs: null,
    ...over,
  };
}

describe('dataflowMetricsFold', () => {
  test('keeps each job’s samples in order, and forgets those past a truncation', () => {
    const fold = createDataflowMetricsFold();
    fold.add(
      [
        sample(1000),
        { atMs: 1500, type: 'checkpoint.started', job: 'df', checkpoint: 1 },
        sample(2000),
        sample(2000, { job: 'other' }),
      ],
      0,
    );
    expect(
      fold
        .snapshot(2000)
        .get('df')
        ?.map((s) => s.atMs),
    ).toEqual([1000, 2000]);
    expect(fold.snapshot(2000).get('other')).toHaveLength(1);
    fold.truncate?.(2);
    expect(
      fold
        .snapshot(1600)
        .get('df')
        ?.map((s) => s.atMs),
    ).toEqual([1000]);
    expect(fold.snapshot(1600).get('other')).toBeUndefined();
  });
});

describe('dataflowCharts', () => {
  test('puts each sample at its time and leaves gaps where a percentile had no data', () => {
    const fold = createDataflowMetricsFold();
    fold.add([sample(1000, { latencyMsP99: null }), sample(2000, { recordsPerSecond: 150 })], 0);
    const charts = dataflowCharts(fold.snapshot(2000).get('df')!);
    expect(charts.throughput[0]?.points).toEqual([
      { tMs: 1000, value: 100 },
      { tMs: 2000, value: 150 },
    ]);
    expect(charts.latency.map((s) => s.label)).toEqual(['p50', 'p95', 'p99']);
    expect(charts.latency[2]?.points[0]?.value).toBeNull();
    expect(new Set(charts.latency.map((s) => s.dash)).size).toBe(3);
    expect(charts.checkpointDuration[0]?.points.map((p) => p.value)).toEqual([null, null]);
  });

  test('state gets a series per operator that ever held state, else one total', () => {
    const fold = createDataflowMetricsFold();
    fold.add(
      [sample(1000), sample(2000, { stateEntries: 7, stateByOperator: { src: 0, count: 7 } })],
      0,
    );
    const charts = dataflowCharts(fold.snapshot(2000).get('df')!);
    expect(charts.state.map((s) => s.label)).toEqual(['count']);
    expect(charts.state[0]?.points.map((p) => p.value)).toEqual([0, 7]);
    expect(
      dataflowCharts(fold.snapshot(2000).get('df')!.slice(0, 1)).state.map((s) => s.label),
    ).toEqual(['total']);
  });
});
