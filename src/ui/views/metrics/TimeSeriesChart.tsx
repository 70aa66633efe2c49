// One small time-series chart: axes, gridlines, a path per series and the playhead. The geometry
// comes from the pure layout in viz/; this component only draws it. Its legend and its axes are
// drawn by TimeSeriesLegend.tsx and TimeSeriesAxes.tsx.

import { layoutTimeSeries, SMALL_CHART, type SeriesInput } from '../../viz/timeSeriesLayout.ts';
import { latestValue } from './metricsSeries.ts';
import { TimeSeriesAxes } from './TimeSeriesAxes.tsx';
import { TimeSeriesLegend } from './TimeSeriesLegend.tsx';

export interface TimeSeriesChartProps {
  readonly title: string;
  readonly unit: string;
  readonly series: readonly SeriesInput[];
  readonly durationMs: number;
  readonly nowMs: number;
  readonly note?: string;
  readonly yAxis?: 'linear' | 'log';
}

export function TimeSeriesChart({
  title,
  unit,
  series,
  durationMs,
  nowMs,
  note,
  yAxis = 'linear',
}: TimeSeriesChartProps) {
  const chart = layoutTimeSeries(series, durationMs, nowMs, SMALL_CHART, yAxis);
  const { size } = chart;
  const latest = series.map((s) => ({ s, value: latestValue(s) }));
  const summary = latest.map(({ s, value }) => `${s.label} ${value ?? 'no data'}`).join(', ');
  return (
    <figure className="metric-chart" data-testid={`chart-${title}`}>
      <figcaption>
        <span className="metric-title">{title}</span> <span className="muted">({unit})</span>
        <TimeSeriesLegend latest={latest} />
      </figcaption>
      <svg
        viewBox={`0 0 ${size.widthPx} ${size.heightPx}`}
        role="img"
        aria-label={`${title}: ${summary} ${unit}`}
      >
        <TimeSeriesAxes chart={chart} />
        {chart.paths.map((path) => (
          <path
            key={path.id}
            d={path.d}
            fill="none"
            stroke={path.colour}
            strokeWidth={2}
            strokeDasharray={path.dash}
          />
        ))}
        {chart.dots.map((dot) => (
          <circle key={dot.id} cx={dot.cx} cy={dot.cy} r={2.5} fill={dot.colour} />
        ))}
        <line
          className="metric-playhead"
          x1={chart.playheadXPx}
          x2={chart.playheadXPx}
          y1={size.marginTopPx}
          y2={chart.plotBottomPx}
        />
      </svg>
      {note !== undefined && <p className="metric-note muted">{note}</p>}
    </figure>
  );
}
