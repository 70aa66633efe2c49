// Small charts over the whole scenario with the playhead: consumer-group lag, throughput and
// end-to-end latency percentiles, all folded incrementally from the trace, and for each dataflow
// the series its job samples (throughput, lag, latency, watermark lag, state, buffers, checkpoints).

import { useMemo } from 'react';
import type { Simulation } from '../../../engine/index.ts';
import { useViewsShared } from '../ViewsContext.tsx';
import { DataflowMetricsCharts } from './DataflowMetricsCharts.tsx';
import { metricsCharts } from './metricsSeries.ts';
import { TimeSeriesChart } from './TimeSeriesChart.tsx';
import { useDataflowMetrics } from './useDataflowMetrics.ts';
import { useMetrics } from './useMetrics.ts';

export interface MetricsPanelProps {
  readonly sim: Simulation;
  readonly durationMs: number;
}

export function MetricsPanel({ sim, durationMs }: MetricsPanelProps) {
  const snapshot = useMetrics(sim);
  const dataflowSamples = useDataflowMetrics(sim);
  const { scenario } = useViewsShared();
  // Which groups and dataflows exist never changes during a run.
  const { hasGroups, dataflowIds } = useMemo(() => {
    const world = sim.getState();
    return { hasGroups: world.groups.length > 0, dataflowIds: world.dataflows.map((d) => d.id) };
  }, [sim]);
  const charts = metricsCharts(snapshot);
  const common = { durationMs, nowMs: snapshot.nowMs };
  const showGroups = hasGroups || dataflowIds.length === 0;
  return (
    <section className="panel metrics" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Metrics</h2>
      {showGroups && (
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
      )}
      {dataflowIds.map((id) => {
        const samples = dataflowSamples.get(id) ?? [];
        const checkpoints =
          scenario?.topology.dataflows?.find((d) => d.id === id)?.checkpoint !== undefined ||
          samples.some((s) => s.checkpointDurationMs !== null);
        return (
          <DataflowMetricsCharts
            key={id}
            dataflowId={id}
            samples={samples}
            checkpoints={checkpoints}
            {...common}
          />
        );
      })}
    </section>
  );
}
