// Turns a dataflow's metrics samples into the series of its small multiples: throughput, source
// lag, end-to-end latency percentiles, watermark lag, state size per operator, buffer fill and
// checkpoint duration. Colours are Okabe & Ito's and every series of a chart has its own dash.

import { OKABE_ITO } from '../../viz/palettes.ts';
import type { SeriesInput } from '../../viz/timeSeriesLayout.ts';
import type { DataflowMetricsSample } from './dataflowMetricsFold.ts';

const DASHES = ['', '6 3', '2 2', '8 3 2 3'] as const;

export interface DataflowCharts {
  readonly throughput: readonly SeriesInput[];
  readonly lag: readonly SeriesInput[];
  readonly latency: readonly SeriesInput[];
  readonly watermarkLag: readonly SeriesInput[];
  readonly state: readonly SeriesInput[];
  readonly bufferFill: readonly SeriesInput[];
  readonly checkpointDuration: readonly SeriesInput[];
}

function series(
  id: string,
  label: string,
  i: number,
  samples: readonly DataflowMetricsSample[],
  read: (s: DataflowMetricsSample) => number | null,
): SeriesInput {
  return {
    id,
    label,
    colour: OKABE_ITO[i % OKABE_ITO.length] ?? '#000000',
    dash: DASHES[i % DASHES.length] ?? '',
    points: samples.map((s) => ({ tMs: s.atMs, value: read(s) })),
  };
}

/**
 * The series of every chart; state gets one series per operator that ever held state (or one
 * `total` series when none did), so the learner sees which operator grows.
 *
 * @example
 * dataflowCharts(samples).latency.map((s) => s.label); // ['p50', 'p95', 'p99']
 */
export function dataflowCharts(samples: readonly DataflowMetricsSample[]): DataflowCharts {
  const stateful = [...new Set(samples.flatMap((s) => Object.keys(s.stateByOperator)))].filter(
    (op) => samples.some((s) => (s.stateByOperator[op] ?? 0) > 0),
  );
  return {
    throughput: [series('read', 'read', 0, samples, (s) => s.recordsPerSecond)],
    lag: [series('lag', 'lag', 0, samples, (s) => s.lagRecords)],
    latency: [
      series('p50', 'p50', 0, samples, (s) => s.latencyMsP50),
      series('p95', 'p95', 3, samples, (s) => s.latencyMsP95),
      series('p99', 'p99', 1, samples, (s) => s.latencyMsP99),
    ],
    watermarkLag: [series('watermark-lag', 'watermark lag', 0, samples, (s) => s.watermarkLagMs)],
    state:
      stateful.length === 0
        ? [series('state', 'total', 0, samples, (s) => s.stateEntries)]
        : stateful.map((op, i) =>
            series(`state-${op}`, op, i, samples, (s) => s.stateByOperator[op] ?? 0),
          ),
    bufferFill: [series('buffer', 'fullest channel', 0, samples, (s) => s.bufferFillPercent)],
    checkpointDuration: [
      series('checkpoint', 'last checkpoint', 0, samples, (s) => s.checkpointDurationMs),
    ],
  };
}
