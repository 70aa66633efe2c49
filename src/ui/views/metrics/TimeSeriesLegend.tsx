// The legend of one time-series chart (TimeSeriesChart.tsx): a short line in each series' colour
// and dash, its label and its latest value. It is a component of its own so that the chart's
// file reads as the chart's frame and plot, with the legend's markup kept in one place.

import type { SeriesInput } from '../../viz/timeSeriesLayout.ts';

export interface TimeSeriesLegendProps {
  /** Each series with its latest value, or null when it has none yet. */
  readonly latest: readonly { readonly s: SeriesInput; readonly value: number | null }[];
}

export function TimeSeriesLegend({ latest }: TimeSeriesLegendProps) {
  return (
    <ul className="metric-legend">
      {latest.map(({ s, value }) => (
        <li key={s.id}>
          <svg width="18" height="8" aria-hidden="true">
            <line
              x1="0"
              x2="18"
              y1="4"
              y2="4"
              stroke={s.colour}
              strokeWidth="2"
              strokeDasharray={s.dash}
            />
          </svg>
          {s.label} <strong>{value === null ? '—' : Math.round(value)}</strong>
        </li>
      ))}
    </ul>
  );
}
