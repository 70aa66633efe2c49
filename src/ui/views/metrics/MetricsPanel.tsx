// Three small charts over the whole scenario with the playhead: consumer-group lag, throughput
// and end-to-end latency percentiles, all folded incrementally from the trace.

import type { Simulation } from '../../../engine/index.ts';
import { metricsCharts } from './metricsSeries.ts';
import { TimeSeriesChart } from './TimeSeriesChart.tsx';
import { useMetrics } from './useMetrics.ts';

export interface MetricsPanelProps {
  readonly sim: Simulation;
  readonly durationMs: number;
}

export function MetricsPanel({ sim, durationMs }: MetricsPanelProps) {
  const snapshot = useMetrics(sim);
  const charts = metricsCharts(snapshot);
  const common = { durationMs, nowMs: snapshot.nowMs };
  return (
    <section className="panel metrics" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Metrics</h2>
      <div className="metric-grid-layout">
        <TimeSeriesChart
          title="Consumer-group lag"
          unit="records"
          series={charts.lag}
          note="log end − committed offset, summed over the group's partitions"
          {...common}
        />
        <TimeSeriesChart
          title="Throughput"
          unit="records/s"
          series={charts.throughput}
          {...common}
        />
        <TimeSeriesChart
          title="End-to-end latency"
          unit="ms, log scale"
          series={charts.latency}
          yAxis="log"
          note="processed time − producedAtMs, per simulated second"
          {...common}
        />
      </div>
    </section>
  );
}
