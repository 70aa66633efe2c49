// The small multiples of one dataflow, from its sampled `dataflow.metrics` events, each with the
// playhead. Charts reuse TimeSeriesChart, so they look and read like the consumer-group charts.

import type { DataflowMetricsSample } from './dataflowMetricsFold.ts';
import './dataflowMetrics.css';
import { dataflowCharts } from './dataflowMetricsSeries.ts';
import { TimeSeriesChart } from './TimeSeriesChart.tsx';

export interface DataflowMetricsChartsProps {
  readonly dataflowId: string;
  readonly samples: readonly DataflowMetricsSample[];
  readonly durationMs: number;
  readonly nowMs: number;
  /** Whether the dataflow takes checkpoints; without, its duration chart is left out. */
  readonly checkpoints: boolean;
}

export function DataflowMetricsCharts({
  dataflowId,
  samples,
  durationMs,
  nowMs,
  checkpoints,
}: DataflowMetricsChartsProps) {
  const charts = dataflowCharts(samples);
  const common = { durationMs, nowMs };
  return (
    <div className="metric-group" data-testid={`dataflow-metrics-${dataflowId}`}>
      <h3 className="metric-group-title">
        Dataflow <strong>{dataflowId}</strong> <span className="muted">(sampled by the job)</span>
      </h3>
      <div className="metric-grid-layout">
        <TimeSeriesChart
          title={`${dataflowId}: throughput`}
          unit="records/s read"
          series={charts.throughput}
          {...common}
        />
        <TimeSeriesChart
          title={`${dataflowId}: source lag`}
          unit="records"
          series={charts.lag}
          note="high watermark − source position, summed over partitions"
          {...common}
        />
        <TimeSeriesChart
          title={`${dataflowId}: end-to-end latency`}
          unit="ms, log scale"
          series={charts.latency}
          yAxis="log"
          note="record created (or window fired) → written by a sink"
          {...common}
        />
        <TimeSeriesChart
          title={`${dataflowId}: watermark lag`}
          unit="ms"
          series={charts.watermarkLag}
          note="processing time − watermark at the end of the graph"
          {...common}
        />
        <TimeSeriesChart
          title={`${dataflowId}: state size`}
          unit="entries"
          series={charts.state}
          {...common}
        />
        <TimeSeriesChart
          title={`${dataflowId}: buffer fill`}
          unit="% of the fullest channel"
          series={charts.bufferFill}
          note="100% means a sender is out of credit: backpressure"
          {...common}
        />
        {checkpoints && (
          <TimeSeriesChart
            title={`${dataflowId}: checkpoint duration`}
            unit="ms"
            series={charts.checkpointDuration}
            note="barriers injected → last acknowledgement, of the last completed checkpoint"
            {...common}
          />
        )}
      </div>
    </div>
  );
}
