// Turns a metrics snapshot into the series of the three charts. Colours come from Okabe & Ito's
// colour-blind-safe palette, and every series also has its own dash pattern, so no chart relies
// on colour alone.

import { OKABE_ITO } from '../../viz/palettes.ts';
import type { SeriesInput } from '../../viz/timeSeriesLayout.ts';
import type { MetricsSnapshot } from './metricsFold.ts';

const DASHES = ['', '6 3', '2 2', '8 3 2 3'] as const;

export interface MetricsCharts {
  readonly lag: readonly SeriesInput[];
  readonly throughput: readonly SeriesInput[];
  readonly latency: readonly SeriesInput[];
}

/**
 * Builds the chart series; lag ends with a point at `nowMs`, the other charts at the last closed second.
 *
 * @example
 * metricsCharts(snapshot).latency.map((s) => s.label); // ['p50', 'p95', 'p99']
 */
export function metricsCharts(snapshot: MetricsSnapshot): MetricsCharts {
  const { buckets } = snapshot;
  const at = <T>(read: (b: (typeof buckets)[number]) => T) =>
    buckets.map((b) => ({ tMs: b.endMs, value: read(b) }));
  const lag = snapshot.groups.map((group, i): SeriesInput => ({
    id: `lag-${group}`,
    label: group,
    colour: OKABE_ITO[i % OKABE_ITO.length] ?? '#000000',
    dash: DASHES[i % DASHES.length] ?? '',
    points: [
      { tMs: 0, value: 0 },
      ...at((b) => b.lagRecords[i] ?? 0),
      { tMs: snapshot.nowMs, value: snapshot.lagNowRecords[i] ?? 0 },
    ],
  }));
  return {
    lag,
    throughput: [
      {
        id: 'appended',
        label: 'appended',
        colour: '#0072B2',
        dash: '',
        points: at((b) => b.appendedRecords),
      },
      {
        id: 'processed',
        label: 'processed',
        colour: '#D55E00',
        dash: '6 3',
        points: at((b) => b.processedRecords),
      },
    ],
    latency: [
      {
        id: 'p50',
        label: 'p50',
        colour: '#0072B2',
        dash: '',
        points: at((b) => b.latency?.p50 ?? null),
      },
      {
        id: 'p95',
        label: 'p95',
        colour: '#CC79A7',
        dash: '6 3',
        points: at((b) => b.latency?.p95 ?? null),
      },
      {
        id: 'p99',
        label: 'p99',
        colour: '#D55E00',
        dash: '2 2',
        points: at((b) => b.latency?.p99 ?? null),
      },
    ],
  };
}

/** The last non-null value of a series, for the legend. */
export function latestValue(series: SeriesInput): number | null {
  for (let i = series.points.length - 1; i >= 0; i -= 1) {
    const value = series.points[i]?.value;
    if (value !== null && value !== undefined) return value;
  }
  return null;
}
