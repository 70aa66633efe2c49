import { describe, expect, test } from 'vitest';
import { latestValue, metricsCharts } from './metricsSeries.ts';

const SNAPSHOT = {
  nowMs: 2500,
  groups: ['g1'],
  lagNowRecords: [7],
  buckets: [
    { endMs: 1000, appendedRecords: 10, processedRecords: 4, lagRecords: [6], latency: null },
    {
      endMs: 2000,
      appendedRecords: 8,
      processedRecords: 9,
      lagRecords: [5],
      latency: { p50: 3, p95: 9, p99: 12, count: 9 },
    },
  ],
};

describe('metricsCharts', () => {
  test('puts each second at its end, lag from zero up to now, and gaps where no record was processed', () => {
    const charts = metricsCharts(SNAPSHOT);
    expect(charts.lag[0]?.points).toEqual([
      { tMs: 0, value: 0 },
      { tMs: 1000, value: 6 },
      { tMs: 2000, value: 5 },
      { tMs: 2500, value: 7 },
    ]);
    expect(charts.throughput.map((s) => s.points.map((p) => p.value))).toEqual([
      [10, 8],
      [4, 9],
    ]);
    expect(charts.latency[2]?.points).toEqual([
      { tMs: 1000, value: null },
      { tMs: 2000, value: 12 },
    ]);
    // Series never differ by colour alone.
    expect(new Set(charts.latency.map((s) => s.dash)).size).toBe(3);
  });

  test('latestValue skips trailing gaps', () => {
    const series = {
      id: 'x',
      label: 'x',
      colour: '#000',
      dash: '',
      points: [
        { tMs: 0, value: 4 },
        { tMs: 1, value: null },
      ],
    };
    expect(latestValue(series)).toBe(4);
    expect(latestValue({ ...series, points: [] })).toBeNull();
  });
});
